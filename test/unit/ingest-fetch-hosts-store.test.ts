import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { openStore, type Store } from '../../src/store/database.js';
import {
  clearExpiredHostPauses,
  clearIdleHostLeases,
  hostLeaseHolder,
  hostPausedUntil,
  pauseHost,
  releaseHostLease,
  renewHostLease,
  takeHostLease,
  waitForHostLease,
} from '../../src/store/fetch-hosts.js';
import { openScratchStore, type ScratchStore } from '../support/desk.js';

let scratch: ScratchStore;
let store: Store;
let closeStore: () => Promise<void>;

before(async () => {
  ({ store, scratch, close: closeStore } = await openScratchStore('newsdesk-fetch-hosts-'));
});
after(() => closeStore());
beforeEach(async () => {
  await store.db.deleteFrom('fetch_hosts').execute();
  await store.db.deleteFrom('host_leases').execute();
});

const t0 = new Date('2026-03-01T12:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function rows() {
  return store.db.selectFrom('fetch_hosts').selectAll().orderBy('host').execute();
}

test('a paused host reports its end time until then, and null from then on', async () => {
  await pauseHost(store.db, 'news.example', at(30), '429 from the server');
  assert.equal((await hostPausedUntil(store.db, 'news.example', t0))?.toISOString(), '2026-03-01T12:30:00.000Z');
  assert.equal((await hostPausedUntil(store.db, 'news.example', at(29)))?.toISOString(), '2026-03-01T12:30:00.000Z');
  assert.equal(await hostPausedUntil(store.db, 'news.example', at(30)), null);
  assert.equal(await hostPausedUntil(store.db, 'news.example', at(31)), null);
  assert.equal(await hostPausedUntil(store.db, 'other.example', t0), null);
  assert.deepEqual(await rows(), [{ host: 'news.example', paused_until: '2026-03-01T12:30:00.000Z', reason: '429 from the server' }]);
});

test('pausing again keeps the later time and its reason', async () => {
  await pauseHost(store.db, 'news.example', at(60), 'first: 503');
  await pauseHost(store.db, 'news.example', at(10), 'second: 429');
  assert.deepEqual(await rows(), [{ host: 'news.example', paused_until: '2026-03-01T13:00:00.000Z', reason: 'first: 503' }]);
  await pauseHost(store.db, 'news.example', at(120), 'third: 429');
  assert.deepEqual(await rows(), [{ host: 'news.example', paused_until: '2026-03-01T14:00:00.000Z', reason: 'third: 429' }]);
});

test('hosts are one row each, compared case-insensitively; a port is part of the host', async () => {
  await pauseHost(store.db, 'News.Example', at(5), 'a');
  await pauseHost(store.db, 'news.example', at(15), 'b');
  await pauseHost(store.db, 'news.example:8080', at(25), 'c');
  assert.deepEqual(
    (await rows()).map((r) => [r.host, r.paused_until, r.reason]),
    [
      ['news.example', '2026-03-01T12:15:00.000Z', 'b'],
      ['news.example:8080', '2026-03-01T12:25:00.000Z', 'c'],
    ],
  );
  assert.equal((await hostPausedUntil(store.db, 'NEWS.EXAMPLE', t0))?.toISOString(), '2026-03-01T12:15:00.000Z');
});

test('clearing expired pauses removes only those that have ended', async () => {
  await pauseHost(store.db, 'a.example', at(-10), 'old');
  await pauseHost(store.db, 'b.example', at(0), 'ends now');
  await pauseHost(store.db, 'c.example', at(10), 'current');
  assert.equal(await clearExpiredHostPauses(store.db, t0), 2);
  assert.deepEqual((await rows()).map((r) => r.host), ['c.example']);
  assert.equal(await clearExpiredHostPauses(store.db, t0), 0);
  assert.equal(await clearExpiredHostPauses(store.db, at(10)), 1);
  assert.deepEqual(await rows(), []);
});

test('a pause is kept across reopening the database', async () => {
  await pauseHost(store.db, 'news.example', at(45), 'kept');
  const again = openStore(scratch);
  try {
    assert.equal((await hostPausedUntil(again.db, 'news.example', t0))?.toISOString(), '2026-03-01T12:45:00.000Z');
  } finally {
    await again.close();
  }
});

const lease = (owner: string, minutes: number, host = 'news.example', leaseMs = 60_000) => ({ host, owner, now: at(minutes), leaseMs });

test('a host lease is taken by one owner at a time until it is released', async () => {
  assert.equal(await takeHostLease(store.db, lease('worker-a', 0)), true);
  assert.equal(await takeHostLease(store.db, lease('worker-b', 0)), false);
  assert.equal(await takeHostLease(store.db, lease('worker-a', 0)), false, 'not re-entrant: the holder cannot take it twice');
  assert.deepEqual(await hostLeaseHolder(store.db, 'NEWS.example', at(0)), { owner: 'worker-a', until: at(1) });
  assert.equal(await takeHostLease(store.db, lease('worker-b', 0, 'other.example')), true, 'another host is its own lease');

  await releaseHostLease(store.db, { host: 'news.example', owner: 'worker-b', now: at(0) });
  assert.equal((await hostLeaseHolder(store.db, 'news.example', at(0)))?.owner, 'worker-a', 'only the holder releases');
  await releaseHostLease(store.db, { host: 'news.example', owner: 'worker-a', now: at(0) });
  assert.equal(await hostLeaseHolder(store.db, 'news.example', at(0)), null);
  assert.equal(await takeHostLease(store.db, lease('worker-b', 0)), true);
});

test('a lease nobody renews runs out (its worker died); a renewed one holds', async () => {
  assert.equal(await takeHostLease(store.db, lease('dead-worker', 0)), true);
  assert.equal(await takeHostLease(store.db, lease('worker-b', 0.5)), false);
  assert.equal(await takeHostLease(store.db, lease('worker-b', 1)), true, 'free once leased_until is reached');
  assert.equal(await renewHostLease(store.db, lease('dead-worker', 1)), false, 'the old holder learns it lost the host');

  assert.equal(await renewHostLease(store.db, lease('worker-b', 1.5)), true);
  assert.equal(await takeHostLease(store.db, lease('worker-c', 2)), false, 'renewed until 2.5');
  assert.equal(await takeHostLease(store.db, lease('worker-c', 2.5)), true);
});

test('a worker that found the host busy goes next: the holder cannot take it straight back', async () => {
  assert.equal(await takeHostLease(store.db, lease('worker-a', 0)), true);
  assert.equal(await takeHostLease(store.db, lease('worker-b', 0)), false);
  assert.equal(await waitForHostLease(store.db, { ...lease('worker-b', 0), leaseMs: 2_000 }), true);
  assert.equal(await waitForHostLease(store.db, { ...lease('worker-c', 0), leaseMs: 2_000 }), false, 'one waiter at a time');
  await releaseHostLease(store.db, { host: 'news.example', owner: 'worker-a', now: at(0) });
  assert.equal(await takeHostLease(store.db, lease('worker-a', 0)), false, 'worker-b is next in line');
  assert.equal(await takeHostLease(store.db, lease('worker-c', 0)), false);
  assert.equal(await takeHostLease(store.db, lease('worker-b', 0)), true);
  await releaseHostLease(store.db, { host: 'news.example', owner: 'worker-b', now: at(0) });
  assert.equal(await takeHostLease(store.db, lease('worker-a', 0)), true, 'taking it cleared the mark');

  await releaseHostLease(store.db, { host: 'news.example', owner: 'worker-a', now: at(0) });
  assert.equal(await waitForHostLease(store.db, { ...lease('worker-c', 0), leaseMs: 2_000 }), true);
  assert.equal(await takeHostLease(store.db, { ...lease('worker-a', 0), now: new Date(at(0).getTime() + 2_000) }), true, 'a waiter that went away loses its place');
});

test('hosts idle for long are forgotten; held or awaited ones are kept', async () => {
  await takeHostLease(store.db, lease('a', 0, 'idle.example'));
  await releaseHostLease(store.db, { host: 'idle.example', owner: 'a', now: at(0) });
  await takeHostLease(store.db, lease('a', 0, 'held.example', 3_600_000));
  await takeHostLease(store.db, lease('a', 0, 'awaited.example'));
  await releaseHostLease(store.db, { host: 'awaited.example', owner: 'a', now: at(0) });
  await waitForHostLease(store.db, lease('b', 0, 'awaited.example', 3_600_000));
  assert.equal(await clearIdleHostLeases(store.db, at(30)), 1);
  const left = await store.db.selectFrom('host_leases').select('host').orderBy('host').execute();
  assert.deepEqual(left.map((r) => r.host), ['awaited.example', 'held.example']);
});

test('of many workers taking a new host at once, exactly one gets it', async () => {
  const owners = Array.from({ length: 16 }, (_, i) => `worker-${i}`);
  const taken = await Promise.all(owners.map((owner) => takeHostLease(store.db, lease(owner, 0, 'race.example'))));
  assert.equal(taken.filter(Boolean).length, 1);
  assert.equal((await hostLeaseHolder(store.db, 'race.example', at(0)))?.owner, owners[taken.indexOf(true)]);
});
