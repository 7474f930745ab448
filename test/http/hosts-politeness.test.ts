import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { createIngestDeps } from '../../src/ingest/deps.js';
import { SharedHostGate } from '../../src/ingest/fetch/host-gate.js';
import { fetchSourceById } from '../../src/ingest/run.js';
import { makeFetchSourceJob } from '../../src/jobs/kinds/fetch-source.js';
import { jobRegistry } from '../../src/jobs/registry.js';
import { startJobWorker, type JobOutcome } from '../../src/jobs/worker.js';
import { logFileTransport } from '../../src/mail/sender.js';
import { openStore, type Store } from '../../src/store/database.js';
import { takeHostLease, releaseHostLease } from '../../src/store/fetch-hosts.js';
import { addFeedSource } from '../../src/store/ingest.js';
import { enqueueDueSourceFetches, listJobs } from '../../src/store/jobs.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { Source } from '../../src/store/schema.js';
import { loadSettings } from '../../src/store/settings.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';
import { until } from '../support/processes.js';

/*
 * Two workers (two connections to one store, each with its own deps and host gate, as two
 * `newsdesk worker` processes have) fetching from two local publishers on distinct hosts,
 * 127.0.0.1 and 127.0.0.2: the publishers never see two requests at once from one host's point
 * of view, while the two hosts are fetched in parallel. SQLite by default; PostgreSQL when
 * NEWSDESK_TEST_STORE=postgres (CI).
 */

/** What the publishers saw: requests in flight and the most at once, per Host header. */
class Recorder {
  readonly inFlight = new Map<string, number>();
  readonly most = new Map<string, number>();
  readonly requests = new Map<string, number>();
  /** Set once a request was in flight on each host at the same moment. */
  overlapSeen = false;
  private overlapWaiters: (() => void)[] = [];

  enter(host: string): void {
    const now = (this.inFlight.get(host) ?? 0) + 1;
    this.inFlight.set(host, now);
    this.most.set(host, Math.max(this.most.get(host) ?? 0, now));
    this.requests.set(host, (this.requests.get(host) ?? 0) + 1);
    if ([...this.inFlight.values()].filter((n) => n > 0).length >= 2) {
      this.overlapSeen = true;
      for (const wake of this.overlapWaiters.splice(0)) wake();
    }
  }

  leave(host: string): void {
    this.inFlight.set(host, (this.inFlight.get(host) ?? 1) - 1);
  }

  /** Resolves once both hosts had a request in flight together, or after `ms`. */
  overlap(ms: number): Promise<void> {
    if (this.overlapSeen) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.overlapWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  reset(): void {
    this.inFlight.clear();
    this.most.clear();
    this.requests.clear();
    this.overlapSeen = false;
  }
}

const recorder = new Recorder();

function feed(path: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${path}</title><link>http://example.test/</link><description>d</description><item><guid isPermaLink="false">${path}</guid><title>Story from ${path}</title><link>http://example.test${path}/story</link><description>&lt;p&gt;A story.&lt;/p&gt;</description></item></channel></rss>`;
}

/** A publisher on one loopback address; every request takes a little while, so overlaps would show. */
async function publisherOn(address: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const host = request.headers.host ?? '?';
    recorder.enter(host);
    // The first requests wait until the other host is being fetched too (or 5 s): proof of parallel hosts.
    const hold = recorder.overlapSeen ? new Promise((resolve) => setTimeout(resolve, 25)) : recorder.overlap(5_000);
    void hold.then(() => {
      recorder.leave(host);
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(request.url ?? '/'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  return { server, base: `http://${address}:${(server.address() as AddressInfo).port}` };
}

let dir: string;
let scratch: ScratchStore;
let storeA: Store;
let storeB: Store;
let publishers: { server: Server; base: string }[];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-hosts-'));
  scratch = await scratchStore(dir);
  storeA = openStore(scratch);
  await migrateToLatest(storeA);
  storeB = openStore(scratch);
  publishers = [await publisherOn('127.0.0.1'), await publisherOn('127.0.0.2')];
});
after(async () => {
  await storeA.close();
  await storeB.close();
  for (const { server } of publishers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  recorder.reset();
  await storeA.db.deleteFrom('jobs').execute();
  await storeA.db.deleteFrom('articles').execute();
  await storeA.db.deleteFrom('sources').execute();
  await storeA.db.deleteFrom('host_leases').execute();
});

let sourceCounter = 0;
/** `perHost` sources on each publisher, each with a feed of one item. */
async function addSources(perHost: number): Promise<Source[]> {
  const sources: Source[] = [];
  for (const { base } of publishers) {
    for (let i = 0; i < perHost; i++) {
      sourceCounter++;
      sources.push(await addFeedSource(storeA.db, { feedUrl: `${base}/feed-${sourceCounter}`, title: `Feed ${sourceCounter}`, siteUrl: `${base}/`, fullText: 'off', excerptWords: 50 }, new Date()));
    }
  }
  return sources;
}

const hostsOf = () => publishers.map(({ base }) => new URL(base).host);

async function depsFor(store: Store, gate?: SharedHostGate) {
  return createIngestDeps(store.db, await loadSettings(store.db), { fetchOptions: { allowPrivateAddresses: true, totalTimeoutMs: 10_000 }, ...(gate ? { throttle: gate.run } : {}) }, { allowPrivateFeeds: true, publicUrl: 'http://127.0.0.1:3000' });
}

test('two workers fetching at once: never two requests at a time to one host, the two hosts in parallel', async () => {
  const sources = await addSources(6);
  const [depsA, depsB] = [await depsFor(storeA), await depsFor(storeB)];
  // Each worker takes every other source of both hosts, all at once.
  const reports = await Promise.all(sources.map((source, i) => fetchSourceById(i % 2 === 0 ? depsA : depsB, source.id)));
  assert.deepEqual(
    reports.map((r) => r?.status),
    sources.map(() => 'fetched'),
  );
  for (const host of hostsOf()) {
    assert.equal(recorder.requests.get(host), 6, `${host} served every feed`);
    assert.equal(recorder.most.get(host), 1, `${host} never saw two requests at once`);
  }
  assert.equal(recorder.overlapSeen, true, 'the two hosts were fetched in parallel');
  const articles = await storeA.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(articles.n), 12);
  assert.deepEqual(await storeA.db.selectFrom('host_leases').select('host').where('lease_owner', 'is not', null).execute(), [], 'every lease was given back');
});

test('two job workers as `newsdesk worker` runs them: the same, and a job whose host stays busy goes back to the queue', async () => {
  const sources = await addSources(5);
  const gates = [new SharedHostGate(storeA.db, { owner: 'worker-a' }), new SharedHostGate(storeB.db, { owner: 'worker-b' })];
  const outcomes: JobOutcome[] = [];
  const mail = logFileTransport(join(dir, 'mail.log'), 'Desk <desk@news.test>');
  const registry = jobRegistry([makeFetchSourceJob({ hostWaitMs: 50 })]);

  // A third party holds the first host, so its jobs find it busy and are put back.
  const [busyHost] = hostsOf();
  assert.ok(await takeHostLease(storeA.db, { host: busyHost!, owner: 'someone-else', now: new Date(), leaseMs: 60_000 }));
  assert.equal(await enqueueDueSourceFetches(storeA.db, new Date()), sources.length);
  const workers = [storeA, storeB].map((store, i) =>
    startJobWorker({
      db: store.db,
      registry,
      services: { ingestDeps: () => depsFor(store, gates[i]), mailTransport: mail, hostGate: gates[i] },
      owner: `worker-${i}`,
      concurrency: 4,
      pollMs: 10,
      scheduleEveryMs: null,
      onOutcome: (outcome) => outcomes.push(outcome),
    }),
  );
  try {
    await until('the deferred jobs', () => outcomes.filter((o) => o.result === 'deferred').length, (n) => n >= 5, { everyMs: 10 });
    const queued = await listJobs(storeA.db, { state: 'queued' });
    assert.ok(queued.length > 0, 'the busy host’s jobs are queued again');
    assert.ok(queued.every((job) => job.attempts === 0), 'a put-back does not count as an attempt');
    assert.equal(recorder.requests.get(busyHost!) ?? 0, 0, 'nothing was fetched from the busy host');

    await releaseHostLease(storeA.db, { host: busyHost!, owner: 'someone-else', now: new Date() });
    await until('every job done', async () => (await listJobs(storeA.db, { state: 'done' })).length, (n) => n === sources.length, { everyMs: 10 });
  } finally {
    for (const worker of workers) await worker.stop();
  }
  for (const host of hostsOf()) {
    assert.equal(recorder.requests.get(host), 5, `${host} served every feed once`);
    assert.equal(recorder.most.get(host), 1, `${host} never saw two requests at once`);
  }
  assert.deepEqual(
    [...new Set(outcomes.map((o) => o.result))].sort(),
    ['deferred', 'done'],
  );
});

test('a source whose host other fetches keep busy past the wait is tried again a minute later, and no error is counted', async () => {
  const [source] = await addSources(1);
  const [host] = hostsOf();
  assert.ok(await takeHostLease(storeA.db, { host: host!, owner: 'someone-else', now: new Date(), leaseMs: 60_000 }));
  const impatient = new SharedHostGate(storeB.db, { owner: 'worker-b', maxWaitMs: 100 });
  const before = Date.now();
  const report = await fetchSourceById(await depsFor(storeB, impatient), source!.id, { force: true });
  assert.equal(report?.status, 'host-busy');
  assert.equal(report?.error, null);
  const row = await storeA.db.selectFrom('sources').select(['error_count', 'last_error', 'next_fetch_at', 'lease_until']).where('id', '=', source!.id).executeTakeFirstOrThrow();
  assert.deepEqual([row.error_count, row.last_error, row.lease_until], [0, null, null]);
  const retryIn = Date.parse(row.next_fetch_at!) - before;
  assert.ok(retryIn >= 55_000 && retryIn <= 65_000 + (Date.now() - before), `next try in about a minute (${retryIn} ms)`);
  assert.equal(recorder.requests.get(host!) ?? 0, 0, 'nothing was fetched');
});
