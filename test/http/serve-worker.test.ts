import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config.js';
import { openDesk } from '../../src/desk.js';
import { addFeedSource } from '../../src/store/ingest.js';
import { freePort } from '../support/net.js';
import { startPublisher, serve, type Publisher } from '../support/publisher.js';
import { startCli, until, untilPrinted, type CliProcess } from '../support/processes.js';

/*
 * `newsdesk serve` as `npm start` runs it: pages on its own event loop, ingest in a worker
 * child it supervises. While a heavy publisher is ingested the home page keeps answering.
 */

const SOURCES = 8;
const ITEMS_PER_FEED = 1500;

/** A large feed with long, markup-heavy bodies: seconds of parsing and sanitizing for one process. */
function heavyFeed(feed: number, baseUrl: string): string {
  const paragraph = `<p>The <b>council</b> met on <i>Tuesday</i> to discuss the <a href="${baseUrl}/ref?utm_source=x">harbour plan</a>, and <span>residents</span> spoke at length.</p>`;
  const items: string[] = [];
  for (let i = 0; i < ITEMS_PER_FEED; i++) {
    items.push(
      `<item><guid isPermaLink="false">f${feed}-i${i}</guid><title>Feed ${feed} story ${i} about the harbour</title><link>${baseUrl}/f${feed}/${i}</link>` +
        `<pubDate>Tue, 24 Nov 2026 09:30:00 GMT</pubDate><description><![CDATA[${paragraph.repeat(12)}]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Heavy ${feed}</title><link>${baseUrl}/</link><description>Heavy</description>${items.join('')}</channel></rss>`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function workerPid(output: string): number {
  const pids = [...output.matchAll(/worker process (\d+) started/g)].map((m) => Number(m[1]));
  return pids.at(-1) ?? 0;
}

describe('serve with its worker process', () => {
  let dir: string;
  let dbPath: string;
  let publisher: Publisher;
  let port: number;
  let running: CliProcess;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-serve-worker-'));
    dbPath = join(dir, 'desk.db');
    publisher = await startPublisher();
    const desk = await openDesk({ ...loadConfig({}), sqlitePath: dbPath, mailLogPath: join(dir, 'mail.log') });
    for (let feed = 0; feed < SOURCES; feed++) {
      publisher.route(`/feed-${feed}.xml`, serve(heavyFeed(feed, publisher.url)));
      await addFeedSource(desk.store.db, { feedUrl: `${publisher.url}/feed-${feed}.xml`, title: `Heavy ${feed}`, siteUrl: `${publisher.url}/`, fullText: 'off', excerptWords: 300 }, new Date());
    }
    await desk.store.close();
    port = await freePort();
    running = startCli(['serve'], { NEWSDESK_DB: dbPath, PORT: String(port), NEWSDESK_DEMO: '0', NEWSDESK_ALLOW_PRIVATE_FEEDS: '1', LOG_LEVEL: 'info', NEWSDESK_MAIL_LOG: join(dir, 'mail.log') });
    await untilPrinted('the server', running, 'serving on');
  });

  after(async () => {
    if (running.child.exitCode === null) running.child.kill('SIGKILL');
    await publisher.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('while heavy feeds are ingested, GET / keeps answering within a second', async (t) => {
    const db = new Database(dbPath, { readonly: true });
    const articles = () => (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
    const total = SOURCES * ITEMS_PER_FEED;
    // The first page a new process renders pays for compiling the code; readers after it are what counts.
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.text(), () => '');
    const latencies: number[] = [];
    let pollsDuringIngest = 0;
    // A deadline, not a count of polls: on a loaded machine the ingest is slower, not wrong.
    const giveUpAt = Date.now() + 300_000;
    try {
      while (articles() < total) {
        const before = articles();
        const started = performance.now();
        const status = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) }).then(
          async (response) => (await response.text(), response.status),
          () => 0,
        );
        latencies.push(performance.now() - started);
        assert.equal(status, 200, `GET / answered (${status === 0 ? 'no answer within 5 s' : status}) while ingest ran`);
        if (before > 0 && articles() < total) pollsDuringIngest++;
        if (Date.now() > giveUpAt) throw new Error(`ingest did not finish in 5 minutes: ${articles()} of ${total} articles\n${running.output()}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      db.close();
    }
    assert.ok(pollsDuringIngest >= 3, `the home page was fetched while ingest ran (${pollsDuringIngest} times)`);
    const slowest = Math.max(...latencies);
    const sorted = [...latencies].sort((a, b) => a - b);
    t.diagnostic(`GET / during ingest: ${latencies.length} requests, p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`);
    assert.ok(slowest < 1000, `the slowest GET / took ${slowest.toFixed(0)} ms while ingest ran`);
    const pid = workerPid(running.output());
    assert.ok(pid > 0 && pid !== running.child.pid, 'ingest ran in a worker process of its own');
  });

  test('a worker that dies is restarted; SIGINT stops the server and its worker', async () => {
    const first = workerPid(running.output());
    // A pid of 0 would signal this whole process group: never kill without a real worker pid.
    assert.ok(first > 0 && alive(first), 'a worker process is running');
    process.kill(first, 'SIGKILL');
    await until('a new worker', () => workerPid(running.output()), (pid) => pid !== first);
    const second = workerPid(running.output());
    assert.ok(alive(second));
    running.child.kill('SIGINT');
    assert.equal(await running.exited, 0, running.output());
    await until('the worker to stop', () => alive(second), (living) => !living, { ms: 10_000 });
  });

  test('a worker whose server is killed outright leaves too', async () => {
    const port2 = await freePort();
    const again = startCli(['serve'], { NEWSDESK_DB: dbPath, PORT: String(port2), NEWSDESK_DEMO: '0', LOG_LEVEL: 'info', NEWSDESK_MAIL_LOG: join(dir, 'mail.log') });
    // Killed once the worker is up and running (a worker still starting leaves as soon as it is).
    await untilPrinted('the worker', again, /Newsdesk worker \(process \d+\)/);
    const pid = workerPid(again.output());
    assert.ok(pid > 0);
    again.child.kill('SIGKILL');
    await again.exited;
    await until('the orphaned worker to leave', () => alive(pid), (living) => !living, { ms: 30_000 });
  });
});
