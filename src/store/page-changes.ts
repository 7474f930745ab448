import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.js';
import { preparedQuery } from './prepared.js';
import type { Database } from './schema.js';

/*
 * The changes of public pages the triggers of migration 015 record. On SQLite they are rows of
 * page_changes read in id order; on PostgreSQL they arrive as notifications on PAGES_CHANNEL
 * (src/store/change-signals.ts listens), and there is no table.
 */

/** The PostgreSQL channel the page triggers notify on. */
export const PAGES_CHANNEL = 'newsdesk_pages';

/** A notification's payload: the schema of the desk that changed, a space, the scope. */
export function readPageNotification(payload: string): { schema: string; scope: string } {
  const space = payload.indexOf(' ');
  return space < 0 ? { schema: '', scope: payload } : { schema: payload.slice(0, space), scope: payload.slice(space + 1) };
}

/** The schema the desk's tables are in (PostgreSQL): what its notifications name. */
export async function deskSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? '';
}

/** Changes the table keeps at least, for a node that fell behind; older ones are trimmed hourly. */
export const PAGE_CHANGES_KEPT = 10_000;

export interface PageChange {
  id: number;
  scope: string;
}

/** The id of the newest change (0 before any): one read of the primary key's last entry. */
export async function latestPageChange(db: Kysely<Database>): Promise<number> {
  const { rows } = await latestPageChangeQuery(db, {});
  return rows[0]?.id ?? 0;
}

// Runs before every page a node serves from its cache: built once.
const latestPageChangeQuery = preparedQuery(
  () => 'one',
  (db) => db.selectFrom('page_changes').select('id').orderBy('id', 'desc').limit(1),
);

/** The changes after `afterId`, oldest first, at most `limit`. */
export async function pageChangesAfter(db: Kysely<Database>, afterId: number, limit: number): Promise<PageChange[]> {
  return db.selectFrom('page_changes').select(['id', 'scope']).where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

/** Deletes all but the newest PAGE_CHANGES_KEPT changes; returns how many went. Nothing on PostgreSQL. */
export async function trimPageChanges(db: Kysely<Database>): Promise<number> {
  if (isPostgres(db)) return 0;
  const cutoff = (await latestPageChange(db)) - PAGE_CHANGES_KEPT;
  if (cutoff <= 0) return 0;
  const result = await db.deleteFrom('page_changes').where('id', '<=', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
