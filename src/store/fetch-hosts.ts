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

/*
 * Host leases: one fetch at a time per host over every worker. A lease is taken with one
 * conditional upsert (the row is free when its lease ended or was released, and no other worker
 * is next in line), renewed while a long fetch runs, and released after the fetch; a worker that
 * dies lets its lease run out. A worker that found the host busy marks itself next in line for
 * a short while, so the holder cannot take the host straight back between two of its fetches.
 */

export interface HostLeaseClaim {
  host: string;
  owner: string;
  now: Date;
  /** How long the lease holds without renewal. */
  leaseMs: number;
}

/** True when `owner` now holds the host until now + leaseMs; false when another holds it or is next in line. */
export async function takeHostLease(db: Kysely<Database>, claim: HostLeaseClaim): Promise<boolean> {
  const nowIso = claim.now.toISOString();
  const row = await db
    .insertInto('host_leases')
    .values({ host: key(claim.host), lease_owner: claim.owner, leased_until: new Date(claim.now.getTime() + claim.leaseMs).toISOString(), waiter: null, waiter_until: null })
    .onConflict((oc) =>
      oc
        .column('host')
        .doUpdateSet((eb) => ({ lease_owner: eb.ref('excluded.lease_owner'), leased_until: eb.ref('excluded.leased_until'), waiter: null, waiter_until: null }))
        .where((eb) =>
          eb.and([
            eb.or([eb('host_leases.lease_owner', 'is', null), eb('host_leases.leased_until', '<=', nowIso)]),
            eb.or([eb('host_leases.waiter', 'is', null), eb('host_leases.waiter', '=', claim.owner), eb('host_leases.waiter_until', '<=', nowIso)]),
          ]),
        ),
    )
    .returning('host')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Marks `owner` next in line for the host until now + leaseMs, unless another worker already is;
 * true when `owner` is (now) the waiter. Renew it while waiting, sooner than it ends.
 */
export async function waitForHostLease(db: Kysely<Database>, claim: HostLeaseClaim): Promise<boolean> {
  const nowIso = claim.now.toISOString();
  const result = await db
    .updateTable('host_leases')
    .set({ waiter: claim.owner, waiter_until: new Date(claim.now.getTime() + claim.leaseMs).toISOString() })
    .where('host', '=', key(claim.host))
    .where((eb) => eb.or([eb('waiter', 'is', null), eb('waiter', '=', claim.owner), eb('waiter_until', '<=', nowIso)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Extends `owner`'s lease while its fetch runs; false when it no longer holds it (it ran out and was taken). */
export async function renewHostLease(db: Kysely<Database>, claim: HostLeaseClaim): Promise<boolean> {
  const result = await db
    .updateTable('host_leases')
    .set({ leased_until: new Date(claim.now.getTime() + claim.leaseMs).toISOString() })
    .where('host', '=', key(claim.host))
    .where('lease_owner', '=', claim.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives the host back (the fetch ended); a waiter's mark is kept, so it goes next. */
export async function releaseHostLease(db: Kysely<Database>, release: { host: string; owner: string; now: Date }): Promise<void> {
  await db
    .updateTable('host_leases')
    .set({ lease_owner: null, leased_until: release.now.toISOString() })
    .where('host', '=', key(release.host))
    .where('lease_owner', '=', release.owner)
    .execute();
}

/** Who holds the host at `now` and until when; null when it is free. */
export async function hostLeaseHolder(db: Kysely<Database>, host: string, now: Date): Promise<{ owner: string; until: Date } | null> {
  const row = await db
    .selectFrom('host_leases')
    .select(['lease_owner', 'leased_until'])
    .where('host', '=', key(host))
    .where('lease_owner', 'is not', null)
    .where('leased_until', '>', now.toISOString())
    .executeTakeFirst();
  return row?.lease_owner ? { owner: row.lease_owner, until: new Date(row.leased_until) } : null;
}

/** Forgets hosts nobody has held or waited for since `before`; returns how many. */
export async function clearIdleHostLeases(db: Kysely<Database>, before: Date): Promise<number> {
  const beforeIso = before.toISOString();
  const result = await db
    .deleteFrom('host_leases')
    .where('leased_until', '<', beforeIso)
    .where((eb) => eb.or([eb('waiter_until', 'is', null), eb('waiter_until', '<', beforeIso)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
