import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { deleteAttempts, deleteAttemptsBefore, deleteAttemptsUnder, reserveAttempts, type AttemptRow } from '../store/login-attempts.js';

/*
 * Brute-force brake for the sign-in form.
 *
 * Every attempt is counted and reserved (written down) in one step before its password is
 * hashed; a right password removes its own reservation. So a burst of concurrent guesses
 * cannot all slip through between the check and the record.
 *
 * The limits are kept so that strangers cannot lock an owner out: failures against an
 * account count mostly against the address they came from (the pair), the per-address
 * limits slow one address down step by step, and the ceiling over all addresses is far
 * higher and short, so it only stops a spread-out attack and lifts minutes after it ends.
 */

/** Which attempts a limit counts: one address on one account, one address, or one account from anywhere. */
export type LimitScope = 'pair' | 'address' | 'account';

export interface SignInLimit {
  scope: LimitScope;
  /** Attempts allowed in the window; the next one is refused until the oldest of them ages out. */
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

export const signInLimits: readonly SignInLimit[] = [
  { scope: 'pair', max: 5, windowMs: 15 * MINUTE },
  { scope: 'address', max: 10, windowMs: 1 * MINUTE },
  { scope: 'address', max: 20, windowMs: 15 * MINUTE },
  { scope: 'address', max: 100, windowMs: 24 * 60 * MINUTE },
  { scope: 'account', max: 50, windowMs: 5 * MINUTE },
];

const LONGEST_WINDOW_MS = Math.max(...signInLimits.map((l) => l.windowMs));

export type AttemptKeys = Record<LimitScope, string>;

export function attemptKeys(email: string, clientHash: string): AttemptKeys {
  const account = email.trim().toLowerCase();
  return { pair: `pair:${clientHash}:${account}`, address: `address:${clientHash}`, account: `account:${account}` };
}

/** One counted attempt, as the pure rule below sees it. */
export interface CountedAttempt {
  scope: LimitScope;
  /** Milliseconds since the epoch. */
  at: number;
  /** This request's own reservation. */
  mine: boolean;
}

/**
 * Milliseconds until this request's attempt would be allowed, or null when it is allowed
 * now. It is over a limit when the attempts in the window, its own included, exceed `max`;
 * it may try again once the others in the window have fallen below `max`.
 */
export function signInWaitMs(limits: readonly SignInLimit[], attempts: readonly CountedAttempt[], now: number): number | null {
  let wait: number | null = null;
  for (const limit of limits) {
    const since = now - limit.windowMs;
    const inWindow = attempts.filter((a) => a.scope === limit.scope && a.at > since);
    if (inWindow.length <= limit.max) continue;
    const others = inWindow.filter((a) => !a.mine).map((a) => a.at).sort((a, b) => a - b);
    // Only our own row can be missing from `others`; the fallback waits a whole window.
    const freedAt = (others[others.length - limit.max] ?? now) + limit.windowMs;
    wait = Math.max(wait ?? 0, freedAt - now, 1);
  }
  return wait;
}

export type Reservation = { kind: 'reserved'; ids: number[]; keys: AttemptKeys } | { kind: 'blocked'; retryAfterSeconds: number };

/**
 * Reserves one attempt for this email from this address, before any password is checked:
 * counted and recorded in one step (src/store/login-attempts.ts), so of any number of racing
 * requests no more than a limit's `max` get through. A refused attempt records nothing, so
 * hammering does not lengthen the wait.
 */
export async function reserveSignInAttempt(db: Kysely<Database>, email: string, clientHash: string, now: Date): Promise<Reservation> {
  const keys = attemptKeys(email, clientHash);
  const scopes = Object.keys(keys) as LimitScope[];
  const scopeOfKey = new Map(scopes.map((scope) => [keys[scope], scope]));
  const at = now.getTime();
  const waitFor = (existing: readonly AttemptRow[]) =>
    signInWaitMs(
      signInLimits,
      [...existing.map((r) => ({ scope: scopeOfKey.get(r.key)!, at: Date.parse(r.failed_at), mine: false })), ...scopes.map((scope) => ({ scope, at, mine: true }))],
      at,
    );
  const since = new Date(at - LONGEST_WINDOW_MS).toISOString();
  const { ids, existing } = await reserveAttempts(db, scopes.map((s) => keys[s]), now.toISOString(), since, (rows) => waitFor(rows) === null);
  if (ids) return { kind: 'reserved', ids, keys };
  return { kind: 'blocked', retryAfterSeconds: Math.ceil((waitFor(existing) ?? 1000) / 1000) };
}

/** The password was right: the attempt was no failure, and this address's earlier slips on the account are forgiven. */
export async function signInSucceeded(db: Kysely<Database>, reservation: { ids: number[]; keys: AttemptKeys }): Promise<void> {
  await deleteAttempts(db, reservation.ids);
  await deleteAttemptsUnder(db, reservation.keys.pair);
}

/** Failures past every window decide nothing any more (housekeeping drops them); returns how many went. */
export async function forgetOldSignInFailures(db: Kysely<Database>, now: Date): Promise<number> {
  return deleteAttemptsBefore(db, new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString());
}

/** "45 seconds", "1 minute", "15 minutes", "3 hours": how long to wait, rounded up, in words. */
export function waitInWords(seconds: number): string {
  const plural = (n: number, unit: string) => `${n.toLocaleString('en')} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return plural(Math.max(1, Math.ceil(seconds)), 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 90) return plural(minutes, 'minute');
  return plural(Math.ceil(seconds / 3600), 'hour');
}
