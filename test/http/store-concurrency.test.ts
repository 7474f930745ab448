/**
 * Writers racing on one store, as workers sharing a PostgreSQL database do (on SQLite, the
 * same races within one process): each feed item is stored once, slugs never collide, and no
 * unique violation escapes to the caller.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingestSource, type IngestDeps } from '../../src/ingest/ingest-source.js';
import { addFeedSource, findSourceById } from '../../src/store/ingest.js';
import type { Source } from '../../src/store/schema.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { localIngestDeps } from '../support/ingest.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';

const ITEMS = 40;
/** Ingests running at once; each has deps (and so a per-host throttle) of its own, as a worker process would. */
const RACERS = 4;

let t: TestDesk;
let publisher: Publisher;

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  publisher = await startPublisher();
});
after(async () => {
  await publisher.close();
  await t.close();
});

/** A feed whose items all have titles other feeds share: "Harbour news 1" … */
function sameTitlesFeed(name: string): string {
  const items = Array.from(
    { length: ITEMS },
    (_, i) =>
      `<item><guid isPermaLink="false">${name}-${i}</guid><title>Harbour news ${i}</title><link>${publisher.url}/${name}/${i}</link>` +
      `<pubDate>Tue, 24 Nov 2026 09:${String(i).padStart(2, '0')}:00 GMT</pubDate><description>Item ${i} of ${name}, told at some length.</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>${publisher.url}/</link><description>d</description>${items}</channel></rss>`;
}

async function racers(): Promise<IngestDeps[]> {
  return Promise.all(Array.from({ length: RACERS }, () => localIngestDeps(t.desk.store.db)));
}

async function articlesOf(sourceIds: number[]) {
  return t.desk.store.db.selectFrom('articles').select(['source_id', 'guid_hash', 'slug']).where('source_id', 'in', sourceIds).execute();
}

test('the same feed ingested by several workers at once stores each item once', async () => {
  publisher.route('/same.xml', serve(sameTitlesFeed('same')));
  const source = await addFeedSource(t.desk.store.db, { feedUrl: `${publisher.url}/same.xml`, title: 'Same feed', siteUrl: `${publisher.url}/`, fullText: 'off' }, new Date());
  const reports = await Promise.all((await racers()).map((deps) => ingestSource(deps, source)));
  for (const report of reports) assert.equal(report.error, null, report.error ?? '');
  assert.deepEqual(reports.map((r) => r.status), Array<string>(RACERS).fill('fetched'));
  assert.equal(reports.reduce((sum, r) => sum + r.newArticles, 0), ITEMS, 'each item counted new by exactly one worker');
  const rows = await articlesOf([source.id]);
  assert.equal(rows.length, ITEMS);
  assert.equal(new Set(rows.map((r) => r.guid_hash)).size, ITEMS);
  assert.equal(new Set(rows.map((r) => r.slug)).size, ITEMS);
  assert.equal((await findSourceById(t.desk.store.db, source.id))?.error_count, 0);
});

test('different feeds with the same titles, ingested at once, get distinct slugs and lose nothing', async () => {
  const sources: Source[] = [];
  for (let feed = 0; feed < RACERS; feed++) {
    publisher.route(`/twin-${feed}.xml`, serve(sameTitlesFeed(`twin-${feed}`)));
  }
  // The sources themselves are added at once too, all under one title.
  sources.push(
    ...(await Promise.all(
      Array.from({ length: RACERS }, (_, feed) => addFeedSource(t.desk.store.db, { feedUrl: `${publisher.url}/twin-${feed}.xml`, title: 'Twin Gazette', siteUrl: `${publisher.url}/`, fullText: 'off' }, new Date())),
    )),
  );
  assert.equal(new Set(sources.map((s) => s.slug)).size, RACERS, 'each source has a slug of its own');
  const deps = await racers();
  const reports = await Promise.all(sources.map((source, i) => ingestSource(deps[i]!, source)));
  for (const report of reports) {
    assert.equal(report.error, null, report.error ?? '');
    assert.equal(report.newArticles, ITEMS);
  }
  const rows = await articlesOf(sources.map((s) => s.id));
  assert.equal(rows.length, ITEMS * RACERS);
  assert.equal(new Set(rows.map((r) => r.slug)).size, ITEMS * RACERS);
  for (const { slug } of rows) assert.match(slug, /^harbour-news-\d+(-[0-9a-f]{8,10})?$/, 'the title, with a tag where it is taken');
});
