import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface DashboardCounts {
  pendingComments: number;
  /** Sources whose last fetch failed (error_count > 0). */
  sourcesInError: number;
  /** Articles the desk added since midnight in the desk's time zone. */
  articlesToday: number;
}

/** The comments awaiting moderation: the number beside "Comments" in the back office's menu. */
export async function countPendingComments(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.n);
}

/** `pendingComments`: the count the menu already read for this request, when it did. */
export async function dashboardCounts(db: Kysely<Database>, startOfToday: Date, pendingComments?: number): Promise<DashboardCounts> {
  const [pending, failing, today] = await Promise.all([
    pendingComments ?? countPendingComments(db),
    db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).where('error_count', '>', 0).executeTakeFirstOrThrow(),
    db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('fetched_at', '>=', startOfToday.toISOString()).executeTakeFirstOrThrow(),
  ]);
  return { pendingComments: pending, sourcesInError: Number(failing.n), articlesToday: Number(today.n) };
}

/** Midnight of `now`'s day in an IANA time zone, as an instant. */
export function startOfDay(timeZone: string, now: Date): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  const offset = wall - Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day')) - offset);
}
