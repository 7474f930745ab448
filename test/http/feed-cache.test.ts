import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { openDesk, type Desk } from '../../src/desk.js';
import { setArticleHidden, updateArticleText } from '../../src/store/admin-articles.js';
import { updateCommentContent } from '../../src/store/admin-comments.js';
import { insertComment, setCommentStatus, updateCommentBody } from '../../src/store/comments.js';
import type { Article, Comment, Source } from '../../src/store/schema.js';
import { loadSettings, saveSetting } from '../../src/store/settings.js';
import { FeedCache, feedCacheOf, type FeedDocument } from '../../src/web/feeds/cache.js';
import { NEWS_WINDOW_MS, newsWindowChangesAt } from '../../src/web/feeds/sitemap.js';
import { buildServer, webContextOf } from '../../src/web/server.js';
import { makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';

/*
 * The web node under test keeps its rendered feeds; every change is made through another
 * connection to the same SQLite file (as a worker, the CLI or a second web node would), so
 * nothing in the node's process hears of it: what the feeds show must come from the database.
 */

let node: TestDesk;
let elsewhere: Desk;
let source: Source;
let story: Article;
let approved: Comment;
let held: Comment;

const renders = () => feedCacheOf(webContextOf(node.app)!).renders;

async function get(path: string, headers: Record<string, string> = {}, base = node.url) {
  const response = await fetch(base + path, { headers });
  return { status: response.status, body: await response.text(), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
}

async function comment(article: Article, status: Comment['status'], text: string): Promise<Comment> {
  return insertComment(elsewhere.store.db, {
    article_id: article.id,
    parent_id: null,
    author_name: 'Cache Reader',
    author_email: 'cache.reader@example.org',
    author_url: null,
    body_markdown: text,
    body_html: `<p>${text}</p>`,
    status,
    status_reason: `${status}: test`,
    client_hash: 'test',
    user_agent: 'test',
    created_at: new Date().toISOString(),
  });
}

before(async () => {
  // The sitemap checks the store on every request here, as the feeds do; sitemapCheckMs's own test is below.
  // Without the page cache in front (test/http/page-cache.test.ts covers it): what is tested here is the feed cache behind it.
  node = await startTestDesk({ settings: { ...quickSettings, siteName: 'Cache Desk' }, server: { sitemapCheckMs: 0, pageCache: false } });
  elsewhere = await openDesk({ ...node.desk.context.config, sqlitePath: node.dbPath });
  source = await makeSource(elsewhere, { slug: 'cache-chronicle', title: 'Cache Chronicle', feed_url: 'https://cache-chronicle.example/feed' });
  story = await makeArticle(elsewhere, source, { title: 'Lighthouse keeper retires' });
  approved = await comment(story, 'approved', 'First approved words');
  held = await comment(story, 'pending', 'Words waiting for a moderator');
});
after(async () => {
  await elsewhere.store.close();
  await node.close();
});

const articleFeeds = () => ['/feed.xml', '/feed.atom', '/feed.json', `/sources/${source.slug}/feed.xml`, `/sources/${source.slug}/feed.atom`, `/sources/${source.slug}/feed.json`];
const commentFeeds = () => ['/comments.xml', `/articles/${story.slug}/comments.xml`];
const allFeeds = () => [...articleFeeds(), ...commentFeeds(), '/sitemap.xml'];

type Seen = Map<string, { etag: string; body: string }>;

async function snapshot(paths: string[]): Promise<Seen> {
  const seen: Seen = new Map();
  for (const path of paths) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    seen.set(path, { etag: res.etag!, body: res.body });
  }
  return seen;
}

/** Every path answers with a new ETag and a new body, and a reader holding the old ETag gets the new body. */
async function assertAllChanged(before: Seen, why: string): Promise<Seen> {
  const now: Seen = new Map();
  for (const [path, old] of before) {
    const res = await get(path, { 'if-none-match': old.etag });
    assert.equal(res.status, 200, `${path} after ${why}`);
    assert.notEqual(res.etag, old.etag, `${path}: same ETag after ${why}`);
    assert.notEqual(res.body, old.body, `${path}: same body after ${why}`);
    now.set(path, { etag: res.etag!, body: res.body });
  }
  return now;
}

/** Runs `work` with the desk's web routes on a handle that records every query (as JSON) they send. */
async function recordingQueries(desk: Desk, work: () => Promise<void>): Promise<string[]> {
  const queries: string[] = [];
  const recorder: KyselyPlugin = {
    transformQuery(args) {
      queries.push(JSON.stringify(args.node));
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const db = desk.context.db;
  desk.context.db = db.withPlugin(recorder);
  try {
    await work();
  } finally {
    desk.context.db = db;
  }
  return queries;
}

describe('rendered once per version', () => {
  test('repeated GETs of every feed render it once, with the same ETag and bytes', async () => {
    for (const path of allFeeds()) {
      const start = renders();
      const first = await get(path);
      assert.equal(first.status, 200, path);
      assert.equal(renders(), start + 1, `${path}: the first GET renders`);
      for (let i = 0; i < 3; i++) {
        const again = await get(path);
        assert.equal(again.etag, first.etag, path);
        assert.equal(again.body, first.body, path);
        assert.equal(again.lastModified, first.lastModified, path);
      }
      assert.equal(renders(), start + 1, `${path}: later GETs are served from the cache`);
    }
  });

  test('If-None-Match and If-Modified-Since are answered 304 without rendering', async () => {
    for (const path of allFeeds()) {
      const first = await get(path);
      const start = renders();
      const byTag = await get(path, { 'if-none-match': first.etag! });
      assert.equal(byTag.status, 304, path);
      assert.equal(byTag.body, '');
      assert.equal(byTag.etag, first.etag);
      assert.ok(first.lastModified, `${path} has a Last-Modified`);
      const byDate = await get(path, { 'if-modified-since': first.lastModified });
      assert.equal(byDate.status, 304, path);
      assert.equal(renders(), start, `${path}: a 304 renders nothing`);
    }
  });

  test('a burst of requests for a new version renders it once', async () => {
    await get('/feed.xml');
    await makeArticle(elsewhere, source, { title: 'Harbour lights switched on' });
    const start = renders();
    const answers = await Promise.all(Array.from({ length: 12 }, () => get('/feed.xml')));
    assert.equal(renders(), start + 1);
    assert.equal(new Set(answers.map((a) => a.etag)).size, 1);
    assert.ok(answers.every((a) => a.body.includes('Harbour lights switched on')));
  });
});

describe('a change made by another process shows at once', () => {
  test('articles added, hidden and edited change the desk’s and the source’s feeds and the sitemap', async () => {
    let seen = await snapshot([...articleFeeds(), '/sitemap.xml']);
    const added = await makeArticle(elsewhere, source, { title: 'Ferry adds a night sailing' });
    seen = await assertAllChanged(seen, 'an article was added');
    for (const path of articleFeeds()) assert.ok(seen.get(path)!.body.includes('Ferry adds a night sailing'), path);
    assert.ok(seen.get('/sitemap.xml')!.body.includes(added.slug));

    await setArticleHidden(elsewhere.store.db, added.id, true);
    seen = await assertAllChanged(seen, 'an article was hidden');
    for (const [path, { body }] of seen) assert.ok(!body.includes(added.slug), `${path} still lists the hidden article`);

    await updateArticleText(elsewhere.store.db, story.id, 'Lighthouse keeper retires after forty years', '<p>Edited text.</p>', new Date());
    seen = await assertAllChanged(seen, 'an article was edited');
    for (const path of articleFeeds()) assert.ok(seen.get(path)!.body.includes('Lighthouse keeper retires after forty years'), path);
    assert.ok(seen.get(`/sources/${source.slug}/feed.xml`)!.body.includes('Edited text.'));
  });

  test('another source’s article changes the desk’s feeds but not this source’s', async () => {
    const other = await makeSource(elsewhere, { slug: 'other-observer', title: 'Other Observer' });
    const own = await snapshot([`/sources/${source.slug}/feed.xml`]);
    const desk = await snapshot(['/feed.xml']);
    await makeArticle(elsewhere, other, { title: 'Observer opens a bureau' });
    await assertAllChanged(desk, 'an article elsewhere was added');
    const start = renders();
    const unchanged = await get(`/sources/${source.slug}/feed.xml`, { 'if-none-match': own.get(`/sources/${source.slug}/feed.xml`)!.etag });
    assert.equal(unchanged.status, 304);
    assert.equal(renders(), start);
  });

  test('comments approved, edited and withdrawn change both comment feeds', async () => {
    let seen = await snapshot(commentFeeds());
    for (const [path, { body }] of seen) assert.ok(!body.includes('Words waiting for a moderator'), path);

    await setCommentStatus(elsewhere.store.db, held.id, 'approved', 'approved: test');
    seen = await assertAllChanged(seen, 'a comment was approved');
    for (const [path, { body }] of seen) assert.ok(body.includes('Words waiting for a moderator'), path);

    await updateCommentBody(elsewhere.store.db, approved.id, 'First approved words, corrected', '<p>First approved words, corrected</p>');
    seen = await assertAllChanged(seen, 'a comment was edited');
    for (const [path, { body }] of seen) assert.ok(body.includes('First approved words, corrected'), path);

    await setCommentStatus(elsewhere.store.db, held.id, 'trash', 'trash: test');
    seen = await assertAllChanged(seen, 'a comment was withdrawn');
    for (const [path, { body }] of seen) assert.ok(!body.includes('Words waiting for a moderator'), path);
  });

  test('a comment feed this node has at the current version is answered without reading any comment’s text', async () => {
    for (const path of commentFeeds()) await get(path);
    const start = renders();
    const queries = await recordingQueries(node.desk, async () => {
      for (const path of commentFeeds()) assert.equal((await get(path)).status, 200, path);
    });
    assert.equal(renders(), start, 'served from the cache');
    assert.ok(queries.length > 0, 'the version still comes from the database');
    assert.deepEqual(
      queries.filter((q) => q.includes('"body_html"')),
      [],
      'no query reads the text',
    );
  });

  test('a staff member’s correction of a comment changes both comment feeds', async () => {
    const seen = await snapshot(commentFeeds());
    await updateCommentContent(elsewhere.store.db, approved.id, {
      author_name: 'Cache Reader',
      author_email: 'cache.reader@example.org',
      author_url: null,
      body_markdown: 'Words the moderator tidied',
      body_html: '<p>Words the moderator tidied</p>',
    });
    const now = await assertAllChanged(seen, 'a moderator edited a comment');
    for (const [path, { body }] of now) assert.ok(body.includes('Words the moderator tidied'), path);
  });

  test('with the default check interval, the sitemap is served for a minute without scanning the articles', async () => {
    const t = await startTestDesk({ settings: quickSettings });
    try {
      const src = await makeSource(t.desk);
      await makeArticle(t.desk, src, { title: 'Counted once a minute' });
      const first = await get('/sitemap.xml', {}, t.url);
      assert.equal(first.status, 200);
      let again: Awaited<ReturnType<typeof get>> | undefined;
      const queries = await recordingQueries(t.desk, async () => {
        again = await get('/sitemap.xml', {}, t.url);
      });
      assert.equal(again?.etag, first.etag);
      assert.deepEqual(
        queries.filter((q) => q.includes('"articles"')),
        [],
        'no query on the articles table within the minute',
      );
    } finally {
      await t.close();
    }
  });

  test('the site’s name, shown in every feed, is part of the version', async () => {
    // A second node on the same desk that reads its settings afresh on each request.
    const context = { ...node.desk.context, settings: () => loadSettings(node.desk.store.db) };
    const fresh: FastifyInstance = await buildServer(context);
    await fresh.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = fresh.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const paths = [...articleFeeds(), ...commentFeeds(), '/sitemap.xml'];
      const before = new Map<string, string>();
      for (const path of paths) before.set(path, (await get(path, {}, base)).etag!);
      await saveSetting(elsewhere.store.db, 'siteName', 'Renamed Desk');
      for (const path of paths) {
        const res = await get(path, { 'if-none-match': before.get(path)! }, base);
        assert.equal(res.status, 200, path);
        assert.ok(res.body.includes('Renamed Desk'), path);
      }
    } finally {
      await saveSetting(elsewhere.store.db, 'siteName', 'Cache Desk');
      await fresh.close();
    }
  });
});

describe('the cache itself', () => {
  const doc = (body: string, staleAt: number | null = null): (() => Promise<FeedDocument>) => async () => ({ body, contentType: 'text/plain', staleAt });

  test('keeps at most maxEntries feeds, dropping the least recently used', async () => {
    const cache = new FeedCache({ maxEntries: 2, maxBytes: 1000 });
    await cache.get('a', 'v1', doc('A'));
    await cache.get('b', 'v1', doc('B'));
    await cache.get('a', 'v1', doc('A'));
    assert.equal(cache.renders, 2);
    await cache.get('c', 'v1', doc('C'));
    assert.equal(cache.size, 2);
    await cache.get('a', 'v1', doc('A'));
    assert.equal(cache.renders, 3, '"a" was used last, so "b" went');
    await cache.get('b', 'v1', doc('B'));
    assert.equal(cache.renders, 4);
  });

  test('keeps at most maxBytes of encoded bodies; a larger body is served but not kept', async () => {
    const cache = new FeedCache({ maxEntries: 10, maxBytes: 10 });
    await cache.get('a', 'v1', doc('12345'));
    await cache.get('b', 'v1', doc('67890'));
    await cache.get('c', 'v1', doc('abc'));
    assert.equal(cache.size, 2, 'the oldest made room');
    const big = await cache.get('big', 'v1', doc('x'.repeat(11)));
    assert.equal(big.bytes.toString(), 'x'.repeat(11));
    assert.equal(cache.size, 2);
    const rendered = cache.renders;
    await cache.get('big', 'v1', doc('x'.repeat(11)));
    assert.equal(cache.renders, rendered + 1);
  });

  test('a new version renders; the ETag follows the bytes', async () => {
    const cache = new FeedCache();
    const one = await cache.get('k', 'v1', doc('one'));
    const same = await cache.get('k', 'v2', doc('one'));
    const two = await cache.get('k', 'v3', doc('two'));
    assert.equal(cache.renders, 3);
    assert.equal(same.etag, one.etag);
    assert.notEqual(two.etag, one.etag);
  });

  test('a document that changes with the clock is rendered again once its time comes', async () => {
    const cache = new FeedCache();
    let clock = 1_000_000;
    const now = () => clock;
    await cache.get('sitemap', 'v1', doc('news', 1_000_500), now);
    await cache.get('sitemap', 'v1', doc('news', 1_000_500), now);
    assert.equal(cache.renders, 1);
    clock = 1_000_500;
    await cache.get('sitemap', 'v1', doc('no news'), now);
    assert.equal(cache.renders, 2);
  });

  test('Last-Modified never repeats a date this feed was served with before a change', async () => {
    const cache = new FeedCache();
    let clock = 5_000_200;
    const now = () => clock;
    const first = await cache.get('k', 'v1', doc('one'), now);
    assert.equal(first.lastModified?.getTime(), 5_000_000);
    clock = 5_000_900;
    const sameSecond = await cache.get('k', 'v2', doc('two'), now);
    assert.equal(sameSecond.lastModified, null, 'a change within the same second carries no date');
    const back = await cache.get('k', 'v3', doc('three'), now);
    assert.equal(back.lastModified, null);
    clock = 5_002_000;
    const later = await cache.get('k', 'v4', doc('four'), now);
    assert.equal(later.lastModified?.getTime(), 5_002_000);
    const unchangedBytes = await cache.get('k', 'v5', doc('four'), () => 5_009_000);
    assert.equal(unchangedBytes.lastModified?.getTime(), 5_002_000, 'the same bytes keep their date');
  });

  test('the sitemap knows when its news tags next change', () => {
    const now = new Date('2026-05-10T12:00:00.000Z');
    const recent = '2026-05-10T10:00:00.000Z';
    const old = '2026-05-01T00:00:00.000Z';
    const future = '2026-05-11T00:00:00.000Z';
    assert.equal(newsWindowChangesAt([{ publishedAt: old }], now), null);
    assert.equal(newsWindowChangesAt([{ publishedAt: old }, { publishedAt: recent }], now), Date.parse(recent) + NEWS_WINDOW_MS + 1);
    assert.equal(newsWindowChangesAt([{ publishedAt: recent }, { publishedAt: future }], now), Date.parse(future));
  });
});
