import type { Kysely } from 'kysely';
import type { Database, User } from './schema.js';

/*
 * The tables behind staff sign-in: sessions and one-time password links. Both keep only the
 * SHA-256 of a token (src/accounts/tokens.ts); callers pass that hash, never the token.
 */

export async function insertSession(db: Kysely<Database>, session: { tokenHash: string; userId: number; userAgent: string; now: Date; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.now.toISOString(),
      expires_at: session.expiresAt.toISOString(),
      last_seen_at: session.now.toISOString(),
      user_agent: session.userAgent,
    })
    .execute();
}

/** Forgets sessions that ran out; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The session's user with the session's expiry and last use, or undefined. */
export async function findSessionUser(db: Kysely<Database>, tokenHash: string): Promise<(User & { expires_at: string; last_seen_at: string }) | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.expires_at', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Stores a new link for the user; any earlier unused link of theirs stops working. */
export async function replacePasswordToken(db: Kysely<Database>, link: { tokenHash: string; userId: number; expiresAt: Date }): Promise<void> {
  await db.deleteFrom('password_tokens').where('user_id', '=', link.userId).where('used_at', 'is', null).execute();
  await db.insertInto('password_tokens').values({ token_hash: link.tokenHash, user_id: link.userId, expires_at: link.expiresAt.toISOString(), used_at: null }).execute();
}

/** The user of an unused, unexpired link, without using it up. */
export async function findPasswordTokenUser(db: Kysely<Database>, tokenHash: string, now: Date): Promise<User | undefined> {
  return db
    .selectFrom('password_tokens')
    .innerJoin('users', 'users.id', 'password_tokens.user_id')
    .selectAll('users')
    .where('password_tokens.token_hash', '=', tokenHash)
    .where('password_tokens.used_at', 'is', null)
    .where('password_tokens.expires_at', '>', now.toISOString())
    .executeTakeFirst();
}

/** Uses the link up with one conditional UPDATE: of two requests racing with the same link, only one gets the id. */
export async function usePasswordToken(db: Kysely<Database>, tokenHash: string, now: Date): Promise<number | null> {
  const row = await db
    .updateTable('password_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}
