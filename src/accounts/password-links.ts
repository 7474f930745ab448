import type { Kysely } from 'kysely';
import type { Database, User } from '../store/schema.js';
import { findPasswordTokenUser, replacePasswordToken, usePasswordToken } from '../store/staff-tokens.js';
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
  await replacePasswordToken(db, { tokenHash: tokenHash(token), userId, expiresAt });
  return { url: `${publicUrl}/admin/set-password?token=${token}`, token, expiresAt };
}

/** The user a link is for, while it is unused and unexpired; it is not used up by looking. */
export async function userForPasswordLink(db: Kysely<Database>, token: unknown, now: Date): Promise<User | null> {
  if (!looksLikeToken(token)) return null;
  return (await findPasswordTokenUser(db, tokenHash(token), now)) ?? null;
}

/**
 * Uses the link up and returns its user id, or null when it was already used or has expired.
 * One conditional UPDATE: of two requests racing with the same link, only one gets the id.
 */
export async function consumePasswordLink(db: Kysely<Database>, token: unknown, now: Date): Promise<number | null> {
  if (!looksLikeToken(token)) return null;
  return usePasswordToken(db, tokenHash(token), now);
}
