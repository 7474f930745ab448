import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * The scheduler asks every few seconds whether any job, finished ones included, had a once-ever
 * key (the hour's housekeeping). The unique index on dedupe_key covers queued and running jobs
 * only, so without this one the question read the whole job history (a day of done jobs).
 */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.createIndex('jobs_dedupe_key').on('jobs').column('dedupe_key').execute();
}
