/**
 * Ingest figures: items per second through parse → sanitize → excerpt → dedupe → store over
 * a generated corpus, and full-text extractions per second over generated pages. Baselines
 * from the same run: bare inserts of the same number of rows, and bare DOM parsing of the
 * same pages, so the ratios say what the pipeline adds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadConfig } from '../src/config.js';
import { openDesk } from '../src/desk.js';
import { extractPage } from '../src/ingest/extract/page.js';
import { createIngestDeps } from '../src/ingest/deps.js';
import { ingestDueSources } from '../src/ingest/run.js';
import type { FetchResult } from '../src/ingest/types.js';
import { addFeedSource } from '../src/store/ingest.js';
import { loadSettings } from '../src/store/settings.js';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  /** The figure must reach at least this (a rate). */
  target?: number;
  /** The figure must stay at or below this (a latency). */
  targetAtMost?: number;
  /** The figure over its baseline must reach at least this. */
  targetRatio?: number;
}

const FEEDS = 10;
const ITEMS_PER_FEED = 1000;
const PAGES = 200;

const words = 'harbour council tram library ferry market quay river budget school bridge station weather festival museum'.split(' ');
function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
}

function itemBody(n: number): string {
  return (
    `<p>${sentence(n, 40)}. <a href="/story/${n}?utm_source=feed">More</a></p>` +
    `<blockquote><p>${sentence(n + 1, 20)}, said a spokesperson.</p></blockquote>` +
    `<p>${sentence(n + 2, 60)}. <img src="/img/${n}.jpg" width="600" height="400" alt=""> <img src="https://t.example/p.gif" width="1" height="1"></p>` +
    `<script>track(${n})</script><p onclick="x()">${sentence(n + 3, 80)}.</p>`
  );
}

function feed(f: number): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
    const n = f * ITEMS_PER_FEED + i;
    return `<item><guid isPermaLink="false">item-${n}</guid><title>Story ${n}: ${sentence(n, 6)}</title><link>https://pub${f}.example/story/${n}</link>
<pubDate>Tue, 24 Nov 2026 09:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate><dc:creator>Reporter ${n % 13}</dc:creator>
<content:encoded><![CDATA[${itemBody(n)}]]></content:encoded></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Publisher ${f}</title><link>https://pub${f}.example/</link><description>Generated</description>\n${items}\n</channel></rss>`;
}

/** An article page of ~50 KB, as publishers serve them: navigation, scripts, sidebars, comments. */
function page(n: number): string {
  const chrome = Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">Section ${i} ${sentence(i, 3)}</a></li>`).join('');
  const paragraphs = Array.from({ length: 14 }, (_, i) => `<p>${sentence(n + i, 70)}.</p>`).join('');
  const comments = Array.from({ length: 25 }, (_, i) => `<li class="comment"><b>Reader ${i}</b><p>${sentence(n + i, 25)}</p></li>`).join('');
  const script = `<script>window.analytics=${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ k: `key${i}`, v: sentence(i, 4) })))};</script>`;
  return `<!doctype html><html lang="en"><head><title>Page ${n}</title><meta property="og:image" content="/lead/${n}.jpg">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Reporter ${n}"},"datePublished":"2026-11-24T09:00:00Z"}</script>${script}</head>
<body><header><nav><ul>${chrome}</ul></nav></header><main><article><h1>Page ${n}</h1>${paragraphs}</article>
<section class="comments"><h2>Comments</h2><ol>${comments}</ol></section></main>
<aside><ul>${chrome}</ul></aside><footer><ul>${chrome}</ul></footer></body></html>`;
}

async function withTempDesk<T>(work: (desk: Awaited<ReturnType<typeof openDesk>>) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-ingest-'));
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: join(dir, 'bench.db') });
  try {
    return await work(desk);
  } finally {
    await desk.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pipelineItemsPerSecond(feeds: Map<string, Buffer>): Promise<number> {
  return withTempDesk(async (desk) => {
    const db = desk.store.db;
    for (const url of feeds.keys()) await addFeedSource(db, { feedUrl: url, title: url, siteUrl: new URL(url).origin, fullText: 'off' }, new Date());
    const deps = createIngestDeps(db, await loadSettings(db), {
      fetch: async (url): Promise<FetchResult> => ({ kind: 'fetched', url, body: feeds.get(url)!, contentType: 'application/rss+xml; charset=utf-8', etag: null, lastModified: null, maxAgeSeconds: null, permanentUrl: null }),
    });
    const started = performance.now();
    const summary = await ingestDueSources(deps, { all: true });
    const seconds = (performance.now() - started) / 1000;
    if (summary.newArticles !== FEEDS * ITEMS_PER_FEED) throw new Error(`expected ${FEEDS * ITEMS_PER_FEED} new articles, got ${summary.newArticles}`);
    return summary.newArticles / seconds;
  });
}

async function bareInsertsPerSecond(count: number): Promise<number> {
  return withTempDesk(async (desk) => {
    const db = desk.store.db;
    const source = await addFeedSource(db, { feedUrl: 'https://bare.example/feed', title: 'bare', siteUrl: 'https://bare.example/' }, new Date());
    const now = new Date().toISOString();
    const started = performance.now();
    for (let n = 0; n < count; n++) {
      await db
        .insertInto('articles')
        .values({ source_id: source.id, guid_hash: `g${n}`, slug: `s${n}`, url: `https://bare.example/${n}`, canonical_url: `https://bare.example/${n}`, title: `t${n}`, author: null, published_at: now, fetched_at: now, updated_at: now, excerpt_html: itemBody(n), image_url: null, language: null })
        .execute();
    }
    return count / ((performance.now() - started) / 1000);
  });
}

function perSecond(count: number, work: (i: number) => void): number {
  const started = performance.now();
  for (let i = 0; i < count; i++) work(i);
  return count / ((performance.now() - started) / 1000);
}

export async function ingestBench(): Promise<BenchRow[]> {
  const feeds = new Map(Array.from({ length: FEEDS }, (_, f) => [`https://pub${f}.example/feed.xml`, Buffer.from(feed(f))] as const));
  const pages = Array.from({ length: PAGES }, (_, n) => page(n));
  const items = await pipelineItemsPerSecond(feeds);
  const inserts = await bareInsertsPerSecond(FEEDS * ITEMS_PER_FEED);
  perSecond(20, (i) => extractPage(pages[i]!, `https://pub.example/p/${i}`)); // warm-up
  const extractions = perSecond(PAGES, (i) => extractPage(pages[i]!, `https://pub.example/p/${i}`));
  const parses = perSecond(PAGES, (i) => parseHTML(pages[i]!));
  return [
    { name: `ingest: ${FEEDS * ITEMS_PER_FEED} items, parse → sanitize → excerpt → dedupe → store (baseline: bare inserts)`, value: items, unit: 'items/s', baseline: inserts, target: 2000 },
    { name: `full text: ${PAGES} pages of ~${Math.round(pages[0]!.length / 1024)} KB, extract with readability (baseline: DOM parse only)`, value: extractions, unit: 'pages/s', baseline: parses, target: 50 },
  ];
}
