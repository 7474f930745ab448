import { sql, type Kysely } from 'kysely';
import type { Store } from './database.js';
import type { Database } from './schema.js';

/*
 * Copies a whole desk from one store into another (SQLite → PostgreSQL when a desk outgrows
 * one machine). Rows keep their ids, so links, threads and audit entries stay intact; the
 * target's id sequences are moved past the copied ids. A copy that stopped half-way is
 * completed by running it again: rows already there are left as they are.
 */

/**
 * Every table, parents before children, and whether an `id` column keys it (its rows are
 * copied in id order, so a reply follows its parent, and its sequence is moved on). A new
 * table that is not listed here fails to compile.
 */
const tables = {
  settings: { order: 0, id: false },
  sources: { order: 1, id: true },
  articles: { order: 2, id: true },
  article_tombstones: { order: 3, id: false },
  comments: { order: 4, id: true },
  fetch_hosts: { order: 5, id: false },
  users: { order: 6, id: true },
  sessions: { order: 7, id: false },
  password_tokens: { order: 8, id: false },
  login_failures: { order: 9, id: true },
  sign_in_gates: { order: 10, id: false },
  audit_log: { order: 11, id: true },
  mail_addresses: { order: 12, id: false },
  subscriptions: { order: 13, id: true },
  outbox: { order: 14, id: true },
  jobs: { order: 15, id: true },
  host_leases: { order: 16, id: false },
  spam_models: { order: 17, id: true },
} satisfies Record<keyof Database, { order: number; id: boolean }>;

export type TableName = keyof typeof tables;

export const copiedTables = (Object.keys(tables) as TableName[]).sort((a, b) => tables[a].order - tables[b].order);

const BATCH_ROWS = 500;

export interface TableCount {
  table: TableName;
  source: number;
  target: number;
}

export type CopyOutcome =
  | { kind: 'copied'; counts: TableCount[] }
  | { kind: 'refused'; reason: string }
  | { kind: 'mismatch'; counts: TableCount[] };

async function countRows(db: Kysely<Database>, table: TableName): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function secretOf(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'secret').executeTakeFirst();
  return row?.value ?? null;
}

/** Whether the target holds nothing yet, or an earlier copy of this same desk (its secret). */
async function targetAccepts(source: Kysely<Database>, target: Kysely<Database>): Promise<string | null> {
  let rows = 0;
  for (const table of copiedTables) rows += await countRows(target, table);
  if (rows === 0) return null;
  const [mine, theirs] = await Promise.all([secretOf(source), secretOf(target)]);
  if (mine !== null && mine === theirs) return null;
  return `the target database already holds ${rows} rows of another desk; copy into an empty database`;
}

async function copyTable(source: Kysely<Database>, target: Kysely<Database>, table: TableName): Promise<void> {
  const hasId = tables[table].id;
  let offset = 0;
  for (;;) {
    let query = source.selectFrom(table).selectAll();
    // A stable order, so batches neither skip nor repeat rows; by id, so a reply follows its parent.
    query = hasId ? query.orderBy(sql.ref('id')) : query.orderBy(sql`1`);
    const rows = (await query.limit(BATCH_ROWS).offset(offset).execute()) as Record<string, unknown>[];
    if (rows.length === 0) return;
    await target
      .insertInto(table)
      .values(rows as never)
      .onConflict((oc) => oc.doNothing())
      .execute();
    offset += rows.length;
  }
}

/** PostgreSQL's serial sequences start after the highest copied id, so new rows never collide. */
async function moveSequencesPastCopiedIds(target: Kysely<Database>): Promise<void> {
  for (const table of copiedTables.filter((t) => tables[t].id)) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest((select coalesce(max(id), 0) from ${sql.table(table)}), 1))
`.execute(target);
  }
}

/** Copies every table of `source` into `target` (whose schema is already migrated) and compares the counts. */
export async function copyStore(source: Store, target: Store): Promise<CopyOutcome> {
  const refusal = await targetAccepts(source.db, target.db);
  if (refusal) return { kind: 'refused', reason: refusal };
  for (const table of copiedTables) await copyTable(source.db, target.db, table);
  if (target.dialect === 'postgres') await moveSequencesPastCopiedIds(target.db);
  const counts: TableCount[] = [];
  for (const table of copiedTables) counts.push({ table, source: await countRows(source.db, table), target: await countRows(target.db, table) });
  return counts.every((c) => c.source === c.target) ? { kind: 'copied', counts } : { kind: 'mismatch', counts };
}
