/**
 * Hostile feeds (issue 9, item 3), each ingested through the real pipeline from a local
 * publisher into a real SQLite file. Work is bounded by what comes out and by counting
 * queries, never by a stopwatch.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SqliteQueryCompiler, type KyselyPlugin } from 'kysely';
import { ingestSource, type IngestDeps } from '../../src/ingest/ingest-source.js';
import { PAGE_HTML_LIMITS } from '../../src/ingest/extract/page.js';
import { MAX_FEED_ITEMS } from '../../src/ingest/parse/parse-feed.js';
import { ARTICLE_HTML_LIMITS } from '../../src/ingest/sanitize.js';
import type { Source } from '../../src/store/schema.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { htmlDepth, nestedHtml, paragraphs } from '../support/hostile-html.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { localIngestDeps, sourceAdder } from '../support/ingest.js';

let t: TestDesk;
let publisher: Publisher;
let deps: IngestDeps;
let addSource: (path: string, fullText?: 'auto' | 'off') => Promise<Source>;
/** Every SQL statement the ingest ran, in order (the same connection, observed). */
const statements: string[] = [];

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  publisher = await startPublisher();
  const compiler = new SqliteQueryCompiler();
  const recorder: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      statements.push(compiler.compileQuery(node, queryId).sql);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const db = t.desk.store.db.withPlugin(recorder);
  deps = await localIngestDeps(db, 30_000);
  const add = sourceAdder(t.desk.store.db, publisher, 'Hostile', { excerptWords: 0 });
  addSource = (path, fullText = 'off') => add(path, { fullText });
});
after(async () => {
  await publisher.close();
  await t.close();
});


interface Item {
  guid: string;
  title: string;
  link: string;
  body: string;
}

function rss(items: Item[]): string {
  const entries = items.map(
    (i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><link>${i.link}</link><pubDate>Tue, 24 Nov 2026 09:30:00 GMT</pubDate><content:encoded><![CDATA[${i.body}]]></content:encoded></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Hostile</title><link>${publisher.url}/</link><description>x</description>\n${entries.join('\n')}\n</channel></rss>`;
}

async function articlesOf(sourceId: number) {
  return t.desk.store.db.selectFrom('articles').selectAll().where('source_id', '=', sourceId).orderBy('id').execute();
}

describe('hostile feeds are ingested with bounded work', () => {
  test('a full-text page nested 20,000 deep: its text is extracted, nested no deeper than the limit', async () => {
    const page = `<!doctype html><html><head><title>Deep</title></head><body>${nestedHtml(20_000, paragraphs(6, 'deepest'))}</body></html>`;
    publisher.route('/deep/page', serve(page, { 'content-type': 'text/html; charset=utf-8' }));
    publisher.route('/deep/feed.xml', serve(rss([{ guid: 'deep-1', title: 'A deep page', link: `${publisher.url}/deep/page`, body: '<p>Only a teaser.</p>' }])));
    const source = await addSource('/deep/feed.xml', 'auto');
    const report = await ingestSource(deps, source);
    assert.equal(report.newArticles, 1, report.error ?? '');
    const [article] = await articlesOf(source.id);
    assert.match(article!.excerpt_html, /Paragraph 6: deepest/, 'the text at the bottom of the page was extracted');
    assert.ok(htmlDepth(article!.excerpt_html).depth <= PAGE_HTML_LIMITS.maxDepth, `depth ${htmlDepth(article!.excerpt_html).depth}`);
  });

  test('an item with 100,000 nested elements keeps its text, nested no deeper than the limit', async () => {
    publisher.route('/nested/feed.xml', serve(rss([{ guid: 'n-1', title: 'Nested item', link: `${publisher.url}/n/1`, body: nestedHtml(100_000, paragraphs(2, 'bottom')) }])));
    const source = await addSource('/nested/feed.xml');
    const report = await ingestSource(deps, source);
    assert.equal(report.newArticles, 1, report.error ?? '');
    const [article] = await articlesOf(source.id);
    assert.match(article!.excerpt_html, /Paragraph 2: bottom/);
    const { depth } = htmlDepth(article!.excerpt_html);
    assert.ok(depth <= ARTICLE_HTML_LIMITS.maxDepth, `depth ${depth}`);
  });

  test('3,000 items with one title: 3,000 distinct slugs, each found with a constant number of queries', async () => {
    const items = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ guid: `same-${from + i}`, title: 'The same title every time', link: `${publisher.url}/same/${from + i}`, body: `<p>Body ${from + i}.</p>` }));
    publisher.route('/same/feed.xml', serve(rss(items(3000, 0))));
    const source = await addSource('/same/feed.xml');
    statements.length = 0;
    const report = await ingestSource(deps, source);
    assert.equal(report.newArticles, 3000, report.error ?? '');
    const slugs = (await articlesOf(source.id)).map((a) => a.slug);
    assert.equal(new Set(slugs).size, 3000);
    assert.ok(slugs.includes('the-same-title-every-time'));
    const slugQueries = statements.filter((sql) => /"slug"/.test(sql)).length;
    // One to find a free slug, one to insert, whether the title is the first of its kind or the 3,000th.
    assert.ok(slugQueries <= 2 * 3000, `${slugQueries} queries touched slugs for 3,000 articles`);

    // And one more article of that title costs the same as the first did.
    publisher.route('/same/feed.xml', serve(rss([...items(3000, 0), ...items(1, 3000)])));
    statements.length = 0;
    const again = await ingestSource(deps, source);
    assert.equal(again.newArticles, 1);
    assert.ok(statements.filter((sql) => /"slug"/.test(sql)).length <= 2);
  });

  test(`20,000 items: the first ${MAX_FEED_ITEMS.toLocaleString('en')} are read, the rest counted as skipped`, async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ guid: `many-${i}`, title: `Item number ${i}`, link: `${publisher.url}/many/${i}`, body: `<p>Body ${i}.</p>` }));
    publisher.route('/many/feed.xml', serve(rss(items)));
    const source = await addSource('/many/feed.xml');
    const report = await ingestSource(deps, source);
    assert.equal(report.status, 'fetched', report.error ?? '');
    assert.equal(report.newArticles, MAX_FEED_ITEMS);
    assert.equal(report.skippedItems, 20_000 - MAX_FEED_ITEMS);
    const stored = await articlesOf(source.id);
    assert.equal(stored.length, MAX_FEED_ITEMS);
    assert.equal(stored.at(-1)!.title, `Item number ${MAX_FEED_ITEMS - 1}`, 'the feed’s first items (its newest) are the ones kept');
  });
});
