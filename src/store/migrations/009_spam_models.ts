import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * The desk's own versions of the spam model (retrained from its moderators' verdicts by the
 * spam-model-refresh job), kept so a bad update can be rolled back; and, on each comment, the
 * version that scored it and, for a held one, the features that weighed most. Version 0 is
 * the model shipped in data/spam/ and has no row.
 */
export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  await context
    .idColumn(db.schema.createTable('spam_models'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('bias', 'real', (c) => c.notNull())
    // Float32 little-endian, base64: text stores the same on SQLite and PostgreSQL.
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('spam_verdicts', 'integer', (c) => c.notNull())
    .addColumn('ham_verdicts', 'integer', (c) => c.notNull())
    .addColumn('rolled_back_at', 'text')
    .execute();
  await db.schema.alterTable('comments').addColumn('spam_model_version', 'integer').execute();
  await db.schema.alterTable('comments').addColumn('spam_features', 'text').execute();
}
