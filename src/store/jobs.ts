import { sql, type Kysely, type QueryCreator, type Selectable } from 'kysely';
import { isPostgres } from './dialect.js';
import { fetchableSource } from './ingest.js';
import type { Database, JobsTable, Source } from './schema.js';

/*
 * The job table's queries (src/jobs/ runs them). A job is queued, then running under one
 * owner's lease, then done or failed. Finished rows stay as history until housekeeping prunes
 * them (pruneFinishedJobs): done ones soon, given-up ones later, so their last_error can be read.
 * Claims are exclusive: on PostgreSQL the candidate rows are locked with FOR UPDATE SKIP LOCKED,
 * so concurrent claimers each take different rows without waiting; SQLite lets one writer at a
 * time in, so a single conditional UPDATE … RETURNING is already exclusive.
 */

export type JobRow = Selectable<JobsTable>;

export interface NewJob {
  kind: string;
  /** JSON text. */
  payload: string;
  /** Another queued or running job with this key makes the enqueue a no-op. */
  dedupeKey?: string | null;
  /** Not before this time (default: now). */
  runAt?: Date;
  maxAttempts?: number;
  /** Also a no-op when a finished job had this key (for work done once per period, e.g. "housekeeping:2026-01-01T10"). */
  onceEver?: boolean;
}

export interface Enqueued {
  /** The new job's id, or the id of the job that made this a no-op (null if it finished meanwhile). */
  id: number | null;
  created: boolean;
}

export async function enqueueJob(db: Kysely<Database>, job: NewJob, now: Date): Promise<Enqueued> {
  const key = job.dedupeKey ?? null;
  if (key !== null && job.onceEver) {
    // Two enqueues racing past this check meet the unique index below; only a job that finished
    // between them could let a second one in, and work done once per period tolerates that.
    const earlier = await db.selectFrom('jobs').select('id').where('dedupe_key', '=', key).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (earlier) return { id: earlier.id, created: false };
  }
  const inserted = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: job.payload,
      dedupe_key: key,
      run_at: (job.runAt ?? now).toISOString(),
      created_at: now.toISOString(),
      ...(job.maxAttempts !== undefined ? { max_attempts: Math.max(1, Math.floor(job.maxAttempts)) } : {}),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const active = key === null ? undefined : await db.selectFrom('jobs').select('id').where('dedupe_key', '=', key).where('state', 'in', ['queued', 'running']).executeTakeFirst();
  return { id: active?.id ?? null, created: false };
}

/**
 * One fetch-source job for every due, unpaused source with a feed that no other run holds, in
 * one statement; a source that has a queued or running fetch job already is left alone. Each
 * job is tried `maxAttempts` times (a feed's own failures are its source's, not the job's).
 * Returns how many jobs were added.
 */
export async function enqueueDueSourceFetches(db: Kysely<Database>, now: Date, maxAttempts = 3): Promise<number> {
  const nowIso = now.toISOString();
  const rows = await db
    .insertInto('jobs')
    .columns(['kind', 'payload', 'dedupe_key', 'run_at', 'created_at', 'max_attempts'])
    .expression(
      db
        .selectFrom('sources')
        .select([
          sql<string>`'fetch-source'`.as('kind'),
          sql<string>`'{"sourceId":' || cast(sources.id as text) || '}'`.as('payload'),
          sql<string>`'fetch-source:' || cast(sources.id as text)`.as('dedupe_key'),
          sql<string>`${nowIso}`.as('run_at'),
          sql<string>`${nowIso}`.as('created_at'),
          sql<number>`${sql.lit(Math.max(1, Math.floor(maxAttempts)))}`.as('max_attempts'),
        ])
        .where((eb) => fetchableSource(eb, nowIso))
        .orderBy('sources.id'),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * Takes a source for a fetch job, unless it is gone, paused, not due (unless forced) or held by
 * another run (`ingest --once`). Re-reading "due" here means a job enqueued just as an earlier
 * fetch finished does not fetch the source again within its interval. Ingest clears the lease.
 */
export async function leaseSourceForFetch(db: Kysely<Database>, sourceId: number, options: { now: Date; leaseMs: number; force?: boolean }): Promise<Source | undefined> {
  const nowIso = options.now.toISOString();
  return db
    .updateTable('sources')
    .set({ lease_until: new Date(options.now.getTime() + options.leaseMs).toISOString() })
    .where('id', '=', sourceId)
    .where((eb) => fetchableSource(eb, nowIso, { anyTime: options.force === true }))
    .returningAll()
    .executeTakeFirst();
}

/** Extends a source's fetch lease while its fetch still runs; false when the lease was cleared (the fetch ended). */
export async function renewSourceLease(db: Kysely<Database>, sourceId: number, until: Date): Promise<boolean> {
  const result = await db.updateTable('sources').set({ lease_until: until.toISOString() }).where('id', '=', sourceId).where('lease_until', 'is not', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface ClaimOptions {
  owner: string;
  now: Date;
  leaseMs: number;
  limit: number;
  /** Only jobs of these kinds (the ones this worker can run). */
  kinds: readonly string[];
}

/**
 * Claims up to `limit` due jobs for `owner`. Jobs whose lease ended are not among them until
 * reclaimExpiredJobs has queued them again (the worker runs it every few seconds, not per claim).
 */
export async function claimJobs(db: Kysely<Database>, options: ClaimOptions): Promise<JobRow[]> {
  if (options.limit <= 0 || options.kinds.length === 0) return [];
  const nowIso = options.now.toISOString();
  const leasedUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const due = (qb: QueryCreator<Database>) =>
    qb.selectFrom('jobs').select('id').where('state', '=', 'queued').where('run_at', '<=', nowIso).where('kind', 'in', options.kinds).orderBy('run_at').orderBy('id').limit(options.limit);
  let claimed: JobRow[];
  // The one dialect difference here: only PostgreSQL has row locks to skip.
  if (isPostgres(db)) {
    // A materialized CTE is evaluated once. As `id IN (subquery)` the locking subquery may be
    // run again for each row, and skip the rows this statement just locked: more than `limit`.
    claimed = await db
      .with((cte) => cte('due').materialized(), (qb) => due(qb).forUpdate().skipLocked())
      .updateTable('jobs')
      .set((eb) => ({ state: 'running', lease_owner: options.owner, leased_until: leasedUntil, attempts: eb('jobs.attempts', '+', 1) }))
      .from('due')
      .whereRef('jobs.id', '=', 'due.id')
      .where('jobs.state', '=', 'queued')
      .returningAll('jobs')
      .execute();
  } else {
    claimed = await db
      .updateTable('jobs')
      .set((eb) => ({ state: 'running', lease_owner: options.owner, leased_until: leasedUntil, attempts: eb('attempts', '+', 1) }))
      .where('state', '=', 'queued')
      .where('id', 'in', due(db))
      .returningAll()
      .execute();
  }
  return claimed.sort((a, b) => (a.run_at < b.run_at ? -1 : a.run_at > b.run_at ? 1 : a.id - b.id));
}

/**
 * Running jobs whose lease ended belong to a worker that died or hung: each is queued again
 * to run now, or given up (keeping why) when it has had all its attempts. Returns how many.
 */
export async function reclaimExpiredJobs(db: Kysely<Database>, now: Date): Promise<{ requeued: number; gaveUp: number }> {
  const nowIso = now.toISOString();
  // The worker's last words, if it recorded any, come first.
  const withNote = (note: string) => sql<string>`coalesce(last_error || '; ', '') || ${note}`;
  const gaveUp = await db
    .updateTable('jobs')
    .set({ state: 'failed', finished_at: nowIso, lease_owner: null, leased_until: null, last_error: withNote('given up: the lease expired on its last attempt (its worker stopped)') })
    .where('state', '=', 'running')
    .where('leased_until', '<', nowIso)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .returning('id')
    .execute();
  const requeued = await db
    .updateTable('jobs')
    .set({ state: 'queued', run_at: nowIso, lease_owner: null, leased_until: null, last_error: 'the lease expired (its worker stopped while running it)' })
    .where('state', '=', 'running')
    .where('leased_until', '<', nowIso)
    .returning('id')
    .execute();
  return { requeued: requeued.length, gaveUp: gaveUp.length };
}

/** Extends a running job's lease; false when the owner lost it (reclaimed after it expired). */
export async function renewJobLease(db: Kysely<Database>, job: { id: number; owner: string; now: Date; leaseMs: number }): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ leased_until: new Date(job.now.getTime() + job.leaseMs).toISOString() })
    .where('id', '=', job.id)
    .where('state', '=', 'running')
    .where('lease_owner', '=', job.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks a job done; false (and nothing changes) when `owner` no longer holds it. */
export async function completeJob(db: Kysely<Database>, job: { id: number; owner: string; now: Date }): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'done', finished_at: job.now.toISOString(), lease_owner: null, leased_until: null })
    .where('id', '=', job.id)
    .where('state', '=', 'running')
    .where('lease_owner', '=', job.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type FailOutcome = 'retrying' | 'gave-up' | 'lost';

/**
 * Records a failed attempt: queued again at `retryAt`, or failed for good once it has had
 * `max_attempts` (or at once with `giveUp`), keeping the error either way. 'lost' when `owner`
 * no longer holds the job.
 */
export async function failJob(db: Kysely<Database>, job: { id: number; owner: string; now: Date; error: string; retryAt: Date; giveUp?: boolean }): Promise<FailOutcome> {
  const nowIso = job.now.toISOString();
  const row = await db
    .updateTable('jobs')
    .set((eb) => {
      const final = job.giveUp ? sql<boolean>`1 = 1` : eb('attempts', '>=', eb.ref('max_attempts'));
      return {
        state: eb.case().when(final).then(sql<'failed'>`'failed'`).else(sql<'queued'>`'queued'`).end(),
        finished_at: eb.case().when(final).then(nowIso).else(null).end(),
        run_at: eb.case().when(final).then(eb.ref('run_at')).else(job.retryAt.toISOString()).end(),
        last_error: job.error.slice(0, 2000),
        lease_owner: null,
        leased_until: null,
      };
    })
    .where('id', '=', job.id)
    .where('state', '=', 'running')
    .where('lease_owner', '=', job.owner)
    .returning('state')
    .executeTakeFirst();
  if (!row) return 'lost';
  return row.state === 'failed' ? 'gave-up' : 'retrying';
}

/**
 * Gives back jobs `owner` is running (a worker stopping): queued again to run now, the attempt
 * not counted. All of the owner's jobs unless `ids` narrows it. Returns how many.
 */
export async function releaseJobs(db: Kysely<Database>, release: { owner: string; now: Date; ids?: readonly number[] }): Promise<number> {
  if (release.ids?.length === 0) return 0;
  let query = db
    .updateTable('jobs')
    .set((eb) => ({ state: 'queued', run_at: release.now.toISOString(), lease_owner: null, leased_until: null, attempts: eb('attempts', '-', 1) }))
    .where('state', '=', 'running')
    .where('lease_owner', '=', release.owner);
  if (release.ids) query = query.where('id', 'in', release.ids);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes finished history: done jobs finished before `doneBefore`, given-up ones before `failedBefore`. */
export async function pruneFinishedJobs(db: Kysely<Database>, cutoffs: { doneBefore: Date; failedBefore: Date }): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'done'), eb('finished_at', '<', cutoffs.doneBefore.toISOString())]),
        eb.and([eb('state', '=', 'failed'), eb('finished_at', '<', cutoffs.failedBefore.toISOString())]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findJob(db: Kysely<Database>, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listJobs(db: Kysely<Database>, filter: { kind?: string; state?: JobRow['state'] } = {}): Promise<JobRow[]> {
  let query = db.selectFrom('jobs').selectAll().orderBy('id');
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.state) query = query.where('state', '=', filter.state);
  return query.execute();
}

export interface QueueDepth {
  kind: string;
  queued: number;
  running: number;
  /** When the longest-waiting due job became due; null when none is waiting. */
  oldestDueAt: string | null;
}

/** Queue depth and age by kind (for /metrics and the CLI). */
export async function queueDepth(db: Kysely<Database>, now: Date): Promise<QueueDepth[]> {
  const nowIso = now.toISOString();
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => [
      'kind',
      eb.fn.sum<number>(eb.case().when('state', '=', 'queued').then(1).else(0).end()).as('queued'),
      eb.fn.sum<number>(eb.case().when('state', '=', 'running').then(1).else(0).end()).as('running'),
      eb.fn.min<string | null>(eb.case().when(eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', nowIso)])).then(eb.ref('run_at')).else(null).end()).as('oldest_due_at'),
    ])
    .where('state', 'in', ['queued', 'running'])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, queued: Number(r.queued), running: Number(r.running), oldestDueAt: r.oldest_due_at ?? null }));
}
