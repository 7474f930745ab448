import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { operator, staffActor } from '../../src/commands/actor.js';
import { addSource, editSource, importSources, removeSourceBy, setSourcePausedBy } from '../../src/commands/sources.js';
import type { Config } from '../../src/config.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import type { Browserish } from '../support/http.js';
import { inputValue } from '../support/http.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { addComment, addStaff, auditActions, staffBrowser, type StaffAccount } from './admin-helpers.js';
import { runCli } from './commands-cli.js';

/*
 * Sources through src/commands/sources.ts: the command line (main() in this process), the admin
 * page and a direct call as staff meet the same rules and leave the same audit entries.
 */

let t: TestDesk;
let publisher: Publisher;
let config: Config;
let editor: Browserish;
let editorAccount: StaffAccount;
let moderator: Browserish;
let moderatorAccount: StaffAccount;

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${publisher.url}/</link><description>d</description><item><guid>${title}-1</guid><title>${title} item</title><link>${publisher.url}/${title}/1</link><description>text</description></item></channel></rss>`;

before(async () => {
  t = await startTestDesk();
  config = { ...t.desk.context.config, allowPrivateFeeds: true };
  publisher = await startPublisher();
  for (const name of ['alpha', 'beta', 'gamma']) publisher.route(`/${name}.rss`, serve(rss(name), { 'content-type': 'application/rss+xml' }));
  ({ browser: editor, account: editorAccount } = await staffBrowser(t.url, t.desk, 'editor'));
  ({ browser: moderator, account: moderatorAccount } = await staffBrowser(t.url, t.desk, 'moderator'));
});
after(async () => {
  await publisher.close();
  await t.close();
});

const db = () => t.desk.store.db;
const newsdesk = (...args: string[]) => runCli(config, args);

async function sourceByFeed(feedUrl: string) {
  return db().selectFrom('sources').selectAll().where('feed_url', '=', feedUrl).executeTakeFirst();
}

/** The audit entries of a source, without who made them. */
async function entriesOf(sourceId: number) {
  return (await auditActions(t.desk, 'source', sourceId)).map((r) => ({ action: r.action, details: JSON.parse(r.details) as Record<string, unknown> }));
}

describe('adding', () => {
  test('the command line adds a discovered feed with an audit entry; an editor the same way; a moderator is refused', async () => {
    const cli = await newsdesk('sources', 'add', `${publisher.url}/alpha.rss`, '--interval', '40');
    assert.equal(cli.code, 0, cli.stderr);
    const viaCli = (await sourceByFeed(`${publisher.url}/alpha.rss`))!;
    assert.equal(viaCli.fetch_interval_minutes, 40);
    const [cliEntry] = await auditActions(t.desk, 'source', viaCli.id);
    assert.equal(cliEntry?.action, 'source.add');
    assert.equal(cliEntry?.actor, 'command line');

    const asEditor = staffActor(editorAccount.user);
    const added = await addSource(db(), asEditor, { feedUrl: `${publisher.url}/beta.rss`, title: 'beta', siteUrl: publisher.url });
    assert.equal(added.kind, 'added');
    const viaEditor = (await sourceByFeed(`${publisher.url}/beta.rss`))!;
    const [editorEntry] = await auditActions(t.desk, 'source', viaEditor.id);
    assert.equal(editorEntry?.actor, editorAccount.email);
    assert.deepEqual(Object.keys(JSON.parse(editorEntry!.details)), Object.keys(JSON.parse(cliEntry!.details)));

    const again = await newsdesk('sources', 'add', `${publisher.url}/alpha.rss`);
    assert.equal(again.code, 1);
    assert.match(again.stderr, new RegExp(`already source #${viaCli.id}`));
    assert.equal((await addSource(db(), asEditor, { feedUrl: `${publisher.url}/alpha.rss`, title: 'alpha', siteUrl: publisher.url })).kind, 'duplicate');

    const refused = await addSource(db(), staffActor(moderatorAccount.user), { feedUrl: `${publisher.url}/gamma.rss`, title: 'gamma', siteUrl: publisher.url });
    assert.deepEqual(refused, { kind: 'forbidden', message: 'the moderator role may not change sources' });
    assert.equal(await sourceByFeed(`${publisher.url}/gamma.rss`), undefined);
  });

  test('an OPML import adds the new feeds and says so in the audit log', async () => {
    const file = join(t.dbPath, '..', 'list.opml');
    const url = (name: string) => `${publisher.url}/import-${name}.rss`;
    writeFileSync(file, `<?xml version="1.0"?><opml version="2.0"><head><title>l</title></head><body><outline text="One" xmlUrl="${url('one')}"/><outline text="Two" xmlUrl="${url('two')}"/></body></opml>`);
    const first = await newsdesk('sources', 'import', file);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Imported 2 sources/);
    const again = await newsdesk('sources', 'import', file);
    assert.match(again.stdout, /Imported 0 sources .*\(2 already here\)/);
    const entries = await db().selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'source.import').orderBy('id').execute();
    assert.equal(entries.length, 2);
    const one = (await sourceByFeed(url('one')))!;
    const two = (await sourceByFeed(url('two')))!;
    assert.deepEqual(JSON.parse(entries[0]!.details), { from: file, added: [one.id, two.id], known: 0 });
    assert.deepEqual(JSON.parse(entries[1]!.details), { from: file, added: [], known: 2 });
    assert.ok(entries.every((e) => e.actor === 'command line'));

    const refused = await importSources(db(), staffActor(moderatorAccount.user), { entries: [{ feedUrl: url('three'), title: null, siteUrl: null }], from: 'x' });
    assert.equal(refused.kind, 'forbidden');
    assert.equal(await sourceByFeed(url('three')), undefined);
  });
});

describe('editing', () => {
  test('the command line and an editor: the same change, the same audit entry with before and after', async () => {
    const a = await makeSource(t.desk, { fetch_interval_minutes: 30 });
    const b = await makeSource(t.desk, { fetch_interval_minutes: 30 });
    const cli = await newsdesk('sources', 'edit', String(a.id), '--interval', '90', '--max-age-days', '7');
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, /updated: fetch_interval_minutes, max_age_days/);
    const direct = await editSource(db(), staffActor(editorAccount.user), { sourceId: b.id, edit: { intervalMinutes: 90, maxAgeDays: 7 } });
    assert.equal(direct.kind, 'edited');
    const expected = [{ action: 'source.edit', details: { fetch_interval_minutes: { from: 30, to: 90 }, max_age_days: { from: null, to: 7 } } }];
    assert.deepEqual(await entriesOf(a.id), expected);
    assert.deepEqual(await entriesOf(b.id), expected);
  });

  test('the rules hold for a direct call too: a bad interval, a bad filter, a moderator', async () => {
    const s = await makeSource(t.desk, { fetch_interval_minutes: 30 });
    const asEditor = staffActor(editorAccount.user);
    assert.equal((await editSource(db(), asEditor, { sourceId: s.id, edit: { intervalMinutes: 0 } })).kind, 'invalid');
    assert.equal((await editSource(db(), asEditor, { sourceId: s.id, edit: { filters: [{ action: 'block', field: 'title', pattern: '(', regex: true }] } })).kind, 'invalid');
    assert.equal((await editSource(db(), asEditor, { sourceId: s.id, edit: { title: '   ' } })).kind, 'invalid');
    assert.equal((await editSource(db(), staffActor(moderatorAccount.user), { sourceId: s.id, edit: { intervalMinutes: 5 } })).kind, 'forbidden');
    assert.equal((await editSource(db(), operator, { sourceId: 999_999, edit: { intervalMinutes: 5 } })).kind, 'missing');
    const row = await db().selectFrom('sources').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    assert.equal(row.fetch_interval_minutes, 30);
    assert.deepEqual(await entriesOf(s.id), []);
  });
});

describe('removing', () => {
  test('comments under its articles stop removal unless forced, whoever asks; forced, articles and comments go, with one audit entry', async () => {
    const viaCli = await makeSource(t.desk);
    const viaEditor = await makeSource(t.desk);
    for (const source of [viaCli, viaEditor]) await addComment(t.desk, await makeArticle(t.desk, source));

    const refusedCli = await newsdesk('sources', 'remove', String(viaCli.id));
    assert.equal(refusedCli.code, 1);
    assert.match(refusedCli.stderr, /has 1 comments under its articles.*--force/);
    const asEditor = staffActor(editorAccount.user);
    assert.deepEqual(await removeSourceBy(db(), asEditor, { sourceId: viaEditor.id, force: false }), { kind: 'has-comments', comments: 1 });
    assert.equal((await removeSourceBy(db(), staffActor(moderatorAccount.user), { sourceId: viaEditor.id, force: true })).kind, 'forbidden');
    for (const s of [viaCli, viaEditor]) assert.ok(await db().selectFrom('sources').select('id').where('id', '=', s.id).executeTakeFirst(), 'still there');

    assert.equal((await newsdesk('sources', 'remove', String(viaCli.id), '--force')).code, 0);
    assert.equal((await removeSourceBy(db(), asEditor, { sourceId: viaEditor.id, force: true })).kind, 'removed');
    for (const s of [viaCli, viaEditor]) {
      assert.equal(await db().selectFrom('sources').select('id').where('id', '=', s.id).executeTakeFirst(), undefined);
      assert.equal(await db().selectFrom('articles').select('id').where('source_id', '=', s.id).executeTakeFirst(), undefined);
      const entries = await entriesOf(s.id);
      assert.deepEqual(entries.map((e) => e.action), ['source.remove']);
      assert.equal(entries[0]!.details.articles, 1);
      assert.equal(entries[0]!.details.comments, 1);
    }
    assert.equal((await newsdesk('sources', 'remove', String(viaCli.id))).code, 1, 'gone');
  });
});

describe('pausing', () => {
  test('the command line and the admin page: the same audit entry; a moderator is refused on the page and in a direct call', async () => {
    const viaCli = await makeSource(t.desk);
    const viaPage = await makeSource(t.desk);
    assert.equal((await newsdesk('sources', 'pause', String(viaCli.id))).code, 0);
    const page = await editor.get('/admin/sources');
    const res = await editor.post('/admin/sources/action', { _csrf: inputValue(page.html, '_csrf'), one: `pause:${viaPage.id}` });
    assert.equal(res.status, 303);
    assert.deepEqual(await entriesOf(viaCli.id), [{ action: 'source.pause', details: {} }]);
    assert.deepEqual(await entriesOf(viaPage.id), [{ action: 'source.pause', details: {} }]);
    assert.equal((await auditActions(t.desk, 'source', viaPage.id))[0]!.actor, editorAccount.email);

    const other = await makeSource(t.desk);
    const refused = await moderator.post('/admin/sources/action', { _csrf: inputValue((await moderator.get('/admin')).html, '_csrf'), one: `pause:${other.id}` });
    assert.equal(refused.status, 403);
    assert.equal((await setSourcePausedBy(db(), staffActor(moderatorAccount.user), { sourceId: other.id, paused: true })).kind, 'forbidden');
    const row = await db().selectFrom('sources').select('paused').where('id', '=', other.id).executeTakeFirstOrThrow();
    assert.equal(row.paused, 0);
    assert.deepEqual(await entriesOf(other.id), []);
  });
});

test('admins and the operator may pause and resume, as editors do, each named in the log', async () => {
  const admin = await addStaff(t.desk, 'admin');
  const s = await makeSource(t.desk);
  assert.equal((await setSourcePausedBy(db(), staffActor(admin.user), { sourceId: s.id, paused: true })).kind, 'done');
  assert.equal((await setSourcePausedBy(db(), operator, { sourceId: s.id, paused: false })).kind, 'done');
  assert.deepEqual(
    (await auditActions(t.desk, 'source', s.id)).map((r) => [r.action, r.actor]),
    [
      ['source.pause', admin.email],
      ['source.resume', 'command line'],
    ],
  );
});
