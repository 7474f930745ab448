import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { settingsCommand } from '../../src/cli/settings.js';
import { depsFromCurrentSettings } from '../../src/ingest/deps.js';
import { SharedHostGate } from '../../src/ingest/fetch/host-gate.js';
import { deskJobs } from '../../src/jobs/desk-jobs.js';
import { startJobWorker, type JobWorker } from '../../src/jobs/worker.js';
import { logFileTransport } from '../../src/mail/sender.js';
import { addFeedSource } from '../../src/store/ingest.js';
import { listJobs } from '../../src/store/jobs.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { until } from '../support/processes.js';

/*
 * A setting changed with the CLI reaches a running worker's next fetch job, without a restart:
 * the worker is built as `newsdesk worker` builds it (src/cli/serve.ts worker()).
 */

let t: TestDesk;
let publisher: Publisher;
let worker: JobWorker | undefined;
let gate: SharedHostGate;

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  publisher = await startPublisher();
  const db = t.desk.store.db;
  gate = new SharedHostGate(db);
  worker = startJobWorker({
    db,
    registry: deskJobs(),
    services: {
      ingestDeps: depsFromCurrentSettings(db, { fetchOptions: { allowPrivateAddresses: true, totalTimeoutMs: 5000 } }, t.desk.context.config, gate),
      mailTransport: logFileTransport(join(t.dbPath, '..', 'settings-mail.log'), 'Desk <desk@news.test>'),
      hostGate: gate,
    },
    pollMs: 20,
    scheduleEveryMs: 50,
  });
});
after(async () => {
  await worker?.stop();
  await publisher.close();
  await t.close();
});

function feed(prefix: string): string {
  const item = (id: string, title: string) =>
    `<item><guid isPermaLink="false">${prefix}-${id}</guid><title>${title}</title><link>${publisher.url}/${prefix}/${id}</link><description>&lt;p&gt;${title}, told in a few words.&lt;/p&gt;</description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${prefix}</title><link>${publisher.url}/</link><description>d</description>${item('1', 'Harbour reopens')}${item('2', 'Sponsored: the best ferry deals')}</channel></rss>`;
}

async function titlesOf(sourceId: number): Promise<string[]> {
  const rows = await t.desk.store.db.selectFrom('articles').select('title').where('source_id', '=', sourceId).orderBy('title').execute();
  return rows.map((r) => r.title);
}

async function addSource(name: string) {
  publisher.route(`/${name}.xml`, serve(feed(name)));
  return addFeedSource(t.desk.store.db, { feedUrl: `${publisher.url}/${name}.xml`, title: name, siteUrl: `${publisher.url}/`, fullText: 'off', excerptWords: 100 }, new Date());
}

/** Waits until the source's fetch job is done (the job's deps were read when it started). */
async function fetched(sourceId: number): Promise<void> {
  await until(`the fetch job of source #${sourceId}`, () => listJobs(t.desk.store.db, { kind: 'fetch-source', state: 'done' }), (rows) => rows.some((r) => r.dedupe_key === `fetch-source:${sourceId}`));
}

test('globalFilters set with the CLI applies to the running worker’s next fetch job', async () => {
  const a = await addSource('a');
  await fetched(a.id);
  assert.deepEqual(await titlesOf(a.id), ['Harbour reopens', 'Sponsored: the best ferry deals']);

  assert.equal(await settingsCommand(t.desk.context.config, ['set', 'globalFilters', '[{"action":"block","field":"title","pattern":"sponsored"}]']), 0);

  const b = await addSource('b');
  await fetched(b.id);
  assert.deepEqual(await titlesOf(b.id), ['Harbour reopens'], 'the sponsored item was blocked by the filter set while the worker ran');
});

test('maxConcurrentFetches set with the CLI becomes the worker gate’s limit at its next fetch job', async () => {
  assert.equal(gate.maxConcurrent, 4, 'the default, read by the earlier jobs');
  assert.equal(await settingsCommand(t.desk.context.config, ['set', 'maxConcurrentFetches', '2']), 0);

  const c = await addSource('c');
  await fetched(c.id);
  assert.equal(gate.maxConcurrent, 2);
});
