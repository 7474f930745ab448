/** Articles, sources, settings, the audit log and the dashboard in the back office. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { writeAudit } from '../../src/store/audit.js';
import { defaultSettings, loadSettings } from '../../src/store/settings.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';
import { addComment, auditActions, csrfOn, settingsFormFrom, staffBrowser, type StaffAccount } from './admin-helpers.js';

let t: TestDesk;
let editor: Browserish;
let editorAccount: StaffAccount;
let admin: Browserish;
let adminAccount: StaffAccount;
before(async () => {
  t = await startTestDesk();
  ({ browser: editor, account: editorAccount } = await staffBrowser(t.url, t.desk, 'editor'));
  ({ browser: admin, account: adminAccount } = await staffBrowser(t.url, t.desk, 'admin'));
});
after(() => t.close());

function rowOf(html: string, id: string): string {
  const start = html.indexOf(`<tr id="${id}">`);
  assert.ok(start >= 0, `row ${id}`);
  return html.slice(start, html.indexOf('</tr>', start));
}

describe('articles', () => {
  test('search by title; hide and unhide; close and open comments; each audited', async () => {
    const source = await makeSource(t.desk, { title: 'Harbour Gazette' });
    const article = await makeArticle(t.desk, source, { title: 'Tide barrier opens at last' });
    const otherArticle = await makeArticle(t.desk, source, { title: 'Allotment notice' });
    await addComment(t.desk, article, { status: 'approved' });
    await addComment(t.desk, article);

    const list = await editor.get('/admin/articles?q=BARRIER');
    assert.equal(list.status, 200);
    const row = rowOf(list.html, `article-${article.id}`);
    assert.match(row, new RegExp(`<th scope="row" class="title-cell" data-label="Title"><a href="/articles/${article.slug}">Tide barrier opens at last</a></th>`));
    assert.match(row, /<td data-label="Source">Harbour Gazette<\/td>/);
    assert.match(row, /<td data-label="Comments">1 approved, 1 pending<\/td>/);
    assert.match(row, /Visible, comments open/);
    assert.ok(!list.html.includes(`article-${otherArticle.id}`), 'the search leaves out other titles');

    const csrf = inputValue(list.html, '_csrf');
    const post = (one: string) => editor.post('/admin/articles/action', { _csrf: csrf, one, return: '/admin/articles?q=BARRIER' });

    const hide = await post(`hide:${article.id}`);
    assert.equal(hide.location, '/admin/articles?q=BARRIER&done=hide');
    assert.equal((await new Browserish(t.url).get(`/articles/${article.slug}`)).status, 404, 'hidden from readers');
    const hiddenList = await editor.get('/admin/articles?q=BARRIER&done=hide');
    assert.match(hiddenList.html, /The article is hidden from readers\./);
    assert.match(rowOf(hiddenList.html, `article-${article.id}`), /Hidden, comments open/);

    await post(`unhide:${article.id}`);
    assert.equal((await new Browserish(t.url).get(`/articles/${article.slug}`)).status, 200);

    const close = await post(`close:${article.id}`);
    assert.equal(close.location, '/admin/articles?q=BARRIER&done=close');
    const closed = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.match(closed.html, /Comments are closed\./);
    assert.doesNotMatch(closed.html, /id="commentform"/);
    await post(`open:${article.id}`);
    assert.match((await new Browserish(t.url).get(`/articles/${article.slug}`)).html, /id="commentform"/);

    assert.deepEqual(
      (await auditActions(t.desk, 'article', article.id)).map((a) => [a.action, a.actor]),
      [
        ['article.hide', editorAccount.email],
        ['article.unhide', editorAccount.email],
        ['article.close_comments', editorAccount.email],
        ['article.open_comments', editorAccount.email],
      ],
    );
    assert.equal((await post('explode:1')).status, 404);
  });

  test('edit title and excerpt: the excerpt is sanitized against the article’s address; mistakes are marked and the typing kept', async () => {
    const source = await makeSource(t.desk);
    const article = await makeArticle(t.desk, source, { url: 'https://paper.example/news/2026/story.html' });
    const form = await editor.get(`/admin/articles/${article.id}/edit?return=%2Fadmin%2Farticles`);
    assert.equal(form.status, 200);
    assert.equal(inputValue(form.html, 'title'), article.title);
    assert.match(form.html, /<textarea id="excerpt" name="excerpt"[^>]*>&lt;p>First paragraph of the test story\.&lt;\/p>/);
    const csrf = inputValue(form.html, '_csrf');

    const bad = await editor.post(`/admin/articles/${article.id}/edit`, { _csrf: csrf, return: '/admin/articles', title: '   ', excerpt: '<script>alert(1)</script>' });
    assert.equal(bad.status, 422);
    assert.match(bad.html, /<span class="field-error" id="title-error">Please enter a title\.<\/span>/);
    assert.match(bad.html, /<span class="field-error" id="excerpt-error">Nothing is left of this excerpt once cleaned\./);
    assert.match(bad.html, /<textarea id="excerpt"[^>]*>&lt;script>alert\(1\)&lt;\/script><\/textarea>/);

    const good = await editor.post(`/admin/articles/${article.id}/edit`, {
      _csrf: csrf,
      return: '/admin/articles',
      title: '  A  better   title ',
      excerpt: '<p onclick="steal()">Read <a href="../more.html?utm_source=x">more</a>.</p><script>alert(1)</script><form><input></form>',
    });
    assert.equal(good.status, 303);
    assert.equal(good.location, '/admin/articles?done=edit');
    const stored = await t.desk.store.db.selectFrom('articles').selectAll().where('id', '=', article.id).executeTakeFirstOrThrow();
    assert.equal(stored.title, 'A better title');
    assert.equal(stored.excerpt_html, '<p>Read <a href="https://paper.example/news/more.html" rel="noopener nofollow">more</a>.</p>');
    const publicPage = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.match(publicPage.html, /<h1>A better title<\/h1>/);
    assert.match(publicPage.html, /<p>Read <a href="https:\/\/paper.example\/news\/more.html" rel="noopener nofollow">more<\/a>\.<\/p>/);
    const audit = await auditActions(t.desk, 'article', article.id);
    assert.deepEqual(audit.map((a) => [a.action, a.actor]), [['article.edit', editorAccount.email]]);
    assert.deepEqual(JSON.parse(audit[0]!.details), { slug: article.slug, fields: ['title', 'excerpt'] });
  });
});

describe('sources', () => {
  test('the list shows errors; pause and resume are audited', async () => {
    const failing = await makeSource(t.desk, { title: 'Flaky Feed', feed_url: 'https://flaky.example/feed.xml' });
    await t.desk.store.db.updateTable('sources').set({ error_count: 3, last_error: 'HTTP 500 from flaky.example' }).where('id', '=', failing.id).execute();
    const page = await editor.get('/admin/sources');
    const row = rowOf(page.html, `source-${failing.id}`);
    assert.match(row, /Failing \(3 in a row\)/);
    assert.match(row, /HTTP 500 from flaky\.example/);
    const res = await editor.post('/admin/sources/action', { _csrf: inputValue(page.html, '_csrf'), one: `pause:${failing.id}` });
    assert.equal(res.location, '/admin/sources?done=pause');
    assert.equal((await t.desk.store.db.selectFrom('sources').select('paused').where('id', '=', failing.id).executeTakeFirstOrThrow()).paused, 1);
    await editor.post('/admin/sources/action', { _csrf: inputValue(page.html, '_csrf'), one: `resume:${failing.id}` });
    assert.equal((await t.desk.store.db.selectFrom('sources').select('paused').where('id', '=', failing.id).executeTakeFirstOrThrow()).paused, 0);
    assert.deepEqual((await auditActions(t.desk, 'source', failing.id)).map((a) => a.action), ['source.pause', 'source.resume']);
  });
});

describe('settings', () => {
  test('the form has a field for every setting and shows the public address as read-only', async () => {
    const page = await admin.get('/admin/settings');
    assert.equal(page.status, 200);
    const fields = settingsFormFrom(page.html);
    const current = await loadSettings(t.desk.store.db);
    const names = [...page.html.matchAll(/<(?:input|textarea) id="setting-\w+" name="(\w+)"/g)].map((m) => m[1]);
    assert.deepEqual(names.sort(), Object.keys(defaultSettings).sort(), 'one field per setting, no more');
    for (const [key, value] of Object.entries(current)) {
      if (typeof value === 'boolean') assert.equal(fields[key] === 'on', value, `${key} checkbox`);
      else assert.equal(fields[key], String(value), `${key} field`);
      assert.match(page.html, new RegExp(`<label for="setting-${key}">`), `${key} has a label`);
    }
    assert.match(page.html, /<textarea id="setting-blockedAuthors" name="blockedAuthors"/);
    assert.match(page.html, /<input id="setting-holdAllComments" name="holdAllComments" type="checkbox"/);
    assert.match(page.html, /<code id="public-url">http:\/\/127\.0\.0\.1:3000<\/code>/);
    assert.match(page.html, /Read-only here: it comes from the environment variable NEWSDESK_PUBLIC_URL\./);
    assert.doesNotMatch(page.html, /name="publicUrl"/);
  });

  test('wrong values are refused beside their fields with what was typed kept; nothing is saved', async () => {
    const page = await admin.get('/admin/settings');
    const fields = settingsFormFrom(page.html);
    const res = await admin.post('/admin/settings', {
      ...fields,
      siteName: 'Half Saved Desk',
      threadDepth: 'deep',
      floodSeconds: '-3',
      timeZone: 'Mars/Olympus_Mons',
      globalFilters: '[{"action":"explode"',
      _csrf: inputValue(page.html, '_csrf'),
    });
    assert.equal(res.status, 422);
    const html = decodeEntities(res.html);
    assert.match(html, /Nothing was saved: 4 settings need correcting\./);
    assert.match(html, /<span class="field-error" id="setting-threadDepth-error">Enter a number, not “deep”\.<\/span>/);
    assert.match(html, /<span class="field-error" id="setting-floodSeconds-error">floodSeconds must be a number of zero or more<\/span>/);
    assert.match(html, /<span class="field-error" id="setting-timeZone-error">timeZone must be an IANA time zone/);
    assert.match(html, /id="setting-globalFilters-error">/);
    assert.match(res.html, /aria-invalid="true"/);
    const kept = settingsFormFrom(res.html);
    assert.equal(kept.threadDepth, 'deep');
    assert.equal(kept.floodSeconds, '-3');
    assert.equal(kept.timeZone, 'Mars/Olympus_Mons');
    assert.equal(kept.globalFilters, '[{"action":"explode"');
    assert.equal(kept.siteName, 'Half Saved Desk');
    const saved = await loadSettings(t.desk.store.db);
    assert.equal(saved.siteName, 'Newsdesk');
    assert.equal(saved.threadDepth, 5);
  });

  test('good values are saved, booleans from checkboxes, word lists one per line; only changes are audited', async () => {
    const page = await admin.get('/admin/settings');
    const fields = settingsFormFrom(page.html);
    const before = await loadSettings(t.desk.store.db);
    delete fields.requirePriorApproval; // unticked
    const res = await admin.post('/admin/settings', {
      ...fields,
      siteName: '  The   Harbour Desk ',
      threadDepth: '3',
      holdAllComments: 'on',
      blockedAuthors: 'spam@example.com\r\n192.0.2.0/24\r\n',
      globalFilters: '[{"action":"block","field":"title","pattern":"sponsored"}]',
      _csrf: inputValue(page.html, '_csrf'),
    });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/admin/settings?saved=1');
    const saved = await loadSettings(t.desk.store.db);
    assert.equal(saved.siteName, 'The Harbour Desk');
    assert.equal(saved.threadDepth, 3);
    assert.equal(saved.requirePriorApproval, false);
    assert.equal(saved.holdAllComments, true);
    assert.equal(saved.blockedAuthors, 'spam@example.com\n192.0.2.0/24');
    assert.equal(saved.globalFilters, '[{"action":"block","field":"title","pattern":"sponsored"}]');
    assert.equal(saved.floodSeconds, before.floodSeconds);
    assert.equal(saved.commentsPerMinutePerAddress, before.commentsPerMinutePerAddress);
    const shown = await admin.get('/admin/settings?saved=1');
    assert.match(shown.html, /Settings saved\./);
    assert.equal(inputValue(shown.html, 'siteName'), 'The Harbour Desk');

    const entries = await auditActions(t.desk, 'settings', '');
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.action, 'settings.change');
    assert.equal(entries[0]!.actor, adminAccount.email);
    assert.deepEqual(Object.keys(JSON.parse(entries[0]!.details)).sort(), ['blockedAuthors', 'globalFilters', 'holdAllComments', 'requirePriorApproval', 'siteName', 'threadDepth']);
    assert.deepEqual(JSON.parse(entries[0]!.details).threadDepth, { from: 5, to: 3 });

    const again = await admin.post('/admin/settings', { ...settingsFormFrom(shown.html), _csrf: inputValue(shown.html, '_csrf') });
    assert.equal(again.location, '/admin/settings?saved=0');
    assert.equal((await auditActions(t.desk, 'settings', '')).length, 1, 'no change, no entry');
  });
});

describe('audit log', () => {
  test('newest first, 50 a page: each entry a sentence, the stored entry (who, what, target, details) behind a disclosure', async () => {
    const own = await startTestDesk();
    try {
      const { browser, account } = await staffBrowser(own.url, own.desk, 'admin');
      const base = Date.now() - 3_600_000;
      for (let i = 0; i < 60; i++) {
        await writeAudit(own.desk.store.db, { userId: null, label: 'command line' }, { action: `test.step${i}`, targetType: 'comment', targetId: i, details: { i } }, new Date(base + i * 1000));
      }
      const first = await browser.get('/admin/audit');
      assert.equal(first.status, 200);
      const actions = [...first.html.matchAll(/<pre>action: ([^\n<]+)/g)].map((m) => m[1]);
      assert.equal(actions.length, 50);
      assert.equal(actions[0], 'user.sign_in', 'the sign-in just now is newest');
      assert.deepEqual(actions.slice(1, 3), ['test.step59', 'test.step58']);
      assert.match(first.html, /<caption>61 entries, newest first, page 1 of 2<\/caption>/);
      assert.match(first.html, new RegExp(`<p class="audit-sentence">${account.email} signed in\\.</p><details class="audit-details"><summary>Recorded details</summary><pre>action: user.sign_in\nactor: ${account.email} \\(account #${account.user.id}\\)\ntarget: user #${account.user.id}</pre>`));
      assert.match(first.html, /<p class="audit-sentence">The command line did “test\.step59” to comment #59\.<\/p><details class="audit-details"><summary>Recorded details<\/summary><pre>action: test\.step59\nactor: command line\ntarget: comment #59\ndetails: \{\n {2}&quot;i&quot;: 59\n\}<\/pre>/);
      const second = await browser.get('/admin/audit?page=2');
      const rest = [...second.html.matchAll(/<pre>action: ([^\n<]+)/g)].map((m) => m[1]);
      assert.deepEqual(rest, Array.from({ length: 11 }, (_, i) => `test.step${10 - i}`));
    } finally {
      await own.close();
    }
  });
});

describe('dashboard', () => {
  test('counts pending comments, failing sources and articles added today, linked by role', async () => {
    const own = await startTestDesk();
    try {
      const ok = await makeSource(own.desk);
      const bad = await makeSource(own.desk);
      await own.desk.store.db.updateTable('sources').set({ error_count: 2 }).where('id', '=', bad.id).execute();
      const today = await makeArticle(own.desk, ok);
      await makeArticle(own.desk, ok, { fetched_at: new Date(Date.now() - 3 * 86_400_000).toISOString() });
      await addComment(own.desk, today);
      await addComment(own.desk, today);
      await addComment(own.desk, today, { status: 'approved' });

      const { browser: moderator } = await staffBrowser(own.url, own.desk, 'moderator');
      const page = await moderator.get('/admin');
      assert.match(page.html, /<span class="count" id="count-pending">2<\/span> <a href="\/admin\/comments\?status=pending">comments awaiting moderation<\/a>/);
      assert.match(page.html, /<span class="count" id="count-sources-error">1<\/span> <span>source failing to fetch<\/span>/);
      assert.match(page.html, /<span class="count" id="count-articles-today">1<\/span> <span>article added today<\/span>/);
      const { browser: ed } = await staffBrowser(own.url, own.desk, 'editor');
      const edPage = await ed.get('/admin');
      assert.match(edPage.html, /<a href="\/admin\/sources">source failing to fetch<\/a>/);
      assert.match(edPage.html, /<span>comments awaiting moderation<\/span>/);
      assert.ok(await csrfOn(ed, '/admin'));
    } finally {
      await own.close();
    }
  });
});
