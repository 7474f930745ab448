import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { buildModel, learn, type BayesComment, type BayesModel } from './bayes.js';

/*
 * Where the learned filter's model comes from: the seed corpus the project ships
 * (seed-corpus.jsonl and seed-corpus-2.jsonl, written by seed-generate.ts and seed-generate-2.ts;
 * never the evaluation's comments), so a new
 * desk starts useful, plus the desk's own moderation history:
 *
 *   genuine — comments with status "approved", except staff comments (user_id set) and the
 *             demo content ("approved: demo content"), which no reader wrote;
 *   spam    — comments with status "spam", except those the learned filter itself sent there
 *             and no moderator confirmed (it never does today: it only holds), so the filter
 *             does not teach itself its own mistakes.
 *
 * Held and trashed comments teach nothing: nobody has said what they are. The newest
 * HISTORY_LIMIT of each side are read.
 *
 * The model is cached in memory per database; it is rebuilt when the history's signature
 * (counts, newest id, newest status change) differs, and at most every TTL_MS in any case, so
 * several web nodes sharing one database each catch up with the others' moderation.
 */

export interface SeedRow {
  label: 'spam' | 'ham';
  author: string;
  email: string;
  url: string;
  text: string;
  userAgent: string;
}

const HISTORY_LIMIT = 5000;
const TTL_MS = 60_000;

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

interface Cached {
  model: BayesModel;
  signature: string;
  builtAt: number;
}

const cache = new WeakMap<object, Cached>();

/** Forgets the cached models (after a moderator's verdict; in tests). */
let generation = 0;
export function dropLearnedModelCache(): void {
  generation++;
}

async function historySignature(db: Kysely<Database>): Promise<string> {
  const rows = await db
    .selectFrom('comments')
    .select((eb) => ['status', eb.fn.countAll<number | string | bigint>().as('n'), eb.fn.max('id').as('top'), eb.fn.max('status_changed_at').as('changed')])
    .where('status', 'in', ['spam', 'approved'])
    .groupBy('status')
    .execute();
  return `${generation}|${rows
    .map((r) => `${r.status}:${String(r.n)}:${String(r.top)}:${String(r.changed)}`)
    .sort()
    .join('|')}`;
}

async function historyExamples(db: Kysely<Database>): Promise<{ comment: BayesComment; label: 'spam' | 'ham' }[]> {
  const columns = ['author_name', 'author_email', 'author_url', 'body_markdown', 'user_agent'] as const;
  const [ham, spam] = await Promise.all([
    db
      .selectFrom('comments')
      .select(columns)
      .where('status', '=', 'approved')
      .where('user_id', 'is', null)
      .where('status_reason', '!=', 'approved: demo content')
      .orderBy('id', 'desc')
      .limit(HISTORY_LIMIT)
      .execute(),
    db
      .selectFrom('comments')
      .select(columns)
      .where('status', '=', 'spam')
      .where((eb) => eb.or([eb('status_changed_at', 'is not', null), eb('status_reason', 'not like', 'spam: learned filter%')]))
      .orderBy('id', 'desc')
      .limit(HISTORY_LIMIT)
      .execute(),
  ]);
  const toComment = (r: (typeof ham)[number]): BayesComment => ({
    authorName: r.author_name,
    authorEmail: r.author_email,
    authorUrl: r.author_url,
    body: r.body_markdown,
    userAgent: r.user_agent,
  });
  return [...ham.map((r) => ({ comment: toComment(r), label: 'ham' as const })), ...spam.map((r) => ({ comment: toComment(r), label: 'spam' as const }))];
}

/** The desk's model: the seed and its moderation history, cached (see the top of this file). */
export async function learnedModel(db: Kysely<Database>, now = Date.now()): Promise<BayesModel> {
  const signature = await historySignature(db);
  const cached = cache.get(db);
  if (cached && cached.signature === signature && now - cached.builtAt < TTL_MS) return cached.model;
  const model = modelFromSeedAnd(await historyExamples(db));
  cache.set(db, { model, signature, builtAt: now });
  return model;
}
