import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * One fetch at a time per host over every worker (src/store/fetch-hosts.ts): a row per host
 * names who may fetch from it and until when. `waiter` is the one worker next in line, so a
 * worker that fetches page after page from a host cannot keep the others out. Also an index for
 * the metrics' "finished in the last hour", which would otherwise read a day of done jobs.
 */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema
    .createTable('host_leases')
    .addColumn('host', 'text', (c) => c.primaryKey())
    .addColumn('lease_owner', 'text')
    .addColumn('leased_until', 'text', (c) => c.notNull())
    .addColumn('waiter', 'text')
    .addColumn('waiter_until', 'text')
    .execute();
  await db.schema.createIndex('jobs_state_finished_at').on('jobs').columns(['state', 'finished_at']).execute();
}
