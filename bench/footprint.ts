/**
 * Issue 13's footprint figures. Start-up: `npm start` on an installed checkout (it builds, then
 * serves; the first start also creates and seeds the demo desk) until GET / answers 200, against a
 * bare node:http server's start until its first answer. Memory: the resident set of
 * `serve --no-worker` over a desk of FOOTPRINT_ARTICLES generated articles (100,000 by default),
 * idle and at its peak under the article-page load, against a bare node:http server's.
 *   node --import tsx bench/footprint.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { openDesk } from '../src/desk.js';
import { mulberry32 } from '../src/text/seeded-random.js';
import type { BenchRow } from './ingest.js';
import { startServer } from './server.js';
import { prepareDesk } from './web.js';

const ARTICLES = Number(process.env.FOOTPRINT_ARTICLES ?? 100_000);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BATCH = 500;

function residentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) / 1024;
}

async function firstAnswerMs(url: string, started: number, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A GET, tried again once when a kept-alive connection was closed under it (the server's 5 s idle timeout). */
async function fetchOnce(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      return;
    } catch (error) {
      if (attempt > 0 || !(error instanceof TypeError)) throw error;
    }
  }
}

/** Waits until nothing answers on the port any more (the desk's worker child may outlive npm by a moment). */
async function portFreed(port: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    try {
      await (await fetch(`http://127.0.0.1:${port}/healthz`)).arrayBuffer();
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`port ${port} still answers after 10 s`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const bareServer = "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.argv[1]), '127.0.0.1')";

async function startupRows(dir: string, port: number): Promise<BenchRow[]> {
  const bareStarted = performance.now();
  const bare = spawn(process.execPath, ['-e', bareServer, String(port)], { stdio: 'ignore' });
  const bareMs = await firstAnswerMs(`http://127.0.0.1:${port}/`, bareStarted, bare);
  await stop(bare);
  const rows: BenchRow[] = [];
  for (const which of ['first start: builds, creates and seeds the demo desk', 'second start of the same desk']) {
    const started = performance.now();
    // Detached, so the shell npm runs and its node child stop together.
    const child = spawn('npm', ['start', '--silent'], { env: { ...process.env, NEWSDESK_DB: join(dir, 'start.db'), PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore', detached: true });
    const ms = await firstAnswerMs(`http://127.0.0.1:${port}/`, started, child);
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await portFreed(port);
    rows.push({ name: `footprint: npm start to the first page, ${which} (baseline: a bare node:http server's start to its first answer)`, value: ms / 1000, unit: 's', baseline: bareMs / 1000, targetAtMost: 3 });
  }
  return rows;
}

/** FOOTPRINT_ARTICLES articles with a few paragraphs each, written as ingest would leave them. */
async function addArticles(dbPath: string): Promise<void> {
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: dbPath });
  const db = desk.store.db;
  const sources = await db.selectFrom('sources').select('id').execute();
  const next = mulberry32(13);
  const word = () => ['harbour', 'council', 'budget', 'river', 'school', 'market', 'bridge', 'museum', 'vote', 'storm', 'rail', 'festival'][Math.floor(next() * 12)]!;
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let first = 0; first < ARTICLES; first += BATCH) {
    await db.transaction().execute(async (trx) => {
      const rows = Array.from({ length: Math.min(BATCH, ARTICLES - first) }, (_, i) => {
        const n = first + i;
        const at = new Date(start + n * 60_000).toISOString();
        const text = Array.from({ length: 60 }, word).join(' ');
        return { n, at, text, title: `${word()} ${word()} ${word()} report ${n}` };
      });
      const ids = await trx
        .insertInto('articles')
        .values(rows.map((r) => ({ source_id: sources[r.n % sources.length]!.id, guid_hash: `footprint-${r.n}`, slug: `footprint-${r.n}`, url: `https://footprint.example/${r.n}`, canonical_url: `https://footprint.example/${r.n}`, title: r.title, author: null, published_at: r.at, fetched_at: r.at, updated_at: r.at, excerpt_html: `<p>${r.text}</p>`, image_url: null, language: 'en' })))
        .returning('id')
        .execute();
      await trx.insertInto('article_texts').values(ids.map((row, i) => ({ article_id: row.id, body_text: rows[i]!.text }))).execute();
    });
  }
  await desk.store.close();
}

async function memoryRows(dir: string, port: number): Promise<BenchRow[]> {
  const dbPath = join(dir, 'footprint.db');
  // The 50-comment article is the newest of the demo desk; the generated ones are older.
  const slug = await prepareDesk(dbPath);
  await addArticles(dbPath);
  const bare = spawn(process.execPath, ['-e', bareServer, String(port + 1)], { stdio: 'ignore' });
  await firstAnswerMs(`http://127.0.0.1:${port + 1}/`, performance.now(), bare);
  const bareMb = residentMegabytes(bare.pid!);
  await stop(bare);
  // FOOTPRINT_METRICS=1 reads the server's memory breakdown (heap, external) at the end from its metrics port.
  const metricsPort = process.env.FOOTPRINT_METRICS ? port + 3 : null;
  const server = await startServer(dbPath, port, metricsPort ? { NEWSDESK_METRICS_PORT: String(metricsPort) } : {});
  try {
    const base = `http://127.0.0.1:${port}`;
    await (await fetch(`${base}/articles/${slug}`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = residentMegabytes(server.pid!);
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, residentMegabytes(server.pid!))), 100);
    try {
      // Other pages too, as readers arrive from everywhere: the cache holds many pages, within its bound.
      const spread = Array.from({ length: 2000 }, (_, i) => `/articles/footprint-${Math.floor((i * 7919) % ARTICLES)}`);
      for (let i = 0; i < spread.length; i += 50) await Promise.all(spread.slice(i, i + 50).map((path) => fetchOnce(base + path)));
      await autocannon({ url: `${base}/articles/${slug}`, connections: 32, duration: LOAD_SECONDS });
    } finally {
      clearInterval(sampler);
    }
    if (metricsPort) {
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      for (const line of metrics.split('\n')) if (/^(nodejs_heap_s|nodejs_external|process_resident|nodejs_heap_space_size_used|newsdesk_page_cache)/.test(line)) console.log(line);
    }
    return [
      { name: `footprint: resident memory of serve at idle, ${ARTICLES.toLocaleString('en')} articles (baseline: a bare node:http server)`, value: idle, unit: 'MB', baseline: bareMb },
      { name: `footprint: resident memory of serve at its peak under the article-page load after 2,000 other article pages, ${ARTICLES.toLocaleString('en')} articles (baseline: a bare node:http server)`, value: peak, unit: 'MB', baseline: bareMb, targetAtMost: 250 },
    ];
  } finally {
    await stop(server);
  }
}

export async function footprintBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-footprint-'));
  const port = 3850 + Math.floor(Math.random() * 40);
  try {
    return [...(await startupRows(dir, port)), ...(await memoryRows(dir, port + 2))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await footprintBench()) console.log(`| ${row.name} | ${row.value.toFixed(1)} ${row.unit} | ${row.baseline.toFixed(1)} | ${(row.value / row.baseline).toFixed(3)} |`);
}
