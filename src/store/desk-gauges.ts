import type { Kysely } from 'kysely';
import { queueDepth, type QueueDepth } from './jobs.js';
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

/** How long "recently finished" reaches back. */
export const FINISHED_WINDOW_MS = 3_600_000;

export interface FinishedJobs {
  kind: string;
  /** done, or failed (given up after its last attempt). */
  outcome: 'done' | 'failed';
  count: number;
}

/** The job table as a scrape reports it: what waits or runs, by kind, and what finished in the last hour. */
export interface JobGauges {
  depth: QueueDepth[];
  finished: FinishedJobs[];
}

export async function jobGauges(db: Kysely<Database>, now: Date): Promise<JobGauges> {
  const since = new Date(now.getTime() - FINISHED_WINDOW_MS).toISOString();
  const [depth, finished] = await Promise.all([
    queueDepth(db, now),
    db
      .selectFrom('jobs')
      .select((eb) => ['kind', 'state', eb.fn.countAll<number | string>().as('n')])
      .where('state', 'in', ['done', 'failed'])
      .where('finished_at', '>=', since)
      .groupBy(['kind', 'state'])
      .execute(),
  ]);
  return {
    depth,
    finished: finished.map((r) => ({ kind: r.kind, outcome: r.state === 'done' ? 'done' : 'failed', count: Number(r.n) })),
  };
}
