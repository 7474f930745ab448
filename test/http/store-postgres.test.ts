/** What only PostgreSQL has: its pool, its statement timeout, and text it refuses that SQLite keeps. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openStore, type Store } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { findSourceBySlug, insertSource } from '../../src/store/sources.js';
import { postgresSkip, scratchSchema, type ScratchSchema } from '../support/postgres.js';

describe('PostgreSQL store settings', { skip: postgresSkip }, () => {
  let schema: ScratchSchema;
  before(async () => {
    schema = await scratchSchema();
  });
  after(async () => {
    await schema.drop();
  });

  async function withStore<T>(options: { pgPoolSize?: number; pgStatementTimeoutMs?: number }, work: (store: Store) => Promise<T>): Promise<T> {
    const store = openStore({ sqlitePath: ':memory:', databaseUrl: schema.url, ...options });
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  }

  test('a statement running past NEWSDESK_PG_STATEMENT_TIMEOUT_MS is cancelled with a clear error; a short one runs', async () => {
    await withStore({ pgStatementTimeoutMs: 200 }, async (store) => {
      await assert.rejects(sql`select pg_sleep(5)`.execute(store.db), (error: Error & { code?: string }) => {
        assert.match(error.message, /canceling statement due to statement timeout/);
        assert.equal(error.code, '57014');
        return true;
      });
      const setting = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(store.db);
      assert.equal(setting.rows[0]?.statement_timeout, '200ms');
      // Inside a transaction too: the limit is the connection's, not the pool's first query's.
      await assert.rejects(store.db.transaction().execute((trx) => sql`select pg_sleep(5)`.execute(trx)), /statement timeout/);
      const quick = await sql<{ one: number }>`select 1 as one`.execute(store.db);
      assert.equal(quick.rows[0]?.one, 1);
    });
  });

  test('the default statement timeout is 30 seconds', async () => {
    await withStore({}, async (store) => {
      const setting = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(store.db);
      assert.equal(setting.rows[0]?.statement_timeout, '30s');
    });
  });

  test('NEWSDESK_PG_POOL_SIZE bounds the connections a process opens', async () => {
    await withStore({ pgPoolSize: 2 }, async (store) => {
      const runs = await Promise.all(Array.from({ length: 6 }, () => sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(store.db)));
      assert.equal(new Set(runs.map((r) => r.rows[0]?.pid)).size, 2);
    });
  });

  test('text with a NUL character is stored without it, and looked up alike, instead of failing the statement', async () => {
    await withStore({}, async (store) => {
      await migrateToLatest(store);
      const source = await insertSource(store.db, {
        slug: 'nul\u0000gazette',
        title: 'The\u0000 Gazette',
        site_url: 'https://gazette.example/',
        feed_url: null,
        description: '',
        created_at: new Date().toISOString(),
      });
      assert.equal(source.title, 'The Gazette');
      assert.equal(source.slug, 'nulgazette');
      assert.equal((await findSourceBySlug(store.db, 'nul\u0000gazette'))?.id, source.id);
      const matched = await store.db.selectFrom('sources').select('id').where('title', 'in', ['The\u0000 Gazette', 'other']).execute();
      assert.deepEqual(matched, [{ id: source.id }]);
    });
  });
});
