import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/store/schema.js';
import { readiness } from '../../src/web/health.js';
import { openStore } from '../../src/store/database.js';
import { scratchStore, startTestDesk, type TestDesk } from '../support/desk.js';

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

  test('a readiness check asks the store one question: the names in the migration table, no schema introspection', async () => {
    // A second connection to the same store that counts every statement, introspection included (it bypasses plugins, not the log).
    let statements = 0;
    const log = () => void statements++;
    const url = t.storeEnv.DATABASE_URL;
    const db = url
      ? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }), log })
      : new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(t.dbPath) }), log });
    try {
      assert.deepEqual(await readiness(db), { ready: true });
      assert.equal(statements, 1);
    } finally {
      await db.destroy();
    }
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

test('a store never migrated is not ready and every migration is named', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-readyz-'));
  const scratch = await scratchStore(dir);
  const store = openStore({ sqlitePath: scratch.sqlitePath, databaseUrl: scratch.databaseUrl });
  try {
    const state = await readiness(store.db);
    assert.equal(state.ready, false);
    assert.match(state.ready ? '' : state.reason, /^migrations not applied: 001_initial, 002_ingest, .*007_clean_article_links/);
  } finally {
    await store.close();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
