import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from './schema.js';

/** The outbox's queries: mail queued with the change that caused it, sent later by a worker. */

export type OutboxRow = Selectable<OutboxTable>;

export interface NewOutboxMail {
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** False when a message with the same key is already queued or sent. */
export async function insertOutboxMail(db: Kysely<Database>, mail: NewOutboxMail, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('outbox')
    .values({
      idempotency_key: mail.idempotencyKey,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      headers: JSON.stringify(mail.headers),
      created_at: now.toISOString(),
      next_attempt_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Ids of messages due now: unsent, tried fewer than `maxAttempts` times, their next try due, not leased by a live worker. */
export async function dueOutboxIds(db: Kysely<Database>, options: { now: Date; limit: number; maxAttempts: number }): Promise<number[]> {
  const nowIso = options.now.toISOString();
  const rows = await db
    .selectFrom('outbox')
    .select('id')
    .where('sent_at', 'is', null)
    .where('attempts', '<', options.maxAttempts)
    .where('next_attempt_at', '<=', nowIso)
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', nowIso)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Leases one message with a conditional UPDATE (portable: no SKIP LOCKED); null when another worker holds it or it was sent. */
export async function leaseOutboxMail(db: Kysely<Database>, id: number, options: { now: Date; leaseMs: number; maxAttempts: number }): Promise<OutboxRow | null> {
  const nowIso = options.now.toISOString();
  const row = await db
    .updateTable('outbox')
    .set({ leased_until: new Date(options.now.getTime() + options.leaseMs).toISOString() })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .where('attempts', '<', options.maxAttempts)
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', nowIso)]))
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function recordOutboxSent(db: Kysely<Database>, id: number, attempts: number, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ sent_at: now.toISOString(), attempts, leased_until: null }).where('id', '=', id).execute();
}

/** A failed try: the row is kept (never deleted) with its error and the time of the next try. */
export async function recordOutboxFailure(db: Kysely<Database>, id: number, failure: { attempts: number; error: string; nextAttemptAt: Date }): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ attempts: failure.attempts, last_error: failure.error, next_attempt_at: failure.nextAttemptAt.toISOString(), leased_until: null })
    .where('id', '=', id)
    .execute();
}
