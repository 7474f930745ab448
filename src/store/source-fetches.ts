import type { Kysely } from 'kysely';
import type { Database, FetchOutcomeKind, SourceFetch } from './schema.js';

/** Fetches kept per source: enough for a history page, never a growing table. */
export const FETCHES_KEPT_PER_SOURCE = 50;

export interface NewSourceFetch {
  sourceId: number;
  startedAt: Date;
  durationMs: number;
  outcome: FetchOutcomeKind;
  httpStatus: number | null;
  itemsNew: number;
  itemsUpdated: number;
  error: string | null;
}

/**
 * Adds one fetch to the source's history and drops what falls past the newest
 * FETCHES_KEPT_PER_SOURCE, in the same transaction, so the table stays bounded.
 * A source removed meanwhile has no history to add to: nothing is written.
 */
export async function recordSourceFetch(db: Kysely<Database>, fetch: NewSourceFetch): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const source = await trx.selectFrom('sources').select('id').where('id', '=', fetch.sourceId).executeTakeFirst();
    if (!source) return;
    await trx
      .insertInto('source_fetches')
      .values({
        source_id: fetch.sourceId,
        started_at: fetch.startedAt.toISOString(),
        duration_ms: Math.max(0, Math.round(fetch.durationMs)),
        outcome: fetch.outcome,
        http_status: fetch.httpStatus,
        items_new: fetch.itemsNew,
        items_updated: fetch.itemsUpdated,
        error: fetch.error === null ? null : fetch.error.slice(0, 1000),
      })
      .execute();
    const oldestKept = await trx
      .selectFrom('source_fetches')
      .select('id')
      .where('source_id', '=', fetch.sourceId)
      .orderBy('id', 'desc')
      .offset(FETCHES_KEPT_PER_SOURCE - 1)
      .limit(1)
      .executeTakeFirst();
    if (oldestKept) await trx.deleteFrom('source_fetches').where('source_id', '=', fetch.sourceId).where('id', '<', oldestKept.id).execute();
  });
}

/** The source's fetches, newest first. */
export async function listSourceFetches(db: Kysely<Database>, sourceId: number, limit = FETCHES_KEPT_PER_SOURCE): Promise<SourceFetch[]> {
  return db.selectFrom('source_fetches').selectAll().where('source_id', '=', sourceId).orderBy('id', 'desc').limit(limit).execute();
}
