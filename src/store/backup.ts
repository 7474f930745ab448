import { sql } from 'kysely';
import type { Store } from './database.js';

/**
 * A consistent copy of a SQLite desk in a new file, taken while the desk runs (SQLite's
 * VACUUM INTO reads one snapshot; writers carry on). PostgreSQL has its own tools (pg_dump).
 */
export async function backupSqlite(store: Store, file: string): Promise<void> {
  if (store.dialect !== 'sqlite') throw new Error('backup copies a SQLite desk; for PostgreSQL use pg_dump (see the README)');
  await sql`vacuum into ${file}`.execute(store.db);
}
