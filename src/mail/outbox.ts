import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

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
