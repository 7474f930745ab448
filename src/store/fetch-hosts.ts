import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/*
 * Hosts that asked us to wait (429, 503 with or without Retry-After). Keyed by the host as the
 * caller names it (the ingest flow uses URL.host, so a port is part of it), lowercased.
 * Times are ISO 8601 UTC text, which compares correctly as text on SQLite and PostgreSQL.
 */

function key(host: string): string {
  return host.trim().toLowerCase();
}

/** Pauses a host until the given time; an existing later pause is kept (with its reason). */
export async function pauseHost(db: Kysely<Database>, host: string, until: Date, reason: string): Promise<void> {
  const pausedUntil = until.toISOString();
  await db
    .insertInto('fetch_hosts')
    .values({ host: key(host), paused_until: pausedUntil, reason })
    .onConflict((oc) =>
      oc
        .column('host')
        .doUpdateSet((eb) => ({ paused_until: eb.ref('excluded.paused_until'), reason: eb.ref('excluded.reason') }))
        .where('fetch_hosts.paused_until', '<', pausedUntil),
    )
    .execute();
}

/** When the host's pause ends, if it is paused at `now`; else null. */
export async function hostPausedUntil(db: Kysely<Database>, host: string, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('fetch_hosts')
    .select('paused_until')
    .where('host', '=', key(host))
    .where('paused_until', '>', now.toISOString())
    .executeTakeFirst();
  return row ? new Date(row.paused_until) : null;
}

/** Forgets pauses that have ended by `now`; returns how many. */
export async function clearExpiredHostPauses(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('fetch_hosts').where('paused_until', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
