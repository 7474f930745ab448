import assert from 'node:assert/strict';
import { get } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { openDesk, type Desk } from '../../src/desk.js';
import { addFeedSource } from '../../src/store/ingest.js';
import type { Article } from '../../src/store/schema.js';
import { saveSetting } from '../../src/store/settings.js';
import { csrfOn, staffBrowser } from './admin-helpers.js';
import { makeApprovedComment, makeArticle, makeSource } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';
import { freePort } from '../support/net.js';
import { postgresSkip, scratchSchema, type ScratchSchema } from '../support/postgres.js';
import { startPublisher, type Publisher } from '../support/publisher.js';
import { startCli, until, untilPrinted, type CliProcess } from '../support/processes.js';

/*
 * One PostgreSQL, two web nodes and three workers as real processes, and a local publisher with
 * 200 feeds: every item is stored once, every feed fetched once (but for the fetches a killed
 * worker left unfinished), the worker killed with SIGKILL mid-job has its jobs finished by the
 * others after their lease, and a comment or a moderator's verdict on one node shows on the
 * other at once.
 */

const FEEDS = 200;
const ITEMS = 3;
/** Feeds that answer slowly, so the worker to be killed is surely in the middle of some. */
const SLOW_FEEDS = 12;

function feed(index: number, base: string): string {
  const items = Array.from({ length: ITEMS }, (_, i) => `<item><guid isPermaLink="false">f${index}-${i}</guid><title>Feed ${index} item ${i}</title><link>${base}/f${index}/${i}</link><description>Item ${i} of feed ${index}.</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${index}</title><link>${base}/</link><description>d</description>${items.join('')}</channel></rss>`;
}

describe('scale-out on one PostgreSQL: two web nodes, three workers', { skip: postgresSkip }, () => {
  let schema: ScratchSchema;
  let desk: Desk;
  let publisher: Publisher;
  const requests = new Map<string, number>();
  const nodes: CliProcess[] = [];
  let webA: string;
  let webB: string;
  let article: Article;

  before(async () => {
    schema = await scratchSchema();
    desk = await openDesk({ ...loadConfig({}), databaseUrl: schema.url });
    for (const [key, value] of Object.entries({ minFillSeconds: 0, floodSeconds: 0, commentsPerMinutePerAddress: 0 })) await saveSetting(desk.store.db, key as 'floodSeconds', value);
    publisher = await startPublisher();
    for (let i = 0; i < FEEDS; i++) {
      const path = `/feed-${i}.xml`;
      publisher.route(path, async (_request, response) => {
        requests.set(path, (requests.get(path) ?? 0) + 1);
        if (i < SLOW_FEEDS) await new Promise((r) => setTimeout(r, 2500));
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(i, publisher.url));
      });
      await addFeedSource(desk.store.db, { feedUrl: publisher.url + path, title: `Feed ${i}`, siteUrl: `${publisher.url}/`, fullText: 'off', excerptWords: 50 }, new Date());
    }
    article = await makeArticle(desk, await makeSource(desk));
    const env = { DATABASE_URL: schema.url, NEWSDESK_DEMO: '0', LOG_LEVEL: 'warn', NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' };
    const [portA, portB] = [await freePort(), await freePort()];
    nodes.push(startCli(['serve', '--no-worker'], { ...env, PORT: String(portA) }), startCli(['serve', '--no-worker'], { ...env, PORT: String(portB) }));
    webA = `http://127.0.0.1:${portA}`;
    webB = `http://127.0.0.1:${portB}`;
    for (const node of nodes) await untilPrinted('a web node', node, 'serving on');
  });

  after(async () => {
    for (const node of nodes) if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill('SIGKILL');
    await Promise.all(nodes.map((n) => n.exited));
    await desk?.store.close();
    await publisher?.close();
    await schema?.drop();
  });

  test('three workers share 200 feeds; a worker killed mid-job has its jobs finished by the others', async () => {
    const env = { DATABASE_URL: schema.url, NEWSDESK_DEMO: '0', LOG_LEVEL: 'warn', NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' };
    const workers = [0, 1, 2].map(() => startCli(['worker'], env));
    nodes.push(...workers);
    const owners = await Promise.all(workers.map((w) => until('a worker', () => /running jobs as (\S+?)\.?\s*$/m.exec(w.output())?.[1] ?? '', (owner) => owner !== '', { ms: 60_000 })));

    // The first worker is killed while it holds running jobs.
    const held = await until(
      'the first worker to be running jobs',
      () => desk.store.db.selectFrom('jobs').select(['id', 'payload']).where('state', '=', 'running').where('lease_owner', '=', owners[0]!).execute(),
      (rows) => rows.length > 0,
      { ms: 60_000 },
    );
    workers[0]!.child.kill('SIGKILL');
    await workers[0]!.exited;
    const interrupted = new Set(held.map((row) => `/feed-${Number((JSON.parse(row.payload) as { sourceId: number }).sourceId) - 1}.xml`));

    const stored = await until(
      'every item of every feed',
      async () => Number((await desk.store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('source_id', '<=', FEEDS).executeTakeFirstOrThrow()).n),
      (n) => n >= FEEDS * ITEMS,
      { ms: 150_000, everyMs: 100 },
    );
    assert.equal(stored, FEEDS * ITEMS, 'each item stored exactly once');
    for (const id of held.map((row) => row.id)) {
      const job = await desk.store.db.selectFrom('jobs').select(['state', 'lease_owner']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(job.state, 'done', `job #${id} was finished`);
      assert.notEqual(job.lease_owner, owners[0], `by another worker than the one killed`);
    }
    const twice = [...requests].filter(([path, n]) => n > 1 && !interrupted.has(path));
    assert.deepEqual(twice, [], 'no feed fetched twice within its interval, but for fetches the killed worker left unfinished');
    assert.equal(requests.size, FEEDS, 'every feed was fetched');
  });

  test('a comment posted on node A shows on node B at once; a held one approved on B shows on A', async () => {
    await makeApprovedComment(desk, article, 'Known Reader', 'An earlier comment, approved.');
    const reader = new Browserish(webA);
    const page = await reader.get(`/articles/${article.slug}`);
    const posted = await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(page.html, 'form_token'),
      _csrf: inputValue(page.html, '_csrf'),
      comment: 'Seen from the other node straight away.',
      author: 'Known Reader',
      email: 'known.reader@example.org',
    });
    assert.equal(posted.status, 303);
    assert.match((await new Browserish(webB).get(`/articles/${article.slug}`)).html, /Seen from the other node straight away\./);

    const newcomer = new Browserish(webA);
    const form = await newcomer.get(`/articles/${article.slug}`);
    const held = await newcomer.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(form.html, 'form_token'),
      _csrf: inputValue(form.html, '_csrf'),
      comment: 'A first comment, held for a moderator.',
      author: 'New Reader',
      email: 'new.reader@example.org',
    });
    assert.equal(held.status, 303);
    const row = await desk.store.db.selectFrom('comments').select(['id', 'status']).where('author_email', '=', 'new.reader@example.org').executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    assert.doesNotMatch((await new Browserish(webA).get(`/articles/${article.slug}`)).html, /A first comment, held for a moderator\./);

    const { browser: moderator } = await staffBrowser(webB, desk, 'moderator');
    const csrf = await csrfOn(moderator, '/admin/comments');
    const approved = await moderator.post('/admin/comments/action', { _csrf: csrf, return: '/admin/comments', one: `approve:${row.id}` });
    assert.equal(approved.status, 303);
    assert.match((await new Browserish(webA).get(`/articles/${article.slug}`)).html, /A first comment, held for a moderator\./);
  });

  test('SIGTERM on a web node loses no request in flight', async () => {
    const node = nodes[0]!;
    /**
     * A GET on a connection of its own (no keep-alive reuse, whose race with a closing connection
     * is the client's to retry): its status, or how it failed. Refused before it reached the node
     * is fine; cut off is not.
     */
    const outcome = (url: string) =>
      new Promise<string>((resolve) => {
        const request = get(url, { agent: false }, (response) => {
          response.resume();
          response.on('end', () => resolve(String(response.statusCode)));
          response.on('error', (error: Error & { code?: string }) => resolve(error.code ?? String(error)));
        });
        request.on('error', (error: Error & { code?: string }) => resolve(error.code ?? String(error)));
      });
    const inFlight = Array.from({ length: 20 }, () => outcome(`${webA}/articles/${article.slug}`));
    await new Promise((r) => setTimeout(r, 5));
    node.child.kill('SIGTERM');
    const later = Array.from({ length: 5 }, () => outcome(`${webA}/articles/${article.slug}`));
    const outcomes = await Promise.all([...inFlight, ...later]);
    assert.equal(await node.exited, 0, node.output());
    const cutOff = outcomes.filter((o) => !['200', '503', 'ECONNREFUSED'].includes(o));
    assert.deepEqual(cutOff, [], `every request completed, was answered 503 while closing, or was refused: ${outcomes.join(', ')}`);
    assert.ok(outcomes.includes('200'), 'requests in flight when SIGTERM arrived were answered');
  });
});
