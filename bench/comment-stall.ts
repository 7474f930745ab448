/**
 * How long one hostile comment holds the event loop in postComment: every body of
 * test/support/hostile-comments.ts at 65,000 characters, posted with a valid form token (the
 * whole content path runs) and, for the three worst, with a bad token (refused). Prints the
 * time of each call; better-sqlite3 is synchronous, so the call's time is event-loop time.
 *
 *   node --import tsx bench/comment-stall.ts [length]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerActor } from '../src/commands/actor.js';
import { postComment } from '../src/commands/reader-comments.js';
import { loadConfig } from '../src/config.js';
import { discussionContext, openDesk } from '../src/desk.js';
import { emptyCommentForm } from '../src/discussion/comment-form.js';
import { issueFormToken } from '../src/discussion/form-token.js';
import { refreshSpamModel } from '../src/discussion/spam/model-store.js';
import { insertArticle } from '../src/store/articles.js';
import { saveSetting } from '../src/store/settings.js';
import { insertSource } from '../src/store/sources.js';
import { hostileBodies } from '../test/support/hostile-comments.js';

const length = Number(process.argv[2] ?? 65_000);
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-stall-'));
const desk = await openDesk({ ...loadConfig({}), sqlitePath: join(dir, 'desk.db'), mailLogPath: join(dir, 'mail.log') });
const db = desk.store.db;
for (const [key, value] of [['floodSeconds', 0], ['minFillSeconds', 0], ['commentsPerMinutePerAddress', 0]] as const) await saveSetting(db, key, value);
const source = await insertSource(db, { slug: 'bench', title: 'Bench', site_url: 'https://bench.example/', feed_url: null, description: '', created_at: new Date().toISOString() });
const now = new Date().toISOString();
const article = await insertArticle(db, {
  source_id: source.id, guid_hash: 'bench', url: 'https://bench.example/1', canonical_url: 'https://bench.example/1', title: 'Bench story',
  author: null, excerpt_html: '<p>A story.</p>', image_url: null, published_at: now, fetched_at: now, updated_at: now, slug: 'bench-story', language: 'en',
});
const ctx = await discussionContext(desk.context);
await refreshSpamModel(db);

async function post(body: string, i: number, token: string): Promise<{ ms: number; outcome: string }> {
  const form = { ...emptyCommentForm, comment: body, author: `Reader ${i}`, email: `reader${i}@example.org`, formToken: token };
  const started = performance.now();
  const actor = readerActor({ address: `192.0.2.${i % 250}`, userAgent: 'Mozilla/5.0' });
  const result = await postComment(ctx, actor, { article, form, now: new Date() });
  const ms = performance.now() - started;
  return { ms, outcome: result.kind === 'stored' ? `${result.comment.status}` : `refused` };
}

const rows: { name: string; ms: number; outcome: string }[] = [];
let i = 0;
for (const [name, make] of Object.entries(hostileBodies)) {
  const token = issueFormToken(desk.context.secret, article.id, Date.now() - 60_000);
  rows.push({ name, ...(await post(make(length), ++i, token)) });
}
rows.sort((a, b) => b.ms - a.ms);
console.log(`| body (${length} chars), valid token | ms in postComment | outcome |\n| --- | ---: | --- |`);
for (const r of rows) console.log(`| ${r.name} | ${r.ms.toFixed(0)} | ${r.outcome} |`);
console.log(`\n| body, bad form token | ms in postComment | outcome |\n| --- | ---: | --- |`);
for (const r of rows.slice(0, 3)) {
  const bad = await post(hostileBodies[r.name]!(length), ++i, 'not-a-token');
  console.log(`| ${r.name} | ${bad.ms.toFixed(0)} | ${bad.outcome} |`);
}
await desk.store.close();
rmSync(dir, { recursive: true, force: true });
