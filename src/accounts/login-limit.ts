import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/*
 * Brute-force brake for the sign-in form: failures are counted per account and per
 * client address (a keyed hash of it) in a sliding window. Over either limit, sign-in is
 * refused, even with the right password, until enough failures have aged out.
 */

export const loginLimits = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(clientHash: string): string {
  return `address:${clientHash}`;
}

/**
 * Minutes until one more attempt is allowed, or null when it is allowed now. `failures`
 * are the times of failures under one key (any order); the block ends when the oldest
 * failure that keeps the count at the limit leaves the window.
 */
export function lockoutMinutes(failures: readonly string[], limit: number, windowMs: number, now: Date): number | null {
  const since = now.getTime() - windowMs;
  const recent = failures.map((f) => Date.parse(f)).filter((t) => t > since).sort((a, b) => a - b);
  if (recent.length < limit) return null;
  const freedAt = recent[recent.length - limit]! + windowMs;
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 60_000));
}

/** Minutes to wait before signing in with this email from this address; null when allowed. */
export async function signInBlockedFor(db: Kysely<Database>, email: string, clientHash: string, now: Date): Promise<number | null> {
  const windowMs = loginLimits.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs).toISOString();
  const keys = [accountKey(email), addressKey(clientHash)];
  const rows = await db.selectFrom('login_failures').select(['key', 'failed_at']).where('key', 'in', keys).where('failed_at', '>', since).execute();
  const times = (key: string) => rows.filter((r) => r.key === key).map((r) => r.failed_at);
  const waits = [lockoutMinutes(times(keys[0]!), loginLimits.perAccount, windowMs, now), lockoutMinutes(times(keys[1]!), loginLimits.perAddress, windowMs, now)].filter(
    (m): m is number => m !== null,
  );
  return waits.length ? Math.max(...waits) : null;
}

export async function recordSignInFailure(db: Kysely<Database>, email: string, clientHash: string, now: Date): Promise<void> {
  const failedAt = now.toISOString();
  await db
    .insertInto('login_failures')
    .values([
      { key: accountKey(email), failed_at: failedAt },
      { key: addressKey(clientHash), failed_at: failedAt },
    ])
    .execute();
  // Failures older than the window count for nothing: keep the table small.
  await db.deleteFrom('login_failures').where('failed_at', '<', new Date(now.getTime() - loginLimits.windowMinutes * 60_000).toISOString()).execute();
}

/** A right password clears the account's failures (the address keeps its count). */
export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', accountKey(email)).execute();
}
