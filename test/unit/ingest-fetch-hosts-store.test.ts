import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { openStore, type Store } from '../../src/store/database.js';
import { clearExpiredHostPauses, hostPausedUntil, pauseHost } from '../../src/store/fetch-hosts.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';

let dir: string;
let scratch: ScratchStore;
let store: Store;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-fetch-hosts-'));
  scratch = await scratchStore(dir);
  store = openStore(scratch);
  await migrateToLatest(store);
});
after(async () => {
  await store.close();
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await store.db.deleteFrom('fetch_hosts').execute();
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
