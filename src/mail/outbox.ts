import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from '../store/schema.js';

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
  const result = await db
    .insertInto('outbox')
    .values({
      idempotency_key: mail.idempotencyKey,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      headers: JSON.stringify(mail.headers ?? {}),
      created_at: now.toISOString(),
      next_attempt_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export type OutboxRow = Selectable<OutboxTable>;

/** After this many failed tries a message stays in the outbox with its last error, unsent. */
export const MAX_MAIL_ATTEMPTS = 10;

/** Wait before the next try: 1 minute × 2^(tries so far − 1), at most 6 hours. */
export function retryDelayMs(attemptsSoFar: number): number {
  const exponent = Math.max(0, attemptsSoFar - 1);
  return Math.min(60_000 * 2 ** Math.min(exponent, 30), 6 * 3_600_000);
}

/** Ids of messages due now: unsent, not given up, their next try due, not leased by a live worker. */
export async function dueMailIds(db: Kysely<Database>, now: Date, limit: number): Promise<number[]> {
  const nowIso = now.toISOString();
  const rows = await db
    .selectFrom('outbox')
    .select('id')
    .where('sent_at', 'is', null)
    .where('attempts', '<', MAX_MAIL_ATTEMPTS)
    .where('next_attempt_at', '<=', nowIso)
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', nowIso)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes one message for sending with a conditional UPDATE (portable: no SKIP LOCKED), so two
 * workers never send it at once. Returns null when another worker holds it or it was sent.
 */
export async function claimMail(db: Kysely<Database>, id: number, now: Date, leaseMs: number): Promise<OutboxRow | null> {
  const nowIso = now.toISOString();
  const row = await db
    .updateTable('outbox')
    .set({ leased_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .where('attempts', '<', MAX_MAIL_ATTEMPTS)
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', nowIso)]))
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function markMailSent(db: Kysely<Database>, row: OutboxRow, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ sent_at: now.toISOString(), attempts: row.attempts + 1, leased_until: null })
    .where('id', '=', row.id)
    .execute();
}

/** Records a failed try and when to try again; the row is kept (never deleted) with its error. */
export async function markMailFailed(db: Kysely<Database>, row: OutboxRow, error: string, now: Date): Promise<{ attempts: number; gaveUp: boolean }> {
  const attempts = row.attempts + 1;
  const gaveUp = attempts >= MAX_MAIL_ATTEMPTS;
  await db
    .updateTable('outbox')
    .set({
      attempts,
      last_error: error.slice(0, 1000),
      next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
      leased_until: null,
    })
    .where('id', '=', row.id)
    .execute();
  return { attempts, gaveUp };
}
