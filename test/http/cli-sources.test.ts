import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';

const run = promisify(execFile);
let dir: string;
let publisher: Publisher;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-sources-'));
  publisher = await startPublisher();
  const rss = (title: string, n: number) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${publisher.url}/</link><description>d</description>${Array.from({ length: n }, (_, i) => `<item><guid>${title}-${i}</guid><title>${title} item ${i}</title><link>${publisher.url}/${title}/${i}</link><description>&lt;p&gt;${'word '.repeat(200)}&lt;/p&gt;</description></item>`).join('')}</channel></rss>`;
  publisher.route('/', serve(`<!doctype html><html><head><title>Site</title><link rel="alternate" type="application/rss+xml" title="News" href="/news.rss"></head><body>Home</body></html>`, { 'content-type': 'text/html' }));
  publisher.route('/news.rss', serve(rss('news', 3)));
  publisher.route('/other.rss', serve(rss('other', 2)));
});
after(async () => {
  await publisher.close();
  rmSync(dir, { recursive: true, force: true });
});

async function newsdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { ...process.env, NEWSDESK_DB: join(dir, 'desk.db'), NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('sources add finds the feed behind a site address, ingest fetches it, list shows its state', async () => {
  const added = await newsdesk('sources', 'add', `${publisher.url}/`, '--interval', '45', '--excerpt-words', '50');
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Added source #1 news \(3 items in its feed at http:\/\/127\.0\.0\.1:\d+\/news\.rss\)/);

  const again = await newsdesk('sources', 'add', `${publisher.url}/news.rss`);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already source #1/);

  const ingest = await newsdesk('ingest', '--once');
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.match(ingest.stdout, /^Fetched 1, not modified 0, failed 0; new articles 3, updated 0; \d+\.\d s\.$/m);

  const list = await newsdesk('sources', 'list');
  assert.match(list.stdout, /#1\tnews\tok\t3 articles/);
  assert.match(list.stdout, /every 45 min/);
  assert.match(list.stdout, /excerpt: 50 words/);

  const none = await newsdesk('ingest', '--once');
  assert.match(none.stdout, /^Fetched 0, not modified 0, failed 0; new articles 0/m, 'nothing is due right after a fetch');
  const all = await newsdesk('ingest', '--once', '--all');
  assert.match(all.stdout, /^Fetched 1, .* new articles 0, updated 0/m);
});

test('OPML import and export, pause and resume, a failing source shows its error', async () => {
  const opml = join(dir, 'subs.opml');
  writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body><outline text="Group"><outline type="rss" text="Other" xmlUrl="${publisher.url}/other.rss" htmlUrl="${publisher.url}/"/><outline type="rss" text="Missing" xmlUrl="${publisher.url}/missing.rss"/></outline><outline type="rss" text="News again" xmlUrl="${publisher.url}/news.rss"/></body></opml>`);
  const imported = await newsdesk('sources', 'import', opml);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /Imported 2 sources from .* \(1 already here\)/);

  const exported = await newsdesk('sources', 'export');
  assert.match(exported.stdout, /<opml version="2.0">/);
  for (const path of ['/news.rss', '/other.rss', '/missing.rss']) assert.ok(exported.stdout.includes(`xmlUrl="${publisher.url}${path}"`), path);

  await newsdesk('ingest', '--once');
  const list = await newsdesk('sources', 'list');
  assert.match(list.stdout, /#3\tMissing\tfailing \(1 in a row\)/);
  assert.match(list.stdout, /last error: .*404/);

  assert.match((await newsdesk('sources', 'pause', '3')).stdout, /Source #3 is paused\./);
  assert.match((await newsdesk('sources', 'list')).stdout, /#3\tMissing\tpaused/);
  assert.match((await newsdesk('sources', 'resume', '3')).stdout, /resumed/);
  assert.match((await newsdesk('sources', 'list')).stdout, /#3\tMissing\tfailing \(1 in a row\)/, 'resuming does not hide the failure');
  assert.equal((await newsdesk('sources', 'pause', '99')).code, 1);
  assert.equal((await newsdesk('sources', 'add')).code, 2);

  const edited = await newsdesk('sources', 'edit', '2', '--filters', '[{"action":"block","field":"title","pattern":"item 1"}]', '--max-age-days', '30', '--excerpt-words', 'full');
  assert.equal(edited.code, 0, edited.stderr);
  assert.match(edited.stdout, /Source #2 updated: excerpt_words, filters, max_age_days\./);
  const badFilter = await newsdesk('sources', 'edit', '2', '--filters', '[{"action":"drop"}]');
  assert.equal(badFilter.code, 2);
  assert.match(badFilter.stderr, /Filter rule 1 needs action keep\|block/);
  assert.match((await newsdesk('sources', 'list')).stdout, /#2\tOther\tok\t2 articles[\s\S]*excerpt: whole text/);
});
