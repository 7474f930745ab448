import type { Kysely } from 'kysely';

/**
 * Staff accounts an admin can switch off without removing them (their audit entries and
 * replies stay linked), and the one-time links that create a new desk's first admin. A setup
 * link is kept only as its SHA-256, like a password link.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('setup_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
}
