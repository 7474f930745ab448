import type { Kysely } from 'kysely';
import { dueOutboxIds, insertOutboxMail, leaseOutboxMail, recordOutboxFailure, recordOutboxSent, type OutboxRow } from '../store/outbox.js';
import type { Database } from '../store/schema.js';

export type { OutboxRow } from '../store/outbox.js';

/** A message to send. Bodies are plain text and HTML made from escaped text only: no reader markup. */
export interface OutgoingMail {
  /** Unique per recipient and cause (e.g. "reply:COMMENT_ID:EMAIL"): the same key is never sent twice. */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * Queues a message in the same database as the change that caused it. Returns false when a
 * message with the same key is already queued or sent, so a retried request never doubles mail.
 */
export async function enqueueMail(db: Kysely<Database>, mail: OutgoingMail, now: Date = new Date()): Promise<boolean> {
  return insertOutboxMail(db, { ...mail, headers: mail.headers ?? {} }, now);
}

/** After this many failed tries a message stays in the outbox with its last error, unsent. */
export const MAX_MAIL_ATTEMPTS = 10;

/** Wait before the next try: 1 minute × 2^(tries so far − 1), at most 6 hours. */
export function retryDelayMs(attemptsSoFar: number): number {
  const exponent = Math.max(0, attemptsSoFar - 1);
  return Math.min(60_000 * 2 ** Math.min(exponent, 30), 6 * 3_600_000);
}

/** Ids of messages due now: unsent, not given up, their next try due, not leased by a live worker. */
export async function dueMailIds(db: Kysely<Database>, now: Date, limit: number): Promise<number[]> {
  return dueOutboxIds(db, { now, limit, maxAttempts: MAX_MAIL_ATTEMPTS });
}

/** Takes one message for sending, so two workers never send it at once; null when another worker holds it or it was sent. */
export async function claimMail(db: Kysely<Database>, id: number, now: Date, leaseMs: number): Promise<OutboxRow | null> {
  return leaseOutboxMail(db, id, { now, leaseMs, maxAttempts: MAX_MAIL_ATTEMPTS });
}

export async function markMailSent(db: Kysely<Database>, row: OutboxRow, now: Date): Promise<void> {
  await recordOutboxSent(db, row.id, row.attempts + 1, now);
}

/** Records a failed try and when to try again; the row is kept (never deleted) with its error. */
export async function markMailFailed(db: Kysely<Database>, row: OutboxRow, error: string, now: Date): Promise<{ attempts: number; gaveUp: boolean }> {
  const attempts = row.attempts + 1;
  await recordOutboxFailure(db, row.id, { attempts, error: error.slice(0, 1000), nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) });
  return { attempts, gaveUp: attempts >= MAX_MAIL_ATTEMPTS };
}
