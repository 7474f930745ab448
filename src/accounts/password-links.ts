import type { Kysely } from 'kysely';
import type { Database, User } from '../store/schema.js';
import { looksLikeToken, newToken, tokenHash } from './tokens.js';

/*
 * One-time links to set a password: `${publicUrl}/admin/set-password?token=…`, valid 24 hours,
 * used once. The table keeps only the token's hash.
 */

export const PASSWORD_LINK_HOURS = 24;

/** A new link for the user; any earlier unused link of theirs stops working. */
export async function issuePasswordLink(db: Kysely<Database>, userId: number, publicUrl: string, now: Date): Promise<{ url: string; token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000);
  await db.deleteFrom('password_tokens').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  await db.insertInto('password_tokens').values({ token_hash: tokenHash(token), user_id: userId, expires_at: expiresAt.toISOString(), used_at: null }).execute();
  return { url: `${publicUrl}/admin/set-password?token=${token}`, token, expiresAt };
}

/** The user a link is for, while it is unused and unexpired; it is not used up by looking. */
export async function userForPasswordLink(db: Kysely<Database>, token: unknown, now: Date): Promise<User | null> {
  if (!looksLikeToken(token)) return null;
  const row = await db
    .selectFrom('password_tokens')
    .innerJoin('users', 'users.id', 'password_tokens.user_id')
    .selectAll('users')
    .where('password_tokens.token_hash', '=', tokenHash(token))
    .where('password_tokens.used_at', 'is', null)
    .where('password_tokens.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Uses the link up and returns its user id, or null when it was already used or has expired.
 * One conditional UPDATE: of two requests racing with the same link, only one gets the id.
 */
export async function consumePasswordLink(db: Kysely<Database>, token: unknown, now: Date): Promise<number | null> {
  if (!looksLikeToken(token)) return null;
  const row = await db
    .updateTable('password_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}
