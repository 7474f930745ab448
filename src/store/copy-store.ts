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
 * Every table, parents before children, and its primary key. Rows are copied in key order, a
 * batch at a time from just after the last key copied (so each batch is one index seek, not a
 * rescan of every row before it); by id where there is one, so a reply follows its parent, and
 * that sequence is moved on. A new table that is not listed here fails to compile.
 */
const tables = {
  settings: { order: 0, key: ['key'] },
  sources: { order: 1, key: ['id'] },
  articles: { order: 2, key: ['id'] },
  article_tombstones: { order: 3, key: ['source_id', 'guid_hash'] },
  comments: { order: 4, key: ['id'] },
  fetch_hosts: { order: 5, key: ['host'] },
  users: { order: 6, key: ['id'] },
  sessions: { order: 7, key: ['token_hash'] },
  password_tokens: { order: 8, key: ['token_hash'] },
  login_failures: { order: 9, key: ['id'] },
  sign_in_gates: { order: 10, key: ['name'] },
  audit_log: { order: 11, key: ['id'] },
  mail_addresses: { order: 12, key: ['email'] },
  subscriptions: { order: 13, key: ['id'] },
  outbox: { order: 14, key: ['id'] },
  jobs: { order: 15, key: ['id'] },
  host_leases: { order: 16, key: ['host'] },
  spam_models: { order: 17, key: ['id'] },
  // After articles, whose rows it extends; the target's triggers index both as they arrive.
  article_texts: { order: 18, key: ['article_id'] },
  stories: { order: 19, key: ['id'] },
  story_terms: { order: 20, key: ['story_id', 'term'] },
  story_term_documents: { order: 21, key: ['term'] },
  article_fingerprints: { order: 22, key: ['article_id'] },
  entities: { order: 23, key: ['id'] },
  entity_aliases: { order: 24, key: ['entity_id', 'alias'] },
  article_entities: { order: 25, key: ['article_id', 'entity_id'] },
  quotes: { order: 26, key: ['id'] },
  source_fetches: { order: 27, key: ['id'] },
  source_imports: { order: 28, key: ['id'] },
  setup_links: { order: 29, key: ['token_hash'] },
  // page_changes is not copied: it tells running web nodes what changed, and exists on SQLite only.
} satisfies { [T in Exclude<keyof Database, 'page_changes'>]: { order: number; key: readonly [keyof Database[T] & string, ...(keyof Database[T] & string)[]] } };

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

function hasIdKey(table: TableName): boolean {
  const key: readonly string[] = tables[table].key;
  return key.length === 1 && key[0] === 'id';
}

async function copyTable(source: Kysely<Database>, target: Kysely<Database>, table: TableName): Promise<void> {
  const key: readonly string[] = tables[table].key;
  const keyColumns = sql.join(key.map((column) => sql.ref(column)));
  let last: unknown[] | null = null;
  for (;;) {
    let query = source.selectFrom(table).selectAll();
    // A row-value comparison, so a two-column key pages as one does (SQLite and PostgreSQL both have it).
    if (last) query = query.where(sql<boolean>`(${keyColumns}) > (${sql.join(last)})`);
    for (const column of key) query = query.orderBy(sql.ref(column));
    const rows = (await query.limit(BATCH_ROWS).execute()) as Record<string, unknown>[];
    if (rows.length === 0) return;
    await target
      .insertInto(table)
      .values(rows as never)
      .onConflict((oc) => oc.doNothing())
      .execute();
    if (rows.length < BATCH_ROWS) return;
    const end = rows[rows.length - 1] as Record<string, unknown>;
    last = key.map((column) => end[column]);
  }
}

/** PostgreSQL's serial sequences start after the highest copied id, so new rows never collide. */
async function moveSequencesPastCopiedIds(target: Kysely<Database>): Promise<void> {
  for (const table of copiedTables.filter(hasIdKey)) {
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
