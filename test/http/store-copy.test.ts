import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { SelectQueryNode, type KyselyPlugin } from 'kysely';
import { main } from '../../src/cli.js';
import { loadConfig, type Config } from '../../src/config.js';
import { seedDemoDesk } from '../../src/demo/seed.js';
import { openDesk, type Desk } from '../../src/desk.js';
import { copiedTables, copyStore } from '../../src/store/copy-store.js';
import { openStore } from '../../src/store/database.js';
import { addFeedSource } from '../../src/store/ingest.js';
import { migrateToLatest } from '../../src/store/migrate.js';
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
      for (let i = 0; writing; i++) {
        await makeApprovedComment(desk, article, `Writer ${i}`, `Comment number ${i} written during the backup.`);
        // Writes arrive turn by turn, as requests do: a loop of promises alone would starve the backup's own I/O.
        await new Promise((resolve) => setImmediate(resolve));
      }
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

describe('copyStore', () => {
  test('copies tables of several batches, one-column and two-column keys, each batch a seek past the last key (no OFFSET)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-store-copy-batches-'));
    const source = openStore({ sqlitePath: join(dir, 'source.db') });
    const target = openStore({ sqlitePath: join(dir, 'target.db') });
    try {
      await migrateToLatest(source);
      await migrateToLatest(target);
      const now = new Date('2026-03-01T10:00:00Z');
      const sources = [];
      for (const n of [1, 2, 3]) sources.push(await addFeedSource(source.db, { feedUrl: `https://feeds.example/${n}.xml`, title: `Feed ${n}`, siteUrl: 'https://feeds.example/' }, now));
      // 1,200 tombstones over three sources: batches of 500 end inside a source's run of hashes.
      const tombstones = sources.flatMap((s) => Array.from({ length: 400 }, (_, i) => ({ source_id: s.id, guid_hash: `hash-${String(i).padStart(4, '0')}`, deleted_at: now.toISOString() })));
      for (let i = 0; i < tombstones.length; i += 200) await source.db.insertInto('article_tombstones').values(tombstones.slice(i, i + 200)).execute();
      const jobs = Array.from({ length: 1_001 }, (_, i) => ({ kind: 'housekeeping', payload: '{}', dedupe_key: `copy-test:${i}`, state: 'done' as const, run_at: now.toISOString(), created_at: now.toISOString() }));
      for (let i = 0; i < jobs.length; i += 200) await source.db.insertInto('jobs').values(jobs.slice(i, i + 200)).execute();

      const selects: SelectQueryNode[] = [];
      const recorder: KyselyPlugin = {
        transformQuery: (args) => {
          if (SelectQueryNode.is(args.node)) selects.push(args.node);
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      const outcome = await copyStore({ ...source, db: source.db.withPlugin(recorder) }, target);
      assert.equal(outcome.kind, 'copied', JSON.stringify(outcome));
      const copied = async (table: 'article_tombstones' | 'jobs') => (await target.db.selectFrom(table).selectAll().execute()).length;
      assert.equal(await copied('article_tombstones'), 1_200);
      assert.equal(await copied('jobs'), 1_001);
      assert.equal(selects.filter((node) => node.offset !== undefined).length, 0, 'no batch is read with OFFSET (which rereads every row before it)');
    } finally {
      await source.close();
      await target.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
