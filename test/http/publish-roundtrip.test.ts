import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';
import type { FeedItem } from '../../src/ingest/types.js';
import type { Article, Source } from '../../src/store/schema.js';
import { makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';

/* Our own feeds, read back by our own ingest parser: nothing may be lost on the way. */

let t: TestDesk;
let pub: string;
let source: Source;
let articles: Article[];

before(async () => {
  t = await startTestDesk({ settings: { ...quickSettings, siteName: 'Round & Trip Desk' } });
  pub = t.desk.context.config.publicUrl;
  source = await makeSource(t.desk, { slug: 'loop-ledger', title: 'The Loop & Ledger', site_url: 'https://loop-ledger.example/', feed_url: 'https://loop-ledger.example/feed' });
  articles = [
    await makeArticle(t.desk, source, {
      title: 'Fish & chips: “quotes”, apostrophes’ and ünïcödé — 5 > 3',
      url: 'https://loop-ledger.example/a?x=1&y=2',
      author: 'Zoë O’Brien',
      published_at: '2026-02-03T04:05:06.000Z',
      updated_at: '2026-02-04T05:06:07.000Z',
      excerpt_html: '<p>First &amp; <em>foremost</em>.</p><blockquote><p>“A quote” — with <a href="https://loop-ledger.example/x">a link</a>.</p></blockquote><p>Last ]]&gt; line.</p>',
      image_url: 'https://loop-ledger.example/img/a.jpg',
      topics: JSON.stringify(['economy', 'harbour']),
    }),
    await makeArticle(t.desk, source, {
      title: 'No byline, no topics, no image',
      url: 'https://loop-ledger.example/b',
      author: null,
      published_at: '2026-02-01T00:00:00.000Z',
      updated_at: '2026-02-01T00:00:00.000Z',
      excerpt_html: '<p>Short.</p>',
      image_url: null,
      topics: '[]',
    }),
  ];
});
after(() => t.close());

const formats = [
  { file: 'feed.xml', format: 'rss' },
  { file: 'feed.atom', format: 'atom' },
  { file: 'feed.json', format: 'json' },
] as const;

function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

function readFurther(article: Article): string {
  return `Read further at <a href="${article.url.replace(/&/g, '&amp;')}">The Loop &amp; Ledger</a>`;
}

for (const { file, format } of formats) {
  test(`${file} parses back through our ingest parser with nothing lost`, async () => {
    for (const path of [`/${file}`, `/sources/${source.slug}/${file}`]) {
      const response = await fetch(t.url + path);
      assert.equal(response.status, 200);
      const parsed = parseFeed(await response.text(), pub + path);
      assert.equal(parsed.format, format, path);
      assert.equal(parsed.siteUrl, path.startsWith('/sources/') ? `${pub}/sources/${source.slug}` : `${pub}/`);
      assert.equal(parsed.title, path.startsWith('/sources/') ? 'The Loop & Ledger – Round & Trip Desk' : 'Round & Trip Desk');
      assert.equal(parsed.items.length, articles.length);

      articles.forEach((article, i) => {
        const item: FeedItem = parsed.items[i]!;
        const ours = `${pub}/articles/${article.slug}`;
        assert.equal(item.title, article.title, `${path} title`);
        assert.equal(item.link, ours, `${path} link`);
        assert.equal(item.guid, ours, `${path} guid`);
        assert.equal(item.publishedAt && Math.floor(item.publishedAt.getTime() / 1000), seconds(article.published_at), `${path} published`);
        assert.equal(item.updatedAt && Math.floor(item.updatedAt.getTime() / 1000), seconds(article.updated_at), `${path} updated`);
        // Atom: an entry without a byline takes the author of its <source>, the outlet (RFC 4287 4.2.1).
        assert.equal(item.author, article.author ?? (format === 'atom' ? 'The Loop & Ledger' : null), `${path} author`);
        assert.deepEqual(item.categories, JSON.parse(article.topics), `${path} categories`);
        assert.equal(item.imageUrl, article.image_url, `${path} image`);
        const content = item.contentHtml ?? '';
        assert.ok(content.includes(article.excerpt_html), `${path} content keeps the excerpt: ${content}`);
        assert.ok(content.includes(readFurther(article)), `${path} content keeps the Read further line: ${content}`);
      });
    }
  });
}
