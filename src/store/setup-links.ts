import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/*
 * The setup_links table: one-time links that create a new desk's first admin. Callers pass
 * the SHA-256 of a token (src/accounts/tokens.ts), never the token.
 */

export async function insertSetupLink(db: Kysely<Database>, link: { tokenHash: string; now: Date; expiresAt: Date }): Promise<void> {
  await db.insertInto('setup_links').values({ token_hash: link.tokenHash, created_at: link.now.toISOString(), expires_at: link.expiresAt.toISOString(), used_at: null }).execute();
}

/** Whether the link is unused and unexpired (looking does not use it up). */
export async function setupLinkIsLive(db: Kysely<Database>, tokenHash: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('setup_links')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Uses up every live setup link at once and returns their hashes. Whoever runs this first in
 * racing transactions gets the rows; on PostgreSQL the others wait on the row locks and then
 * find them used, on SQLite they wait for the single writer: only one first admin is made.
 */
export async function useAllSetupLinks(db: Kysely<Database>, now: Date): Promise<string[]> {
  const rows = await db
    .updateTable('setup_links')
    .set({ used_at: now.toISOString() })
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .returning('token_hash')
    .execute();
  return rows.map((r) => r.token_hash);
}

/** Links past their use: kept a day for the record, then dropped when a new one is issued. */
export async function deleteOldSetupLinks(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('setup_links').where('expires_at', '<', before.toISOString()).execute();
}
