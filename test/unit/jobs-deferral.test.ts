import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JobDeferral, jobRegistry, runnable, type JobServices } from '../../src/jobs/registry.js';
import { startJobWorker, type JobOutcome } from '../../src/jobs/worker.js';
import type { Store } from '../../src/store/database.js';
import { enqueueJob, findJob } from '../../src/store/jobs.js';
import { openScratchStore } from '../support/desk.js';

let store: Store;
let closeStore: () => Promise<void>;

before(async () => {
  ({ store, close: closeStore } = await openScratchStore('newsdesk-deferral-'));
});
after(() => closeStore());

test('a job that defers goes back to the queue without using an attempt, and runs when it no longer defers', async () => {
  let calls = 0;
  const registry = jobRegistry([
    runnable<unknown>({
      kind: 'picky',
      parse: (raw) => raw,
      async run() {
        calls++;
        if (calls <= 3) throw new JobDeferral('not yet');
        return undefined;
      },
    }),
  ]);
  const { id } = await enqueueJob(store.db, { kind: 'picky', payload: '{}', maxAttempts: 2 }, new Date());
  const outcomes: JobOutcome[] = [];
  const worker = startJobWorker({ db: store.db, registry, services: {} as JobServices, pollMs: 5, scheduleEveryMs: null, onOutcome: (o) => outcomes.push(o) });
  try {
    const deadline = Date.now() + 10_000;
    while (!outcomes.some((o) => o.result === 'done')) {
      assert.ok(Date.now() < deadline, `timed out: ${JSON.stringify(outcomes)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    await worker.stop();
  }
  assert.deepEqual(
    outcomes.map((o) => o.result),
    ['deferred', 'deferred', 'deferred', 'done'],
  );
  const job = await findJob(store.db, id!);
  assert.equal(job?.state, 'done', 'three deferrals did not use up its two attempts');
  assert.equal(job?.attempts, 1);
  assert.equal(job?.last_error, null);
});
