import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { retryDelayMs } from '../../src/jobs/backoff.js';
import { enqueue, fetchSourceKey, housekeepingKey } from '../../src/jobs/enqueue.js';
import { openStore, type Store } from '../../src/store/database.js';
import { addFeedSource, setSourcePaused } from '../../src/store/ingest.js';
import {
  claimJobs,
  completeJob,
  enqueueDueSourceFetches,
  enqueueJob,
  failJob,
  findJob,
  leaseSourceForFetch,
  listJobs,
  pruneFinishedJobs,
  queueDepth,
  reclaimExpiredJobs,
  releaseJobs,
  renewJobLease,
} from '../../src/store/jobs.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { postgresSkip, scratchSchema } from '../support/postgres.js';

/* The job table's queries, on a real SQLite file and on PostgreSQL (a scratch schema). */

const t0 = new Date('2026-05-01T10:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const kinds = ['test-kind', 'fetch-source', 'send-mail', 'housekeeping'];

interface Opened {
  open(): Store;
  cleanup(): Promise<void>;
}

async function sqliteFile(): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-jobs-'));
  return { open: () => openStore({ sqlitePath: join(dir, 'desk.db') }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgres(): Promise<Opened> {
  const schema = await scratchSchema();
  return { open: () => openStore({ sqlitePath: '', databaseUrl: schema.url }), cleanup: () => schema.drop() };
}

function storeSuite(name: string, opened: () => Promise<Opened>, skip: string | false) {
  describe(`jobs on ${name}`, { skip }, () => {
    let place: Opened;
    let store: Store;
    const extra: Store[] = [];
    /** Another handle on the same database, as a second process would have. */
    const another = () => {
      const handle = place.open();
      extra.push(handle);
      return handle;
    };

    before(async () => {
      place = await opened();
      store = place.open();
      await migrateToLatest(store);
    });
    after(async () => {
      for (const handle of extra) await handle.close();
      await store?.close();
      await place?.cleanup();
    });
    beforeEach(async () => {
      await store.db.deleteFrom('jobs').execute();
      await store.db.deleteFrom('sources').execute();
    });

    const job = (key?: string, maxAttempts?: number) => enqueueJob(store.db, { kind: 'test-kind', payload: '{}', dedupeKey: key ?? null, ...(maxAttempts ? { maxAttempts } : {}) }, t0);

    test('enqueue is idempotent by dedupe key while the job is queued or running, and free again once it finished', async () => {
      const first = await job('k');
      const again = await job('k');
      assert.equal(first.created, true);
      assert.deepEqual(again, { id: first.id, created: false });
      const [claimed] = await claimJobs(store.db, { owner: 'a', now: t0, leaseMs: 60_000, limit: 5, kinds });
      assert.equal(claimed?.id, first.id);
      assert.deepEqual(await job('k'), { id: first.id, created: false }, 'still a no-op while running');
      assert.equal(await completeJob(store.db, { id: first.id!, owner: 'a', now: at(1) }), true);
      const later = await job('k');
      assert.equal(later.created, true);
      assert.notEqual(later.id, first.id);
      assert.equal((await job()).created, true, 'no key, no dedupe');
      assert.equal((await job()).created, true);
    });

    test('a once-ever key (hourly housekeeping) is not enqueued again after its job finished', async () => {
      const key = housekeepingKey(t0);
      assert.equal(key, 'housekeeping:2026-05-01T10');
      const first = await enqueue(store.db, 'housekeeping', {}, { dedupeKey: key, onceEver: true }, t0);
      assert.equal(first.created, true);
      await claimJobs(store.db, { owner: 'a', now: t0, leaseMs: 60_000, limit: 5, kinds });
      await completeJob(store.db, { id: first.id!, owner: 'a', now: t0 });
      assert.equal((await enqueue(store.db, 'housekeeping', {}, { dedupeKey: key, onceEver: true }, at(600))).created, false);
      assert.equal((await enqueue(store.db, 'housekeeping', {}, { dedupeKey: housekeepingKey(at(3600)), onceEver: true }, at(3600))).created, true, 'the next hour');
    });

    test('the once-ever lookup reads an index, not the whole job history (SQLite query plan)', async (t) => {
      if (store.dialect !== 'sqlite') return t.skip('the query plan is read on SQLite');
      const lookups: CompiledQuery[] = [];
      const recorder: KyselyPlugin = {
        transformQuery: (args) => {
          const compiled = store.db.getExecutor().compileQuery(args.node, args.queryId);
          if (/^select .* from "jobs" where "dedupe_key" = \?/.test(compiled.sql)) lookups.push(compiled);
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      await enqueue(store.db.withPlugin(recorder), 'housekeeping', {}, { dedupeKey: housekeepingKey(at(7200)), onceEver: true }, at(7200));
      assert.equal(lookups.length, 1);
      const plan = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${lookups[0]!.sql}`, [...lookups[0]!.parameters]));
      const details = plan.rows.map((r) => r.detail).join('; ');
      assert.match(details, /USING (COVERING )?INDEX jobs_dedupe_key/, details);
    });

    test('due sources become one fetch job each; no second job for a source while one is queued or running', async () => {
      const due = await addFeedSource(store.db, { feedUrl: 'https://a.example/feed', title: 'A', siteUrl: 'https://a.example/' }, t0);
      const paused = await addFeedSource(store.db, { feedUrl: 'https://b.example/feed', title: 'B', siteUrl: 'https://b.example/' }, t0);
      await setSourcePaused(store.db, paused.id, true, t0);
      assert.equal(await enqueueDueSourceFetches(store.db, at(1)), 1);
      assert.equal(await enqueueDueSourceFetches(store.db, at(2)), 0, 'already queued');
      const [queued] = await listJobs(store.db, { kind: 'fetch-source' });
      assert.equal(queued?.dedupe_key, fetchSourceKey(due.id));
      assert.deepEqual(JSON.parse(queued!.payload), { sourceId: due.id });
      assert.equal((await enqueue(store.db, 'fetch-source', { sourceId: due.id }, { dedupeKey: fetchSourceKey(due.id) }, at(2))).created, false, 'the typed enqueue agrees on the key');
      await claimJobs(store.db, { owner: 'a', now: at(3), leaseMs: 60_000, limit: 5, kinds });
      assert.equal(await enqueueDueSourceFetches(store.db, at(4)), 0, 'running');
      await completeJob(store.db, { id: queued!.id, owner: 'a', now: at(5) });
      // The source was never fetched (next_fetch_at unchanged), so it is due again.
      assert.equal(await enqueueDueSourceFetches(store.db, at(6)), 1);
      assert.equal((await listJobs(store.db, { kind: 'fetch-source' })).length, 2);
    });

    test('a source leased by another run (ingest --once) is neither enqueued nor leased again until its lease ends', async () => {
      const source = await addFeedSource(store.db, { feedUrl: 'https://c.example/feed', title: 'C', siteUrl: 'https://c.example/' }, t0);
      assert.equal((await leaseSourceForFetch(store.db, source.id, { now: at(1), leaseMs: 60_000 }))?.id, source.id);
      assert.equal(await leaseSourceForFetch(store.db, source.id, { now: at(2), leaseMs: 60_000 }), undefined);
      assert.equal(await enqueueDueSourceFetches(store.db, at(2)), 0);
      assert.equal(await enqueueDueSourceFetches(store.db, at(62)), 1, 'lease over');
      await store.db.updateTable('sources').set({ lease_until: null, next_fetch_at: at(3600).toISOString() }).where('id', '=', source.id).execute();
      assert.equal(await leaseSourceForFetch(store.db, source.id, { now: at(70), leaseMs: 60_000 }), undefined, 'not due');
      assert.equal((await leaseSourceForFetch(store.db, source.id, { now: at(70), leaseMs: 60_000, force: true }))?.id, source.id, 'forced');
    });

    test('claims take due jobs only, in due order, in batches no larger than asked', async () => {
      const later = await enqueueJob(store.db, { kind: 'test-kind', payload: '{}', runAt: at(100) }, t0);
      const ids = [];
      for (let i = 0; i < 5; i++) ids.push((await job()).id);
      const other = await enqueueJob(store.db, { kind: 'unknown-kind', payload: '{}' }, t0);
      const batch = await claimJobs(store.db, { owner: 'a', now: at(1), leaseMs: 600_000, limit: 3, kinds });
      assert.deepEqual(batch.map((j) => j.id), ids.slice(0, 3));
      assert.ok(batch.every((j) => j.state === 'running' && j.lease_owner === 'a' && j.attempts === 1 && j.leased_until === at(601).toISOString()));
      const rest = await claimJobs(store.db, { owner: 'b', now: at(1), leaseMs: 600_000, limit: 10, kinds });
      assert.deepEqual(rest.map((j) => j.id), ids.slice(3), 'not the future job, not an unknown kind');
      assert.equal((await findJob(store.db, other.id!))?.state, 'queued');
      assert.deepEqual((await claimJobs(store.db, { owner: 'b', now: at(100), leaseMs: 60_000, limit: 10, kinds })).map((j) => j.id), [later.id]);
      const depth = await queueDepth(store.db, at(100));
      assert.deepEqual(depth, [
        { kind: 'test-kind', queued: 0, running: 6, oldestDueAt: null },
        { kind: 'unknown-kind', queued: 1, running: 0, oldestDueAt: t0.toISOString() },
      ]);
    });

    test('two claimers never get the same job, however many claims run at once', async () => {
      const total = 120;
      for (let i = 0; i < total; i++) await job();
      const handles = [store, another(), another()];
      const seen: number[] = [];
      await Promise.all(
        Array.from({ length: 12 }, async (_, claimer) => {
          const handle = handles[claimer % handles.length]!;
          for (;;) {
            const batch = await claimJobs(handle.db, { owner: `w${claimer}`, now: at(1), leaseMs: 60_000, limit: 4, kinds });
            if (batch.length === 0) return;
            assert.ok(batch.length <= 4, `a batch of ${batch.length}, more than asked`);
            seen.push(...batch.map((j) => j.id));
          }
        }),
      );
      assert.equal(seen.length, total, 'every claim is a different job');
      assert.equal(new Set(seen).size, total);
      const rows = await listJobs(store.db);
      assert.ok(rows.every((r) => r.state === 'running' && r.attempts === 1), 'each claimed exactly once');
    });

    test('an expired lease is reclaimed by another owner, and the job finishes once', async () => {
      const { id } = await job(undefined, 3);
      await claimJobs(store.db, { owner: 'dead', now: t0, leaseMs: 10_000, limit: 1, kinds });
      assert.equal(await renewJobLease(store.db, { id: id!, owner: 'dead', now: at(5), leaseMs: 10_000 }), true, 'renewed to 15 s');
      assert.deepEqual(await reclaimExpiredJobs(store.db, at(14)), { requeued: 0, gaveUp: 0 }, 'the renewed lease still holds');
      assert.deepEqual(await claimJobs(store.db, { owner: 'live', now: at(14), leaseMs: 10_000, limit: 1, kinds }), [], 'still running under its owner');
      assert.deepEqual(await reclaimExpiredJobs(store.db, at(16)), { requeued: 1, gaveUp: 0 });
      const [taken] = await claimJobs(store.db, { owner: 'live', now: at(16), leaseMs: 10_000, limit: 1, kinds });
      assert.equal(taken?.id, id);
      assert.equal(taken?.attempts, 2);
      assert.match(taken?.last_error ?? '', /lease expired/);
      assert.equal(await renewJobLease(store.db, { id: id!, owner: 'dead', now: at(17), leaseMs: 10_000 }), false, 'the old owner learns it lost the job');
      assert.equal(await completeJob(store.db, { id: id!, owner: 'dead', now: at(18) }), false);
      assert.equal(await completeJob(store.db, { id: id!, owner: 'live', now: at(19) }), true);
      assert.equal(await completeJob(store.db, { id: id!, owner: 'live', now: at(20) }), false, 'finished once');
      const row = await findJob(store.db, id!);
      assert.equal(row?.state, 'done');
      assert.equal(row?.finished_at, at(19).toISOString());
    });

    test('a job whose lease expired on its last attempt is given up, keeping why', async () => {
      const { id } = await job(undefined, 1);
      await claimJobs(store.db, { owner: 'dead', now: t0, leaseMs: 1_000, limit: 1, kinds });
      assert.deepEqual(await reclaimExpiredJobs(store.db, at(5)), { requeued: 0, gaveUp: 1 });
      assert.deepEqual(await claimJobs(store.db, { owner: 'live', now: at(5), leaseMs: 1_000, limit: 1, kinds }), []);
      const row = await findJob(store.db, id!);
      assert.equal(row?.state, 'failed');
      assert.match(row?.last_error ?? '', /given up: the lease expired/);
    });

    test('failures back off and give up after max attempts, keeping the last error', async () => {
      const { id } = await job('retry-me', 3);
      let now = t0;
      for (let attempt = 1; attempt <= 3; attempt++) {
        const [claimed] = await claimJobs(store.db, { owner: 'w', now, leaseMs: 60_000, limit: 1, kinds });
        assert.equal(claimed?.attempts, attempt);
        const retryAt = new Date(now.getTime() + retryDelayMs(attempt, { baseMs: 1_000, capMs: 60_000 }, () => 0.5));
        const outcome = await failJob(store.db, { id: id!, owner: 'w', now, error: `boom ${attempt}`, retryAt });
        assert.equal(outcome, attempt < 3 ? 'retrying' : 'gave-up');
        if (attempt < 3) {
          assert.deepEqual(await claimJobs(store.db, { owner: 'w', now: new Date(retryAt.getTime() - 1), leaseMs: 60_000, limit: 1, kinds }), [], 'not before its retry time');
          now = retryAt;
        }
      }
      const row = await findJob(store.db, id!);
      assert.equal(row?.state, 'failed');
      assert.equal(row?.last_error, 'boom 3');
      assert.equal(row?.attempts, 3);
      assert.equal(row?.finished_at, now.toISOString());
      assert.deepEqual(await claimJobs(store.db, { owner: 'w', now: at(86_400), leaseMs: 60_000, limit: 1, kinds }), []);
      assert.equal((await job('retry-me')).created, true, 'a given-up job frees its key');
      assert.equal(await failJob(store.db, { id: id!, owner: 'w', now, error: 'late', retryAt: now }), 'lost');
    });

    test('a payload that cannot run is given up on its first attempt', async () => {
      const { id } = await job(undefined, 5);
      await claimJobs(store.db, { owner: 'w', now: t0, leaseMs: 60_000, limit: 1, kinds });
      assert.equal(await failJob(store.db, { id: id!, owner: 'w', now: t0, error: 'bad payload', retryAt: at(30), giveUp: true }), 'gave-up');
      assert.equal((await findJob(store.db, id!))?.state, 'failed');
    });

    test('released jobs are queued again without counting the attempt, and another worker takes them', async () => {
      const a = await job();
      const b = await job();
      await claimJobs(store.db, { owner: 'stopping', now: t0, leaseMs: 60_000, limit: 2, kinds });
      assert.equal(await releaseJobs(store.db, { owner: 'stopping', now: at(1), ids: [a.id!] }), 1);
      assert.equal(await releaseJobs(store.db, { owner: 'other', now: at(1) }), 0, 'only the owner’s own');
      const released = await findJob(store.db, a.id!);
      assert.deepEqual([released?.state, released?.attempts, released?.lease_owner, released?.leased_until], ['queued', 0, null, null]);
      assert.equal((await findJob(store.db, b.id!))?.state, 'running');
      const [taken] = await claimJobs(store.db, { owner: 'next', now: at(1), leaseMs: 60_000, limit: 5, kinds });
      assert.equal(taken?.id, a.id);
      assert.equal(taken?.attempts, 1);
    });

    test('housekeeping prunes done jobs after a day and given-up ones after their own cutoff', async () => {
      const done = await job();
      const failed = await job(undefined, 1);
      const queued = await job();
      await claimJobs(store.db, { owner: 'w', now: t0, leaseMs: 60_000, limit: 2, kinds });
      await completeJob(store.db, { id: done.id!, owner: 'w', now: t0 });
      await failJob(store.db, { id: failed.id!, owner: 'w', now: t0, error: 'x', retryAt: t0 });
      assert.equal(await pruneFinishedJobs(store.db, { doneBefore: at(1), failedBefore: t0 }), 1);
      assert.deepEqual((await listJobs(store.db)).map((j) => j.id), [failed.id, queued.id]);
      assert.equal(await pruneFinishedJobs(store.db, { doneBefore: at(1), failedBefore: at(1) }), 1);
      assert.deepEqual((await listJobs(store.db)).map((j) => j.id), [queued.id]);
    });
  });
}

storeSuite('a SQLite file', sqliteFile, false);
storeSuite('PostgreSQL', postgres, postgresSkip);

test('retry delays grow exponentially from the base, stay within the cap, and jitter within the upper half', () => {
  const policy = { baseMs: 1_000, capMs: 10_000 };
  assert.equal(retryDelayMs(1, policy, () => 0), 500);
  assert.equal(retryDelayMs(1, policy, () => 1), 1_000);
  assert.equal(retryDelayMs(2, policy, () => 1), 2_000);
  assert.equal(retryDelayMs(3, policy, () => 0.5), 3_000);
  assert.equal(retryDelayMs(10, policy, () => 1), 10_000, 'capped');
  assert.equal(retryDelayMs(10, policy, () => 0), 5_000);
  assert.equal(retryDelayMs(1_000, policy, () => 1), 10_000, 'no overflow far past the cap');
});
