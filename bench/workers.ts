/**
 * Ingest throughput with separate worker processes: real `newsdesk worker` processes (the
 * built dist/cli.js) fetch 300 feeds of 20 items from local publishers into a fresh store, with
 * 1 and with 3 workers, on SQLite and on PostgreSQL. The figure is items stored per second from
 * the first item stored to the last, so process start-up and the workers' first idle poll are
 * left out. Baseline: one worker on SQLite, in the same run. PostgreSQL: a scratch schema on the
 * tests' server or the machine's own; without one, its rows are left out with a note.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { loadConfig } from '../src/config.js';
import { openDesk, type Desk } from '../src/desk.js';
import { countArticles } from '../src/store/articles.js';
import { addFeedSource } from '../src/store/ingest.js';
import type { Database } from '../src/store/schema.js';
import { anyPostgresServer, scratchSchema, type ScratchSchema } from '../test/support/postgres.js';
import { startPublisher, serve, type Publisher } from '../test/support/publisher.js';
import type { BenchRow } from './ingest.js';

const FEEDS = 300;
const ITEMS_PER_FEED = 20;
/** Feeds are spread over this many publishers (each its own host:port), as a desk's are over many sites. */
const PUBLISHERS = 10;
const TOTAL = FEEDS * ITEMS_PER_FEED;
const TIMEOUT_MS = 300_000;
/** No new item for this long: the rest waits for a retry (see watchArticles). */
const STALL_MS = 20_000;

const cliEntry = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

type StoreKind = 'SQLite' | 'PostgreSQL';

interface BenchStore {
  env: Record<string, string>;
  sqlitePath: string;
  databaseUrl: string | undefined;
  dispose(): Promise<void>;
}

const words = 'harbour council tram library ferry market quay river budget school bridge station weather festival museum'.split(' ');
function phrase(seed: number, length: number): string {
  return Array.from({ length }, (_, i) => words[(seed * 5 + i * 7) % words.length]).join(' ');
}

function feedXml(feed: number, site: string): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
    const n = feed * ITEMS_PER_FEED + i;
    const body = `<p>${phrase(n, 60)}.</p><p><a href="${site}/story/${n}?utm_source=rss">More</a> ${phrase(n + 1, 80)}.</p><script>track(${n})</script><p>${phrase(n + 2, 60)}.</p>`;
    return `<item><guid isPermaLink="false">bench-${n}</guid><title>Story ${n}: ${phrase(n, 5)}</title><link>${site}/story/${n}</link>
<pubDate>Tue, 24 Nov 2026 09:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed ${feed}</title><link>${site}/</link><description>Generated</description>\n${items}\n</channel></rss>`;
}

/** The publishers, each serving its share of the feeds; returns the feed addresses. */
async function startPublishers(): Promise<{ publishers: Publisher[]; feedUrls: string[] }> {
  const publishers = await Promise.all(Array.from({ length: PUBLISHERS }, () => startPublisher()));
  const feedUrls: string[] = [];
  for (let feed = 0; feed < FEEDS; feed++) {
    const publisher = publishers[feed % PUBLISHERS]!;
    const path = `/feed-${feed}.xml`;
    publisher.route(path, serve(feedXml(feed, publisher.url)));
    feedUrls.push(publisher.url + path);
  }
  return { publishers, feedUrls };
}

async function sqliteStore(): Promise<BenchStore> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-workers-'));
  const sqlitePath = join(dir, 'desk.db');
  return {
    env: { NEWSDESK_DB: sqlitePath, DATABASE_URL: '', NEWSDESK_MAIL_LOG: join(dir, 'mail.log') },
    sqlitePath,
    databaseUrl: undefined,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new schema on the tests' PostgreSQL server, else the machine's own, for one case, dropped afterwards; `unavailable` when no server answers. */
async function postgresStore(): Promise<BenchStore | { unavailable: string }> {
  let schema: ScratchSchema;
  try {
    schema = await scratchSchema(anyPostgresServer);
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-workers-'));
  return {
    env: { DATABASE_URL: schema.url, NEWSDESK_DB: join(dir, 'unused.db'), NEWSDESK_MAIL_LOG: join(dir, 'mail.log') },
    sqlitePath: join(dir, 'unused.db'),
    databaseUrl: schema.url,
    dispose: async () => {
      await schema.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [cliEntry, 'worker'], {
    env: { ...process.env, ...env, NEWSDESK_ALLOW_PRIVATE_FEEDS: '1', NEWSDESK_DEMO: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Only the start line and the latest output are needed; a worker logs a line per job.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

async function stopWorkers(workers: WorkerProcess[]): Promise<void> {
  for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How a case ended: a figure, or why there is none. */
type Outcome = { itemsPerSecond: number } | { stalled: string };

/** Items per second from the first item stored to the last, with `count` workers. */
async function measure(store: BenchStore, feedUrls: string[], count: number): Promise<Outcome> {
  let desk: Desk | null = null;
  const workers: WorkerProcess[] = [];
  try {
    desk = await openDesk({ ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl });
    const now = new Date();
    for (const [i, feedUrl] of feedUrls.entries()) {
      await addFeedSource(desk.store.db, { feedUrl, title: `Bench feed ${i}`, siteUrl: new URL(feedUrl).origin + '/', fullText: 'off', excerptWords: 120 }, now);
    }
    for (let i = 0; i < count; i++) workers.push(startWorker(store.env));
    const watched = await watchArticles(desk.store.db, workers);
    if ('stalled' in watched) return watched;
    const stored = await countArticles(desk.store.db, {});
    if (stored !== TOTAL) throw new Error(`expected ${TOTAL} articles, found ${stored}`);
    return { itemsPerSecond: TOTAL / ((watched.last - watched.first) / 1000) };
  } finally {
    await stopWorkers(workers);
    await desk?.store.close();
  }
}

/** The distinct reasons workers gave for failed fetches, with how often each came. */
function failureSummary(workers: WorkerProcess[]): string {
  const reasons = new Map<string, number>();
  for (const worker of workers) {
    for (const line of worker.output().split('\n')) {
      const failed = /^source #\d+: failed \((.*)\)$/.exec(line);
      if (failed) reasons.set(failed[1]!, (reasons.get(failed[1]!) ?? 0) + 1);
    }
  }
  return reasons.size === 0 ? 'no failed fetch in the workers\' output' : [...reasons].map(([reason, n]) => `${n} × ${reason}`).join('; ');
}

/**
 * Polls the article count until every item is in; returns when the first and the last were
 * seen. A failed fetch waits for its source's backoff (minutes), so a run that stops gaining
 * items is reported as stalled, with the workers' reasons, rather than waited out.
 */
async function watchArticles(db: Kysely<Database>, workers: WorkerProcess[]): Promise<{ first: number; last: number } | { stalled: string }> {
  const deadline = performance.now() + TIMEOUT_MS;
  let first: number | null = null;
  let previous = -1;
  let progressed = performance.now();
  for (;;) {
    const stored = await countArticles(db, {});
    const seen = performance.now();
    if (stored > 0 && first === null) first = seen;
    if (stored >= TOTAL) return { first: first ?? seen, last: seen };
    if (stored !== previous) {
      previous = stored;
      progressed = seen;
    }
    const dead = workers.find((w) => w.child.exitCode !== null);
    if (dead) throw new Error(`a worker exited with ${dead.child.exitCode}: ${dead.output()}`);
    if (seen - progressed > STALL_MS || seen > deadline) {
      return { stalled: `stopped at ${stored} of ${TOTAL} items (${failureSummary(workers)})` };
    }
    await pause(20);
  }
}

export async function workersBench(): Promise<BenchRow[]> {
  if (!existsSync(cliEntry)) throw new Error(`${cliEntry} is missing: run "npm run build" first (npm run bench does)`);
  const { publishers, feedUrls } = await startPublishers();
  const figures = new Map<string, number>();
  const label = (kind: StoreKind, count: number) => `${kind}, ${count} worker${count === 1 ? '' : 's'}`;
  try {
    for (const kind of ['SQLite', 'PostgreSQL'] as const) {
      for (const count of [1, 3]) {
        const store = kind === 'SQLite' ? await sqliteStore() : await postgresStore();
        if ('unavailable' in store) {
          console.log(`workers bench: no PostgreSQL rows (${store.unavailable})`);
          break;
        }
        let outcome: Outcome;
        try {
          outcome = await measure(store, feedUrls, count);
        } finally {
          await store.dispose();
        }
        if ('stalled' in outcome) {
          console.log(`workers bench: ${label(kind, count)}: no figure, ${outcome.stalled}`);
          continue;
        }
        figures.set(label(kind, count), outcome.itemsPerSecond);
        console.log(`workers bench: ${label(kind, count)}: ${outcome.itemsPerSecond.toFixed(0)} items/s`);
      }
    }
  } finally {
    await Promise.all(publishers.map((p) => p.close()));
  }
  const baseline = figures.get(label('SQLite', 1));
  if (baseline === undefined) {
    console.log('workers bench: no rows, the baseline (SQLite, 1 worker) has no figure');
    return [];
  }
  return [...figures].map(([name, value]) => ({
    name: `ingest with worker processes: ${FEEDS} feeds × ${ITEMS_PER_FEED} items over ${PUBLISHERS} publishers, ${name} (baseline: SQLite, 1 worker)`,
    value,
    unit: 'items/s',
    baseline,
  }));
}
