import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * All background work as rows (src/store/jobs.ts). A dedupe key is unique among queued and
 * running jobs only, so "one fetch per source at a time" holds while finished rows stay as
 * history until housekeeping prunes them.
 */
export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  await context
    .idColumn(db.schema.createTable('jobs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('dedupe_key', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('lease_owner', 'text')
    .addColumn('leased_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('jobs_active_dedupe_key')
    .on('jobs')
    .column('dedupe_key')
    .unique()
    .where(sql.ref('state'), 'in', ['queued', 'running'])
    .execute();
  // Claims read queued jobs by due time; reclaims read running jobs by lease end.
  await db.schema.createIndex('jobs_state_run_at').on('jobs').columns(['state', 'run_at']).execute();
  await db.schema.createIndex('jobs_state_leased_until').on('jobs').columns(['state', 'leased_until']).execute();
}
