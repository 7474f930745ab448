import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { startTestDesk, type TestDesk } from '../support/desk.js';

describe('/healthz and /readyz', () => {
  let t: TestDesk;
  before(async () => {
    t = await startTestDesk();
  });
  after(() => t.close());

  test('/healthz says the process is alive; /readyz that the store answers with every migration applied', async () => {
    const alive = await fetch(`${t.url}/healthz`);
    assert.equal(alive.status, 200);
    assert.deepEqual(await alive.json(), { ok: true });
    const ready = await fetch(`${t.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { ready: true });
  });

  test('a migration missing from the database makes /readyz answer 503 and name it', async () => {
    const file = new Database(t.dbPath);
    const last = file.prepare('select name, timestamp from kysely_migration order by name desc limit 1').get() as { name: string; timestamp: string };
    file.prepare('delete from kysely_migration where name = ?').run(last.name);
    try {
      const res = await fetch(`${t.url}/readyz`);
      assert.equal(res.status, 503);
      const body = (await res.json()) as { ready: boolean; reason: string };
      assert.equal(body.ready, false);
      assert.equal(body.reason, `migrations not applied: ${last.name}`);
    } finally {
      file.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(last.name, last.timestamp);
      file.close();
    }
    assert.equal((await fetch(`${t.url}/readyz`)).status, 200, 'ready again once it is recorded');
  });
});

test('a store that does not answer makes /readyz answer 503 while /healthz stays 200', async () => {
  const t = await startTestDesk();
  try {
    await t.desk.store.close();
    const ready = await fetch(`${t.url}/readyz`);
    assert.equal(ready.status, 503);
    const body = (await ready.json()) as { ready: boolean; reason: string };
    assert.equal(body.ready, false);
    assert.match(body.reason, /^the store does not answer: /);
    assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
  } finally {
    await t.close();
  }
});
