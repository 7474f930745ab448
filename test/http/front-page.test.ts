/**
 * The front page (the newest story leads, then sections per source and per topic), the topic
 * pages its sections link to, lead images in pages and cards, and one canonical address per
 * article for machines: the canonical link, og:url, the JSON-LD and the sitemap agree.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Article, Source } from '../../src/store/schema.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

let t: TestDesk;
let pub: string;
let harbour: Source;
let valley: Source;
let withImage: Article;
let plain: Article;
let oldHttpImage: Article;
let badImage: Article;
let nightBuses: Article;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(t.url + path);
  return { status: response.status, body: await response.text() };
}

function meta(body: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(body)?.[1]?.replace(/&amp;/g, '&');
}

function canonical(body: string): string[] {
  return [...body.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function jsonLd(body: string): Record<string, unknown> {
  const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body)?.[1];
  assert.ok(block, 'the page has JSON-LD');
  return JSON.parse(block) as Record<string, unknown>;
}

/** The h3 headings of one front-page section group ("by-source" or "by-topic"). */
function sectionTitles(body: string, id: string): string[] {
  const group = new RegExp(`<section class="home-sections" aria-labelledby="${id}-title">([\\s\\S]*?)</div></section>`).exec(body)?.[1] ?? '';
  return [...group.matchAll(/<h3 id="[^"]+">([^<]*)<\/h3>/g)].map((m) => m[1]!);
}

function cardSlugs(body: string): string[] {
  return [...body.matchAll(/<h2 class="card-title"><a href="\/articles\/([^"]+)">/g)].map((m) => m[1]!);
}

before(async () => {
  t = await startTestDesk({ settings: { articlesPerPage: 3 } });
  pub = t.desk.context.config.publicUrl;
  harbour = await makeSource(t.desk, { title: 'Harbour Post', slug: 'harbour-post' });
  valley = await makeSource(t.desk, { title: 'Valley Times', slug: 'valley-times' });
  plain = await makeArticle(t.desk, valley, { title: 'Library extends its hours', published_at: daysAgo(5), topics: JSON.stringify(['culture']) });
  oldHttpImage = await makeArticle(t.desk, valley, { title: 'Bridge repairs finish', published_at: daysAgo(4), image_url: 'http://img.valley.example/bridge.jpg', topics: JSON.stringify(['transport']) });
  badImage = await makeArticle(t.desk, harbour, { title: 'Choir wins a prize', published_at: daysAgo(3), image_url: 'javascript:alert(1)', topics: JSON.stringify(['culture']) });
  nightBuses = await makeArticle(t.desk, harbour, { title: 'Night buses return', published_at: daysAgo(2), topics: JSON.stringify(['transport', 'harbour']) });
  withImage = await makeArticle(t.desk, harbour, { title: 'Ferry timetable changes', published_at: daysAgo(1), image_url: 'https://img.harbour.example/ferry.jpg?w=1200&h=675', topics: JSON.stringify(['transport', 'harbour']) });
});

after(async () => {
  await t?.close();
});

describe('the front page', () => {
  test('the newest story leads with its picture; the rest of the page follows newest first', async () => {
    const { status, body } = await get('/');
    assert.equal(status, 200);
    assert.deepEqual(cardSlugs(body).slice(0, 3), [withImage.slug, nightBuses.slug, badImage.slug]);
    const leadItem = /<li class="lead-item">([\s\S]*?)<\/li>/.exec(body)?.[1] ?? '';
    assert.ok(leadItem.includes(`href="/articles/${withImage.slug}"`), 'the newest article is the lead');
    assert.ok(
      // alt="" is written as a bare alt: the same empty text alternative.
      leadItem.includes('<img class="lead-image lead-image-lead" src="https://img.harbour.example/ferry.jpg?w=1200&amp;h=675" alt width="1200" height="675" loading="eager" decoding="async" referrerpolicy="no-referrer"/>'),
      leadItem,
    );
    // A javascript: address stored by an older desk is never shown.
    assert.ok(!body.includes('javascript:'));
  });

  test('sections per source and per topic, each with a link to its full list', async () => {
    const { body } = await get('/');
    assert.deepEqual(sectionTitles(body, 'by-source'), ['Harbour Post', 'Valley Times']);
    // Topics two or more articles share, the most shared first; "harbour" ties with "culture" but is newer.
    assert.deepEqual(sectionTitles(body, 'by-topic'), ['transport', 'harbour', 'culture']);
    assert.ok(body.includes('<a href="/sources/harbour-post">All articles from Harbour Post</a>'));
    assert.ok(body.includes('<a href="/topics/transport">All articles on transport</a>'));
    // Later pages are the plain list.
    const second = await get('/?page=2');
    assert.equal(sectionTitles(second.body, 'by-source').length, 0);
    assert.ok(!second.body.includes('lead-item'));
    assert.deepEqual(cardSlugs(second.body), [oldHttpImage.slug, plain.slug]);
  });

  test('a new article shows in the sections at once, through the page cache', async () => {
    const before = await get('/');
    assert.ok(!sectionTitles(before.body, 'by-source').includes('Evening Courier'));
    const courier = await makeSource(t.desk, { title: 'Evening Courier', slug: 'evening-courier' });
    const fresh = await makeArticle(t.desk, courier, { title: 'Tram line approved', published_at: daysAgo(0.5), topics: JSON.stringify(['transport']) });
    try {
      const after = await get('/');
      assert.deepEqual(sectionTitles(after.body, 'by-source'), ['Evening Courier', 'Harbour Post', 'Valley Times']);
      assert.equal(cardSlugs(after.body)[0], fresh.slug);
    } finally {
      await t.desk.store.db.deleteFrom('articles').where('id', '=', fresh.id).execute();
    }
  });
});

describe('topic pages', () => {
  test('list the articles filed under the topic, newest first, and page like the home page', async () => {
    const { status, body } = await get('/topics/transport');
    assert.equal(status, 200);
    assert.match(body, /<h1 class="page-title">Articles on transport<\/h1>/);
    assert.deepEqual(cardSlugs(body), [withImage.slug, nightBuses.slug, oldHttpImage.slug]);
    assert.equal(canonical(body)[0], `${pub}/topics/transport`);
    assert.equal((await get('/topics/culture')).body.match(/class="card-title"/g)?.length, 2);
  });

  test('an unknown topic, a LIKE wildcard, an overlong or a bad page number are 404 pages', async () => {
    for (const path of ['/topics/astronomy', '/topics/%25', '/topics/_', `/topics/${'a'.repeat(41)}`, '/topics/transport?page=2', '/topics/transport?page=x', '/topics/transpor']) {
      assert.equal((await get(path)).status, 404, path);
    }
  });
});

describe('lead images in the page head and the cards', () => {
  test('og:image and a large Twitter card when the article has an image; a summary card without one', async () => {
    const { body } = await get(`/articles/${withImage.slug}`);
    assert.equal(meta(body, 'og:image'), 'https://img.harbour.example/ferry.jpg?w=1200&h=675');
    assert.equal(meta(body, 'twitter:image'), 'https://img.harbour.example/ferry.jpg?w=1200&h=675');
    assert.equal(meta(body, 'twitter:card'), 'summary_large_image');
    assert.ok(body.includes('<img class="lead-image lead-image-lead" src="https://img.harbour.example/ferry.jpg?w=1200&amp;h=675"'), 'the article shows its picture under the headline');

    const none = (await get(`/articles/${plain.slug}`)).body;
    assert.equal(meta(none, 'og:image'), undefined);
    assert.equal(meta(none, 'twitter:card'), 'summary');
    assert.ok(!none.includes('lead-image'));
  });

  test('an http address kept by an older desk is shown over https; a javascript: one never', async () => {
    const old = (await get(`/articles/${oldHttpImage.slug}`)).body;
    assert.equal(meta(old, 'og:image'), 'https://img.valley.example/bridge.jpg');
    assert.equal(jsonLd(old).image, 'https://img.valley.example/bridge.jpg');
    const bad = (await get(`/articles/${badImage.slug}`)).body;
    assert.equal(meta(bad, 'og:image'), undefined);
    assert.equal(jsonLd(bad).image, undefined);
    assert.ok(!bad.includes('javascript:'));
  });
});

describe('one canonical address per article', () => {
  test('the canonical link, og:url, the JSON-LD and the sitemap all name the desk’s page', async () => {
    const own = `${pub}/articles/${withImage.slug}`;
    // The original's address is a different one, so agreeing by accident is not possible.
    assert.notEqual(withImage.canonical_url, own);
    const { body } = await get(`/articles/${withImage.slug}?cpage=1`);
    assert.deepEqual(canonical(body), [own], 'exactly one canonical link, query dropped');
    assert.equal(meta(body, 'og:url'), own);
    const data = jsonLd(body);
    assert.equal(data.url, own);
    assert.deepEqual(data.mainEntityOfPage, { '@type': 'WebPage', '@id': own });
    // The original is credited, not claimed.
    assert.equal(data.isBasedOn, withImage.url);
    assert.ok(body.includes(`<a href="${withImage.url}" rel="noopener">Harbour Post</a>`));
    const sitemap = (await get('/sitemap.xml')).body;
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    assert.ok(locs.includes(own), 'the sitemap lists the desk’s page');
    assert.ok(!locs.includes(withImage.url) && !locs.includes(withImage.canonical_url), 'and never the original');
  });

  test('the home page’s canonical link and og:url agree too', async () => {
    const first = (await get('/')).body;
    assert.deepEqual(canonical(first), [`${pub}/`]);
    assert.equal(meta(first, 'og:url'), `${pub}/`);
    const second = (await get('/?page=2')).body;
    assert.deepEqual(canonical(second), [`${pub}/?page=2`]);
    assert.equal(meta(second, 'og:url'), `${pub}/?page=2`);
  });
});
