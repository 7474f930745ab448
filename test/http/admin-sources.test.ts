import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createIngestDeps } from '../../src/ingest/deps.js';
import { deskJobs } from '../../src/jobs/desk-jobs.js';
import type { JobContext, JobServices } from '../../src/jobs/registry.js';
import { listJobs } from '../../src/store/jobs.js';
import { loadSettings } from '../../src/store/settings.js';
import { FETCHES_KEPT_PER_SOURCE, recordSourceFetch } from '../../src/store/source-fetches.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { addComment, auditActions, csrfOn, staffBrowser } from './admin-helpers.js';

/*
 * Sources in the back office, against a local publisher: discovery (choose among the feeds a
 * page announces, preview, save), the failures in words, the source page (edit, health, fetch
 * history), pause/resume/fetch now, the two ways to remove, OPML import as a job and export.
 */

let t: TestDesk;
/** A desk that keeps the default: no feeds on private addresses (127.0.0.1 is one). */
let strict: TestDesk;
let publisher: Publisher;
let editor: Browserish;

const rss = (title: string, items: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${publisher.url}/</link><description>The ${title} desk</description>${Array.from(
    { length: items },
    (_, i) => `<item><guid>${title}-${i}</guid><title>${title} story ${i}</title><link>${publisher.url}/${title}/${i}</link><pubDate>${new Date(Date.UTC(2026, 10, 1 + i)).toUTCString()}</pubDate><description>Short ${title} text ${i}.</description></item>`,
  ).join('')}</channel></rss>`;

const db = () => t.desk.store.db;

before(async () => {
  publisher = await startPublisher();
  publisher.route(
    '/',
    serve(
      `<!doctype html><html><head><title>Paper</title><link rel="alternate" type="application/rss+xml" title="News" href="/news.rss"><link rel="alternate" type="application/rss+xml" title="Sport" href="/sport.rss"></head><body>Home</body></html>`,
      { 'content-type': 'text/html; charset=utf-8' },
    ),
  );
  publisher.route('/plain', serve('<!doctype html><html><head><title>No feeds</title></head><body>Nothing to follow</body></html>', { 'content-type': 'text/html; charset=utf-8' }));
  publisher.route('/news.rss', serve(rss('news', 7)));
  publisher.route('/sport.rss', serve(rss('sport', 2)));
  publisher.route('/culture.rss', serve(rss('culture', 1)));
  publisher.route('/arts.rss', serve(rss('arts', 1)));
  t = await startTestDesk({ config: { allowPrivateFeeds: true } });
  strict = await startTestDesk();
  ({ browser: editor } = await staffBrowser(t.url, t.desk, 'editor'));
});
after(async () => {
  await Promise.allSettled([t?.close(), strict?.close(), publisher?.close()]);
});

/** Runs queued jobs of a kind as a worker would, through the registry, fetching from the local publisher. */
async function runQueued(kind: string): Promise<string[]> {
  const services = { ingestDeps: async () => createIngestDeps(db(), await loadSettings(db()), { throttle: (_host, task) => task() }, t.desk.context.config) } as JobServices;
  const context: JobContext = { db: db(), services, signal: new AbortController().signal, now: () => new Date(), log: () => {} };
  const lines: string[] = [];
  for (const job of await listJobs(db(), { kind, state: 'queued' })) {
    lines.push((await deskJobs().get(kind)!.execute(JSON.parse(job.payload), context)) ?? '');
    await db().updateTable('jobs').set({ state: 'done' }).where('id', '=', job.id).execute();
  }
  return lines;
}

function fieldError(html: string, name: string): string {
  const match = new RegExp(`<span class="field-error" id="${name}-error">([^<]*)</span>`).exec(html);
  return match ? decodeEntities(match[1]!) : '';
}

function textareaValue(html: string, name: string): string {
  const match = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(html);
  return match ? decodeEntities(match[1]!) : '';
}

describe('adding a source', () => {
  test('discovery lists the feeds a page announces, previews the chosen one, and saves it with its settings', async () => {
    const csrf = await csrfOn(editor, '/admin/sources/new');
    const found = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'discover', url: `${publisher.url}/` });
    assert.equal(found.status, 200);
    assert.match(found.html, /2 feeds found at this address: choose one/);
    assert.match(found.html, new RegExp(`<input type="radio" id="feed-0" name="feed" value="${publisher.url}/news.rss" checked`));
    assert.match(found.html, new RegExp(`value="${publisher.url}/sport.rss"`));
    assert.match(found.html, /Latest items in news/);
    assert.match(found.html, /news story 6/, 'the newest item first');
    assert.doesNotMatch(found.html, /news story 1</, 'five items at most');
    assert.equal(inputValue(found.html, 'title'), 'news');

    const preview = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'preview', url: `${publisher.url}/`, feed: `${publisher.url}/sport.rss`, title: 'Typed name', interval: '45', fullText: 'off', excerptWords: '80', keep: '', block: '', maxAgeDays: '' });
    assert.equal(preview.status, 200);
    assert.match(preview.html, /Latest items in sport/);
    assert.match(preview.html, new RegExp(`value="${publisher.url}/sport.rss" checked`));
    assert.equal(inputValue(preview.html, 'title'), 'Typed name', 'what was typed is kept');

    const bad = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'save', url: `${publisher.url}/`, feed: `${publisher.url}/sport.rss`, title: 'Sport pages', interval: 'often', fullText: 'off', excerptWords: '80', keep: '', block: 'title: sponsored', maxAgeDays: '' });
    assert.equal(bad.status, 422);
    assert.equal(fieldError(bad.html, 'interval'), 'The fetch interval is a whole number of minutes, 1 or more.');
    assert.equal(inputValue(bad.html, 'interval'), 'often');
    assert.equal(textareaValue(bad.html, 'block'), 'title: sponsored');

    const badRule = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'save', url: `${publisher.url}/`, feed: `${publisher.url}/sport.rss`, title: 'Sport pages', interval: '45', fullText: 'off', excerptWords: '80', keep: '/(unclosed/', block: '', maxAgeDays: '' });
    assert.equal(badRule.status, 422);
    assert.match(fieldError(badRule.html, 'keep'), /^Line 1: /);

    const saved = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'save', url: `${publisher.url}/`, feed: `${publisher.url}/sport.rss`, title: 'Sport pages', interval: '45', fullText: 'off', excerptWords: '80', keep: '', block: 'title: sponsored\n/^ad:/', maxAgeDays: '10' });
    assert.equal(saved.status, 303);
    const id = Number(/^\/admin\/sources\/(\d+)\?done=added$/.exec(saved.location ?? '')?.[1]);
    const source = await db().selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(source.feed_url, `${publisher.url}/sport.rss`);
    assert.equal(source.title, 'Sport pages');
    assert.equal(source.fetch_interval_minutes, 45);
    assert.equal(source.full_text, 'off');
    assert.equal(source.excerpt_words, 80);
    assert.equal(source.max_age_days, 10);
    assert.deepEqual(JSON.parse(source.filters), [
      { action: 'block', field: 'title', pattern: 'sponsored', regex: false },
      { action: 'block', field: 'any', pattern: '^ad:', regex: true },
    ]);
    assert.deepEqual((await auditActions(t.desk, 'source', id)).map((a) => a.action), ['source.add']);

    const page = await editor.get(saved.location!);
    assert.match(page.html, /The source was added/);
    assert.equal(textareaValue(page.html, 'block'), 'title: sponsored\n/^ad:/', 'the rules read back as typed');

    const twice = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'save', url: `${publisher.url}/sport.rss`, feed: `${publisher.url}/sport.rss`, title: 'Again', interval: '30', fullText: 'auto', excerptWords: '300', keep: '', block: '', maxAgeDays: '' });
    assert.equal(twice.status, 422);
    assert.match(decodeEntities(twice.html), /That feed is already a source: Sport pages/);
  });

  test('what went wrong, in words: a private network, no feed at the page, a 404', async () => {
    const { browser: strictEditor } = await staffBrowser(strict.url, strict.desk, 'editor');
    const strictCsrf = await csrfOn(strictEditor, '/admin/sources/new');
    const privateAddress = await strictEditor.post('/admin/sources/new', { _csrf: strictCsrf, step: 'discover', url: `${publisher.url}/` });
    assert.equal(privateAddress.status, 422);
    assert.match(fieldError(privateAddress.html, 'url'), /^This address is on a private network/);
    assert.equal(inputValue(privateAddress.html, 'url'), `${publisher.url}/`, 'the address stays in its field');

    const csrf = await csrfOn(editor, '/admin/sources/new');
    const noFeed = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'discover', url: `${publisher.url}/plain` });
    assert.equal(noFeed.status, 422);
    assert.match(fieldError(noFeed.html, 'url'), /^No feed found at this page/);

    const missing = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'discover', url: `${publisher.url}/gone` });
    assert.equal(missing.status, 422);
    assert.match(fieldError(missing.html, 'url'), /^The server answered 404: there is nothing at this address\./);

    const notAnAddress = await editor.post('/admin/sources/new', { _csrf: csrf, step: 'discover', url: 'ftp://files.example/' });
    assert.equal(notAnAddress.status, 422);
    assert.match(fieldError(notAnAddress.html, 'url'), /^This is not a web address/);
  });
});

describe('a source and its actions', () => {
  test('edit on its page: saved and audited; a bad value stays in its field with the reason beside it', async () => {
    const source = await makeSource(t.desk, { title: 'Editable', feed_url: `${publisher.url}/culture.rss` });
    const csrf = await csrfOn(editor, `/admin/sources/${source.id}`);
    const fields = { _csrf: csrf, title: 'Culture desk', interval: '90', fullText: 'on', excerptWords: '0', keep: 'theatre\ncontent: opera', block: '', maxAgeDays: '' };
    const bad = await editor.post(`/admin/sources/${source.id}`, { ...fields, excerptWords: '-3' });
    assert.equal(bad.status, 422);
    assert.equal(fieldError(bad.html, 'excerptWords'), 'The excerpt length is a whole number of words (0 for the whole text).');
    assert.equal(inputValue(bad.html, 'title'), 'Culture desk');
    const good = await editor.post(`/admin/sources/${source.id}`, fields);
    assert.equal(good.status, 303);
    assert.equal(good.location, `/admin/sources/${source.id}?done=edit`);
    const stored = await db().selectFrom('sources').selectAll().where('id', '=', source.id).executeTakeFirstOrThrow();
    assert.equal(stored.title, 'Culture desk');
    assert.equal(stored.fetch_interval_minutes, 90);
    assert.equal(stored.full_text, 'on');
    assert.equal(stored.excerpt_words, 0);
    assert.deepEqual(JSON.parse(stored.filters), [
      { action: 'keep', field: 'any', pattern: 'theatre', regex: false },
      { action: 'keep', field: 'content', pattern: 'opera', regex: false },
    ]);
    assert.deepEqual((await auditActions(t.desk, 'source', source.id)).map((a) => a.action), ['source.edit']);
  });

  test('pause, resume and fetch now; the fetch shows in its history and health', async () => {
    const source = await makeSource(t.desk, { title: 'Fetchable', feed_url: `${publisher.url}/news.rss` });
    const csrf = await csrfOn(editor, '/admin/sources');
    const paused = await editor.post('/admin/sources/action', { _csrf: csrf, one: `pause:${source.id}`, return: `/admin/sources/${source.id}` });
    assert.equal(paused.location, `/admin/sources/${source.id}?done=pause`);
    const refused = await editor.post('/admin/sources/action', { _csrf: csrf, one: `fetch:${source.id}` });
    assert.equal(refused.status, 422);
    assert.match(refused.html, /This source is paused: resume it to fetch it\./);
    await editor.post('/admin/sources/action', { _csrf: csrf, one: `resume:${source.id}` });
    const queued = await editor.post('/admin/sources/action', { _csrf: csrf, one: `fetch:${source.id}` });
    assert.equal(queued.location, '/admin/sources?done=fetch');
    const jobs = (await listJobs(db(), { kind: 'fetch-source', state: 'queued' })).filter((j) => JSON.parse(j.payload).sourceId === source.id);
    assert.equal(jobs.length, 1);
    assert.deepEqual(JSON.parse(jobs[0]!.payload), { sourceId: source.id, force: true });
    assert.deepEqual((await auditActions(t.desk, 'source', source.id)).map((a) => a.action), ['source.pause', 'source.resume', 'source.fetch-now']);

    await runQueued('fetch-source');
    const page = await editor.get(`/admin/sources/${source.id}`);
    assert.match(page.html, /<td data-label="Outcome">Fetched<\/td><td data-label="HTTP status">200<\/td><td data-label="New">7<\/td>/);
    assert.match(page.html, /<dt>Items per day<\/dt><dd>1 \(over the last 7 days\)<\/dd>/, '7 new articles in 7 days');
    const list = await editor.get('/admin/sources');
    assert.match(list.html, new RegExp(`<td data-label="Articles">7</td>`));

    publisher.route('/broken.rss', serve('nope', { 'content-type': 'text/plain' }, 404));
    await db().updateTable('sources').set({ feed_url: `${publisher.url}/broken.rss` }).where('id', '=', source.id).execute();
    await editor.post('/admin/sources/action', { _csrf: csrf, one: `fetch:${source.id}` });
    await runQueued('fetch-source');
    const failed = await editor.get(`/admin/sources/${source.id}`);
    assert.match(failed.html, /<td data-label="Outcome">Failed<br\/?><span class="small error-text">The server answered 404/);
    assert.match(failed.html, /<td data-label="HTTP status">404<\/td>/);
    assert.match(failed.html, /Failing \(1 in a row\)/);
  });

  test('the history keeps the newest fetches only', async () => {
    const source = await makeSource(t.desk, { title: 'Busy' });
    for (let i = 0; i < FETCHES_KEPT_PER_SOURCE + 5; i++) {
      await recordSourceFetch(db(), { sourceId: source.id, startedAt: new Date(Date.UTC(2026, 0, 1, 0, i)), durationMs: 10, outcome: 'not-modified', httpStatus: 304, itemsNew: 0, itemsUpdated: 0, error: null });
    }
    const rows = await db().selectFrom('source_fetches').select('started_at').where('source_id', '=', source.id).orderBy('id').execute();
    assert.equal(rows.length, FETCHES_KEPT_PER_SOURCE);
    assert.equal(rows[0]!.started_at, new Date(Date.UTC(2026, 0, 1, 0, 5)).toISOString());
  });

  test('remove, keeping its articles (paused for good) or with them', async () => {
    const kept = await makeSource(t.desk, { title: 'Keep me' });
    const keptArticle = await makeArticle(t.desk, kept);
    const gone = await makeSource(t.desk, { title: 'Delete me' });
    const goneArticle = await makeArticle(t.desk, gone);
    await addComment(t.desk, goneArticle, { status: 'approved' });

    const confirm = await editor.get(`/admin/sources/${gone.id}/remove`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.html, /It has 1 article on the desk, with 1 comment under them/);
    const csrf = inputValue(confirm.html, '_csrf');
    const unchosen = await editor.post(`/admin/sources/${gone.id}/remove`, { _csrf: csrf });
    assert.equal(unchosen.status, 422);

    const keep = await editor.post(`/admin/sources/${kept.id}/remove`, { _csrf: csrf, mode: 'keep' });
    assert.equal(keep.location, '/admin/sources?done=kept');
    assert.equal((await db().selectFrom('sources').select('paused').where('id', '=', kept.id).executeTakeFirstOrThrow()).paused, 1);
    assert.ok(await db().selectFrom('articles').select('id').where('id', '=', keptArticle.id).executeTakeFirst(), 'its article stays');

    const remove = await editor.post(`/admin/sources/${gone.id}/remove`, { _csrf: csrf, mode: 'delete' });
    assert.equal(remove.location, '/admin/sources?done=removed');
    assert.equal(await db().selectFrom('sources').select('id').where('id', '=', gone.id).executeTakeFirst(), undefined);
    assert.equal(await db().selectFrom('articles').select('id').where('id', '=', goneArticle.id).executeTakeFirst(), undefined);
    assert.deepEqual((await auditActions(t.desk, 'source', gone.id)).map((a) => a.action), ['source.remove']);
  });
});

describe('subscription lists', () => {
  test('an OPML import runs as a job with a progress page; export downloads the list', async () => {
    const csrf = await csrfOn(editor, '/admin/sources/import');
    const empty = await editor.post('/admin/sources/import', { _csrf: csrf, opml: '  ' });
    assert.equal(empty.status, 422);
    const junk = await editor.post('/admin/sources/import', { _csrf: csrf, opml: 'not a list' });
    assert.equal(junk.status, 422);
    assert.match(fieldError(junk.html, 'opml'), /not an OPML subscription list/);

    await makeSource(t.desk, { title: 'Known', feed_url: `${publisher.url}/known.rss` });
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body><outline text="Folder"><outline type="rss" text="Arts" xmlUrl="${publisher.url}/arts.rss"/><outline type="rss" text="Missing" xmlUrl="${publisher.url}/missing.rss"/></outline><outline type="rss" text="Known" xmlUrl="${publisher.url}/known.rss"/></body></opml>`;
    const started = await editor.post('/admin/sources/import', { _csrf: csrf, opml });
    assert.equal(started.status, 303);
    const progressUrl = started.location!;
    assert.match(progressUrl, /^\/admin\/sources\/imports\/\d+$/);
    const waiting = await editor.get(progressUrl);
    assert.match(waiting.html, /<strong>0 of 3 checked<\/strong>/);
    assert.doesNotMatch(waiting.html, /http-equiv="refresh"/, 'the page never reloads itself (WCAG 2.2.1)');
    assert.match(waiting.html, new RegExp(`<div id="import-progress" data-poll="${progressUrl}">`), 'admin.js is asked to follow it');
    assert.match(waiting.html, new RegExp(`<a href="${progressUrl}">Update the count</a>`), 'without a script, a link updates it');

    const [line] = await runQueued('import-sources');
    assert.match(line!, /1 added, 1 already sources, 1 failed/);
    const finished = await editor.get(progressUrl);
    assert.match(finished.html, /<strong>3 of 3 checked<\/strong>/);
    assert.match(finished.html, /<div id="import-progress">/, 'a finished import asks for no more updates');
    assert.match(finished.html, /The server answered 404: there is nothing at this address/);
    const added = await db().selectFrom('sources').selectAll().where('feed_url', '=', `${publisher.url}/arts.rss`).where('title', '=', 'Arts').executeTakeFirst();
    assert.ok(added, 'the feed that checked out was added under its outline’s title');
    assert.deepEqual((await auditActions(t.desk, 'source', added.id)).map((a) => [a.action, a.user_id !== null]), [['source.add', true]], 'in the name of who imported it');

    const exported = await fetch(`${t.url}/admin/sources/export.opml`, { headers: { cookie: `nd_session=${editor.cookie('nd_session')}` } });
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get('content-type') ?? '', /^text\/x-opml/);
    assert.match(exported.headers.get('content-disposition') ?? '', /attachment; filename="sources\.opml"/);
    const body = await exported.text();
    for (const path of ['/arts.rss', '/known.rss', '/sport.rss']) assert.ok(body.includes(`xmlUrl="${publisher.url}${path}"`), path);
  });
});

describe('who may', () => {
  test('every form needs its CSRF token; a moderator is refused, an editor allowed', async () => {
    const source = await makeSource(t.desk, { title: 'Guarded' });
    assert.equal((await editor.post('/admin/sources/action', { one: `pause:${source.id}` })).status, 403);
    assert.equal((await editor.post(`/admin/sources/${source.id}`, { title: 'x' })).status, 403);
    assert.equal((await editor.post('/admin/sources/new', { step: 'discover', url: `${publisher.url}/` })).status, 403);
    assert.equal((await editor.post('/admin/sources/import', { opml: 'x' })).status, 403);

    const { browser: moderator } = await staffBrowser(t.url, t.desk, 'moderator');
    for (const path of ['/admin/sources', '/admin/sources/new', `/admin/sources/${source.id}`, '/admin/sources/import', '/admin/sources/export.opml']) {
      assert.equal((await moderator.get(path)).status, 403, path);
    }
    const csrf = inputValue((await moderator.get('/admin')).html, '_csrf');
    assert.equal((await moderator.post(`/admin/sources/${source.id}/remove`, { _csrf: csrf, mode: 'delete' })).status, 403);
    assert.ok(await db().selectFrom('sources').select('id').where('id', '=', source.id).executeTakeFirst());
    for (const path of ['/admin/sources', '/admin/sources/new', `/admin/sources/${source.id}`, `/admin/sources/${source.id}/remove`, '/admin/sources/import']) {
      assert.equal((await editor.get(path)).status, 200, path);
    }
  });
});
