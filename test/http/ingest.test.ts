import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InsertQueryNode, type KyselyPlugin } from 'kysely';
import { createIngestDeps } from '../../src/ingest/deps.js';
import { ingestSource, type IngestDeps } from '../../src/ingest/ingest-source.js';
import { ingestDueSources } from '../../src/ingest/run.js';
import { addFeedSource, deleteArticlesRemembering, findSourceById } from '../../src/store/ingest.js';
import { loadSettings } from '../../src/store/settings.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish } from '../support/http.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { localIngestDeps, sourceAdder } from '../support/ingest.js';

let t: TestDesk;
let publisher: Publisher;
let deps: IngestDeps;
let addSource: ReturnType<typeof sourceAdder>;

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  publisher = await startPublisher();
  deps = await localIngestDeps(t.desk.store.db);
  addSource = sourceAdder(t.desk.store.db, publisher, 'Publisher');
});
after(async () => {
  await publisher.close();
  await t.close();
});


function rss(items: { guid?: string; title: string; link: string; body: string; date?: string }[], extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Local Publisher</title><link>${publisher.url}/</link><description>Test feed</description>${extra}
${items
  .map(
    (i) => `<item>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}<title>${i.title}</title><link>${i.link}</link>
<pubDate>${i.date ?? 'Tue, 24 Nov 2026 09:30:00 GMT'}</pubDate><dc:creator>Pat Reporter</dc:creator>
<content:encoded><![CDATA[${i.body}]]></content:encoded></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

const longBody = (word: string) => `<p>${`${word} `.repeat(150).trim()}.</p><blockquote><p>A quote from the mayor.</p></blockquote><p>Closing paragraph.</p>`;

async function articlesOf(sourceId: number) {
  return t.desk.store.db.selectFrom('articles').selectAll().where('source_id', '=', sourceId).orderBy('id').execute();
}

describe('ingesting a feed into articles', () => {
  test('items become attributed articles; a second fetch is a conditional GET answered 304', async () => {
    const body = rss([
      { guid: 'a-1', title: 'Harbour &amp; ferry news', link: `${publisher.url}/news/1?utm_source=rss`, body: longBody('harbour') },
      { guid: 'a-2', title: 'Library reopens', link: `${publisher.url}/news/2`, body: longBody('library') },
    ]);
    publisher.route('/feeds/basic.xml', (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' }).end(body);
    });
    const source = await addSource('/feeds/basic.xml');
    const first = await ingestSource(deps, source);
    assert.equal(first.status, 'fetched', first.error ?? '');
    assert.equal(first.newArticles, 2);
    const rows = await articlesOf(source.id);
    assert.deepEqual(rows.map((r) => r.title), ['Harbour & ferry news', 'Library reopens']);
    assert.equal(rows[0]!.author, 'Pat Reporter');
    assert.equal(rows[0]!.published_at, '2026-11-24T09:30:00.000Z');
    assert.match(rows[0]!.excerpt_html, /<blockquote>/);

    const page = await new Browserish(t.url).get(`/articles/${rows[0]!.slug}`);
    assert.match(page.html, /Read further at <a href="[^"]*\/news\/1[^"]*" rel="noopener">Publisher \d+<\/a>/);

    const stored = (await findSourceById(t.desk.store.db, source.id))!;
    assert.equal(stored.etag, '"v1"');
    assert.equal(stored.error_count, 0);
    assert.ok(stored.next_fetch_at! > new Date().toISOString());
    const second = await ingestSource(deps, stored);
    assert.equal(second.status, 'not-modified');
    assert.equal(publisher.log.filter((l) => l.path === '/feeds/basic.xml').at(-1)?.headers['if-none-match'], '"v1"');
    assert.equal((await articlesOf(source.id)).length, 2);
  });

  test('an edited item updates its article; a deleted one never comes back; no duplicates', async () => {
    let version = 1;
    publisher.route('/feeds/changing.xml', (_q, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss([
          { guid: 'c-1', title: version === 1 ? 'Council meets' : 'Council meets (updated)', link: `${publisher.url}/c/1`, body: longBody(version === 1 ? 'first' : 'second') },
          { guid: 'c-2', title: 'Tram timetable', link: `${publisher.url}/c/2`, body: longBody('tram') },
        ]),
      );
    });
    const source = await addSource('/feeds/changing.xml');
    assert.equal((await ingestSource(deps, source)).newArticles, 2);
    const [council, tram] = await articlesOf(source.id);
    // As if the analysis job had run on both.
    await t.desk.store.db.updateTable('articles').set({ analyzed_at: '2026-12-01T00:00:00.000Z' }).where('source_id', '=', source.id).execute();
    version = 2;
    const again = await ingestSource(deps, source);
    assert.equal(again.newArticles, 0);
    assert.equal(again.updatedArticles, 1);
    const after = await articlesOf(source.id);
    assert.equal(after.length, 2);
    assert.equal(after[0]!.id, council!.id);
    assert.equal(after[0]!.slug, council!.slug, 'the address of an updated article does not change');
    assert.equal(after[0]!.title, 'Council meets (updated)');
    assert.match(after[0]!.excerpt_html, /second/);
    assert.deepEqual(after.map((a) => a.analyzed_at), [null, '2026-12-01T00:00:00.000Z'], 'the edited article waits to be analysed again; the unchanged one does not');

    await deleteArticlesRemembering(t.desk.store.db, [tram!.id], new Date());
    version = 3;
    const third = await ingestSource(deps, source);
    assert.equal(third.newArticles, 0);
    assert.deepEqual((await articlesOf(source.id)).map((a) => a.title), ['Council meets (updated)']);
  });

  test('two workers ingesting the same feed at once store each item once', async () => {
    publisher.route('/feeds/race.xml', serve(rss(Array.from({ length: 20 }, (_, i) => ({ guid: `r-${i}`, title: `Race item ${i}`, link: `${publisher.url}/r/${i}`, body: longBody('race') })))));
    const source = await addSource('/feeds/race.xml');
    const reports = await Promise.all([ingestSource(deps, source), ingestSource(deps, source), ingestSource(deps, source)]);
    assert.equal(reports.reduce((n, r) => n + r.newArticles, 0), 20);
    assert.equal((await articlesOf(source.id)).length, 20);
  });

  test('a summary-only item is completed from its page in full-text auto mode', async () => {
    const page = `<!doctype html><html lang="en"><head><title>Page</title><meta property="og:image" content="/img/lead.jpg">
<meta property="article:published_time" content="2026-11-23T08:00:00Z"></head><body><nav><a href="/">Home</a> <a href="/share">Share this</a></nav>
<article><h1>Full story</h1>${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the full story, with enough words to count as the main text of this page for the extractor to find.</p>`).join('')}</article>
<footer>Footer links</footer></body></html>`;
    publisher.route('/story/full', serve(page, { 'content-type': 'text/html; charset=utf-8' }));
    publisher.route('/feeds/summary.xml', serve(rss([{ guid: 's-1', title: 'Short summary item', link: `${publisher.url}/story/full`, body: '<p>Only a teaser…</p>' }])));
    const source = await addSource('/feeds/summary.xml', { fullText: 'auto' });
    const report = await ingestSource(deps, source);
    assert.equal(report.newArticles, 1, report.error ?? '');
    const [article] = await articlesOf(source.id);
    assert.match(article!.excerpt_html, /Paragraph 1 of the full story/);
    assert.doesNotMatch(article!.excerpt_html, /Footer links|Share this/);
    // The page's og:image, moved to https: the desk shows lead images over https only.
    assert.equal(article!.image_url, `${publisher.url.replace(/^http:/, 'https:')}/img/lead.jpg`);
  });

  test('a broken feed records a clear error and backs off; other sources go on', async () => {
    publisher.route('/feeds/broken.xml', serve('<html><body>Not a feed</body></html>', { 'content-type': 'text/html' }));
    publisher.route('/feeds/gone.xml', serve('gone', { 'content-type': 'text/plain' }, 500));
    publisher.route('/feeds/fine.xml', serve(rss([{ guid: 'f-1', title: 'Fine item', link: `${publisher.url}/f/1`, body: longBody('fine') }])));
    const broken = await addSource('/feeds/broken.xml');
    const gone = await addSource('/feeds/gone.xml');
    const fine = await addSource('/feeds/fine.xml');
    await t.desk.store.db.updateTable('sources').set({ paused: 1 }).where('id', 'not in', [broken.id, gone.id, fine.id]).execute();
    try {
      const summary = await ingestDueSources(deps, { all: true });
      assert.equal(summary.failed, 2);
      assert.equal(summary.newArticles, 1);
      const b = (await findSourceById(t.desk.store.db, broken.id))!;
      assert.equal(b.error_count, 1);
      assert.match(b.last_error ?? '', /web page, not a feed/);
      const g = (await findSourceById(t.desk.store.db, gone.id))!;
      assert.match(g.last_error ?? '', /500/);
      assert.ok(Date.parse(g.next_fetch_at!) > Date.now() + 10 * 60_000, 'the next try is pushed back');
      assert.equal(g.lease_until, null, 'the claim is released');
    } finally {
      await t.desk.store.db.updateTable('sources').set({ paused: 0 }).execute();
    }
  });

  test('a failed write is recorded on the source like a failed fetch, and backs it off', async () => {
    publisher.route('/feeds/unwritable.xml', serve(rss([{ guid: 'w-1', title: 'Never stored', link: `${publisher.url}/w/1`, body: longBody('write') }])));
    const source = await addSource('/feeds/unwritable.xml');
    // The store refuses new articles, as a full disk or a lost connection would.
    const refusing: KyselyPlugin = {
      transformQuery(args) {
        if (InsertQueryNode.is(args.node) && args.node.into?.table.identifier.name === 'articles') throw new Error('disk I/O error');
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const report = await ingestSource({ ...deps, db: t.desk.store.db.withPlugin(refusing) }, source);
    assert.equal(report.status, 'failed');
    assert.match(report.error ?? '', /disk I\/O error/);
    const stored = (await findSourceById(t.desk.store.db, source.id))!;
    assert.equal(stored.error_count, 1);
    assert.match(stored.last_error ?? '', /disk I\/O error/);
    assert.ok(Date.parse(stored.next_fetch_at!) > Date.now() + 10 * 60_000, 'the next try is pushed back');
    assert.deepEqual(await articlesOf(source.id), []);
  });

  test('a 429 with Retry-After pauses the whole host for every source on it', async () => {
    const other = await startPublisher({ '/a.xml': serve('slow down', { 'retry-after': '120' }, 429), '/b.xml': serve(rss([{ guid: 'b', title: 'B', link: 'https://b.example/1', body: '<p>b</p>' }])) });
    try {
      const add = (path: string) => addFeedSource(t.desk.store.db, { feedUrl: other.url + path, title: path, siteUrl: other.url }, new Date());
      const a = await add('/a.xml');
      const b = await add('/b.xml');
      const ra = await ingestSource(deps, a);
      assert.equal(ra.status, 'failed');
      const rb = await ingestSource(deps, b);
      assert.equal(rb.status, 'host-paused');
      assert.equal(other.log.filter((l) => l.path === '/b.xml').length, 0, 'no request reached the paused host');
      const nextB = Date.parse((await findSourceById(t.desk.store.db, b.id))!.next_fetch_at!);
      assert.ok(nextB > Date.now() + 100_000 && nextB < Date.now() + 130_000);
    } finally {
      await other.close();
    }
  });

  test('a permanent redirect moves the source to the new address', async () => {
    publisher.route('/feeds/old.xml', (_q, response) => void response.writeHead(301, { location: '/feeds/new.xml' }).end());
    publisher.route('/feeds/new.xml', serve(rss([{ guid: 'm-1', title: 'Moved', link: `${publisher.url}/m/1`, body: longBody('moved') }])));
    const source = await addSource('/feeds/old.xml');
    await ingestSource(deps, source);
    assert.equal((await findSourceById(t.desk.store.db, source.id))!.feed_url, `${publisher.url}/feeds/new.xml`);
  });

  test('block filters drop matching items', async () => {
    publisher.route('/feeds/filtered.xml', serve(rss([
      { guid: 'x-1', title: 'Sponsored: buy a boat', link: `${publisher.url}/x/1`, body: longBody('ad') },
      { guid: 'x-2', title: 'Ferry schedule changes', link: `${publisher.url}/x/2`, body: longBody('ferry') },
    ])));
    const source = await addSource('/feeds/filtered.xml');
    await t.desk.store.db.updateTable('sources').set({ filters: JSON.stringify([{ action: 'block', field: 'title', pattern: 'sponsored' }]) }).where('id', '=', source.id).execute();
    const report = await ingestSource(deps, (await findSourceById(t.desk.store.db, source.id))!);
    assert.equal(report.newArticles, 1);
    assert.deepEqual((await articlesOf(source.id)).map((a) => a.title), ['Ferry schedule changes']);
  });

  test('without NEWSDESK_ALLOW_PRIVATE_FEEDS a feed on a local address is refused and the reason recorded', async () => {
    const strict = createIngestDeps(t.desk.store.db, await loadSettings(t.desk.store.db), { fetchOptions: { allowPrivateAddresses: false } });
    publisher.route('/feeds/private.xml', serve(rss([{ guid: 'p-1', title: 'Private', link: `${publisher.url}/p/1`, body: longBody('private') }])));
    const source = await addSource('/feeds/private.xml');
    const report = await ingestSource(strict, source);
    assert.equal(report.status, 'failed');
    const stored = (await findSourceById(t.desk.store.db, source.id))!;
    assert.match(stored.last_error ?? '', /127\.0\.0\.1|private|local|not allowed/i);
    assert.equal((await articlesOf(source.id)).length, 0);
  });
});

test('retention removes old uncommented articles only, and they do not come back', async () => {
  const { applyRetention } = await import('../../src/ingest/retention.js');
  const { makeArticle, makeSource } = await import('../support/desk.js');
  const { insertComment } = await import('../../src/store/comments.js');
  const source = await makeSource(t.desk);
  const old = await makeArticle(t.desk, source, { published_at: '2026-01-01T00:00:00.000Z' });
  const oldCommented = await makeArticle(t.desk, source, { published_at: '2026-01-02T00:00:00.000Z' });
  const recent = await makeArticle(t.desk, source, { published_at: new Date().toISOString() });
  await insertComment(t.desk.store.db, { article_id: oldCommented.id, parent_id: null, author_name: 'K', author_email: 'k@example.com', author_url: null, body_markdown: 'kept', body_html: '<p>kept</p>', status: 'approved', status_reason: '', client_hash: 'x', user_agent: '', created_at: new Date().toISOString() });
  assert.equal(await applyRetention(t.desk.store.db, 0, new Date()), 0, 'off by default');
  const removed = await applyRetention(t.desk.store.db, 30, new Date());
  assert.ok(removed >= 1);
  const left = await t.desk.store.db.selectFrom('articles').select('id').where('source_id', '=', source.id).execute();
  assert.deepEqual(left.map((r) => r.id).sort(), [oldCommented.id, recent.id].sort());
  const tomb = await t.desk.store.db.selectFrom('article_tombstones').select('guid_hash').where('source_id', '=', source.id).execute();
  assert.deepEqual(tomb.map((r) => r.guid_hash), [old.guid_hash]);
});
