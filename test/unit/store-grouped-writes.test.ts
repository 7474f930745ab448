import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { openStore, type Store } from '../../src/store/database.js';
import { writeInGroup } from '../../src/store/grouped-writes.js';
import type { Database } from '../../src/store/schema.js';
import { openScratchStore } from '../support/desk.js';
import { testStore } from '../support/postgres.js';

/*
 * Group commit (src/store/grouped-writes.ts) on a real store: writes that arrive together are
 * committed together on SQLite, each in a savepoint of its own; on PostgreSQL each is a
 * transaction. Either way none is answered before it is committed, and a failing write takes
 * nothing of the others with it.
 */

let scratch: Awaited<ReturnType<typeof openScratchStore>>;
/** A second connection to the same database: it sees only what is committed. */
let reader: Store;

before(async () => {
  scratch = await openScratchStore('newsdesk-grouped-');
  await sql`create table probe (label text primary key)`.execute(scratch.store.db);
  reader = openStore(scratch.scratch);
});

after(async () => {
  await reader.close();
  await scratch.close();
});

const committedLabels = async (): Promise<string[]> =>
  (await sql<{ label: string }>`select label from probe order by label`.execute(reader.db)).rows.map((r) => r.label);

function insertProbe(db: Kysely<Database>, label: string) {
  return sql`insert into probe (label) values (${label})`.execute(db);
}

test('every write is committed before it is answered', async () => {
  const labels = Array.from({ length: 20 }, (_, i) => `answered-${String(i).padStart(2, '0')}`);
  const seenAtAnswer = await Promise.all(
    labels.map(async (label) => {
      await writeInGroup(scratch.store.db, (trx) => insertProbe(trx, label));
      return (await committedLabels()).includes(label);
    }),
  );
  assert.deepEqual(seenAtAnswer, labels.map(() => true));
});

test('a failing write is rolled back alone, with its own error; the others are kept', async () => {
  const outcomes = await Promise.allSettled(
    ['kept-1', 'failing', 'kept-2', 'kept-1'].map((label, i) =>
      writeInGroup(scratch.store.db, async (trx) => {
        await insertProbe(trx, `${label}-${i === 3 ? 'again' : 'first'}`);
        if (label === 'failing') throw new Error('refused by the rules');
        return label;
      }),
    ),
  );
  assert.deepEqual(
    outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message)),
    ['kept-1', 'refused by the rules', 'kept-2', 'kept-1'],
  );
  const labels = await committedLabels();
  assert.ok(!labels.includes('failing-first'), 'the failing write left its row');
  for (const label of ['kept-1-first', 'kept-2-first', 'kept-1-again']) assert.ok(labels.includes(label), `${label} is missing`);
});

test('a constraint broken by one write does not undo the writes grouped with it', async () => {
  await writeInGroup(scratch.store.db, (trx) => insertProbe(trx, 'unique-taken'));
  const outcomes = await Promise.allSettled(['unique-a', 'unique-taken', 'unique-b'].map((label) => writeInGroup(scratch.store.db, (trx) => insertProbe(trx, label))));
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
  const labels = await committedLabels();
  assert.ok(labels.includes('unique-a') && labels.includes('unique-b'));
});

test('inside a transaction, a write joins it and is undone with it', async () => {
  await assert.rejects(
    scratch.store.db.transaction().execute(async (trx) => {
      await writeInGroup(trx, (inner) => insertProbe(inner, 'inside-rolled-back'));
      throw new Error('the outer transaction fails');
    }),
    /outer transaction fails/,
  );
  assert.ok(!(await committedLabels()).includes('inside-rolled-back'));
});

test('on SQLite, writes that arrive together share one commit', { skip: testStore !== 'sqlite' && 'PostgreSQL commits each write on its own connection' }, async () => {
  const before = (await committedLabels()).length;
  // Each write looks, from the other connection, at what is committed while it runs: in one group, none of the others is yet.
  const committedDuring = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      writeInGroup(scratch.store.db, async (trx) => {
        await insertProbe(trx, `grouped-${i}`);
        return (await committedLabels()).length - before;
      }),
    ),
  );
  assert.deepEqual(committedDuring, committedDuring.map(() => 0));
  assert.equal((await committedLabels()).length - before, 10);
});
