import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
// fast-xml-parser comes with feedsmith; its validator is a strict well-formedness check.
import { XMLValidator } from 'fast-xml-parser';
import { parseOpmlSources } from '../../src/ingest/parse/opml.js';
import { countArticles } from '../../src/store/articles.js';
import { findComment, insertComment, setCommentStatus } from '../../src/store/comments.js';
import { countSources } from '../../src/store/sources.js';
import type { Article, Source } from '../../src/store/schema.js';
import { plainTextTeaser } from '../../src/web/format.js';
import { makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';

const SITE = 'Quayside Desk';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const EXCERPT = '<p>Ferries will run every ten minutes &amp; later at night.</p><blockquote><p>It is a big change.</p></blockquote>';
const SCRIPT_TITLE = 'Harbour vote </script><script>alert(1)</script> & more';

let t: TestDesk;
/** The desk's public address, which absolute URLs are built from (not the test port). */
let pub: string;
let post: Source;
let other: Source;
let bulk: Source;
/** Older, with byline, image, topics. */
let older: Article;
/** Within the last two days, no byline, a hostile title, commented on. */
let recent: Article;
let hidden: Article;
let elsewhere: Article;
let approvedId: number;
let pendingId: number;
const email = `Publish.${randomUUID().slice(0, 8)}@Example.org`;

/** ISO time `ms` ago, to the second (as feeds that carry RFC 822 dates keep it). */
function ago(ms: number): string {
  return new Date(Math.floor((Date.now() - ms) / 1000) * 1000).toISOString();
}

before(async () => {
  t = await startTestDesk({ settings: { ...quickSettings, siteName: SITE } });
  pub = t.desk.context.config.publicUrl;
  post = await makeSource(t.desk, { slug: 'harbour-post', title: 'Harbour & Tide Post', site_url: 'https://harbour-post.example/', feed_url: 'https://harbour-post.example/rss' });
  other = await makeSource(t.desk, { slug: 'valley-times', title: 'Valley Times', site_url: 'https://valley.example/' });
  bulk = await makeSource(t.desk, { slug: 'archive-weekly', title: 'Archive Weekly', site_url: 'https://archive.example/' });
  // 51 old articles: the desk feed holds the newest 50, the bulk source's pages run to three.
  for (let i = 0; i < 51; i++) {
    const at = new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString();
    await makeArticle(t.desk, bulk, { title: `Archive piece ${i}`, published_at: at, updated_at: at, topics: '[]' });
  }
  older = await makeArticle(t.desk, post, {
    title: 'Ferry timetable changes for winter',
    url: 'https://harbour-post.example/2026/ferry-timetable',
    author: 'Ada Writer',
    published_at: ago(3 * DAY),
    updated_at: ago(2 * DAY),
    excerpt_html: EXCERPT,
    image_url: 'https://harbour-post.example/img/ferry.jpg',
    topics: JSON.stringify(['transport', 'harbour']),
  });
  recent = await makeArticle(t.desk, post, {
    title: SCRIPT_TITLE,
    url: 'https://harbour-post.example/2026/vote?x=1&y=2',
    author: null,
    published_at: ago(HOUR),
    updated_at: ago(HOUR / 2),
    excerpt_html: '<p>The council voted on Tuesday.</p>',
    topics: JSON.stringify(['politics']),
  });
  hidden = await makeArticle(t.desk, post, { title: 'A withdrawn story', hidden: 1, published_at: ago(2 * HOUR), updated_at: ago(2 * HOUR) });
  elsewhere = await makeArticle(t.desk, other, { title: 'Valley orchards report record harvest', published_at: ago(4 * DAY), updated_at: ago(4 * DAY), topics: 'not json' });

  // A reader comments on the recent article (with a unique email); a moderator approves it. A second stays held.
  const reader = new Browserish(t.url);
  const page = await reader.get(`/articles/${recent.slug}`);
  const sent = await reader.post(`/articles/${recent.slug}/comments`, {
    form_token: inputValue(page.html, 'form_token'),
    _csrf: inputValue(page.html, '_csrf'),
    comment: 'Good **news** <b>for</b> commuters.',
    author: 'Publishing Reader',
    email,
    url: 'https://reader.example/',
  });
  assert.equal(sent.status, 303);
  approvedId = Number(sent.location!.split('#comment-')[1]);
  await setCommentStatus(t.desk.store.db, approvedId, 'approved', 'approved: test');
  const again = await reader.get(`/articles/${recent.slug}`);
  const held = await reader.post(`/articles/${recent.slug}/comments`, {
    form_token: inputValue(again.html, 'form_token'),
    _csrf: inputValue(again.html, '_csrf'),
    comment: 'A second thought, still held.',
    author: 'Second Reader',
    email: `second.${email}`,
  });
  assert.equal(held.status, 303);
  pendingId = Number(held.location!.split('#comment-')[1]);
  assert.equal((await findComment(t.desk.store.db, pendingId))?.status, 'pending');
});
after(() => t.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(t.url + path, { headers });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

function assertWellFormed(xml: string): void {
  const result = XMLValidator.validate(xml);
  assert.equal(result, true, `not well-formed: ${JSON.stringify(result)}`);
}

function url(article: Article): string {
  return `${pub}/articles/${article.slug}`;
}

const readFurtherOlder = '<p class="read-further">Read further at <a href="https://harbour-post.example/2026/ferry-timetable">Harbour &amp; Tide Post</a></p>';
const readFurtherRecent = '<p class="read-further">Read further at <a href="https://harbour-post.example/2026/vote?x=1&amp;y=2">Harbour &amp; Tide Post</a></p>';

/** The content of a `<meta property|name=…>` tag, decoded; undefined when absent. */
function meta(html: string, key: string): string | undefined {
  const match = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"/?>`));
  return match ? decodeEntities(match[1]!) : undefined;
}

function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe('feeds', () => {
  test('/feed.xml is RSS 2.0 with our pages as links and guids, the excerpt and the Read further line', async () => {
    const res = await get('/feed.xml');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
    assertWellFormed(res.body);
    assert.match(res.body, /^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);

    const feed = parseRssFeed(res.body);
    assert.equal(feed.title, SITE);
    assert.equal(feed.link, `${pub}/`);
    assert.equal(feed.items?.length, 50);
    const items = feed.items!;
    assert.deepEqual(
      items.slice(0, 4).map((i) => i.title),
      [SCRIPT_TITLE, 'Ferry timetable changes for winter', 'Valley orchards report record harvest', 'Archive piece 50'],
    );
    assert.ok(!items.some((i) => i.title === hidden.title), 'hidden articles are not published');
    assert.ok(!items.some((i) => i.title === 'Archive piece 0'), 'only the newest 50');

    const item = items[1]!;
    assert.equal(item.link, url(older));
    assert.deepEqual(item.guid, { value: url(older), isPermaLink: true });
    assert.equal(item.pubDate, new Date(older.published_at).toUTCString());
    assert.equal(item.content?.encoded, EXCERPT + readFurtherOlder);
    assert.equal(item.description, '<p>Ferries will run every ten minutes &amp; later at night. It is a big change.</p>' + readFurtherOlder);
    assert.deepEqual(item.dc?.creators, ['Ada Writer']);
    assert.deepEqual(item.categories, [{ name: 'transport' }, { name: 'harbour' }]);
    assert.deepEqual(item.source, { title: 'Harbour & Tide Post', url: 'https://harbour-post.example/rss' });
    assert.deepEqual(item.atom?.links, [{ href: older.url, rel: 'related', type: 'text/html' }]);
    assert.match(res.body, /<dcterms:modified>[^<]+<\/dcterms:modified>/);
    assert.match(res.body, /<atom:link href="http:\/\/127\.0\.0\.1:3000\/feed\.xml" rel="self" type="application\/rss\+xml"\/>/);
    // No byline: no creator, and never an <author> (RSS wants an email there).
    assert.equal(items[0]!.dc?.creators, undefined);
    assert.doesNotMatch(res.body, /<author>/);
    // Unreadable topics give no categories rather than an error.
    assert.equal(items[2]!.categories, undefined);
    assert.equal(items[0]!.content?.encoded, '<p>The council voted on Tuesday.</p>' + readFurtherRecent);
  });

  test('/feed.atom is Atom 1.0 with alternate and related links, the publisher as <source>', async () => {
    const res = await get('/feed.atom');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assertWellFormed(res.body);
    assert.match(res.body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xmlns:media="http:\/\/search.yahoo.com\/mrss\/">/);

    const feed = parseAtomFeed(res.body);
    assert.equal(feed.id, `${pub}/feed.atom`);
    assert.deepEqual(feed.title, { value: SITE });
    assert.equal(feed.updated, new Date(recent.updated_at).toISOString());
    assert.equal(feed.entries?.length, 50);
    const entry = feed.entries![1]!;
    assert.equal(entry.id, url(older));
    assert.deepEqual(entry.title, { value: 'Ferry timetable changes for winter', type: 'text' });
    assert.equal(entry.published, older.published_at);
    assert.equal(entry.updated, older.updated_at);
    assert.deepEqual(entry.authors, [{ name: 'Ada Writer' }]);
    assert.deepEqual(entry.categories, [{ term: 'transport' }, { term: 'harbour' }]);
    assert.deepEqual(entry.links, [
      { href: url(older), rel: 'alternate', type: 'text/html' },
      { href: older.url, rel: 'related', type: 'text/html', title: 'Harbour & Tide Post' },
    ]);
    assert.deepEqual(entry.media?.contents, [{ url: 'https://harbour-post.example/img/ferry.jpg', medium: 'image' }]);
    assert.equal(entry.content?.type, 'html');
    assert.equal(entry.content?.value?.trim(), EXCERPT + readFurtherOlder);
    assert.deepEqual(entry.source?.title, { value: 'Harbour & Tide Post' });
    assert.deepEqual(entry.source?.authors, [{ name: 'Harbour & Tide Post', uri: 'https://harbour-post.example/' }]);
    // The entry without a byline has no author of its own; its <source> names the outlet.
    assert.equal(feed.entries![0]!.authors, undefined);
    assert.deepEqual(feed.entries![0]!.title, { value: SCRIPT_TITLE, type: 'text' });
  });

  test('/feed.json is JSON Feed 1.1 with external_url pointing at the original', async () => {
    const res = await get('/feed.json');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/feed+json; charset=utf-8');
    const json = JSON.parse(res.body) as { version: string; title: string; feed_url: string; home_page_url: string; items: Record<string, unknown>[] };
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(json.title, SITE);
    assert.equal(json.feed_url, `${pub}/feed.json`);
    assert.equal(json.home_page_url, `${pub}/`);
    assert.equal(json.items.length, 50);
    assert.deepEqual(json.items[1], {
      id: url(older),
      url: url(older),
      external_url: older.url,
      title: 'Ferry timetable changes for winter',
      content_html: EXCERPT + readFurtherOlder,
      summary: plainTextTeaser(EXCERPT, 45),
      date_published: older.published_at,
      date_modified: older.updated_at,
      authors: [{ name: 'Ada Writer' }],
      tags: ['transport', 'harbour'],
      image: 'https://harbour-post.example/img/ferry.jpg',
      language: 'en',
    });
    assert.equal(json.items[0]!.authors, undefined);
    assert.equal(parseJsonFeed(res.body).items?.length, 50);
  });

  test('a source has the same three feeds, with only its visible articles', async () => {
    const rss = parseRssFeed((await get('/sources/harbour-post/feed.xml')).body);
    assert.equal(rss.title, `Harbour & Tide Post – ${SITE}`);
    assert.equal(rss.link, `${pub}/sources/harbour-post`);
    assert.deepEqual(rss.items?.map((i) => i.link), [url(recent), url(older)]);

    const atomRes = await get('/sources/harbour-post/feed.atom');
    assert.equal(atomRes.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assertWellFormed(atomRes.body);
    const atom = parseAtomFeed(atomRes.body);
    assert.equal(atom.id, `${pub}/sources/harbour-post/feed.atom`);
    assert.deepEqual(atom.entries?.map((e) => e.id), [url(recent), url(older)]);

    const json = JSON.parse((await get('/sources/harbour-post/feed.json')).body) as { feed_url: string; items: { id: string }[] };
    assert.equal(json.feed_url, `${pub}/sources/harbour-post/feed.json`);
    assert.deepEqual(json.items.map((i) => i.id), [url(recent), url(older)]);

    const archive = parseRssFeed((await get('/sources/archive-weekly/feed.xml')).body);
    assert.equal(archive.items?.length, 50);
    assert.equal(archive.items?.[0]?.title, 'Archive piece 50');
    assert.equal(archive.items?.[49]?.title, 'Archive piece 1');

    for (const file of ['feed.xml', 'feed.atom', 'feed.json']) assert.equal((await get(`/sources/no-such-source/${file}`)).status, 404);
  });

  test('a title with & is written escaped, with no whitespace added around it', async () => {
    for (const file of ['feed.xml', 'feed.atom']) {
      const { body } = await get(`/sources/harbour-post/${file}`);
      assert.ok(body.includes(`<title>Harbour &amp; Tide Post – ${SITE}</title>`), file);
      assert.doesNotMatch(body, /CDATA/, file);
    }
  });

  test('a source with no articles yet still gives valid, empty feeds', async () => {
    const empty = await makeSource(t.desk, { slug: 'quiet-quarterly', title: 'Quiet Quarterly', created_at: '2026-01-05T10:00:00.000Z' });
    const atom = await get(`/sources/${empty.slug}/feed.atom`);
    assertWellFormed(atom.body);
    assert.match(atom.body, /<updated>2026-01-05T10:00:00.000Z<\/updated>/);
    const rss = await get(`/sources/${empty.slug}/feed.xml`);
    assertWellFormed(rss.body);
    assert.equal(parseRssFeed(rss.body).items, undefined);
    assert.deepEqual((JSON.parse((await get(`/sources/${empty.slug}/feed.json`)).body) as { items: unknown[] }).items, []);
  });

  test('conditional GET: a matching ETag or an unchanged date gives 304; a new article a new ETag', async () => {
    const source = await makeSource(t.desk, { slug: 'conditional-courier', title: 'Conditional Courier' });
    const first = await makeArticle(t.desk, source, { published_at: '2026-03-01T08:00:00.000Z', updated_at: '2026-03-01T09:30:00.000Z' });
    for (const file of ['feed.xml', 'feed.atom', 'feed.json']) {
      const path = `/sources/${source.slug}/${file}`;
      const full = await get(path);
      assert.equal(full.status, 200);
      const etag = full.headers.get('etag')!;
      assert.match(etag, /^"[\w-]{27}"$/);
      // Dated when the desk first served these bytes, not by the newest entry: hiding one dates no entry.
      const lastModified = full.headers.get('last-modified')!;
      assert.ok(Date.parse(lastModified) >= Date.parse(first.fetched_at) - 1000, lastModified);
      const secondBefore = new Date(Date.parse(lastModified) - 1000).toUTCString();

      const byTag = await get(path, { 'if-none-match': etag });
      assert.equal(byTag.status, 304);
      assert.equal(byTag.body, '');
      assert.equal(byTag.headers.get('etag'), etag);
      assert.equal(byTag.headers.get('cache-control'), 'public, max-age=300');
      assert.equal((await get(path, { 'if-none-match': `"old", W/${etag}` })).status, 304);
      assert.equal((await get(path, { 'if-modified-since': lastModified })).status, 304);
      assert.equal((await get(path, { 'if-modified-since': secondBefore })).status, 200);
      // If-None-Match wins over If-Modified-Since.
      assert.equal((await get(path, { 'if-none-match': '"something-else"', 'if-modified-since': lastModified })).status, 200);
      // The same bytes each time: the ETag and the date are stable.
      const again = await get(path);
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('last-modified'), lastModified);
    }
    const before = await get(`/sources/${source.slug}/feed.xml`);
    await makeArticle(t.desk, source, { published_at: '2026-03-02T08:00:00.000Z', updated_at: '2026-03-02T08:00:00.000Z' });
    const changed = await get(`/sources/${source.slug}/feed.xml`, { 'if-none-match': before.headers.get('etag')! });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), before.headers.get('etag'));
    assert.equal(parseRssFeed(changed.body).items?.length, 2);
    // Never a date that would let If-Modified-Since hide the change.
    const since = await get(`/sources/${source.slug}/feed.xml`, { 'if-modified-since': before.headers.get('last-modified')! });
    assert.equal(since.status, 200);
  });
});

describe('sitemap and robots', () => {
  test('/sitemap.xml lists the pages and every visible article, with news tags for the last two days', async () => {
    const res = await get('/sitemap.xml');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
    assert.ok(res.headers.get('etag'));
    assertWellFormed(res.body);
    assert.match(res.body, /<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:news="http:\/\/www.google.com\/schemas\/sitemap-news\/0.9">/);
    assert.ok(res.body.includes(`<url><loc>${pub}/sources</loc>`));
    assert.ok(res.body.includes(`<url><loc>${pub}/sources/harbour-post</loc><lastmod>${recent.published_at}</lastmod></url>`));
    assert.ok(res.body.includes(`<url><loc>${pub}/</loc>`));
    assert.ok(res.body.includes(`<url><loc>${url(older)}</loc><lastmod>${older.updated_at}</lastmod></url>`), 'older article: lastmod, no news tags');
    assert.ok(
      res.body.includes(
        `<url><loc>${url(recent)}</loc><lastmod>${recent.updated_at}</lastmod>` +
          `<news:news><news:publication><news:name>${SITE}</news:name><news:language>en</news:language></news:publication>` +
          `<news:publication_date>${recent.published_at}</news:publication_date>` +
          '<news:title>Harbour vote &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</news:title></news:news></url>',
      ),
    );
    assert.ok(!res.body.includes(hidden.slug), 'hidden articles are left out');
    const expectedUrls = 2 + (await countSources(t.desk.store.db)) + (await countArticles(t.desk.store.db, {}));
    assert.equal(res.body.match(/<url>/g)?.length, expectedUrls);
    assert.equal(res.body.match(/<news:news>/g)?.length, 1);
    assert.equal((await get('/sitemap.xml', { 'if-none-match': (await get('/sitemap.xml')).headers.get('etag')! })).status, 304);
    assert.ok(elsewhere.id > 0);
  });

  test('/robots.txt allows everything but /admin/ and names the sitemap', async () => {
    const res = await get('/robots.txt');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(res.body, `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${pub}/sitemap.xml\n`);
  });
});

describe('page heads', () => {
  test('every page announces the desk’s three feeds and links to Stories, Names and Sources', async () => {
    for (const path of ['/', `/articles/${older.slug}`, '/sources', '/sources/harbour-post', '/no-such-page']) {
      const { body } = await get(path);
      assert.ok(body.includes(`<link rel="alternate" type="application/rss+xml" title="${SITE} (RSS)" href="/feed.xml"/>`), path);
      assert.ok(body.includes(`<link rel="alternate" type="application/atom+xml" title="${SITE} (Atom)" href="/feed.atom"/>`), path);
      assert.ok(body.includes(`<link rel="alternate" type="application/feed+json" title="${SITE} (JSON Feed)" href="/feed.json"/>`), path);
      assert.match(body, /<nav aria-label="Main"><ul><li><a href="\/"[^>]*>Latest<\/a><\/li><li><a href="\/stories"[^>]*>Stories<\/a><\/li><li><a href="\/entities"[^>]*>Names<\/a><\/li><li><a href="\/sources"[^>]*>Sources<\/a><\/li><\/ul><\/nav>/, path);
    }
  });

  test('an article page has OpenGraph, Twitter card and article: tags', async () => {
    const { body } = await get(`/articles/${older.slug}`);
    assert.equal(meta(body, 'og:type'), 'article');
    assert.equal(meta(body, 'og:title'), 'Ferry timetable changes for winter');
    assert.equal(meta(body, 'og:description'), 'Ferries will run every ten minutes & later at night. It is a big change.');
    assert.equal(meta(body, 'og:url'), url(older));
    assert.equal(meta(body, 'og:site_name'), SITE);
    assert.equal(meta(body, 'og:image'), 'https://harbour-post.example/img/ferry.jpg');
    assert.equal(meta(body, 'article:published_time'), older.published_at);
    assert.equal(meta(body, 'article:modified_time'), older.updated_at);
    assert.equal(meta(body, 'article:author'), 'Ada Writer');
    assert.equal(meta(body, 'article:section'), 'Harbour & Tide Post');
    assert.deepEqual([...body.matchAll(/<meta property="article:tag" content="([^"]*)"/g)].map((m) => m[1]), ['transport', 'harbour']);
    assert.equal(meta(body, 'twitter:card'), 'summary_large_image');
    assert.equal(meta(body, 'twitter:title'), 'Ferry timetable changes for winter');
    assert.equal(meta(body, 'twitter:image'), 'https://harbour-post.example/img/ferry.jpg');
    // The source's name links to its page here.
    assert.ok(body.includes('<span class="source"><a href="/sources/harbour-post">Harbour &amp; Tide Post</a></span>'));

    const plain = await get(`/articles/${recent.slug}`);
    assert.equal(meta(plain.body, 'twitter:card'), 'summary');
    assert.equal(meta(plain.body, 'og:image'), undefined);
    assert.equal(meta(plain.body, 'article:author'), undefined);
    assert.equal(meta(plain.body, 'og:title'), SCRIPT_TITLE);
  });

  test('the home page is an OpenGraph website', async () => {
    const { body } = await get('/');
    assert.equal(meta(body, 'og:type'), 'website');
    assert.equal(meta(body, 'og:title'), SITE);
    assert.equal(meta(body, 'og:url'), `${pub}/`);
    assert.equal(meta(body, 'og:site_name'), SITE);
    assert.equal(meta(body, 'twitter:card'), 'summary');
    assert.equal(jsonLdBlocks(body).length, 0);
  });

  test('JSON-LD: a NewsArticle with its publisher, the original and the approved comments only', async () => {
    const { body } = await get(`/articles/${recent.slug}`);
    const blocks = jsonLdBlocks(body);
    assert.equal(blocks.length, 1);
    const comment = (await findComment(t.desk.store.db, approvedId))!;
    const outlet = { '@type': 'Organization', name: 'Harbour & Tide Post', url: 'https://harbour-post.example/' };
    assert.deepEqual(JSON.parse(blocks[0]!), {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': `${url(recent)}#article`,
      headline: SCRIPT_TITLE,
      description: 'The council voted on Tuesday.',
      url: url(recent),
      mainEntityOfPage: { '@type': 'WebPage', '@id': url(recent) },
      datePublished: recent.published_at,
      dateModified: recent.updated_at,
      publisher: outlet,
      sourceOrganization: outlet,
      isBasedOn: 'https://harbour-post.example/2026/vote?x=1&y=2',
      isPartOf: { '@type': 'WebSite', name: SITE, url: `${pub}/` },
      inLanguage: 'en',
      keywords: ['politics'],
      commentCount: 1,
      comment: [
        {
          '@type': 'Comment',
          '@id': `${url(recent)}#comment-${approvedId}`,
          url: `${url(recent)}#comment-${approvedId}`,
          author: { '@type': 'Person', name: 'Publishing Reader', url: 'https://reader.example/' },
          dateCreated: comment.created_at,
          text: 'Good news <b>for</b> commuters.',
        },
      ],
    });

    const withAuthor = JSON.parse(jsonLdBlocks((await get(`/articles/${older.slug}`)).body)[0]!) as Record<string, unknown>;
    assert.deepEqual(withAuthor.author, { '@type': 'Person', name: 'Ada Writer' });
    assert.equal(withAuthor.image, 'https://harbour-post.example/img/ferry.jpg');
    assert.equal(withAuthor.commentCount, 0);
    assert.deepEqual(withAuthor.comment, []);
  });

  test('JSON-LD cannot be broken out of: < > & are escaped, and no stray script appears', async () => {
    const { body } = await get(`/articles/${recent.slug}`);
    const block = jsonLdBlocks(body)[0]!;
    assert.ok(block.includes('"headline":"Harbour vote \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more"'));
    assert.ok(!block.includes('<'));
    assert.ok(!body.includes('<script>alert(1)'));
    assert.equal(body.match(/<script\b/g)?.length, 2, 'the JSON-LD block and site.js, nothing else');
    // The author who posted a pending comment sees it on the page, but never in the JSON-LD.
    assert.ok(!block.includes(`comment-${pendingId}`));
  });
});

describe('source pages', () => {
  test('/sources lists every source by title with its count of visible articles', async () => {
    const res = await get('/sources');
    assert.equal(res.status, 200);
    assert.match(res.body, /<title>Sources – Quayside Desk<\/title>/);
    assert.match(res.body, /<h1 class="page-title">Sources<\/h1>/);
    assert.match(res.body, /<a href="\/sources" aria-current="page">Sources<\/a>/);
    const titles = [...res.body.matchAll(/<h2 class="card-title"><a href="\/sources\/([^"]+)">([^<]+)<\/a><\/h2>/g)].map((m) => [m[1], decodeEntities(m[2]!)]);
    const expected = [
      ['archive-weekly', 'Archive Weekly'],
      ['harbour-post', 'Harbour & Tide Post'],
      ['valley-times', 'Valley Times'],
    ];
    assert.deepEqual(
      titles.filter(([slug]) => expected.some(([s]) => s === slug)),
      expected,
    );
    assert.deepEqual(titles.map(([, title]) => title), [...titles.map(([, title]) => title)].sort((a, b) => a!.localeCompare(b!, 'en')));
    assert.match(res.body, /<a href="\/sources\/harbour-post">Harbour &amp; Tide Post<\/a><\/h2><p class="meta">2 articles · latest <time/);
    assert.match(res.body, /<a href="\/sources\/archive-weekly">Archive Weekly<\/a><\/h2><p class="meta">51 articles · latest <time/);
  });

  test('/sources/:slug shows the source’s visible articles newest first, its feeds, and pages', async () => {
    const res = await get('/sources/harbour-post');
    assert.equal(res.status, 200);
    assert.match(res.body, /<title>Harbour &amp; Tide Post – Quayside Desk<\/title>/);
    assert.match(res.body, /<h1 class="page-title">Harbour &amp; Tide Post<\/h1>/);
    assert.deepEqual([...res.body.matchAll(/<h2 class="card-title"><a href="\/articles\/([^"]+)">/g)].map((m) => m[1]), [recent.slug, older.slug]);
    assert.ok(res.body.includes(`<link rel="alternate" type="application/rss+xml" title="Harbour &amp; Tide Post – ${SITE} (RSS)" href="/sources/harbour-post/feed.xml"/>`));
    assert.ok(res.body.includes(`<link rel="alternate" type="application/atom+xml" title="Harbour &amp; Tide Post – ${SITE} (Atom)" href="/sources/harbour-post/feed.atom"/>`));
    assert.ok(res.body.includes(`<link rel="alternate" type="application/feed+json" title="Harbour &amp; Tide Post – ${SITE} (JSON Feed)" href="/sources/harbour-post/feed.json"/>`));
    // The source's own feeds come before the desk's.
    assert.ok(res.body.indexOf('/sources/harbour-post/feed.xml') < res.body.indexOf('href="/feed.xml"'));
    assert.ok(res.body.includes('<a href="https://harbour-post.example/" rel="noopener">Visit harbour-post.example</a>'));
    assert.equal(meta(res.body, 'og:url'), `${pub}/sources/harbour-post`);
    assert.doesNotMatch(res.body, /class="pagination"/);

    const first = await get('/sources/archive-weekly');
    assert.equal([...first.body.matchAll(/<h2 class="card-title">/g)].length, 20);
    assert.match(first.body, /<nav class="pagination" aria-label="Pages of Archive Weekly"><span>Page 1 of 3<\/span><a href="\/sources\/archive-weekly\?page=2" rel="next">/);
    const second = await get('/sources/archive-weekly?page=2');
    assert.match(second.body, /<h1 class="page-title">Archive Weekly, page 2 of 3<\/h1>/);
    assert.match(second.body, /<a href="\/sources\/archive-weekly" rel="prev">← Newer articles<\/a>/);
    assert.match(second.body, /<a href="\/sources\/archive-weekly\?page=3" rel="next">/);
    const third = await get('/sources/archive-weekly?page=3');
    assert.equal([...third.body.matchAll(/<h2 class="card-title">/g)].length, 11);
    assert.match(third.body, /Archive piece 0<\/a>/);
    assert.equal((await get('/sources/archive-weekly?page=4')).status, 404);
    assert.equal((await get('/sources/archive-weekly?page=0')).status, 404);
    assert.equal((await get('/sources/archive-weekly?page=two')).status, 404);
  });

  test('an unknown source is a 404 page', async () => {
    const res = await get('/sources/no-such-source');
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    assert.match(res.body, /<h1 class="page-title">Source not found<\/h1>/);
  });
});

test('no commenter’s email appears in any feed, the sitemap, or the JSON-LD', async () => {
  const needles = [email, email.toLowerCase(), encodeURIComponent(email), `second.${email}`.toLowerCase()];
  const paths = ['/feed.xml', '/feed.atom', '/feed.json', '/sitemap.xml', '/robots.txt', `/sources/${post.slug}`, '/sources'];
  for (const format of ['feed.xml', 'feed.atom', 'feed.json']) paths.push(`/sources/${post.slug}/${format}`);
  for (const path of paths) {
    const { body } = await get(path);
    for (const needle of needles) assert.ok(!body.toLowerCase().includes(needle.toLowerCase()), `${path} reveals ${needle}`);
  }
  const page = await get(`/articles/${recent.slug}`);
  const block = jsonLdBlocks(page.body)[0]!;
  assert.ok(block.includes('Publishing Reader'));
  for (const needle of needles) {
    assert.ok(!block.toLowerCase().includes(needle.toLowerCase()));
    assert.ok(!page.body.toLowerCase().includes(needle.toLowerCase()));
  }
});

describe('text XML forbids never reaches our XML', () => {
  /** Every C0 control (tab, LF and CR included), the two noncharacters, and lone surrogates (low before high: no pair). */
  const HOSTILE = `${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')}\uFFFE\uFFFF\uDC00\uD800`;
  const FORBIDDEN_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
  let d: TestDesk;
  let story: Article;

  /** Well-formed XML 1.0: the validator checks the syntax; the Char production is checked here, raw and as references. */
  function assertWellFormedXml(text: string, what: string): void {
    assert.equal(XMLValidator.validate(text), true, `${what}: ${JSON.stringify(XMLValidator.validate(text))}`);
    const raw = text.match(FORBIDDEN_CHAR);
    assert.equal(raw, null, `${what} carries U+${raw?.[0]?.codePointAt(0)?.toString(16).padStart(4, '0')}`);
    for (const ref of text.matchAll(/&#(x[0-9a-f]{1,6}|[0-9]{1,7});/gi)) {
      const code = ref[1]!.startsWith('x') || ref[1]!.startsWith('X') ? parseInt(ref[1]!.slice(1), 16) : Number(ref[1]);
      assert.doesNotMatch(String.fromCodePoint(code), FORBIDDEN_CHAR, `${what} refers to a forbidden character: ${ref[0]}`);
    }
  }

  /**
   * What a reader sees of the text, whitespace runs made one space. SQLite keeps a lone
   * surrogate as replacement characters (legal in XML), so those are set aside too.
   */
  function words(text: string | undefined): string {
    return (text ?? '').replace(/\uFFFD/g, '').replace(/\s+/g, ' ').trim();
  }

  before(async () => {
    d = await startTestDesk({ settings: { ...quickSettings, siteName: 'Control Desk' } });
    const source = await makeSource(d.desk, {
      slug: 'control-gazette',
      title: `Control${HOSTILE} Gazette 😀`,
      description: `Notes${HOSTILE} from the gazette`,
      feed_url: 'https://control-gazette.example/feed.json',
      site_url: 'https://control-gazette.example/',
    });
    story = await makeArticle(d.desk, source, {
      title: `Tide${HOSTILE} table & times`,
      author: `Ada${HOSTILE} Writer`,
      excerpt_html: `<p>High water${HOSTILE} at noon.</p>`,
      topics: JSON.stringify([`tides${HOSTILE}`]),
    });
    await insertComment(d.desk.store.db, {
      article_id: story.id,
      parent_id: null,
      author_name: `Reader${HOSTILE} One`,
      author_email: 'reader.one@example.org',
      author_url: null,
      body_markdown: 'x',
      body_html: `<p>Thanks${HOSTILE} for this.</p>`,
      status: 'approved',
      status_reason: 'approved: test',
      client_hash: 'test',
      user_agent: 'test',
      created_at: new Date().toISOString(),
    });
  });
  after(() => d.close());

  test('RSS, Atom, comment feeds and the sitemap are well-formed and keep the rest of the text', async () => {
    const fetchText = async (path: string) => {
      const response = await fetch(d.url + path);
      assert.equal(response.status, 200, path);
      return response.text();
    };
    for (const path of ['/feed.xml', '/feed.atom', '/sources/control-gazette/feed.xml', '/sources/control-gazette/feed.atom', '/sitemap.xml', '/comments.xml', `/articles/${story.slug}/comments.xml`]) {
      assertWellFormedXml(await fetchText(path), path);
    }
    const rss = parseRssFeed(await fetchText('/sources/control-gazette/feed.xml'));
    assert.equal(words(rss.title), 'Control Gazette 😀 – Control Desk');
    assert.equal(words(rss.description), 'Notes from the gazette');
    assert.equal(words(rss.items?.[0]?.title), 'Tide table & times');
    assert.deepEqual(rss.items?.[0]?.dc?.creators?.map(words), ['Ada Writer']);
    assert.ok(rss.items?.[0]?.content?.encoded?.includes('High water'));
    const atom = parseAtomFeed(await fetchText('/feed.atom'));
    assert.equal(words(atom.entries?.[0]?.title?.value), 'Tide table & times');
    assert.equal(words(atom.entries?.[0]?.source?.title?.value), 'Control Gazette 😀');
    const comments = parseRssFeed(await fetchText('/comments.xml'));
    assert.equal(words(comments.items?.[0]?.title), 'Reader One on Tide table & times');
    assert.ok(words(comments.items?.[0]?.description).includes('Thanks for this.'));
  });

  test('newsdesk sources export writes well-formed OPML that keeps the title', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'sources', 'export'], { env: { ...process.env, ...d.storeEnv } });
    assertWellFormedXml(stdout, 'the OPML export');
    assert.deepEqual(
      parseOpmlSources(stdout).map((s) => ({ ...s, title: words(s.title ?? '') })),
      [{ feedUrl: 'https://control-gazette.example/feed.json', title: 'Control Gazette 😀', siteUrl: 'https://control-gazette.example/' }],
    );
  });
});
