import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { sqliteOnly } from '../support/postgres.js';

/*
 * The web process and its worker (or several workers) write one SQLite file. A transaction that
 * reads and then writes while another process holds the write lock must wait its turn, not fail
 * with "database is locked" as a deferred transaction does when its snapshot went stale.
 */

const holdTheLock = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.exec('begin immediate');
db.prepare("insert into settings (key, value) values ('other-process', '1')").run();
console.log('locked');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 800);
db.exec('commit');
db.close();
`;

test('a read-then-write transaction waits for another process’s write lock instead of failing', { skip: sqliteOnly('two processes on one SQLite file') }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-locking-'));
  const path = join(dir, 'desk.db');
  const store = openStore({ sqlitePath: path });
  try {
    await migrateToLatest(store);
    const child = spawn(process.execPath, ['-e', holdTheLock, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
    await store.db.transaction().execute(async (trx) => {
      await trx.selectFrom('settings').select('key').execute();
      await trx.insertInto('settings').values({ key: 'this-process', value: '1' }).execute();
    });
    assert.equal(await exited, 0);
    const keys = (await store.db.selectFrom('settings').select('key').where('key', 'in', ['other-process', 'this-process']).execute()).map((r) => r.key).sort();
    assert.deepEqual(keys, ['other-process', 'this-process'], 'both writes are kept');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
