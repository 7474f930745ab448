/**
 * Comment posts accepted per second: POSTERS concurrent readers, each post from an address and
 * an email of its own (the desk trusts the bench's X-Forwarded-For, as behind a proxy, so the
 * flood and per-address rules stay on), approved on arrival (requirePriorApproval off), against
 * `serve --no-worker` on a SQLite file, then on PostgreSQL when its URL is set. Every post the
 * desk acknowledged (303 to its #comment-ID) is looked up afterwards: it must be stored, approved.
 * Baseline: GET /healthz on the same server with the same concurrency.
 *   npm run build && node --import tsx bench/comment-posts.ts
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/config.js';
import { seedDemoDesk } from '../src/demo/seed.js';
import { openDesk } from '../src/desk.js';
import { saveSetting } from '../src/store/settings.js';
import type { BenchRow } from './ingest.js';
import { startServer } from './server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const POSTERS = Number(process.env.BENCH_POSTERS ?? 32);
/** The desk's default minFillSeconds is 3: forms are taken this long before posting starts. */
const FORM_AGE_MS = 3_300;

interface PostFigures {
  perSecond: number;
  /** The server's CPU time (user + system) per acknowledged post: what the load on the machine does not change much. */
  serverCpuMsPerPost: number;
  acknowledged: number;
  refused: number;
  healthzPerSecond: number;
  missing: number;
}

async function prepare(config: ReturnType<typeof loadConfig>): Promise<string> {
  const desk = await openDesk(config);
  await seedDemoDesk(desk.store.db, desk.context.secret);
  await saveSetting(desk.store.db, 'requirePriorApproval', false);
  const article = await desk.store.db.selectFrom('articles').select('slug').orderBy('published_at', 'desc').executeTakeFirstOrThrow();
  await desk.store.close();
  return article.slug;
}

/** One reader's tokens: a page's form token and CSRF token with the cookie they belong to. */
async function takeForm(base: string, slug: string, dispatcher: Agent): Promise<{ formToken: string; csrf: string; cookie: string }> {
  const page = await request(`${base}/articles/${slug}`, { dispatcher });
  const html = await page.body.text();
  const field = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';
  const setCookie = page.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((line) => line.split(';')[0]).join('; ');
  return { formToken: field('form_token'), csrf: field('_csrf'), cookie };
}

/** A process's CPU time so far in milliseconds, from /proc (Linux clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(base: string, slug: string, serverPid: number, countStored: (ids: number[]) => Promise<number>): Promise<PostFigures> {
  const dispatcher = new Agent({ connections: POSTERS, pipelining: 1 });
  const forms = await Promise.all(Array.from({ length: POSTERS }, () => takeForm(base, slug, dispatcher)));
  await new Promise((resolve) => setTimeout(resolve, FORM_AGE_MS));
  const ids: number[] = [];
  let refused = 0;
  let sequence = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = Date.now();
  const cpuBefore = cpuMsOf(serverPid);
  await Promise.all(
    forms.map(async (form) => {
      while (Date.now() < until) {
        const n = ++sequence;
        const answer = await request(`${base}/articles/${slug}/comments`, {
          method: 'POST',
          dispatcher,
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
          body: new URLSearchParams({ form_token: form.formToken, _csrf: form.csrf, comment: `Post number ${n} of the bench, with words of its own.`, author: `Poster ${n}`, email: `poster-${n}@bench.example` }).toString(),
        });
        await answer.body.dump();
        const id = Number(String(answer.headers.location ?? '').match(/#comment-(\d+)$/)?.[1]);
        if (answer.statusCode === 303 && id > 0) ids.push(id);
        else refused++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  const serverCpuMs = cpuMsOf(serverPid) - cpuBefore;
  await dispatcher.close();
  const healthz = await autocannon({ url: `${base}/healthz`, connections: POSTERS, duration: Math.min(SECONDS, 5) });
  const stored = await countStored(ids);
  return { perSecond: ids.length / elapsed, serverCpuMsPerPost: serverCpuMs / Math.max(1, ids.length), acknowledged: ids.length, refused, healthzPerSecond: healthz.requests.average, missing: ids.length - stored };
}

async function onStore(label: string, config: ReturnType<typeof loadConfig>, env: Record<string, string>, port: number): Promise<BenchRow> {
  const slug = await prepare(config);
  const server: ChildProcess = await startServer(config.sqlitePath, port, { NEWSDESK_TRUST_PROXY: '1', ...env });
  let figures: PostFigures;
  try {
    figures = await measure(`http://127.0.0.1:${port}`, slug, server.pid ?? 0, async (ids) => {
      // Read after the run, from a separate connection: what the desk acknowledged is there.
      const desk = await openDesk(config);
      try {
        let found = 0;
        for (let i = 0; i < ids.length; i += 500) {
          const rows = await desk.store.db.selectFrom('comments').select('id').where('id', 'in', ids.slice(i, i + 500)).where('status', '=', 'approved').execute();
          found += rows.length;
        }
        return found;
      } finally {
        await desk.store.close();
      }
    });
  } finally {
    server.kill('SIGTERM');
  }
  if (figures.missing > 0) throw new Error(`${label}: ${figures.missing} acknowledged comments are not stored and approved`);
  if (figures.refused > figures.acknowledged / 100) throw new Error(`${label}: ${figures.refused} posts refused`);
  return {
    name: `comment posts on ${label}, ${POSTERS} posters from distinct addresses, approved on arrival; all ${figures.acknowledged.toLocaleString('en')} acknowledged found stored; server CPU ${figures.serverCpuMsPerPost.toFixed(2)} ms a post (baseline: GET /healthz)`,
    value: figures.perSecond,
    unit: 'posts/s',
    baseline: figures.healthzPerSecond,
    // Issue 13 sets the target on SQLite and asks for the figure on PostgreSQL too.
    ...(label === 'SQLite' ? { target: 1000 } : {}),
  };
}

export async function commentPostsBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-posts-'));
  const port = 3960 + Math.floor(Math.random() * 30);
  try {
    const sqlite = { ...loadConfig({}), sqlitePath: join(dir, 'bench.db'), databaseUrl: undefined };
    const rows = [await onStore('SQLite', sqlite, { DATABASE_URL: '' }, port)];
    const url = process.env.NEWSDESK_TEST_DATABASE_URL;
    if (url || process.env.CI === 'true') {
      const { scratchSchema } = await import('../test/support/postgres.js');
      const schema = await scratchSchema(url ?? 'postgres://postgres@127.0.0.1:5432/test');
      try {
        rows.push(await onStore('PostgreSQL', { ...sqlite, databaseUrl: schema.url }, { DATABASE_URL: schema.url }, port + 1));
      } finally {
        await schema.drop();
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await commentPostsBench()) console.log(`| ${row.name} | ${row.value.toFixed(0)} ${row.unit} | ${row.baseline.toFixed(0)} | ${(row.value / row.baseline).toFixed(3)} |`);
}
