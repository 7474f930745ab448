import type { Kysely } from 'kysely';

/**
 * A reader may follow a whole article ('article', what every subscription meant so far) or only
 * the replies to their own comments under it ('replies'). One row per address and article stays:
 * the wider wish wins when both are asked for.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('subscriptions')
    .addColumn('scope', 'text', (col) => col.notNull().defaultTo('article'))
    .execute();
}
