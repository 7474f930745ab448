import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { preparedQuery } from '../../src/store/prepared.js';
import type { Database } from '../../src/store/schema.js';
import { openScratchStore } from '../support/desk.js';

/* Queries built once per store and shape (src/store/prepared.ts), run on a real store with each call's values. */

let scratch: Awaited<ReturnType<typeof openScratchStore>>;
let builds = 0;

interface Lookup {
  slug: string;
  hidden: number | null;
}

// The tests' own table, so the query can be typed against the desk's schema without touching its data.
type ProbeDb = Kysely<Database & { prepared_probe: { slug: string; hidden: number | null; title: string } }>;

const lookup = preparedQuery(
  (v: Lookup) => (v.hidden === null ? 'any' : 'flag'),
  (db, v, shape) => {
    builds++;
    const probe = db as unknown as ProbeDb;
    const query = probe.selectFrom('prepared_probe').select('title').where('slug', '=', v.slug).orderBy('title');
    return shape === 'any' ? query : query.where('hidden', '=', v.hidden);
  },
);

before(async () => {
  scratch = await openScratchStore('newsdesk-prepared-');
  await sql`create table prepared_probe (slug text not null, hidden integer, title text not null)`.execute(scratch.store.db);
  await sql`insert into prepared_probe (slug, hidden, title) values ('a', 0, 'A shown'), ('a', 1, 'A hidden'), ('b', 0, 'B shown')`.execute(scratch.store.db);
});

after(() => scratch.close());

const titles = async (db: Kysely<Database>, v: Lookup) => (await lookup(db, v)).rows.map((r) => r.title);

test('each call runs with its own values, each shape built once', async () => {
  const db = scratch.store.db;
  assert.deepEqual(await titles(db, { slug: 'a', hidden: 0 }), ['A shown']);
  assert.deepEqual(await titles(db, { slug: 'a', hidden: 1 }), ['A hidden']);
  assert.deepEqual(await titles(db, { slug: 'b', hidden: 0 }), ['B shown']);
  assert.deepEqual(await titles(db, { slug: 'a', hidden: null }), ['A hidden', 'A shown']);
  assert.deepEqual(await titles(db, { slug: 'b', hidden: null }), ['B shown']);
  assert.equal(builds, 2);
});

test('a transaction of the store uses the same prepared query and sees its own writes', async () => {
  const before = builds;
  await scratch.store.db.transaction().execute(async (trx) => {
    await sql`insert into prepared_probe (slug, hidden, title) values ('c', 0, 'C in the transaction')`.execute(trx);
    assert.deepEqual(await titles(trx, { slug: 'c', hidden: 0 }), ['C in the transaction']);
  });
  assert.equal(builds, before);
});

test('a NUL in a value is dropped as every query on PostgreSQL drops it, and kept on SQLite', async () => {
  await sql`insert into prepared_probe (slug, hidden, title) values ('nul', 0, 'Found with a NUL')`.execute(scratch.store.db);
  const found = await titles(scratch.store.db, { slug: 'n\u0000ul', hidden: 0 });
  assert.deepEqual(found, scratch.scratch.databaseUrl ? ['Found with a NUL'] : []);
});
