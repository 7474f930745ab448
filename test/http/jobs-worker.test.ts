import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { deskJobs } from '../../src/jobs/desk-jobs.js';
import { jobRegistry, runnable, type JobServices } from '../../src/jobs/registry.js';
import { enqueueDueWork } from '../../src/jobs/schedule.js';
import { startJobWorker, type JobOutcome, type JobWorker } from '../../src/jobs/worker.js';
import { enqueueMail } from '../../src/mail/outbox.js';
import { logFileTransport } from '../../src/mail/sender.js';
import { enqueueJob, findJob, listJobs, type JobRow } from '../../src/store/jobs.js';
import { findSourceById } from '../../src/store/ingest.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';
import { localIngestDeps, sourceAdder } from '../support/ingest.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { until as untilEvery } from '../support/processes.js';

/** Jobs here run in milliseconds: look often, so a short-lived state is not missed. */
const untilSoon: typeof untilEvery = (what, read, done) => untilEvery(what, read, done, { everyMs: 10 });

/* The worker loop against a real store and a local publisher: what `newsdesk worker` runs. */

let t: TestDesk;
let publisher: Publisher;
let mailLog: string;
let services: JobServices;
const workers: JobWorker[] = [];
const db = () => t.desk.store.db;

function rss(prefix: string, count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `<item><guid isPermaLink="false">${prefix}-${i}</guid><title>${prefix} story ${i}</title><link>${publisher.url}/${prefix}/${i}</link><description>&lt;p&gt;Story ${i}, in a few words.&lt;/p&gt;</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${prefix}</title><link>${publisher.url}/</link><description>d</description>${items.join('')}</channel></rss>`;
}

function worker(options: Partial<Parameters<typeof startJobWorker>[0]> = {}): JobWorker {
  const started = startJobWorker({ db: db(), registry: deskJobs(), services, pollMs: 10, scheduleEveryMs: null, ...options });
  workers.push(started);
  return started;
}

before(async () => {
  t = await startTestDesk();
  publisher = await startPublisher();
  mailLog = join(t.dbPath, '..', 'worker-mail.log');
  services = { ingestDeps: () => localIngestDeps(db()), mailTransport: logFileTransport(mailLog, 'Desk <desk@news.test>') };
});
after(async () => {
  for (const w of workers) await w.stop();
  await publisher.close();
  await t.close();
});
beforeEach(async () => {
  for (const w of workers.splice(0)) await w.stop();
  await db().deleteFrom('jobs').execute();
  await db().updateTable('sources').set({ paused: 1 }).execute();
});

test('the worker turns due sources into fetch jobs and runs them end to end, each source fetched once', async () => {
  publisher.route('/good.xml', serve(rss('good', 3)));
  const add = sourceAdder(db(), publisher, 'Worker');
  const good = await add('/good.xml');
  const missing = await add('/missing.xml');
  const outcomes: JobOutcome[] = [];
  worker({ scheduleEveryMs: 20, onOutcome: (o) => outcomes.push(o) });

  const fetchJobs = await untilSoon('both fetch jobs', () => listJobs(db(), { kind: 'fetch-source' }), (rows) => rows.length === 2 && rows.every((r) => r.state === 'done'));
  assert.deepEqual(fetchJobs.map((r) => r.dedupe_key).sort(), [`fetch-source:${good.id}`, `fetch-source:${missing.id}`].sort());
  const stored = await db().selectFrom('articles').select('title').where('source_id', '=', good.id).orderBy('title').execute();
  assert.deepEqual(stored.map((r) => r.title), ['good story 0', 'good story 1', 'good story 2']);
  assert.equal(publisher.log.filter((r) => r.path === '/good.xml').length, 1, 'fetched once');
  const failing = await findSourceById(db(), missing.id);
  assert.equal(failing?.error_count, 1, 'the feed’s failure is recorded on its source');
  assert.match(failing?.last_error ?? '', /404/);
  assert.ok((await findSourceById(db(), good.id))?.last_success_at);
  assert.ok(outcomes.filter((o) => o.kind === 'fetch-source').every((o) => o.result === 'done'), 'a failing feed is the source’s error, not the job’s');
  // Both sources now wait for their next fetch: the scheduler finds nothing to add.
  assert.equal((await enqueueDueWork(db(), new Date())).fetches, 0);
  await untilSoon('housekeeping', () => listJobs(db(), { kind: 'housekeeping' }), (rows) => rows[0]?.state === 'done');
});

test('a forced fetch job for a source that is not due fetches it; an unforced one does nothing', async () => {
  let hits = 0;
  publisher.route('/forced.xml', (_request, response) => {
    hits++;
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('forced', 1));
  });
  const source = await sourceAdder(db(), publisher, 'Forced')('/forced.xml');
  await db().updateTable('sources').set({ next_fetch_at: new Date(Date.now() + 3_600_000).toISOString() }).where('id', '=', source.id).execute();
  const lazy = await enqueueJob(db(), { kind: 'fetch-source', payload: JSON.stringify({ sourceId: source.id }) }, new Date());
  const forced = await enqueueJob(db(), { kind: 'fetch-source', payload: JSON.stringify({ sourceId: source.id, force: true }) }, new Date());
  worker({ concurrency: 1 });
  await untilSoon('both jobs', async () => Promise.all([findJob(db(), lazy.id!), findJob(db(), forced.id!)]), (rows) => rows.every((r) => r?.state === 'done'));
  assert.equal(hits, 1);
});

test('send-mail jobs deliver the outbox’s due messages', async () => {
  await enqueueMail(db(), { idempotencyKey: 'worker-test:1', to: 'reader@news.test', subject: 'Sent by a job', text: 'Hello from the job table.', html: '<p>Hello</p>' });
  worker({ scheduleEveryMs: 20 });
  await untilSoon('the message', async () => (await db().selectFrom('outbox').select('sent_at').where('idempotency_key', '=', 'worker-test:1').executeTakeFirst())?.sent_at ?? null, (sent) => sent !== null);
  assert.match(readFileSync(mailLog, 'utf8'), /Subject: Sent by a job/);
  // The job completes just after its message is marked sent.
  const jobs = await untilSoon('the job to finish', () => listJobs(db(), { kind: 'send-mail' }), (rows) => rows[0]?.state !== 'running');
  assert.equal(jobs[0]?.state, 'done');
});

test('a job that keeps failing is retried with backoff, then given up with its last error', async () => {
  let calls = 0;
  const flaky = runnable({
    kind: 'flaky',
    parse: (raw) => raw,
    run: async () => {
      calls++;
      throw new Error(`flaky failure ${calls}`);
    },
  });
  const outcomes: JobOutcome[] = [];
  const { id } = await enqueueJob(db(), { kind: 'flaky', payload: '{}', maxAttempts: 3 }, new Date());
  worker({ registry: jobRegistry([flaky]), backoff: { baseMs: 20, capMs: 40 }, onOutcome: (o) => outcomes.push(o) });
  const row = await untilSoon('given up', () => findJob(db(), id!), (r) => r?.state === 'failed');
  assert.equal(row?.attempts, 3);
  assert.equal(row?.last_error, 'flaky failure 3');
  assert.deepEqual(outcomes.map((o) => o.result), ['retrying', 'retrying', 'gave-up']);
  assert.equal(calls, 3);
});

test('a payload that cannot run is given up on its first attempt', async () => {
  const { id } = await enqueueJob(db(), { kind: 'fetch-source', payload: '{"sourceId":"seven"}' }, new Date());
  worker();
  const row = await untilSoon('given up', () => findJob(db(), id!), (r) => r?.state === 'failed');
  assert.equal(row?.attempts, 1);
  assert.match(row?.last_error ?? '', /sourceId must be a positive integer/);
});

/** A kind whose runs wait until the test lets them go, or until the worker aborts them. */
function heldKind() {
  const waiting: Array<() => void> = [];
  const job = runnable({
    kind: 'held',
    parse: (raw) => raw,
    run: (_payload, context) =>
      new Promise<undefined>((resolve, reject) => {
        waiting.push(() => resolve(undefined));
        context.signal.addEventListener('abort', () => reject(context.signal.reason as Error));
      }),
  });
  return { job, releaseAll: () => waiting.splice(0).forEach((go) => go()), count: () => waiting.length };
}

test('stopping gives back the leases of jobs still running, without counting the attempt; another worker finishes them', async () => {
  const held = heldKind();
  const { id } = await enqueueJob(db(), { kind: 'held', payload: '{}' }, new Date());
  const first = worker({ registry: jobRegistry([held.job]), stopGraceMs: 30 });
  const running = await untilSoon('running', () => findJob(db(), id!), (r) => r?.state === 'running');
  assert.equal(running?.lease_owner, first.owner);
  assert.deepEqual(await first.stop(), { released: 1 });
  const released = await findJob(db(), id!);
  assert.deepEqual([released?.state, released?.attempts, released?.lease_owner], ['queued', 0, null]);

  const outcomes: JobOutcome[] = [];
  const second = worker({ registry: jobRegistry([held.job]), onOutcome: (o) => outcomes.push(o) });
  await untilSoon('taken by the second worker', () => findJob(db(), id!), (r) => r?.lease_owner === second.owner);
  held.releaseAll();
  const done = await untilSoon('done', () => findJob(db(), id!), (r) => r?.state === 'done');
  assert.equal(done?.attempts, 1);
  assert.deepEqual(outcomes, [{ id, kind: 'held', result: 'done' }]);
});

test('stopping lets a job that finishes within the grace time complete', async () => {
  const held = heldKind();
  const { id } = await enqueueJob(db(), { kind: 'held', payload: '{}' }, new Date());
  const only = worker({ registry: jobRegistry([held.job]), stopGraceMs: 10_000 });
  await untilSoon('running', () => findJob(db(), id!), (r) => r?.state === 'running');
  const stopping = only.stop();
  held.releaseAll();
  assert.deepEqual(await stopping, { released: 0 });
  assert.equal((await findJob(db(), id!))?.state, 'done');
});

test('a running job’s lease is renewed, so another worker does not take it', async () => {
  const held = heldKind();
  const { id } = await enqueueJob(db(), { kind: 'held', payload: '{}' }, new Date());
  const owner = worker({ registry: jobRegistry([held.job]), leaseMs: 600 });
  const first = await untilSoon('running', () => findJob(db(), id!), (r) => r?.state === 'running');
  const rival: JobOutcome[] = [];
  worker({ registry: jobRegistry([held.job]), leaseMs: 600, onOutcome: (o) => rival.push(o) });
  // Past two full leases: without renewal the rival would have taken the job by then.
  const renewed: JobRow | undefined = await untilSoon('renewed past two leases', () => findJob(db(), id!), (r) => Date.parse(r?.leased_until ?? '') > Date.parse(first!.leased_until!) + 1_200);
  assert.equal(renewed?.lease_owner, owner.owner);
  assert.equal(renewed?.attempts, 1);
  assert.equal(held.count(), 1, 'run by one worker only');
  held.releaseAll();
  await untilSoon('done', () => findJob(db(), id!), (r) => r?.state === 'done');
  assert.deepEqual(rival, []);
});

test('an idle worker looks for expired leases once a lease time (at most every 5 s), not on every poll; an expired one is still taken back', async () => {
  const reclaims: string[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: (args) => {
      const { sql } = db().getExecutor().compileQuery(args.node, args.queryId);
      if (/^update "jobs" set "state" = .* where "state" = (?:\?|\$\d+) and "leased_until" < /.test(sql)) reclaims.push(sql);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  worker({ db: db().withPlugin(recorder), leaseMs: 1_000 });
  await new Promise((resolve) => setTimeout(resolve, 600));
  assert.ok(reclaims.length > 0, 'it looks when it starts');
  assert.ok(reclaims.length <= 2, `one look (two statements) in 600 ms of polling every 10 ms, not ${reclaims.length} statements`);

  const { id } = await enqueueJob(db(), { kind: 'send-mail', payload: '{}' }, new Date());
  const past = new Date(Date.now() - 60_000);
  await db().updateTable('jobs').set({ state: 'running', lease_owner: 'a-worker-that-died', leased_until: past.toISOString(), attempts: 1 }).where('id', '=', id!).execute();
  const finished = await untilSoon('the expired job taken back and run', () => findJob(db(), id!), (r) => r?.state === 'done');
  assert.equal(finished?.attempts, 2);
});
