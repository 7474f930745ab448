import type { Kysely } from 'kysely';
import type { Database, User } from '../store/schema.js';
import { deleteSession, deleteSessionsOfUser, findSessionUser, insertSession, touchSession } from '../store/staff-tokens.js';
import { looksLikeToken, newToken, tokenHash } from './tokens.js';

/*
 * Staff sessions live in the sessions table, so they survive restarts and are shared by
 * every web node. The cookie carries a random token; the table only its SHA-256. A session
 * ends 30 days after it was last used (the expiry slides with use) or at sign-out.
 */

export const SESSION_DAYS = 30;
const SESSION_MS = SESSION_DAYS * 86_400_000;
/** last_seen_at and the expiry are moved on at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function startSession(db: Kysely<Database>, userId: number, userAgent: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  await insertSession(db, { tokenHash: tokenHash(token), userId, userAgent: userAgent.slice(0, 255), now, expiresAt });
  return { token, expiresAt };
}

export interface ResumedSession {
  user: User;
  expiresAt: Date;
  /** The expiry moved: the cookie should be sent again with the new lifetime. */
  renewed: boolean;
}

/** The signed-in user for a cookie's token, or null when it is unknown or expired. */
export async function resumeSession(db: Kysely<Database>, token: string | undefined, now: Date): Promise<ResumedSession | null> {
  if (!looksLikeToken(token)) return null;
  const hash = tokenHash(token);
  const row = await findSessionUser(db, hash);
  if (!row) return null;
  // A disabled account's sessions were ended when it was disabled; this covers any begun meanwhile.
  if (row.expires_at <= now.toISOString() || row.disabled === 1) {
    await deleteSession(db, hash);
    return null;
  }
  const { expires_at, last_seen_at, ...user } = row;
  if (now.getTime() - Date.parse(last_seen_at) < TOUCH_EVERY_MS) return { user, expiresAt: new Date(expires_at), renewed: false };
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  await touchSession(db, hash, now, expiresAt);
  return { user, expiresAt, renewed: true };
}

export async function endSession(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (!looksLikeToken(token)) return;
  await deleteSession(db, tokenHash(token));
}

/** Signs a user out everywhere (after a new password is set). */
export async function endUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await deleteSessionsOfUser(db, userId);
}
