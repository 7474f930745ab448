import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { settingsCommand } from '../../src/cli/settings.js';
import { depsFromCurrentSettings } from '../../src/ingest/deps.js';
import { startScheduler, type Scheduler } from '../../src/ingest/run.js';
import { addFeedSource } from '../../src/store/ingest.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { until } from '../support/processes.js';

/* A setting changed with the CLI reaches the running worker's next run, without a restart. */

let t: TestDesk;
let publisher: Publisher;
let scheduler: Scheduler;

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  publisher = await startPublisher();
});
after(async () => {
  await scheduler?.stop();
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

test('globalFilters set with the CLI applies to the running worker’s next run', async () => {
  const db = t.desk.store.db;
  publisher.route('/a.xml', serve(feed('a')));
  publisher.route('/b.xml', serve(feed('b')));
  scheduler = startScheduler(depsFromCurrentSettings(db, { fetchOptions: { allowPrivateAddresses: true, totalTimeoutMs: 5000 } }), { everyMs: 100 });

  const a = await addFeedSource(db, { feedUrl: `${publisher.url}/a.xml`, title: 'A', siteUrl: `${publisher.url}/`, fullText: 'off', excerptWords: 100 }, new Date());
  assert.deepEqual(await until('source A', () => titlesOf(a.id), (titles) => titles.length === 2), ['Harbour reopens', 'Sponsored: the best ferry deals']);

  const code = await settingsCommand(t.desk.context.config, ['set', 'globalFilters', '[{"action":"block","field":"title","pattern":"sponsored"}]']);
  assert.equal(code, 0);

  const b = await addFeedSource(db, { feedUrl: `${publisher.url}/b.xml`, title: 'B', siteUrl: `${publisher.url}/`, fullText: 'off', excerptWords: 100 }, new Date());
  await until('source B to be fetched', async () => publisher.log.filter((r) => r.path === '/b.xml').length, (n) => n > 0);
  await scheduler.stop();
  assert.deepEqual(await titlesOf(b.id), ['Harbour reopens'], 'the sponsored item was blocked by the filter set while the worker ran');
});
