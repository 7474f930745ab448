/**
 * Tracking parameters on feed links are stripped from the article's own addresses (its url
 * and canonical_url, which the article page links to as the original), without changing
 * any article's identity: nothing stored before is duplicated.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { contentHash, itemIdentity } from '../../src/ingest/identity.js';
import { ingestSource, type IngestDeps } from '../../src/ingest/ingest-source.js';
import type { Source } from '../../src/store/schema.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish } from '../support/http.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { localIngestDeps, sourceAdder } from '../support/ingest.js';
import { migrationContextFor } from '../../src/store/migration-context.js';
import { up as cleanArticleLinks } from '../../src/store/migrations/007_clean_article_links.js';

let t: TestDesk;
let publisher: Publisher;
let deps: IngestDeps;
let addSource: (path: string, fullText?: 'auto' | 'off') => Promise<Source>;

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  publisher = await startPublisher();
  deps = await localIngestDeps(t.desk.store.db);
  const add = sourceAdder(t.desk.store.db, publisher, 'Linker');
  addSource = (path, fullText = 'off') => add(path, { fullText });
});
after(async () => {
  await publisher.close();
  await t.close();
});


const body = `<p>${'Council harbour ferry budget quay. '.repeat(40)}</p>`;

/** An item with no GUID, so its identity is its link. `&` in links is written as XML wants it. */
function rss(items: { title: string; link: string }[]): string {
  const entries = items.map((i) => `<item><title>${i.title}</title><link>${i.link.replace(/&/g, '&amp;')}</link><content:encoded><![CDATA[${body}]]></content:encoded></item>`);
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Linker</title><link>${publisher.url}/</link><description>x</description>${entries.join('')}</channel></rss>`;
}

async function articlesOf(sourceId: number) {
  return t.desk.store.db.selectFrom('articles').selectAll().where('source_id', '=', sourceId).orderBy('id').execute();
}

describe('tracking parameters on an article’s own links', () => {
  test('are stripped from url and canonical_url and from the page’s link to the original; other parameters stay', async () => {
    const link = `${publisher.url}/news/story?id=7&utm_source=rss&utm_medium=feed&fbclid=abc#top`;
    publisher.route('/links/feed.xml', serve(rss([{ title: 'Ferry timetable', link }])));
    const source = await addSource('/links/feed.xml');
    assert.equal((await ingestSource(deps, source)).newArticles, 1);
    const [article] = await articlesOf(source.id);
    assert.equal(article!.url, `${publisher.url}/news/story?id=7#top`);
    assert.equal(article!.canonical_url, article!.url);
    const page = await new Browserish(t.url).get(`/articles/${article!.slug}`);
    assert.doesNotMatch(page.html, /utm_|fbclid/);
    assert.match(page.html, /\/news\/story\?id=7#top/);
  });

  test('a canonical address from the page loses them too', async () => {
    const page = `<!doctype html><html><head><title>P</title><link rel="canonical" href="/canon/story?utm_campaign=x&amp;page=2"></head><body><article>${body}${body}</article></body></html>`;
    publisher.route('/canon/page', serve(page, { 'content-type': 'text/html; charset=utf-8' }));
    publisher.route('/canon/feed.xml', (_q, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><link>${publisher.url}/</link><description>x</description><item><title>Canon</title><link>${publisher.url}/canon/page?utm_source=rss</link><description>Teaser.</description></item></channel></rss>`,
      );
    });
    const source = await addSource('/canon/feed.xml', 'auto');
    assert.equal((await ingestSource(deps, source)).newArticles, 1);
    const [article] = await articlesOf(source.id);
    assert.equal(article!.url, `${publisher.url}/canon/page`);
    assert.equal(article!.canonical_url, `${publisher.url}/canon/story?page=2`);
  });

  test('the same item with other tracking parameters is the same article, and one stored with them before is repaired once by migration 007, not duplicated', async () => {
    const clean = `${publisher.url}/same/story?id=9`;
    let link = `${clean}&utm_source=rss`;
    publisher.route('/same/feed.xml', (_q, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([{ title: 'Same story', link }])));
    const source = await addSource('/same/feed.xml');

    // An article as the desk stored it before links were cleaned: same identity, tracking parameters kept.
    const item = { guid: null, link, title: 'Same story', contentHtml: body, summaryHtml: null };
    const now = new Date().toISOString();
    await t.desk.store.db
      .insertInto('articles')
      .values({ source_id: source.id, guid_hash: itemIdentity(item), slug: 'same-story', url: link, canonical_url: `${link}&fbclid=q`, title: 'Same story', author: null, published_at: now, fetched_at: now, updated_at: now, excerpt_html: body, image_url: null, language: null, content_hash: contentHash('Same story', body) })
      .execute();

    // Fetching an unchanged item leaves its stored row alone; the repair is the migration's.
    assert.equal((await ingestSource(deps, source)).newArticles, 0);
    assert.equal((await articlesOf(source.id))[0]!.url, link);

    const context = migrationContextFor(t.desk.store.dialect);
    await cleanArticleLinks(t.desk.store.db as Kysely<unknown>, context);
    let stored = await articlesOf(source.id);
    assert.equal(stored[0]!.url, clean);
    assert.equal(stored[0]!.canonical_url, clean);
    await cleanArticleLinks(t.desk.store.db as Kysely<unknown>, context);
    assert.deepEqual(await articlesOf(source.id), stored, 'running it again changes nothing');

    link = `${clean}&utm_source=newsletter&utm_medium=email&gclid=zz`;
    assert.equal((await ingestSource(deps, source)).newArticles, 0);
    stored = await articlesOf(source.id);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.url, clean);
    assert.equal(stored[0]!.canonical_url, clean);
    assert.equal(stored[0]!.slug, 'same-story', 'its address on the desk did not change');
  });

  test('migration 007 cleans more articles than one batch, and leaves clean and unparsable links as they are', async () => {
    const source = await addSource('/batch/feed.xml');
    const now = new Date().toISOString();
    const rows = Array.from({ length: 1203 }, (_, i) => {
      const url = i % 3 === 0 ? `${publisher.url}/batch/${i}?utm_medium=x&n=${i}` : i % 3 === 1 ? `${publisher.url}/batch/${i}?n=${i}` : `not a url ?utm_source=${i}`;
      return { source_id: source.id, guid_hash: `batch-${i}`, slug: `batch-${i}`, url, canonical_url: url, title: `B${i}`, author: null, published_at: now, fetched_at: now, updated_at: now, excerpt_html: '', image_url: null, language: null, content_hash: `h${i}` };
    });
    for (let i = 0; i < rows.length; i += 200) await t.desk.store.db.insertInto('articles').values(rows.slice(i, i + 200)).execute();

    await cleanArticleLinks(t.desk.store.db as Kysely<unknown>, migrationContextFor(t.desk.store.dialect));
    const stored = await articlesOf(source.id);
    assert.equal(stored.length, rows.length);
    stored.forEach((article, i) => {
      const expected = i % 3 === 0 ? `${publisher.url}/batch/${i}?n=${i}` : rows[i]!.url;
      assert.equal(article.url, expected);
      assert.equal(article.canonical_url, expected);
    });
  });
});
