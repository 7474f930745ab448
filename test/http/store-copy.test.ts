import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { main } from '../../src/cli.js';
import { loadConfig, type Config } from '../../src/config.js';
import { seedDemoDesk } from '../../src/demo/seed.js';
import { openDesk, type Desk } from '../../src/desk.js';
import { copiedTables } from '../../src/store/copy-store.js';
import { openStore } from '../../src/store/database.js';
import { makeApprovedComment } from '../support/desk.js';
import { postgresSkip, scratchSchema } from '../support/postgres.js';

/* Backing up a running SQLite desk, and moving a desk onto PostgreSQL, through the CLI's own functions. */

async function quietly(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const log = console.log;
  const error = console.error;
  let out = '';
  let err = '';
  console.log = (...parts: unknown[]) => void (out += `${parts.join(' ')}\n`);
  console.error = (...parts: unknown[]) => void (err += `${parts.join(' ')}\n`);
  try {
    return { code: await run(), out, err };
  } finally {
    console.log = log;
    console.error = error;
  }
}

describe('a SQLite desk, backed up and moved', () => {
  let dir: string;
  let config: Config;
  let desk: Desk;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-store-copy-'));
    config = { ...loadConfig({}), sqlitePath: join(dir, 'desk.db'), databaseUrl: undefined, mailLogPath: join(dir, 'mail.log') };
    desk = await openDesk(config);
    await seedDemoDesk(desk.store.db, desk.context.secret);
  });
  after(async () => {
    await desk.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('backup writes a consistent copy while the desk keeps writing', async () => {
    const article = await desk.store.db.selectFrom('articles').select('id').executeTakeFirstOrThrow();
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) await makeApprovedComment(desk, article, `Writer ${i}`, `Comment number ${i} written during the backup.`);
    })();
    const file = join(dir, 'backup.db');
    const { code, out } = await quietly(() => main(['backup', file], config));
    writing = false;
    await writer;
    assert.equal(code, 0);
    assert.match(out, /Backed up the desk to/);
    const copy = new Database(file, { readonly: true });
    try {
      assert.equal((copy.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
      const articles = (copy.prepare('select count(*) as n from articles').get() as { n: number }).n;
      assert.equal(articles, Number((await desk.store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n));
    } finally {
      copy.close();
    }
    const again = await quietly(() => main(['backup', file], config));
    assert.equal(again.code, 2, 'an existing file is never overwritten');
  });

  test('migrate-store copies every table into PostgreSQL, verifies the counts, and may run again', { skip: postgresSkip }, async () => {
    const schema = await scratchSchema();
    try {
      const first = await quietly(() => main(['migrate-store', '--to', schema.url], config));
      assert.equal(first.code, 0, first.err);
      assert.match(first.out, /Copied the desk into/);
      const target = openStore({ sqlitePath: ':memory:', databaseUrl: schema.url });
      try {
        for (const table of copiedTables) {
          const [source, copied] = await Promise.all([desk.store.db, target.db].map(async (db) => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));
          assert.equal(copied, source, `${table}: ${copied} of ${source} rows`);
        }
        const second = await quietly(() => main(['migrate-store', '--to', schema.url], config));
        assert.equal(second.code, 0, `a second run completes nothing twice: ${second.err}`);
        // The copy is a working desk: a new comment gets an id after the copied ones.
        const moved = await openDesk({ ...config, databaseUrl: schema.url });
        try {
          assert.equal(moved.context.secret, desk.context.secret, 'the desk keeps its secret, so signed links and cookies still hold');
          const article = await moved.store.db.selectFrom('articles').select('id').executeTakeFirstOrThrow();
          const highest = await desk.store.db.selectFrom('comments').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
          const added = await makeApprovedComment(moved, article, 'After the move', 'Written on PostgreSQL.');
          assert.ok(added.id > Number(highest.id), `new id ${added.id} follows the copied ${highest.id}`);
        } finally {
          await moved.store.close();
        }
      } finally {
        await target.close();
      }
    } finally {
      await schema.drop();
    }
  });

  test('migrate-store refuses a database that holds another desk', { skip: postgresSkip }, async () => {
    const schema = await scratchSchema();
    try {
      const other = await openDesk({ ...config, databaseUrl: schema.url, secret: undefined });
      await other.store.close();
      const refused = await quietly(() => main(['migrate-store', '--to', schema.url], config));
      assert.equal(refused.code, 1);
      assert.match(refused.err, /already holds .* rows of another desk/);
    } finally {
      await schema.drop();
    }
  });
});
