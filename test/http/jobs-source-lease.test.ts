import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fetchSourceById } from '../../src/ingest/run.js';
import { leaseSourceForFetch } from '../../src/store/jobs.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { localIngestDeps, sourceAdder } from '../support/ingest.js';
import { startPublisher, type Publisher } from '../support/publisher.js';

/*
 * A fetch job holds its source with a short lease that it renews while the fetch runs: a long
 * fetch keeps its source, and a worker that died lets go within the lease, so the job another
 * worker reclaims can fetch it.
 */

let t: TestDesk;
let publisher: Publisher;

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  publisher = await startPublisher();
});
after(async () => {
  await publisher.close();
  await t.close();
});

const feed = (url: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title><link>${url}/</link><description>d</description><item><guid>slow-1</guid><title>Harbour news</title><link>${url}/1</link><description>Some words.</description></item></channel></rss>`;

test('a fetch slower than its lease keeps its source: no second fetch starts meanwhile', async () => {
  let requests = 0;
  publisher.route('/slow.xml', async (_request, response) => {
    requests++;
    await new Promise((r) => setTimeout(r, 1200));
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(publisher.url));
  });
  const add = sourceAdder(t.desk.store.db, publisher, 'Slow');
  const source = await add('/slow.xml');
  const deps = await localIngestDeps(t.desk.store.db);
  const first = fetchSourceById(deps, source.id, { leaseMs: 300 });
  await new Promise((r) => setTimeout(r, 700));
  const second = await fetchSourceById(deps, source.id, { leaseMs: 300, force: true });
  assert.equal(second, null, 'the source is still held, past the lease, because the running fetch renews it');
  assert.equal((await first)?.status, 'fetched');
  assert.equal(requests, 1);
});

test('a source held by a worker that died is free again once its lease runs out', async () => {
  const add = sourceAdder(t.desk.store.db, publisher, 'Orphan');
  publisher.route('/orphan.xml', (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(publisher.url)));
  const source = await add('/orphan.xml');
  // A worker takes the source and dies: nobody renews or clears its lease.
  assert.ok(await leaseSourceForFetch(t.desk.store.db, source.id, { now: new Date(), leaseMs: 300, force: true }));
  const deps = await localIngestDeps(t.desk.store.db);
  assert.equal(await fetchSourceById(deps, source.id, { force: true }), null, 'held while the lease lasts');
  await new Promise((r) => setTimeout(r, 400));
  assert.equal((await fetchSourceById(deps, source.id, { force: true }))?.status, 'fetched', 'taken by the next worker once it ran out');
});
