import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Counts a metrics scrape reports; each one indexed-cheap, so a scrape every few seconds costs little. */
export interface DeskGauges {
  /** Sources whose last fetch failed (error_count > 0). */
  sourcesInError: number;
  /** Unsent mail whose next try is due, not given up on. */
  outboxDue: number;
  /** Comments waiting for a moderator. */
  commentsPending: number;
}

export async function deskGauges(db: Kysely<Database>, now: Date, maxMailAttempts: number): Promise<DeskGauges> {
  const [failing, due, pending] = await Promise.all([
    db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).where('error_count', '>', 0).executeTakeFirstOrThrow(),
    db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sent_at', 'is', null)
      .where('attempts', '<', maxMailAttempts)
      .where('next_attempt_at', '<=', now.toISOString())
      .executeTakeFirstOrThrow(),
    db.selectFrom('comments').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow(),
  ]);
  return { sourcesInError: Number(failing.n), outboxDue: Number(due.n), commentsPending: Number(pending.n) };
}
