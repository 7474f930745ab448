/**
 * The learned filter under moderation (issue 9, item 4): comment posts through postComment on
 * a real SQLite file, alternating with moderator verdicts, against the same posts with no
 * verdicts in between. Prints posts per second and the posts' p50/p95 latency for both.
 *
 *   node --import tsx bench/spam-model.ts          (standalone)
 *   spamModelBench() returns BenchRow[] for bench/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { discussionContext, openDesk, type Desk } from '../src/desk.js';
import { issueFormToken } from '../src/discussion/form-token.js';
import { changeCommentStatus } from '../src/discussion/moderate.js';
import { postComment } from '../src/discussion/post-comment.js';
import * as bayesStore from '../src/discussion/spam/bayes-store.js';
import { commandLine } from '../src/store/audit.js';
import type { Article } from '../src/store/schema.js';
import { saveSetting, type Settings } from '../src/store/settings.js';
import type { BenchRow } from './ingest.js';
import { makeArticle, makeSource } from '../test/support/desk.js';

const POSTS = Number(process.env.BENCH_SPAM_POSTS ?? 120);
const HISTORY = Number(process.env.BENCH_SPAM_HISTORY ?? 300);

const topics = ['council budget', 'bridge repairs', 'night buses', 'library hours', 'school meals', 'river flooding', 'market square', 'tram extension'];
const spamLines = ['cheap replica watches shipped overnight', 'casino bonus spins for new players today', 'earn from home with this crypto staking pool', 'best SEO backlinks package on sale'];

interface Figures {
  postsPerSecond: number;
  p50: number;
  p95: number;
}

let serial = 0;

async function post(desk: Desk, article: Article, body: string): Promise<{ id: number; ms: number }> {
  serial++;
  const ctx = await discussionContext(desk.context);
  const now = new Date();
  const started = performance.now();
  const result = await postComment(ctx, {
    article,
    form: {
      comment: body,
      author: `Reader ${serial}`,
      email: `reader${serial}@example.net`,
      url: '',
      parentId: '',
      saveDetails: false,
      notify: false,
      formToken: issueFormToken(desk.context.secret, article.id, now.getTime() - 10_000),
      trap: '',
    },
    clientAddress: `198.51.100.${serial % 250}`,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) bench',
    now,
  });
  const ms = performance.now() - started;
  if (result.kind !== 'stored') throw new Error(`post refused: ${result.message}`);
  return { id: result.comment.id, ms };
}

/** Lets a background refresh finish where the code has one (and costs nothing where it has not). */
async function settle(desk: Desk): Promise<void> {
  const settled = (bayesStore as Record<string, unknown>).learnedModelSettled;
  if (typeof settled === 'function') await (settled as (db: unknown) => Promise<void>)(desk.store.db);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(desk: Desk, article: Article, withVerdicts: boolean): Promise<Figures> {
  const ctx = await discussionContext(desk.context);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < POSTS; i++) {
    const topic = topics[i % topics.length]!;
    const { id, ms } = await post(desk, article, `A question about the ${topic}: will the plan be published before the vote, number ${i}?`);
    latencies.push(ms);
    if (withVerdicts) await changeCommentStatus(ctx, id, 'approved', commandLine);
  }
  const seconds = (performance.now() - started) / 1000;
  return { postsPerSecond: POSTS / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

export async function spamModelBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-spam-'));
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: join(dir, 'bench.db') });
  try {
    const quick: Partial<Settings> = { minFillSeconds: 0, floodSeconds: 0, commentsPerMinutePerAddress: 0, commentMaxLinks: 0 };
    for (const [key, value] of Object.entries(quick)) await saveSetting(desk.store.db, key as keyof Settings, value as never);
    const article = await makeArticle(desk, await makeSource(desk));
    // A desk with a history of moderator verdicts, as the model would have to learn.
    const ctx = await discussionContext(desk.context);
    for (let i = 0; i < HISTORY; i++) {
      const spam = i % 4 === 0;
      const body = spam ? `${spamLines[i % spamLines.length]} offer ${i}` : `I read the piece on the ${topics[i % topics.length]} and have a question, ${i}.`;
      const { id } = await post(desk, article, body);
      await changeCommentStatus(ctx, id, spam ? 'spam' : 'approved', commandLine);
    }
    await post(desk, article, 'A warm-up comment so that the first measured post is like the others.');
    await settle(desk);

    const held = await run(desk, article, false);
    await settle(desk);
    const approved = await run(desk, article, true);
    await settle(desk);
    console.log(`posts only:             ${held.postsPerSecond.toFixed(0)} posts/s, p50 ${held.p50.toFixed(1)} ms, p95 ${held.p95.toFixed(1)} ms`);
    console.log(`posts with approvals:   ${approved.postsPerSecond.toFixed(0)} posts/s, p50 ${approved.p50.toFixed(1)} ms, p95 ${approved.p95.toFixed(1)} ms`);
    return [
      { name: 'comment posts, each followed by an approval (posts/s)', value: approved.postsPerSecond, unit: 'posts/s', baseline: held.postsPerSecond },
    ];
  } finally {
    await settle(desk);
    await desk.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await spamModelBench();
