import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
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
    // Kysely's own table, read and written through the desk's store (SQLite or PostgreSQL).
    const db = t.desk.store.db;
    const last = (await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration order by name desc limit 1`.execute(db)).rows[0]!;
    await sql`delete from kysely_migration where name = ${last.name}`.execute(db);
    try {
      const res = await fetch(`${t.url}/readyz`);
      assert.equal(res.status, 503);
      const body = (await res.json()) as { ready: boolean; reason: string };
      assert.equal(body.ready, false);
      assert.equal(body.reason, `migrations not applied: ${last.name}`);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last.name}, ${last.timestamp})`.execute(db);
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
