/**
 * Web figures: a prepared desk served from a separate process (as npm start does), loaded
 * with autocannon. The baseline, measured in the same run, is a trivial JSON route.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { seedDemoDesk } from '../src/demo/seed.js';
import { openDesk } from '../src/desk.js';
import { clientHash } from '../src/discussion/identity.js';
import { renderCommentMarkdown } from '../src/discussion/markdown.js';
import { insertComment } from '../src/store/comments.js';
import type { BenchRow } from './ingest.js';
import { startServer } from './server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

/** Bench posters with an approved comment each, so their posts are approved on arrival (and flood rules see each apart). */
export const knownPosterName = (i: number) => `Bench Poster ${i}`;
export const knownPosterEmail = (i: number) => `bench-poster-${i}@example.org`;

/**
 * The demo desk with 50 approved comments on its newest article, whose slug is returned, and
 * `knownPosters` readers with an approved comment elsewhere.
 */
export async function prepareDesk(dbPath: string, options: { knownPosters?: number } = {}): Promise<string> {
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: dbPath });
  await seedDemoDesk(desk.store.db, desk.context.secret);
  const article = await desk.store.db.selectFrom('articles').select(['id', 'slug', 'published_at']).orderBy('published_at', 'desc').executeTakeFirstOrThrow();
  await desk.store.db.deleteFrom('comments').where('article_id', '=', article.id).execute();
  // 50 approved comments: 20 threads, some with replies three deep.
  const ids: number[] = [];
  for (let i = 0; i < 50; i++) {
    const parent = i % 5 === 0 || ids.length === 0 ? null : ids[ids.length - 1 - (i % 3)] ?? null;
    const body = `Comment number ${i + 1}, with *some emphasis*, a [link](https://example.org/${i}) and a second paragraph.\n\nIt goes on for a while, as comments do, making a point about the article above.`;
    const row = await insertComment(desk.store.db, {
      article_id: article.id,
      parent_id: parent,
      author_name: `Reader ${i % 17}`,
      author_email: `reader${i % 17}@example.com`,
      author_url: i % 4 === 0 ? `https://reader${i}.example/` : null,
      body_markdown: body,
      body_html: renderCommentMarkdown(body),
      status: 'approved',
      status_reason: 'approved: bench',
      client_hash: clientHash(desk.context.secret, `bench-${i}`),
      user_agent: 'bench',
      created_at: new Date(Date.parse(article.published_at) + i * 60_000).toISOString(),
    });
    ids.push(row.id);
  }
  if (options.knownPosters) {
    // On another article, so the measured page keeps its 50 comments.
    const elsewhere = await desk.store.db.selectFrom('articles').select(['id', 'published_at']).where('id', '!=', article.id).orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    for (let i = 0; i < options.knownPosters; i++) {
      const body = `An earlier comment of poster ${i}, approved, so later ones are approved on arrival.`;
      await insertComment(desk.store.db, {
        article_id: elsewhere.id,
        parent_id: null,
        author_name: knownPosterName(i),
        author_email: knownPosterEmail(i),
        author_url: null,
        body_markdown: body,
        body_html: renderCommentMarkdown(body),
        status: 'approved',
        status_reason: 'approved: bench',
        client_hash: clientHash(desk.context.secret, `bench-known-${i}`),
        user_agent: 'bench',
        created_at: new Date(Date.parse(elsewhere.published_at) - 3_600_000).toISOString(),
      });
    }
  }
  await desk.store.close();
  return article.slug;
}

async function load(url: string): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({ url, connections, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

export async function webBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  const dbPath = join(dir, 'bench.db');
  const port = 3900 + Math.floor(Math.random() * 90);
  let server: ChildProcess | undefined;
  try {
    const slug = await prepareDesk(dbPath);
    server = await startServer(dbPath, port);
    const base = `http://127.0.0.1:${port}`;
    await load(base + '/healthz'); // warm-up
    const baseline = await load(base + '/healthz');
    const rows: BenchRow[] = [];
    for (const [name, path] of [
      ['home page, 20 articles', '/'],
      ['article page, 50 comments', `/articles/${slug}`],
    ] as const) {
      const result = await load(base + path);
      if (result.errors > 0) throw new Error(`${path}: ${result.errors} errors under load`);
      rows.push({ name: `web: ${name}, ${connections} connections (baseline: GET /healthz), p99 ${result.p99} ms`, value: result.rps, unit: 'requests/s', baseline: baseline.rps });
    }
    return rows;
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
