import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { deskJobs } from '../../src/jobs/desk-jobs.js';
import { describeJob } from '../../src/jobs/describe.js';
import { startJobWorker } from '../../src/jobs/worker.js';
import { createLogger, resolveLogFormat } from '../../src/logging.js';
import { logFileTransport } from '../../src/mail/sender.js';
import { enqueueJob, listJobs } from '../../src/store/jobs.js';
import { buildServer } from '../../src/web/server.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';
import { localIngestDeps, sourceAdder } from '../support/ingest.js';
import { until } from '../support/processes.js';
import { startPublisher, type Publisher } from '../support/publisher.js';

/* What the desk writes to its log: one line per request, readable on a terminal, jobs named. */

let t: TestDesk;
let publisher: Publisher;

before(async () => {
  t = await startTestDesk();
  publisher = await startPublisher();
});
after(async () => {
  await publisher.close();
  await t.close();
});

function capture(): { stream: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

async function serverWith(format: 'json' | 'pretty') {
  const out = capture();
  const app = await buildServer(t.desk.context, createLogger({ level: 'info', format, name: 'web', destination: out.stream, isTerminal: false }));
  await app.ready();
  return { app, out };
}

test('auto is pretty on a terminal and JSON otherwise', () => {
  assert.equal(resolveLogFormat('auto', true), 'pretty');
  assert.equal(resolveLogFormat('auto', false), 'json');
  assert.equal(resolveLogFormat('json', true), 'json');
  assert.equal(resolveLogFormat('pretty', false), 'pretty');
});

test('JSON logs: exactly one line per request, with method, address, status and time; no separate received/completed lines', async () => {
  const { app, out } = await serverWith('json');
  try {
    for (const url of ['/', '/no-such-page', '/robots.txt']) await app.inject({ url });
    await new Promise((resolve) => setImmediate(resolve));
    const entries = out.lines().map((line) => JSON.parse(line) as { msg: string; level: number; name: string; req?: { method: string; url: string }; res?: { statusCode: number }; responseTime?: number });
    const requests = entries.filter((e) => e.req);
    assert.equal(entries.length, 3, `nothing but the three request lines: ${out.lines().join('\n')}`);
    assert.deepEqual(
      requests.map((e) => [e.req!.method, e.req!.url, e.res!.statusCode]),
      [
        ['GET', '/', 200],
        ['GET', '/no-such-page', 404],
        ['GET', '/robots.txt', 200],
      ],
    );
    assert.ok(requests.every((e) => e.name === 'web' && typeof e.responseTime === 'number' && /^GET \/\S* \d{3} \d+\.\d ms$/.test(e.msg)), JSON.stringify(requests));
    assert.equal(entries.filter((e) => /incoming request|request completed/.test(e.msg)).length, 0, 'Fastify’s own request lines are off');
  } finally {
    await app.close();
  }
});

test('pretty logs: one readable line per request, not JSON', async () => {
  const { app, out } = await serverWith('pretty');
  try {
    await app.inject({ url: '/' });
    const lines = out.lines();
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /^\[\d\d:\d\d:\d\d\] INFO \(web\): GET \/ 200 \d+\.\d ms$/);
    assert.throws(() => JSON.parse(lines[0]!));
  } finally {
    await app.close();
  }
});

test('a job is named by number, kind and subject', () => {
  assert.equal(describeJob({ id: 7, kind: 'fetch-source', payload: '{"sourceId":3,"force":true}' }), 'job #7 fetch-source (source #3)');
  assert.equal(describeJob({ id: 8, kind: 'housekeeping', payload: '{}' }), 'job #8 housekeeping');
  assert.equal(describeJob({ id: 9, kind: 'odd', payload: 'not json' }), 'job #9 odd');
});

test('a failed fetch is logged as a warning that names the job and the source', async () => {
  const db = t.desk.store.db;
  const source = await sourceAdder(db, publisher, 'Logged')('/missing-feed.xml');
  const job = await enqueueJob(db, { kind: 'fetch-source', payload: JSON.stringify({ sourceId: source.id, force: true }) }, new Date());
  const lines: { line: string; level: string }[] = [];
  const worker = startJobWorker({
    db,
    registry: deskJobs(),
    services: { ingestDeps: () => localIngestDeps(db), mailTransport: logFileTransport(`${t.dbPath}.mail.log`, 'Desk <desk@news.test>') },
    pollMs: 10,
    scheduleEveryMs: null,
    log: (line, level) => lines.push({ line, level: level ?? 'info' }),
  });
  try {
    await until('the fetch job', () => listJobs(db, { kind: 'fetch-source' }), (rows) => rows.some((r) => r.id === job.id && r.state === 'done'), { everyMs: 10 });
  } finally {
    await worker.stop();
  }
  const warned = lines.filter((l) => l.level === 'warn');
  assert.equal(warned.length, 1, JSON.stringify(lines));
  assert.match(warned[0]!.line, new RegExp(`^job #${job.id} fetch-source \\(source #${source.id}\\): “Logged 1” failed: .*404`));
});
