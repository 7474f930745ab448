/** The moderation work of issue 14: the queue's filters, "all on this page", the menu's count, settings in groups, the audit log in sentences. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findComment } from '../../src/store/comments.js';
import type { Article } from '../../src/store/schema.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities } from '../support/http.js';
import { addComment, csrfOn, queueRowIds, queueRowOf, settingsFormFrom, staffBrowser, type StaffAccount } from './admin-helpers.js';

let t: TestDesk;
let moderator: Browserish;
let admin: Browserish;
let adminAccount: StaffAccount;
before(async () => {
  t = await startTestDesk();
  ({ browser: moderator } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Mona Moderator' }));
  ({ browser: admin, account: adminAccount } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Ada Admin' }));
});
after(() => t.close());

async function freshArticle(title?: string): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk), title ? { title } : {});
}

const rowIds = queueRowIds;
const rowOf = queueRowOf;

async function pendingInStore(): Promise<number> {
  const row = await t.desk.store.db.selectFrom('comments').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the queue’s filters', () => {
  test('by article: a row’s link keeps only that article’s comments, and the filter says so and can be dropped', async () => {
    const harbour = await freshArticle('Harbour reopens after the storm');
    const other = await freshArticle('Trains run late');
    const a = await addComment(t.desk, harbour);
    const b = await addComment(t.desk, other);
    const all = await moderator.get('/admin/comments');
    const link = /<a href="([^"]+)" class="article-filter-link">/.exec(rowOf(all.html, a.id))![1]!;
    assert.equal(decodeEntities(link), `/admin/comments?status=pending&article=${harbour.id}`);
    const page = await moderator.get(decodeEntities(link));
    assert.equal(page.status, 200);
    assert.deepEqual(rowIds(page.html), [a.id]);
    assert.ok(!rowIds(page.html).includes(b.id));
    assert.match(page.html, /On the article “Harbour reopens after the storm” <a href="\/admin\/comments\?status=pending">Show every article’s comments<\/a>/);
    assert.match(page.html, new RegExp(`<a href="/admin/comments\\?status=approved&amp;article=${harbour.id}"[^>]*>Approved <span class="tab-count">\\(0\\)</span>`), 'the tabs keep the filter and count within it');
    assert.match(page.html, new RegExp(`<a href="/admin/comments\\?status=pending&amp;article=${harbour.id}" aria-current="page">Pending <span class="tab-count">\\(1\\)</span>`));
  });

  test('by reader: “this reader’s other comments” finds every comment with that email, named by a comment number so no email goes into an address', async () => {
    const article = await freshArticle();
    const first = await addComment(t.desk, article, { author_name: 'Rita Reader', author_email: 'rita@example.com', status: 'approved', status_reason: 'approved: known author' });
    const second = await addComment(t.desk, article, { author_name: 'Rita Reader', author_email: 'rita@example.com', status: 'spam', status_reason: 'spam: hidden field filled' });
    const held = await addComment(t.desk, article, { author_name: 'Rita R.', author_email: 'rita@example.com' });
    const stranger = await addComment(t.desk, article, { status: 'approved' });
    const queue = await moderator.get('/admin/comments');
    const row = rowOf(queue.html, held.id);
    const link = decodeEntities(/<a href="([^"]+)" class="reader-link">This reader’s other comments/.exec(row)![1]!);
    assert.equal(link, `/admin/comments?status=approved&reader=${held.id}`);
    assert.doesNotMatch(link, /rita|example/);
    const approved = await moderator.get(link);
    assert.deepEqual(rowIds(approved.html), [first.id]);
    assert.ok(!rowIds(approved.html).includes(stranger.id));
    assert.match(approved.html, /By Rita R\. &lt;rita@example.com> <a href="\/admin\/comments\?status=approved">Show every reader’s comments<\/a>/);
    assert.match(approved.html, new RegExp(`status=spam&amp;reader=${held.id}"[^>]*>Spam <span class="tab-count">\\(1\\)</span>`));
    assert.match(approved.html, new RegExp(`status=pending&amp;reader=${held.id}"[^>]*>Pending <span class="tab-count">\\(1\\)</span>`));
    const spam = await moderator.get(`/admin/comments?status=spam&reader=${held.id}`);
    assert.deepEqual(rowIds(spam.html), [second.id]);
  });

  test('by reason: the kinds of reason the rules write, the spam model’s among them', async () => {
    const article = await freshArticle();
    const first = await addComment(t.desk, article, { status_reason: 'held: first comment' });
    const links = await addComment(t.desk, article, { status_reason: 'held: 3 links' });
    const word = await addComment(t.desk, article, { status_reason: 'held: moderation word "casino" in text' });
    const model = await addComment(t.desk, article, { status_reason: 'held: score 55 (model v2: the words +1.20)', spam_score: 55, spam_model_version: 2, spam_features: '[{"feature":"host:pills.example","weight":2.1},{"feature":"\\" cas\\"","weight":0.4}]' });
    const scoped = `&article=${article.id}`;
    const cases: [string, number][] = [
      ['first', first.id],
      ['links', links.id],
      ['moderation-word', word.id],
      ['spam-model', model.id],
    ];
    for (const [reason, id] of cases) {
      const page = await moderator.get(`/admin/comments?status=pending&reason=${reason}${scoped}`);
      assert.equal(page.status, 200);
      assert.deepEqual(rowIds(page.html), [id], `reason ${reason}`);
      assert.match(page.html, new RegExp(`<option value="${reason}" selected>`), 'the menu keeps the choice');
    }
    const none = await moderator.get(`/admin/comments?status=pending&reason=disallowed-word${scoped}`);
    assert.deepEqual(rowIds(none.html), []);
    assert.match(none.html, /No pending comments with these filters\./);
    const unknown = await moderator.get(`/admin/comments?status=pending&reason=nonsense${scoped}`);
    assert.equal(rowIds(unknown.html).length, 4, 'an unknown reason is no filter');
    const row = rowOf((await moderator.get(`/admin/comments?status=pending&reason=spam-model${scoped}`)).html, model.id);
    const words = /<p class="spam-features">(.*?)<\/p>/.exec(row)?.[1] ?? '';
    assert.equal(words.replace(/<[^>]+>/g, ''), 'What weighed most with the spam model: a link to pills.example (towards spam, +2.10); the letters “cas” (towards spam, +0.40).');
    const featureLink = decodeEntities(/<a href="([^"]+)">a link to pills\.example<\/a>/.exec(words)![1]!);
    assert.equal(featureLink, `/admin/comments?status=pending&article=${article.id}&reason=spam-model&feature=host%3Apills.example`);
    const alsoPills = await addComment(t.desk, article, { status_reason: 'held: 3 links', spam_features: '[{"feature":"host:pills.example","weight":1.1}]' });
    await addComment(t.desk, article, { status_reason: 'held: 3 links', spam_features: '[{"feature":"host:pills.example.org","weight":1.1}]' });
    const byFeature = await moderator.get(`/admin/comments?status=pending&article=${article.id}&feature=host%3Apills.example`);
    assert.deepEqual(rowIds(byFeature.html).sort(), [model.id, alsoPills.id].sort(), 'the feature exactly, not one that starts the same');
    assert.match(byFeature.html, /Where the spam model weighed a link to pills\.example <a href="[^"]+">Show comments whatever the model weighed<\/a>/);
    const wild = await moderator.get(`/admin/comments?status=pending&article=${article.id}&feature=%25`);
    assert.deepEqual(rowIds(wild.html), [], 'a LIKE wildcard is a character like any other');
  });

  test('a search keeps the article, reader and reason it was made within', async () => {
    const article = await freshArticle();
    const tag = `zz${Date.now().toString(36)}`;
    const hit = await addComment(t.desk, article, { body_markdown: `About ${tag} here`, body_html: `<p>About ${tag} here</p>` });
    const elsewhere = await addComment(t.desk, await freshArticle(), { body_markdown: `Also ${tag}`, body_html: `<p>Also ${tag}</p>` });
    assert.ok(rowIds((await moderator.get(`/admin/comments?status=pending&q=${tag}`)).html).includes(elsewhere.id));
    const page = await moderator.get(`/admin/comments?status=pending&article=${article.id}`);
    assert.match(page.html, new RegExp(`<input type="hidden" name="article" value="${article.id}"/>`));
    const searched = await moderator.get(`/admin/comments?status=pending&q=${tag}&article=${article.id}`);
    assert.deepEqual(rowIds(searched.html), [hit.id]);
  });
});

describe('bulk actions over the whole page', () => {
  test('“All N on this page” acts on every row of the page without scripts; a checked row alone acts on that row', async () => {
    const article = await freshArticle();
    const rows = [await addComment(t.desk, article), await addComment(t.desk, article), await addComment(t.desk, article)];
    const from = `/admin/comments?status=pending&article=${article.id}`;
    const page = await moderator.get(from);
    assert.match(page.html, /<input type="checkbox" name="scope" value="page" id="select-all"\/><label for="select-all">All 3 on this page<\/label>/);
    const pageIds = /<input type="hidden" name="page_ids" value="([\d,]+)"\/>/.exec(page.html)![1]!;
    assert.deepEqual(pageIds.split(',').map(Number).sort(), rows.map((c) => c.id).sort());
    const csrf = await csrfOn(moderator, from);
    const res = await moderator.post('/admin/comments/action', { _csrf: csrf, return: from, bulk: 'approve', scope: 'page', page_ids: pageIds });
    assert.equal(res.status, 303);
    assert.match(res.location ?? '', /done=approve&n=3/);
    for (const c of rows) assert.equal((await findComment(t.desk.store.db, c.id))?.status, 'approved');
  });

  test('without “all”, only the checked rows change', async () => {
    const article = await freshArticle();
    const [a, b] = [await addComment(t.desk, article), await addComment(t.desk, article)];
    const from = `/admin/comments?status=pending&article=${article.id}`;
    const csrf = await csrfOn(moderator, from);
    await moderator.post('/admin/comments/action', { _csrf: csrf, return: from, bulk: 'trash', ids: String(a.id), page_ids: `${a.id},${b.id}` });
    assert.equal((await findComment(t.desk.store.db, a.id))?.status, 'trash');
    assert.equal((await findComment(t.desk.store.db, b.id))?.status, 'pending');
  });

  test('the keyboard help and the announcer are on the page, the help hidden until admin.js shows it; admin.js is loaded from the desk itself', async () => {
    const article = await freshArticle();
    await addComment(t.desk, article);
    const page = await moderator.get(`/admin/comments?article=${article.id}`);
    assert.match(page.html, /<details class="shortcuts-help" id="shortcuts-help" hidden><summary>Keyboard shortcuts<\/summary>/);
    assert.match(page.html, /<p id="queue-announce" class="visually-hidden" role="status" aria-live="polite"><\/p>/);
    const script = /<script src="(\/assets\/admin\.[^"]+\.js|\/[^"]*admin[^"]*\.js)" defer><\/script>/.exec(page.html);
    assert.ok(script, 'admin.js in the head');
    const js = await fetch(new URL(script[1]!, t.url));
    assert.equal(js.status, 200);
    assert.match(await js.text(), /keydown/);
    assert.equal(page.html.match(/<script\b/g)?.length, 1, 'no other script, none inline');
  });
});

describe('the menu’s count', () => {
  test('the pending count beside “Comments” is the store’s, and follows a moderation', async () => {
    const article = await freshArticle();
    const c = await addComment(t.desk, article);
    const page = await moderator.get('/admin');
    const count = await pendingInStore();
    assert.ok(count > 0);
    assert.match(page.html, new RegExp(`<a href="/admin/comments">Comments <span class="menu-count" id="menu-pending-count">${count}</span><span class="visually-hidden"> awaiting moderation</span></a>`));
    const csrf = await csrfOn(moderator, '/admin/comments');
    await moderator.post('/admin/comments/action', { _csrf: csrf, return: '/admin/comments', one: `approve:${c.id}` });
    const shown = /<span class="menu-count" id="menu-pending-count">(\d+)<\/span>/.exec((await moderator.get('/admin')).html);
    assert.equal(Number(shown?.[1] ?? 0), count - 1);
  });

  test('staff who do not moderate see no count (and no query is made for them)', async () => {
    const { browser: editor } = await staffBrowser(t.url, t.desk, 'editor');
    const page = await editor.get('/admin');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.html, /menu-count/);
  });
});

describe('settings in groups', () => {
  test('the groups of WordPress’s Discussion screen, then the site’s; every setting once, with its help and its default', async () => {
    const page = await admin.get('/admin/settings');
    assert.equal(page.status, 200);
    const legends = [...page.html.matchAll(/<legend>([^<]+)<\/legend>/g)].map((m) => decodeEntities(m[1]!));
    assert.deepEqual(legends.slice(0, 5), ['Before a comment appears', 'Comment moderation', 'Disallowed words and spam', 'Notifications', 'Appearance of discussions']);
    const group = (id: string) => {
      const start = page.html.indexOf(`<fieldset class="settings-group" id="group-${id}"`);
      assert.ok(start >= 0, `group ${id}`);
      return page.html.slice(start, page.html.indexOf('</fieldset>', start));
    };
    assert.match(group('before'), /id="setting-holdAllComments"/);
    assert.match(group('before'), /id="setting-requirePriorApproval"/);
    assert.match(group('moderation'), /id="setting-moderationWords"/);
    assert.match(group('moderation'), /id="setting-commentMaxLinks"/);
    assert.match(group('disallowed'), /id="setting-disallowedWords"/);
    assert.match(group('notifications'), /id="setting-notifyModeratorsOfHeld"/);
    assert.match(group('appearance'), /id="setting-threadDepth"/);
    assert.match(page.html, /<span class="field-help" id="setting-threadDepth-help">Nesting depth of replies[^<]*<span class="setting-default">Default: 5<\/span><\/span>/);
    assert.match(page.html, /id="setting-holdAllComments-help">[^<]*<span class="setting-default">Default: off<\/span>/);
    assert.match(page.html, /id="setting-requirePriorApproval-help">[^<]*<span class="setting-default">Default: on<\/span>/);
    assert.match(page.html, /id="setting-disallowedWords-help">[^<]*<span class="setting-default">Default: empty<\/span>/);
    const { defaultSettings } = await import('../../src/store/settings.js');
    for (const key of Object.keys(defaultSettings)) {
      assert.equal(page.html.split(`id="setting-${key}"`).length - 1, 1, `${key} once`);
    }
  });

  test('a wrong value is refused next to its field, in its group, and the form keeps what was typed', async () => {
    const csrf = await csrfOn(admin, '/admin/settings');
    const page = await admin.get('/admin/settings');
    const res = await admin.post('/admin/settings', { ...settingsFormFrom(page.html), threadDepth: 'deep', _csrf: csrf });
    assert.equal(res.status, 422);
    assert.match(res.html, /<input id="setting-threadDepth" name="threadDepth" aria-describedby="setting-threadDepth-help setting-threadDepth-error" aria-invalid="true" type="text" inputMode="numeric" value="deep"/i);
  });
});

describe('the audit log in sentences', () => {
  test('moderation reads as a sentence naming the moderator, the author and the article; the stored entry sits behind a disclosure', async () => {
    const article = await freshArticle('Ferry timetable changes');
    const c = await addComment(t.desk, article, { author_name: 'Ben Bright' });
    const from = `/admin/comments?status=pending&article=${article.id}`;
    const csrf = await csrfOn(moderator, from);
    await moderator.post('/admin/comments/action', { _csrf: csrf, return: from, one: `approve:${c.id}` });
    const page = await admin.get('/admin/audit?kind=moderation');
    assert.equal(page.status, 200);
    assert.match(page.html, /<p class="audit-sentence">moderator-[^@]+@desk\.example approved Ben Bright’s comment on “Ferry timetable changes” \(it was pending\)\.<\/p><details class="audit-details"><summary>Recorded details<\/summary><pre>action: comment\.approved/);
    assert.doesNotMatch(page.html, /<td[^>]*>\{"from"/, 'no raw JSON as the main text');
  });

  test('filters: who, what kind, and days; the filters stay in the form and the pages’ links', async () => {
    const csrf = await csrfOn(admin, '/admin/settings');
    const page = await admin.get('/admin/settings');
    await admin.post('/admin/settings', { ...settingsFormFrom(page.html), threadDepth: '4', _csrf: csrf });
    const settings = await admin.get(`/admin/audit?kind=settings&actor=${encodeURIComponent(adminAccount.email.slice(0, 8).toUpperCase())}`);
    assert.match(settings.html, /changed the settings: Reply depth from 5 to 4\./);
    assert.doesNotMatch(settings.html, /approved/);
    assert.match(settings.html, /<option value="settings" selected>/);
    const nobody = await admin.get('/admin/audit?actor=nobody-at-all');
    assert.match(nobody.html, /No entries match these filters\./);
    const today = new Date().toISOString().slice(0, 10);
    const days = await admin.get(`/admin/audit?kind=settings&from=${today}&to=${today}`);
    assert.match(days.html, /Reply depth from 5 to 4/);
    const past = await admin.get('/admin/audit?kind=settings&from=2001-01-01&to=2001-01-02');
    assert.match(past.html, /No entries match these filters\./);
    const signIns = await admin.get('/admin/audit?kind=accounts');
    assert.match(signIns.html, /signed in\./);
    assert.doesNotMatch(signIns.html, /changed the settings/);
  });

  test('a day that is not a date is refused next to its field, keeping what was typed (422)', async () => {
    const res = await admin.get('/admin/audit?from=2026-02-30&to=soon');
    assert.equal(res.status, 422);
    assert.match(res.html, /<input id="audit-from" name="from" type="date" value="2026-02-30" aria-invalid="true" aria-describedby="audit-from-error"\/>/);
    assert.match(res.html, /id="audit-to-error"[^>]*>[^<]*Enter a date as year-month-day, such as 2026-03-14, not “soon”\./);
  });

  test('every cell of the log has its column’s name, for phones', async () => {
    const page = await admin.get('/admin/audit');
    const cells = [...page.html.matchAll(/<td\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(cells.length > 0);
    for (const cell of cells) assert.match(cell, /data-label="/);
  });
});
