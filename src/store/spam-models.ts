import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/*
 * The desk's versions of the spam model. The active one is the newest not rolled back; with
 * none, the shipped model (version 0) decides.
 */

export interface SpamModelRow {
  id: number;
  created_at: string;
  bias: number;
  weights: string;
  spam_verdicts: number;
  ham_verdicts: number;
  rolled_back_at: string | null;
}

export type SpamModelSummary = Omit<SpamModelRow, 'weights' | 'bias'>;

/** Versions kept: older ones are deleted when a new one is stored. */
export const KEPT_SPAM_MODELS = 10;

export async function activeSpamModelVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('spam_models').select('id').where('rolled_back_at', 'is', null).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? Number(row.id) : 0;
}

export async function findSpamModel(db: Kysely<Database>, id: number): Promise<SpamModelRow | undefined> {
  const row = await db.selectFrom('spam_models').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, id: Number(row.id), bias: Number(row.bias) };
}

export async function insertSpamModel(db: Kysely<Database>, row: Omit<SpamModelRow, 'id' | 'rolled_back_at'>): Promise<number> {
  const stored = await db.insertInto('spam_models').values({ ...row, rolled_back_at: null }).returning('id').executeTakeFirstOrThrow();
  const id = Number(stored.id);
  await db.deleteFrom('spam_models').where('id', '<=', id - KEPT_SPAM_MODELS).execute();
  return id;
}

export async function listSpamModels(db: Kysely<Database>): Promise<SpamModelSummary[]> {
  const rows = await db.selectFrom('spam_models').select(['id', 'created_at', 'spam_verdicts', 'ham_verdicts', 'rolled_back_at']).orderBy('id', 'desc').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Marks a version rolled back; false when it is not a stored, active-able version. */
export async function markSpamModelRolledBack(db: Kysely<Database>, id: number, at: string): Promise<boolean> {
  const result = await db.updateTable('spam_models').set({ rolled_back_at: at }).where('id', '=', id).where('rolled_back_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
