import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { commandLine } from '../../store/audit.js';
import type { Database } from '../../store/schema.js';
import { commentAuditEntries, commentsForTraining, latestAuditId, type CommentAuditEntry, type TrainingCommentRow } from '../../store/spam-history.js';
import { buildModel, emptyModel, learn, unlearn, type BayesComment, type BayesModel } from './bayes.js';

/*
 * Where the learned filter's model comes from, and how it is kept current without ever being
 * built on a request.
 *
 * It learns from trusted data only: the seed corpora the project ships (seed-corpus.jsonl and
 * seed-corpus-2.jsonl, written by seed-generate.ts and seed-generate-2.ts; never the
 * evaluation's comments), so a new desk starts useful, and the verdicts of the desk's
 * moderators, read from the audit log (moderate.ts writes "comment.<status>" with who acted):
 *
 *   spam    — a comment in spam whose latest status change was a moderator's "comment.spam";
 *   genuine — an approved comment whose latest status change was a moderator's "comment.approved",
 *             except staff comments (user_id set).
 *
 * A moderator is a signed-in staff member or the command line. What rules and bots decided
 * (hidden field, blocked author, disallowed word, content score, Akismet, and the automatic
 * "approved: known author") teaches nothing: those rows have no moderator's entry, so a flood
 * of bot posts cannot make a known reader's words look like spam, and a spammer who gets past
 * the rules cannot teach the filter that their text is genuine. A moderator's later verdict on
 * such a row does teach it. Held, trashed and demo comments teach nothing either.
 *
 * Each process keeps one model per database, built in the background in slices that yield to
 * the event loop (the first at serve start, warmLearnedModel; until it is ready the filter
 * abstains), then kept current one comment at a time: every verdict, edit or deletion the
 * audit log records after the model's watermark is reconciled by unlearning what the model
 * learned of that comment and learning what it should know now, so approved → spam → approved
 * leaves exact counts. The process that gave a verdict catches up at once; every process also
 * reads the log at most every CHECK_INTERVAL_MS when comments are posted, so several web nodes
 * sharing one database follow each other's moderators. What the log does not name one by one
 * (privacy erasure, emptying the trash, an author's own edit) is caught by a full background
 * rebuild, at once for the first two and every REBUILD_INTERVAL_MS in any case; the old model
 * serves until the new one is swapped in.
 */

export interface SeedRow {
  label: 'spam' | 'ham';
  author: string;
  email: string;
  url: string;
  text: string;
  userAgent: string;
}

/** A full build reads at most this many verdicts on each side, the newest first. */
const HISTORY_LIMIT = 5000;
/** How often posting a comment lets a process read the audit log for other nodes' verdicts. */
const CHECK_INTERVAL_MS = 5_000;
/** How often a process rebuilds its model from scratch, for what the log does not name. */
const REBUILD_INTERVAL_MS = 15 * 60_000;
/**
 * Entries re-read behind the watermark on each catch-up: on PostgreSQL a transaction that took
 * a lower id can commit after one with a higher id. Reconciling a comment twice is harmless.
 */
const LOOKBACK_ENTRIES = 50;
/** Audit entries read per query. */
const PAGE = 1000;
/** A background build works for at most this long before it lets requests run. */
const SLICE_MS = 8;

/**
 * The shipped seed corpora's paths, the same from src/ and from dist/: the first
 * (seed-generate.ts) and a second, broader one written separately (seed-generate-2.ts).
 */
export const seedCorpusPaths = ['seed-corpus.jsonl', 'seed-corpus-2.jsonl'].map((name) => new URL(`../../../src/discussion/spam/${name}`, import.meta.url));

let seedRows: SeedRow[] | null = null;

export function loadSeedCorpus(): SeedRow[] {
  if (!seedRows) {
    seedRows = seedCorpusPaths.flatMap((path) => {
      let text = '';
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = ''; // no seed shipped: the desk's history alone teaches the filter
      }
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as SeedRow);
    });
  }
  return seedRows;
}

export function seedComment(row: SeedRow): BayesComment {
  return { authorName: row.author, authorEmail: row.email, authorUrl: row.url || null, body: row.text, userAgent: row.userAgent };
}

/** A model of the seed corpus and any further labeled comments (the evaluation's "history"). */
export function modelFromSeedAnd(extra: Iterable<{ comment: BayesComment; label: 'spam' | 'ham' }> = []): BayesModel {
  const model = buildModel(loadSeedCorpus().map((row) => ({ comment: seedComment(row), label: row.label })));
  for (const { comment, label } of extra) learn(model, comment, label);
  return model;
}

type Label = 'spam' | 'ham';

interface LearnedComment {
  label: Label;
  /** Exactly what was learned, so it can be unlearned even after the row was edited or erased. */
  comment: BayesComment;
}

/** What a process has done to its model: for tests and figures, never for decisions. */
export interface LearnedModelWork {
  /** Full builds (seed and history) started. */
  builds: number;
  /** Comments learned (tokenized and counted), seed rows included. */
  learned: number;
  /** Comments unlearned. */
  unlearned: number;
}

interface ModelState {
  /** The model requests read; null until the first build is done. */
  model: BayesModel | null;
  /** The history in `model`, by comment id. */
  learned: Map<number, LearnedComment>;
  /** The newest audit entry `model` reflects. */
  watermark: number;
  builtAt: number;
  checkedAt: number;
  wantRebuild: boolean;
  wantCatchUp: boolean;
  worker: Promise<void> | null;
  /** The last refresh failed (and was reported). */
  failing: boolean;
  work: LearnedModelWork;
}

const states = new WeakMap<object, ModelState>();

const statusActions = new Set(['comment.approved', 'comment.spam', 'comment.pending', 'comment.trash']);

/** A signed-in staff member or the command line; not a reader, a clean-up or a privacy request. */
function byModerator(entry: Pick<CommentAuditEntry, 'userId' | 'actor'>): boolean {
  return entry.userId !== null || entry.actor === commandLine.label;
}

/**
 * What a comment teaches, given its latest status change in the audit log: only a moderator's
 * verdict that still stands, never a staff member's own comment.
 */
export function trainingLabel(row: Pick<TrainingCommentRow, 'status' | 'user_id'>, latestStatusChange: Pick<CommentAuditEntry, 'action' | 'userId' | 'actor'> | undefined): Label | null {
  if (!latestStatusChange || row.user_id !== null || !byModerator(latestStatusChange)) return null;
  if (row.status === 'spam' && latestStatusChange.action === 'comment.spam') return 'spam';
  if (row.status === 'approved' && latestStatusChange.action === 'comment.approved') return 'ham';
  return null;
}

function bayesCommentOf(row: TrainingCommentRow): BayesComment {
  return { authorName: row.author_name, authorEmail: row.author_email, authorUrl: row.author_url, body: row.body_markdown, userAgent: row.user_agent };
}

function sameComment(a: BayesComment, b: BayesComment): boolean {
  return a.authorName === b.authorName && a.authorEmail === b.authorEmail && a.authorUrl === b.authorUrl && a.body === b.body && a.userAgent === b.userAgent;
}

function stateFor(db: Kysely<Database>): { state: ModelState; created: boolean } {
  const existing = states.get(db);
  if (existing) return { state: existing, created: false };
  const state: ModelState = {
    model: null,
    learned: new Map(),
    watermark: 0,
    builtAt: 0,
    checkedAt: 0,
    wantRebuild: false,
    wantCatchUp: false,
    worker: null,
    failing: false,
    work: { builds: 0, learned: 0, unlearned: 0 },
  };
  states.set(db, state);
  return { state, created: true };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `each` over the items, letting the event loop serve requests every SLICE_MS. */
async function inSlices<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    each(item);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}

/** Each comment's latest status change up to the given entry. */
async function latestStatusChanges(db: Kysely<Database>, upToId: number): Promise<Map<number, CommentAuditEntry>> {
  const latest = new Map<number, CommentAuditEntry>();
  let afterId = 0;
  for (;;) {
    const page = await commentAuditEntries(db, { afterId, upToId, limit: PAGE });
    for (const entry of page) if (entry.commentId !== null && statusActions.has(entry.action)) latest.set(entry.commentId, entry);
    if (page.length < PAGE) return latest;
    afterId = page[page.length - 1]!.id;
    await yieldToEventLoop();
  }
}

/** A new model from the seed and the moderators' verdicts, built in slices; swapped in when done. */
async function rebuild(db: Kysely<Database>, state: ModelState): Promise<void> {
  state.work.builds++;
  const startedAt = Date.now();
  const upToId = await latestAuditId(db);
  const changes = await latestStatusChanges(db, upToId);
  const candidates = [...changes.values()].filter((entry) => byModerator(entry) && (entry.action === 'comment.spam' || entry.action === 'comment.approved'));
  const rows = new Map((await commentsForTraining(db, candidates.map((entry) => entry.commentId!))).map((row) => [row.id, row]));
  const history: { id: number; verdictId: number; label: Label; comment: BayesComment }[] = [];
  for (const entry of candidates) {
    const row = rows.get(entry.commentId!);
    const label = row ? trainingLabel(row, entry) : null;
    if (row && label) history.push({ id: row.id, verdictId: entry.id, label, comment: bayesCommentOf(row) });
  }
  history.sort((a, b) => b.verdictId - a.verdictId);
  const newest = [...history.filter((h) => h.label === 'ham').slice(0, HISTORY_LIMIT), ...history.filter((h) => h.label === 'spam').slice(0, HISTORY_LIMIT)];

  const model = emptyModel();
  const learned = new Map<number, LearnedComment>();
  await inSlices(loadSeedCorpus(), (row) => {
    learn(model, seedComment(row), row.label);
    state.work.learned++;
  });
  await inSlices(newest, ({ id, label, comment }) => {
    learn(model, comment, label);
    learned.set(id, { label, comment });
    state.work.learned++;
  });
  Object.assign(state, { model, learned, watermark: upToId, builtAt: startedAt, checkedAt: startedAt });
}

/**
 * Brings the model up to the audit log's newest entry, one comment at a time, in slices that
 * let requests run. Each comment is reconciled whole between yields, so a request never sees a
 * comment half unlearned.
 */
async function catchUp(db: Kysely<Database>, state: ModelState): Promise<void> {
  const model = state.model;
  if (!model) return;
  state.checkedAt = Date.now();
  let afterId = Math.max(0, state.watermark - LOOKBACK_ENTRIES);
  for (;;) {
    const page = await commentAuditEntries(db, { afterId, limit: PAGE });
    const touched = new Set<number>();
    const latestStatus = new Map<number, CommentAuditEntry>();
    for (const entry of page) {
      if (entry.commentId === null) {
        // Many comments changed at once, unnamed (privacy erasure, emptied trash): start afresh.
        if (entry.id > state.watermark) state.wantRebuild = true;
        continue;
      }
      touched.add(entry.commentId);
      if (statusActions.has(entry.action)) latestStatus.set(entry.commentId, entry);
    }
    const rows = new Map((await commentsForTraining(db, [...touched])).map((row) => [row.id, row]));
    await inSlices(touched, (id) => reconcile(state, model, id, rows.get(id), latestStatus.get(id)));
    if (page.length > 0) state.watermark = Math.max(state.watermark, page[page.length - 1]!.id);
    if (page.length < PAGE) return;
    afterId = page[page.length - 1]!.id;
  }
}

/** Makes the model know of one comment exactly what it should now. */
function reconcile(state: ModelState, model: BayesModel, id: number, row: TrainingCommentRow | undefined, latestStatusChange: CommentAuditEntry | undefined): void {
  const current = state.learned.get(id);
  let label: Label | null = null;
  if (row && latestStatusChange) label = trainingLabel(row, latestStatusChange);
  // No status change in view: the verdict learned earlier stands while the row still bears it out.
  else if (row && current && row.user_id === null && row.status === (current.label === 'spam' ? 'spam' : 'approved')) label = current.label;
  const comment = row ? bayesCommentOf(row) : null;
  if (current && current.label === label && comment && sameComment(current.comment, comment)) return;
  if (current) {
    unlearn(model, current.comment, current.label);
    state.learned.delete(id);
    state.work.unlearned++;
  }
  if (label && comment) {
    learn(model, comment, label);
    state.learned.set(id, { label, comment });
    state.work.learned++;
  }
}

async function runWork(db: Kysely<Database>, state: ModelState): Promise<void> {
  while (state.wantRebuild || state.wantCatchUp) {
    try {
      if (state.wantRebuild) {
        state.wantRebuild = false;
        await rebuild(db, state);
        // Whatever was decided while the build read and counted.
        state.wantCatchUp = true;
      } else {
        state.wantCatchUp = false;
        await catchUp(db, state);
      }
      state.failing = false;
    } catch (error) {
      // The model that serves stays; the next check tries again. Said once until it recovers.
      state.wantRebuild = false;
      state.wantCatchUp = false;
      if (!state.failing) console.warn(`learned spam filter: refresh failed, the previous model keeps serving: ${error instanceof Error ? error.message : String(error)}`);
      state.failing = true;
    }
  }
}

function schedule(db: Kysely<Database>, state: ModelState, kind: 'rebuild' | 'catch-up'): void {
  if (kind === 'rebuild') state.wantRebuild = true;
  else state.wantCatchUp = true;
  if (state.worker) return;
  state.worker = runWork(db, state).finally(() => {
    state.worker = null;
    // Asked for after the loop's last look.
    if (state.wantRebuild || state.wantCatchUp) schedule(db, state, state.wantRebuild ? 'rebuild' : 'catch-up');
  });
}

/**
 * The desk's model, as it is now; never built or brought up to date on the caller's time.
 * Null until this process's first build is done (the filter abstains meanwhile). Calling it
 * also lets the background catch up with other nodes' verdicts (at most every
 * CHECK_INTERVAL_MS) and rebuild (every REBUILD_INTERVAL_MS, or until a first build succeeds).
 */
export async function learnedModel(db: Kysely<Database>, now = Date.now()): Promise<BayesModel | null> {
  const { state, created } = stateFor(db);
  if (created) schedule(db, state, 'rebuild');
  else if (!state.worker && now - state.checkedAt >= CHECK_INTERVAL_MS) {
    schedule(db, state, !state.model || now - state.builtAt >= REBUILD_INTERVAL_MS ? 'rebuild' : 'catch-up');
  }
  return state.model;
}

/** Starts building this process's first model in the background (at serve start); resolves when it is ready. */
export function warmLearnedModel(db: Kysely<Database>): Promise<void> {
  const { state, created } = stateFor(db);
  if (created) schedule(db, state, 'rebuild');
  return learnedModelSettled(db);
}

/** After a verdict given in this process: catch up now, in the background, if this process keeps a model. */
export function refreshLearnedModel(db: Kysely<Database>, options: { rebuild?: boolean } = {}): void {
  const state = states.get(db);
  if (state) schedule(db, state, options.rebuild ? 'rebuild' : 'catch-up');
}

/** Resolves when no background work on the model is running or asked for (tests, benchmarks, shutdown). */
export async function learnedModelSettled(db: Kysely<Database>): Promise<void> {
  const state = states.get(db);
  while (state?.worker) await state.worker;
}

/** What this process has done to its model of `db` so far. */
export function learnedModelWork(db: Kysely<Database>): LearnedModelWork {
  return { ...(states.get(db)?.work ?? { builds: 0, learned: 0, unlearned: 0 }) };
}
