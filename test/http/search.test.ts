import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { ingestSource } from '../../src/ingest/ingest-source.js';
import { setArticleHidden } from '../../src/store/admin-articles.js';
import { rebuildSearchIndex, saveArticleText } from '../../src/store/search-index.js';
import { wordsOf } from '../../src/store/search-query.js';
import type { Article, Source } from '../../src/store/schema.js';
import { updateSource } from '../../src/store/sources.js';
import { makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities } from '../support/http.js';
import { localIngestDeps, sourceAdder } from '../support/ingest.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';

/*
 * The reader's search on a real server, on the store the suite runs on: what matches (accents,
 * phrases, exclusions, OR, filters), what never does (hidden articles), hostile input, and that
 * the full text behind an excerpt shows only as a short escaped snippet.
 */

let t: TestDesk;
let reader: Browserish;
let harbour: Source;
let valley: Source;

before(async () => {
  // Two per page, so a handful of matches makes several pages.
  t = await startTestDesk({ settings: { ...quickSettings, articlesPerPage: 2 } });
  reader = new Browserish(t.url);
  harbour = await makeSource(t.desk, { slug: 'harbour-gazette', title: 'Harbour Gazette' });
  valley = await makeSource(t.desk, { slug: 'valley-courier', title: 'Valley Courier' });
});
after(() => t.close());

async function article(source: Source, title: string, text: string, overrides: Partial<Article> = {}): Promise<Article> {
  const stored = await makeArticle(t.desk, source, { title, ...overrides });
  await saveArticleText(t.desk.store.db, stored.id, text);
  return stored;
}

async function search(params: Record<string, string>) {
  return reader.get(`/search?${new URLSearchParams(params).toString()}`);
}

/** The slugs of the articles listed as results, in order. */
function resultSlugs(html: string): string[] {
  return [...html.matchAll(/<h2 class="card-title"><a href="\/articles\/([^"]+)"/g)].map((m) => m[1]!);
}

/** The slugs of every result, following the pages' next links (two results a page). */
async function found(q: string, extra: Record<string, string> = {}): Promise<string[]> {
  let page = await search({ q, ...extra });
  assert.equal(page.status, 200, `GET /search?q=${q}`);
  const slugs = resultSlugs(page.html);
  for (let next = /<a href="([^"]+)" rel="next">/.exec(page.html); next; next = /<a href="([^"]+)" rel="next">/.exec(page.html)) {
    page = await reader.get(decodeEntities(next[1]!));
    assert.equal(page.status, 200);
    slugs.push(...resultSlugs(page.html));
  }
  return slugs;
}

describe('the search box', () => {
  test('every page has a labelled search form that needs no script', async () => {
    for (const path of ['/', '/sources', '/privacy']) {
      const page = await reader.get(path);
      assert.match(page.html, /<form class="site-search" role="search" aria-label="Site" action="\/search" method="get">/, path);
      assert.match(page.html, /<label for="site-search-q">Search articles<\/label><input type="search" id="site-search-q" name="q"/, path);
    }
  });

  test('an empty search asks for words, without an error', async () => {
    const page = await search({ q: '   ' });
    assert.equal(page.status, 200);
    assert.match(page.html, /Type one or more words to find articles/);
    assert.deepEqual(resultSlugs(page.html), []);
  });
});

describe('matching', () => {
  test('accents fold both ways, in titles and in texts', async () => {
    const titled = await article(harbour, 'Le café du port rouvre', 'Plain words only.');
    const texted = await article(valley, 'Morning market', 'A naive cafe owner sold crème brûlée at dawn.');
    assert.deepEqual((await found('cafe')).sort(), [titled.slug, texted.slug].sort());
    assert.deepEqual(await found('CAFÉ naïve'), [texted.slug]);
    assert.deepEqual(await found('creme brulee'), [texted.slug]);
  });

  test('a phrase needs its words together and in order; loose words do not', async () => {
    const together = await article(harbour, 'Evening walk', 'The quiet lagoon evening drew walkers.');
    const apart = await article(harbour, 'Night shift', 'A lagoon at night is never quiet.');
    assert.deepEqual(await found('"quiet lagoon"'), [together.slug]);
    assert.deepEqual((await found('quiet lagoon')).sort(), [together.slug, apart.slug].sort());
  });

  test('a minus leaves out articles with the word; OR takes either', async () => {
    const ferry = await article(harbour, 'Pier news', 'The pelican watched the ferry.');
    const pier = await article(valley, 'Pier repairs', 'The pelican sat on the pier.');
    const windmill = await article(valley, 'Old windmill', 'A windmill turned.');
    assert.deepEqual(await found('pelican -ferry'), [pier.slug]);
    assert.deepEqual(await found('pelican -"watched the ferry"'), [pier.slug]);
    assert.deepEqual((await found('pelican OR windmill')).sort(), [ferry.slug, pier.slug, windmill.slug].sort());
  });

  test('sources and authors are searched, a title match ranks first', async () => {
    const inTitle = await article(valley, 'Gondola strike ends', 'Talks ended.');
    const inText = await article(valley, 'Transport roundup', 'Elsewhere the gondola strike went on.');
    assert.deepEqual(await found('gondola strike'), [inTitle.slug, inText.slug]);
    const byAuthor = await article(valley, 'Column', 'Thoughts.', { author: 'Ximena Quartermaine' });
    assert.deepEqual(await found('quartermaine'), [byAuthor.slug]);
    assert.ok((await found('courier gondola')).includes(inTitle.slug));
  });

  test('filters: a source, and a date range in whole days', async () => {
    const early = await article(harbour, 'Tide tables early', 'Otter sighting.', { published_at: '2025-03-01T10:00:00.000Z' });
    const late = await article(harbour, 'Tide tables late', 'Otter sighting.', { published_at: '2025-03-20T23:30:00.000Z' });
    const other = await article(valley, 'Tide tables inland', 'Otter sighting.', { published_at: '2025-03-10T10:00:00.000Z' });
    assert.deepEqual((await found('otter', { source: 'harbour-gazette' })).sort(), [early.slug, late.slug].sort());
    assert.deepEqual(await found('otter', { source: 'valley-courier' }), [other.slug]);
    assert.deepEqual((await found('otter', { from: '2025-03-05', to: '2025-03-20' })).sort(), [late.slug, other.slug].sort());
    assert.deepEqual(await found('otter', { to: '2025-03-01' }), [early.slug]);
    const unknown = await search({ q: 'otter', source: 'no-such-source' });
    assert.equal(unknown.status, 400);
    assert.match(unknown.html, /There is no source by that name/);
    const badDate = await search({ q: 'otter', from: '2025-02-30' });
    assert.equal(badDate.status, 400);
    assert.match(badDate.html, /is not a date/);
  });

  test('results come in pages, with links that keep the search', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await article(valley, `Zeppelin report ${i}`, 'Airship news.')).slug);
    const first = await search({ q: 'zeppelin', source: 'valley-courier' });
    assert.match(decodeEntities(first.html), /5 articles match; page 1 of 3\./);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.html);
    assert.ok(next, 'a link to the next page');
    assert.equal(decodeEntities(next[1]!), '/search?q=zeppelin&source=valley-courier&page=2');
    const second = await search({ q: 'zeppelin', source: 'valley-courier', page: '2' });
    assert.match(decodeEntities(second.html), /5 articles match; page 2 of 3\./);
    assert.equal(resultSlugs(second.html).length, 2);
    assert.deepEqual((await found('zeppelin', { source: 'valley-courier' })).sort(), made.sort());
    assert.equal((await search({ q: 'zeppelin', page: '4' })).status, 404);
    assert.equal((await search({ q: 'zeppelin', page: 'two' })).status, 400);
  });

  test('a hidden article is never found, and a shown one again once shown', async () => {
    const hidden = await article(harbour, 'Marmalade recall', 'Marmalade jars recalled.');
    const shown = await article(harbour, 'Marmalade prize', 'Marmalade won.');
    await setArticleHidden(t.desk.store.db, hidden.id, true);
    assert.deepEqual(await found('marmalade'), [shown.slug]);
    const page = await search({ q: 'recall' });
    assert.match(page.html, /No articles match\./);
    await setArticleHidden(t.desk.store.db, hidden.id, false);
    assert.deepEqual(await found('recall'), [hidden.slug]);
  });

  test('the index follows a renamed source, a changed text and a rebuild', async () => {
    const source = await makeSource(t.desk, { slug: 'renamed-one', title: 'Provisional Title' });
    const story = await article(source, 'Weather', 'Sunny.');
    await updateSource(t.desk.store.db, source.id, { title: 'Borealis Tribune' });
    assert.deepEqual(await found('borealis'), [story.slug]);
    assert.deepEqual(await found('provisional'), []);
    await saveArticleText(t.desk.store.db, story.id, 'Hailstorm later.');
    assert.deepEqual(await found('hailstorm'), [story.slug]);
    assert.deepEqual(await found('sunny weather'), []);
    const progress: number[] = [];
    const rebuilt = await rebuildSearchIndex(t.desk.store.db, (p) => progress.push(p.done));
    assert.equal(rebuilt.done, rebuilt.total);
    assert.equal(progress.at(-1), rebuilt.total);
    assert.deepEqual(await found('hailstorm borealis'), [story.slug]);
  });
});

describe('newsdesk search rebuild', () => {
  const run = promisify(execFile);

  test('indexes every article again with a progress bar on stderr, and is found after', async () => {
    const story = await article(valley, 'Cormorant census', 'Birds counted.');
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'search', 'rebuild'], { env: { ...process.env, ...t.storeEnv } });
    const total = Number((await t.desk.store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
    assert.match(stderr, new RegExp(`\\[#{30}\\] 100% ${total.toLocaleString('en')}/${total.toLocaleString('en')} articles`));
    const comments = Number((await t.desk.store.db.selectFrom('comments').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
    assert.match(stdout, new RegExp(`Rebuilt the search index: ${total.toLocaleString('en')} articles and ${comments.toLocaleString('en')} comments in `));
    assert.deepEqual(await found('cormorant'), [story.slug]);
  });

  test('an unknown action is a usage error', async () => {
    await assert.rejects(run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'search', 'rebiuld'], { env: { ...process.env, ...t.storeEnv } }), (error: { code?: number; stderr?: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr ?? '', /unknown search action "rebiuld"/);
      return true;
    });
  });
});

describe('hostile input', () => {
  test('search syntax, stray quotes and a 10 KB query get a clear page, never a server error', async () => {
    await article(valley, 'Title tricks', 'Near the star.');
    const queries = ['title:tricks', 'NEAR(title tricks)', 'tri*', '"', '""', '(', ')', '-', '-"', 'OR', 'AND OR NOT', "'; drop table articles; --", '\\"x', '{title}: x', '^x', '\u0000x', 'x'.repeat(10_000), 'tricks '.repeat(1500)];
    for (const q of queries) {
      const page = await search({ q });
      assert.ok(page.status === 200 || page.status === 400, `${JSON.stringify(q.slice(0, 30))} → ${page.status}`);
      assert.match(page.html, /Type one or more words|No articles match|articles? match|has no words to look for|add at least one word/, JSON.stringify(q.slice(0, 30)));
    }
    assert.ok((await found('title:tricks')).length === 1, 'a column filter is read as the words it holds');
    const repeated = await reader.get('/search?q=tricks&q=other&source=&source=x&page=1&page=2');
    assert.equal(repeated.status, 200, 'a repeated parameter counts by its first value');
    assert.equal(resultSlugs(repeated.html).length, 1);
    const long = await search({ q: 'tricks '.repeat(1500) });
    assert.match(long.html, /only its first 200 characters were used/);
  });

  test('markup in a text is shown escaped in the snippet, and the title escaped too', async () => {
    await article(harbour, 'Script <b>kiddies</b>', 'Someone wrote <script>alert("xylophone")</script> into the page & left.');
    const page = await search({ q: 'xylophone' });
    assert.equal(page.status, 200);
    assert.match(page.html, /&lt;script&gt;alert\(&quot;<mark>xylophone<\/mark>&quot;\)&lt;\/script&gt;/);
    assert.match(page.html, /Script &lt;b&gt;kiddies&lt;\/b&gt;/);
    assert.doesNotMatch(page.html, /<script>alert/);
  });
});

describe('the full text', () => {
  let publisher: Publisher;
  before(async () => {
    publisher = await startPublisher();
  });
  after(() => publisher.close());

  test('is kept at ingest and searchable, but shows only as a snippet of at most 30 words', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    words[350] = 'quokka';
    const paragraphs = [];
    for (let i = 0; i < words.length; i += 40) paragraphs.push(`<p>${words.slice(i, i + 40).join(' ')}.</p>`);
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Long reads</title><link>${publisher.url}/</link><description>x</description>
      <item><title>A long read</title><link>${publisher.url}/long</link><content:encoded><![CDATA[${paragraphs.join('')}]]></content:encoded></item></channel></rss>`;
    publisher.route('/long.xml', serve(rss, { 'content-type': 'application/rss+xml' }));
    const source = await sourceAdder(t.desk.store.db, publisher, 'Long reads', { excerptWords: 20 })('/long.xml');
    assert.equal((await ingestSource(await localIngestDeps(t.desk.store.db), source)).newArticles, 1);

    const page = await search({ q: 'quokka' });
    assert.equal(page.status, 200);
    const [slug] = resultSlugs(page.html);
    assert.ok(slug, 'the word far past the excerpt is found');
    const snippet = /<p class="card-excerpt search-snippet">(.*?)<\/p>/.exec(page.html);
    assert.ok(snippet, 'a snippet is shown');
    const shown = wordsOf(decodeEntities(snippet[1]!.replace(/<\/?mark>/g, '')));
    assert.ok(shown.length <= 30, `the snippet shows ${shown.length} words`);
    assert.ok(shown.includes('quokka'));
    // Neither the results nor the article page carry the text beyond the excerpt and snippet.
    assert.doesNotMatch(page.html, /\bw100\b|\bw399\b/);
    const articlePage = await reader.get(`/articles/${slug}`);
    assert.equal(articlePage.status, 200);
    assert.doesNotMatch(articlePage.html, /quokka|\bw100\b/);
    assert.match(articlePage.html, /\bw0\b/);
  });
});
