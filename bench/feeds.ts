/**
 * Feed figures: the demo desk served from a separate process (as npm start does), its
 * /feed.xml loaded with autocannon, once with plain GETs and once with conditional GETs
 * that carry the feed's current ETag. The baseline, measured in the same run, is a trivial
 * JSON route. Run alone with `npm run build && node --import tsx bench/feeds.ts`.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { seedDemoDesk } from '../src/demo/seed.js';
import { openDesk } from '../src/desk.js';
import type { BenchRow } from './ingest.js';
import { startServer } from './server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function prepareDesk(dbPath: string): Promise<void> {
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: dbPath });
  await seedDemoDesk(desk.store.db, desk.context.secret);
  await desk.store.close();
}

interface Load {
  rps: number;
  p99: number;
  /** Answers other than the status the case expects, and transport errors. */
  unexpected: number;
}

async function load(url: string, expect: '2xx' | '3xx', headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const answered = result[expect];
  return { rps: result.requests.average, p99: result.latency.p99, unexpected: result.errors + result.timeouts + (result.requests.total - answered) };
}

export async function feedsBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-feeds-'));
  const dbPath = join(dir, 'bench.db');
  const port = 3900 + Math.floor(Math.random() * 90);
  let server: ChildProcess | undefined;
  try {
    await prepareDesk(dbPath);
    server = await startServer(dbPath, port);
    const base = `http://127.0.0.1:${port}`;
    await load(base + '/healthz', '2xx'); // warm-up
    const baseline = await load(base + '/healthz', '2xx');
    const first = await fetch(base + '/feed.xml');
    const etag = first.headers.get('etag');
    await first.arrayBuffer();
    if (!first.ok || !etag) throw new Error(`/feed.xml answered ${first.status} without an ETag`);
    const cases = [
      ['GET /feed.xml', '2xx', {}],
      ['conditional GET /feed.xml (If-None-Match, 304)', '3xx', { 'if-none-match': etag }],
    ] as const;
    const rows: BenchRow[] = [];
    for (const [name, expect, headers] of cases) {
      const result = await load(base + '/feed.xml', expect, headers);
      // Lenient with a few stray answers at the edges of the run, never with a wrong status throughout.
      if (result.unexpected > result.rps) throw new Error(`${name}: ${result.unexpected} unexpected answers under load`);
      rows.push({ name: `feeds: ${name}, ${connections} connections (baseline: GET /healthz), p99 ${result.p99} ms`, value: result.rps, unit: 'requests/s', baseline: baseline.rps });
    }
    return rows;
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await feedsBench()) console.log(`| ${row.name} | ${row.value.toFixed(0)} ${row.unit} | ${row.baseline.toFixed(0)} | ${(row.value / row.baseline).toFixed(3)} |`);
}
