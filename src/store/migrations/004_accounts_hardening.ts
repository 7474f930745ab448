import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * A row that sign-in reservations lock while they count and record an attempt, so racing
 * requests take turns on SQLite and on PostgreSQL alike (src/store/login-attempts.ts).
 */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema
    .createTable('sign_in_gates')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('passed_at', 'text', (c) => c.notNull())
    .execute();
}
