import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/** What feed ingestion needs: fetch state per source, per-host pauses, and remembered deletions. */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  const sourceColumns: [string, 'text' | 'integer', (string | number | null)?][] = [
    ['fetch_interval_minutes', 'integer', 30],
    ['full_text', 'text', 'auto'],
    ['excerpt_words', 'integer', 300],
    ['etag', 'text'],
    ['last_modified', 'text'],
    ['next_fetch_at', 'text'],
    ['last_fetched_at', 'text'],
    ['last_success_at', 'text'],
    ['error_count', 'integer', 0],
    ['last_error', 'text'],
    ['paused', 'integer', 0],
    ['filters', 'text', '[]'],
    ['max_age_days', 'integer'],
    ['lease_until', 'text'],
  ];
  for (const [name, type, fallback] of sourceColumns) {
    await db.schema
      .alterTable('sources')
      .addColumn(name, type, (c) => (fallback === undefined || fallback === null ? c : c.notNull().defaultTo(fallback)))
      .execute();
  }
  await db.schema.createIndex('sources_due').on('sources').columns(['paused', 'next_fetch_at']).execute();

  await db.schema.alterTable('articles').addColumn('content_hash', 'text', (c) => c.notNull().defaultTo('')).execute();

  await db.schema
    .createTable('article_tombstones')
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('guid_hash', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tombstones_pk', ['source_id', 'guid_hash'])
    .execute();

  await db.schema
    .createTable('fetch_hosts')
    .addColumn('host', 'text', (c) => c.primaryKey())
    .addColumn('paused_until', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
