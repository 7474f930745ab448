/**
 * Hostile feeds (issue 9, item 3): each case ingested in-process through the real pipeline
 * (parse → identity → filters → full text → sanitize → excerpt → store) on a temporary
 * SQLite file, with the network replaced by bodies held in memory. For each case: the time
 * the ingest took, and the longest single synchronous block of the event loop while it ran
 * (perf_hooks monitorEventLoopDelay, 1 ms resolution, max). Run: node --import tsx bench/hostile-feeds.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { openDesk } from '../src/desk.js';
import { createIngestDeps } from '../src/ingest/deps.js';
import { ingestSource } from '../src/ingest/ingest-source.js';
import type { FetchResult } from '../src/ingest/types.js';
import { addFeedSource } from '../src/store/ingest.js';
import { loadSettings } from '../src/store/settings.js';

const FEED_URL = 'https://hostile.example/feed.xml';
const PAGE_URL = 'https://hostile.example/story';

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Hostile</title><link>https://hostile.example/</link><description>x</description>\n${items.join('\n')}\n</channel></rss>`;
}

function item(n: number, title: string, body: string, link = `https://hostile.example/s/${n}`): string {
  return `<item><guid isPermaLink="false">h-${n}</guid><title>${title}</title><link>${link}</link><pubDate>Tue, 24 Nov 2026 09:30:00 GMT</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
}

const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

interface Case {
  name: string;
  feed: string;
  pages?: Map<string, string>;
  fullText: 'on' | 'off' | 'auto';
}

const cases: Case[] = [
  {
    name: 'full-text page nested 20,000 deep',
    feed: rss([item(1, 'Deep page', '<p>Short teaser.</p>', PAGE_URL)]),
    pages: new Map([[PAGE_URL, `<!doctype html><html><head><title>Deep</title></head><body>${nested(20_000, '<p>Text at the bottom of the page.</p>')}</body></html>`]]),
    fullText: 'auto',
  },
  { name: 'one item with 100,000 nested elements', feed: rss([item(1, 'Nested item', nested(100_000, '<p>Text at the bottom.</p>'))]), fullText: 'off' },
  { name: '3,000 items with one title', feed: rss(Array.from({ length: 3000 }, (_, n) => item(n, 'The same title every time', `<p>Body ${n}.</p>`))), fullText: 'off' },
  { name: '20,000 items', feed: rss(Array.from({ length: 20_000 }, (_, n) => item(n, `Item number ${n}`, `<p>Body ${n}.</p>`))), fullText: 'off' },
];

async function run(c: Case): Promise<{ seconds: number; maxBlockMs: number; articles: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-hostile-'));
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: join(dir, 'bench.db') });
  try {
    const db = desk.store.db;
    const source = await addFeedSource(db, { feedUrl: FEED_URL, title: 'Hostile', siteUrl: 'https://hostile.example/', fullText: c.fullText }, new Date());
    const bodies = new Map<string, string>([[FEED_URL, c.feed], ...(c.pages ?? [])]);
    const deps = createIngestDeps(db, await loadSettings(db), {
      fetch: async (url): Promise<FetchResult> => {
        const body = bodies.get(url);
        if (body === undefined) throw new Error(`no body for ${url}`);
        const contentType = url === FEED_URL ? 'application/rss+xml; charset=utf-8' : 'text/html; charset=utf-8';
        return { kind: 'fetched', url, body: Buffer.from(body), contentType, etag: null, lastModified: null, maxAgeSeconds: null, permanentUrl: null };
      },
    });
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    // The histogram records the gap between two of its ticks: let it tick once before the work.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    const report = await ingestSource(deps, source);
    const seconds = (performance.now() - started) / 1000;
    // With the synchronous SQLite driver the whole run can be one block: let the timer see its end.
    await new Promise((resolve) => setTimeout(resolve, 5));
    histogram.disable();
    if (report.status !== 'fetched') throw new Error(`${c.name}: ${report.status} ${report.error}`);
    return { seconds, maxBlockMs: histogram.max / 1e6, articles: report.newArticles };
  } finally {
    await desk.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.argv[2];
console.log('| case | ingest time | longest block | articles |');
console.log('| --- | ---: | ---: | ---: |');
for (const c of cases) {
  if (only && !c.name.includes(only)) continue;
  const r = await run(c);
  console.log(`| ${c.name} | ${r.seconds.toFixed(2)} s | ${r.maxBlockMs.toFixed(0)} ms | ${r.articles} |`);
}
