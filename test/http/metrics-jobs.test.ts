import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { claimJobs, completeJob, enqueueJob, failJob } from '../../src/store/jobs.js';
import { metricsServerOf } from '../../src/web/metrics.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';

/*
 * Job metrics come from the jobs table at scrape time, so a web node that runs no jobs reports
 * what every worker queued, ran and finished. Here the jobs are written straight to the store,
 * as other processes would, and the web node's /metrics reads them.
 */

let t: TestDesk;
before(async () => {
  t = await startTestDesk({ config: { metricsPort: 0 } });
});
after(() => t.close());

function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(): Promise<string> {
  const { port } = metricsServerOf(t.app)!.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  assert.equal(res.status, 200);
  return res.text();
}

const secondsAgo = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

/** Enqueues a job of `kind` at `at` and claims it then, as a worker would; returns its id. */
async function claimed(kind: string, at: Date, maxAttempts?: number): Promise<number> {
  const db = t.desk.store.db;
  const { id } = await enqueueJob(db, { kind, payload: '{}', runAt: at, ...(maxAttempts ? { maxAttempts } : {}) }, at);
  const [job] = await claimJobs(db, { owner: 'some-worker', now: at, leaseMs: 365 * 86_400_000, limit: 1, kinds: [kind] });
  assert.equal(job?.id, id);
  return id!;
}

test('queue depth by kind and state, the oldest due job’s age, and jobs finished in the last hour by outcome', async () => {
  const db = t.desk.store.db;
  const now = new Date();

  // fetch-source: one running, one due for 90 s, one not due for ten minutes.
  await claimed('fetch-source', secondsAgo(now, 300));
  await enqueueJob(db, { kind: 'fetch-source', payload: '{"sourceId":2}', runAt: secondsAgo(now, 90) }, secondsAgo(now, 90));
  await enqueueJob(db, { kind: 'fetch-source', payload: '{"sourceId":3}', runAt: secondsAgo(now, -600) }, now);
  // send-mail: done 10 minutes ago (counted) and two hours ago (not).
  for (const [startedAgo, finishedAgo] of [[1200, 600], [3 * 3600, 2 * 3600]] as const) {
    const id = await claimed('send-mail', secondsAgo(now, startedAgo));
    assert.equal(await completeJob(db, { id, owner: 'some-worker', now: secondsAgo(now, finishedAgo) }), true);
  }
  // housekeeping: given up five minutes ago; a retried failure is not finished.
  const given = await claimed('housekeeping', secondsAgo(now, 360), 1);
  assert.equal(await failJob(db, { id: given, owner: 'some-worker', now: secondsAgo(now, 300), error: 'disk full', retryAt: now }), 'gave-up');
  const retried = await claimed('housekeeping', secondsAgo(now, 200), 5);
  assert.equal(await failJob(db, { id: retried, owner: 'some-worker', now: secondsAgo(now, 100), error: 'later', retryAt: secondsAgo(now, -3600) }), 'retrying');
  // A kind this build does not know still shows.
  await enqueueJob(db, { kind: 'reindex', payload: '{}', runAt: secondsAgo(now, 30) }, secondsAgo(now, 30));

  const text = await scrape();
  const depth = (kind: string, state: string) => sample(text, `newsdesk_jobs_queue_depth{kind="${kind}",state="${state}"}`);
  const age = (kind: string) => sample(text, `newsdesk_jobs_oldest_due_age_seconds{kind="${kind}"}`);
  const finished = (kind: string, outcome: string) => sample(text, `newsdesk_jobs_finished_last_hour{kind="${kind}",outcome="${outcome}"}`);

  assert.equal(depth('fetch-source', 'queued'), 2);
  assert.equal(depth('fetch-source', 'running'), 1);
  const fetchAge = age('fetch-source')!;
  assert.ok(fetchAge >= 90 && fetchAge < 150, `the due job has waited 90 s, not the running or the future one: ${fetchAge}`);
  assert.equal(finished('send-mail', 'done'), 1);
  assert.equal(finished('send-mail', 'failed'), 0);
  assert.equal(depth('send-mail', 'queued'), 0);
  assert.equal(age('send-mail'), 0);
  assert.equal(finished('housekeeping', 'failed'), 1);
  assert.equal(finished('housekeeping', 'done'), 0);
  assert.equal(depth('housekeeping', 'queued'), 1, 'the retried one waits for its next try');
  assert.equal(age('housekeeping'), 0, 'its next try is not due yet');
  assert.equal(depth('spam-model-refresh', 'queued'), 0, 'every known kind reports, zero included');
  assert.equal(finished('spam-model-refresh', 'done'), 0);
  assert.equal(depth('reindex', 'queued'), 1);
  assert.ok(age('reindex')! >= 30);

  // Once the work is gone, the gauges read zero rather than keep their last values.
  await db.deleteFrom('jobs').execute();
  const after = await scrape();
  assert.equal(sample(after, 'newsdesk_jobs_queue_depth{kind="fetch-source",state="queued"}'), 0);
  assert.equal(sample(after, 'newsdesk_jobs_oldest_due_age_seconds{kind="fetch-source"}'), 0);
  assert.equal(sample(after, 'newsdesk_jobs_finished_last_hour{kind="send-mail",outcome="done"}'), 0);
  assert.equal(sample(after, 'newsdesk_jobs_queue_depth{kind="reindex",state="queued"}'), undefined, 'an unknown kind leaves when its rows do');
});
