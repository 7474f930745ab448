/** The comment queue in the back office: tabs, search, every action, bulk actions, edits, staff replies, emptying the trash. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { emptyOldTrash } from '../../src/store/admin-comments.js';
import { findComment } from '../../src/store/comments.js';
import type { Article } from '../../src/store/schema.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';
import { addComment, auditActions, csrfOn, queueRowIds, queueRowOf, staffBrowser, type StaffAccount } from './admin-helpers.js';
import { housekeepingJob } from '../../src/jobs/kinds/housekeeping.js';

let t: TestDesk;
let moderator: Browserish;
let account: StaffAccount;
before(async () => {
  t = await startTestDesk();
  ({ browser: moderator, account } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Mona Moderator' }));
});
after(() => t.close());

async function freshArticle(): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk));
}

const rowIds = queueRowIds;
const rowOf = queueRowOf;

async function act(fields: Record<string, string>, from = '/admin/comments') {
  const csrf = await csrfOn(moderator, from);
  return moderator.post('/admin/comments/action', { _csrf: csrf, return: from, ...fields });
}

describe('the queue', () => {
  test('tabs count each status; a row shows author, email, why it was held, the spam score and model version, what weighed most, the article and the text', async () => {
    const article = await freshArticle();
    const counts = async () => {
      const rows = await t.desk.store.db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    };
    const held = await addComment(t.desk, article, { author_name: 'Hattie Held', author_email: 'hattie@example.com', author_url: 'https://hattie.example/', body_markdown: 'Held for **review**.', body_html: '<p>Held for <strong>review</strong>.</p>', spam_score: 72, spam_model_version: 3, spam_features: '[{"feature":"check out","weight":1.5},{"feature":"links:1","weight":0.8}]', status_reason: 'held: first comment' });
    await addComment(t.desk, article, { status: 'spam', status_reason: 'spam: honeypot' });
    const page = await moderator.get('/admin/comments');
    assert.equal(page.status, 200);
    const c = await counts();
    for (const [status, label] of [
      ['pending', 'Pending'],
      ['approved', 'Approved'],
      ['spam', 'Spam'],
      ['trash', 'Trash'],
    ] as const) {
      assert.match(page.html, new RegExp(`status=${status}"[^>]*>${label} <span class="tab-count">\\(${c[status] ?? 0}\\)</span>`), `${label} tab`);
    }
    assert.match(page.html, /<a href="\/admin\/comments\?status=pending" aria-current="page">Pending/);
    const row = rowOf(page.html, held.id);
    assert.match(row, /<strong class="author-name">Hattie Held<\/strong>/);
    assert.match(row, /<a href="mailto:hattie@example.com" class="author-email">hattie@example.com<\/a>/);
    assert.match(row, /<a href="https:\/\/hattie.example\/" rel="nofollow ugc noopener" class="author-url">/);
    assert.match(row, /<span class="status-reason">held: first comment<\/span>/);
    assert.match(row, /<span class="spam-score"> · spam score 72 \(model v3\)<\/span>/);
    const features = /<p class="spam-features">(.*?)<\/p>/.exec(row)?.[1] ?? '';
    assert.equal(features.replace(/<[^>]+>/g, ''), 'What weighed most with the spam model: the words “check out” (towards spam, +1.50); one link (towards spam, +0.80).');
    assert.match(features, /<a href="\/admin\/comments\?status=pending&amp;feature=check\+out">the words “check out”<\/a>/, 'each feature lists the comments it weighed in');
    assert.match(row, new RegExp(`<a href="/articles/${article.slug}">${article.title}</a>`));
    assert.match(row, /<p>Held for <strong>review<\/strong>\.<\/p>/);
    assert.doesNotMatch(row, /test-client/, 'no address hash');
    assert.match(row, /<button type="submit" name="one" value="approve:\d+" class="button-small">Approve<span class="visually-hidden"> the comment by Hattie Held<\/span><\/button>/);
    const spamTab = await moderator.get('/admin/comments?status=spam');
    assert.match(spamTab.html, /<span class="status-reason">spam: honeypot<\/span>/);
    assert.doesNotMatch(spamTab.html, new RegExp(`<tr id="comment-${held.id}">`));
  });

  test('search by text, author, email and article title; 25 per page', async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const article = await freshArticle();
    await t.desk.store.db.updateTable('articles').set({ title: `Harbour ${tag} report` }).where('id', '=', article.id).execute();
    const other = await freshArticle();
    const byText = await addComment(t.desk, other, { body_markdown: `I mention ${tag}_50% here`, body_html: `<p>I mention ${tag}_50% here</p>` });
    const byAuthor = await addComment(t.desk, other, { author_name: `Author ${tag.toUpperCase()}` });
    const byEmail = await addComment(t.desk, other, { author_email: `${tag}@mail.example` });
    const byArticle = await addComment(t.desk, article);

    const search = async (q: string, field?: string) => rowIds((await moderator.get(`/admin/comments?status=pending&q=${encodeURIComponent(q)}${field ? `&in=${field}` : ''}`)).html);
    assert.deepEqual(await search(tag, 'text'), [byText.id]);
    assert.deepEqual(await search(tag, 'author'), [byAuthor.id], 'case does not matter');
    assert.deepEqual(await search(tag, 'email'), [byEmail.id]);
    assert.deepEqual(await search(tag, 'article'), [byArticle.id]);
    assert.deepEqual((await search(tag)).sort((a, b) => a - b), [byText.id, byAuthor.id, byEmail.id, byArticle.id].sort((a, b) => a - b));
    assert.deepEqual(await search(`${tag}_50%`, 'text'), [byText.id], 'punctuation separates words, as in the readers\' search');
    assert.deepEqual(await search(`${tag}_5_%`, 'text'), [], 'no wildcards: 5 is not 50');
    const none = await moderator.get(`/admin/comments?q=nothing-${tag}`);
    assert.match(decodeEntities(none.html), new RegExp(`No pending comments match “nothing-${tag}”\\.`));

    const pageTag = `pg${tag}`;
    const many = [];
    for (let i = 0; i < 27; i++) many.push(await addComment(t.desk, other, { body_markdown: `${pageTag} number ${i}`, created_at: new Date(Date.now() - (100 - i) * 1000).toISOString() }));
    const first = await moderator.get(`/admin/comments?q=${pageTag}`);
    assert.equal(rowIds(first.html).length, 25);
    assert.deepEqual(rowIds(first.html).slice(0, 2), [many[26]!.id, many[25]!.id], 'newest first');
    assert.match(first.html, /<caption>27 pending comments matching “pg[a-z0-9]+”, page 1 of 2<\/caption>/);
    assert.match(first.html, new RegExp(`<a href="/admin/comments\\?status=pending&amp;q=${pageTag}&amp;page=2" rel="next">`));
    const second = await moderator.get(`/admin/comments?status=pending&q=${pageTag}&page=2`);
    assert.deepEqual(rowIds(second.html), [many[1]!.id, many[0]!.id]);
    assert.equal((await moderator.get(`/admin/comments?q=${pageTag}&page=9`)).headers.get('location'), `/admin/comments?status=pending&q=${pageTag}&page=2`);
  });
});

describe('actions', () => {
  test('approve, unapprove, spam, not spam, trash, restore: each through changeCommentStatus, audited with the moderator', async () => {
    const article = await freshArticle();
    const comment = await addComment(t.desk, article);
    const steps = [
      ['approve', 'approved', 'approved'],
      ['unapprove', 'pending', 'sent back to pending'],
      ['spam', 'spam', 'marked as spam'],
      ['notspam', 'approved', 'marked as not spam and approved'],
      ['trash', 'trash', 'moved to the trash'],
      ['restore', 'pending', 'restored to pending'],
    ] as const;
    for (const [action, status, words] of steps) {
      const res = await act({ one: `${action}:${comment.id}` }, '/admin/comments?status=pending&q=x');
      assert.equal(res.status, 303, action);
      assert.equal(res.location, `/admin/comments?status=pending&q=x&done=${action}&n=1`);
      const stored = await findComment(t.desk.store.db, comment.id);
      assert.equal(stored?.status, status, `${action} → ${status}`);
      assert.equal(stored?.status_reason, `${status}: by ${account.email}`);
      const shown = await moderator.get(res.location!);
      assert.ok(shown.html.includes(`<div class="notice" role="status"><p>1 comment ${words}.</p></div>`), `${action} notice`);
    }
    const audit = await auditActions(t.desk, 'comment', comment.id);
    assert.deepEqual(
      audit.map((a) => [a.action, a.actor, a.user_id]),
      steps.map(([, status]) => [`comment.${status}`, account.email, account.user.id]),
    );
    // Approved: the public page shows it.
    await act({ one: `approve:${comment.id}` });
    const publicPage = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.match(publicPage.html, new RegExp(`id="comment-${comment.id}"`));
  });

  test('bulk actions apply to the checked rows only', async () => {
    const article = await freshArticle();
    const [a, b, c, d] = [await addComment(t.desk, article), await addComment(t.desk, article), await addComment(t.desk, article), await addComment(t.desk, article)];
    const csrf = await csrfOn(moderator, '/admin/comments');
    const res = await moderator.post('/admin/comments/action', { _csrf: csrf, return: '/admin/comments', bulk: 'approve', apply: '1', ids: [a.id, b.id, c.id].join(',') });
    // A browser sends one ids= per checked box; a comma list is not a number.
    assert.equal(res.location, '/admin/comments?done=none');
    const body = new URLSearchParams([['_csrf', csrf], ['return', '/admin/comments'], ['bulk', 'approve'], ['apply', '1'], ['ids', String(a.id)], ['ids', String(b.id)], ['ids', String(c.id)]]);
    const real = await fetch(`${t.url}/admin/comments/action`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_session=${moderator.cookie('nd_session')}; nd_csrf=${moderator.cookie('nd_csrf')}` },
      body: body.toString(),
      redirect: 'manual',
    });
    assert.equal(real.status, 303);
    assert.equal(real.headers.get('location'), '/admin/comments?done=approve&n=3');
    for (const x of [a, b, c]) assert.equal((await findComment(t.desk.store.db, x.id))?.status, 'approved');
    assert.equal((await findComment(t.desk.store.db, d.id))?.status, 'pending');
    assert.match((await moderator.get('/admin/comments?done=approve&n=3')).html, /3 comments approved\./);

    // Bulk "delete forever" asks first, then deletes exactly the checked rows.
    const confirmBody = new URLSearchParams([['_csrf', csrf], ['return', '/admin/comments?status=approved'], ['bulk', 'delete'], ['ids', String(a.id)], ['ids', String(b.id)]]);
    const confirm = await fetch(`${t.url}/admin/comments/action`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_session=${moderator.cookie('nd_session')}; nd_csrf=${moderator.cookie('nd_csrf')}` },
      body: confirmBody.toString(),
      redirect: 'manual',
    });
    assert.equal(confirm.status, 200);
    const confirmHtml = await confirm.text();
    assert.match(confirmHtml, /<h1 class="page-title">Delete these 2 comments forever\?<\/h1>/);
    assert.equal((await findComment(t.desk.store.db, a.id))?.status, 'approved', 'nothing deleted before confirming');
    const done = await fetch(`${t.url}/admin/comments/delete`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_session=${moderator.cookie('nd_session')}; nd_csrf=${moderator.cookie('nd_csrf')}` },
      body: new URLSearchParams([['_csrf', inputValue(confirmHtml, '_csrf')], ['return', inputValue(confirmHtml, 'return')], ['ids', String(a.id)], ['ids', String(b.id)], ['confirm', 'yes']]).toString(),
      redirect: 'manual',
    });
    assert.equal(done.headers.get('location'), '/admin/comments?status=approved&done=delete&n=2');
    assert.equal(await findComment(t.desk.store.db, a.id), undefined);
    assert.equal(await findComment(t.desk.store.db, b.id), undefined);
    assert.equal((await findComment(t.desk.store.db, c.id))?.status, 'approved');
  });

  test('delete forever asks on a confirm page; its replies move up to the deleted comment’s parent; audited', async () => {
    const article = await freshArticle();
    const grand = await addComment(t.desk, article, { status: 'approved' });
    const doomed = await addComment(t.desk, article, { status: 'spam', parent_id: grand.id });
    const reply = await addComment(t.desk, article, { status: 'approved', parent_id: doomed.id });

    const spamTab = await moderator.get('/admin/comments?status=spam');
    assert.match(rowOf(spamTab.html, doomed.id), new RegExp(`<a href="/admin/comments/delete\\?ids=${doomed.id}&amp;return=%2Fadmin%2Fcomments%3Fstatus%3Dspam" class="danger">Delete forever`));
    const confirm = await moderator.get(`/admin/comments/delete?ids=${doomed.id}&return=%2Fadmin%2Fcomments%3Fstatus%3Dspam`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.html, /<h1 class="page-title">Delete this comment forever\?<\/h1>/);
    assert.match(confirm.html, /<a href="\/admin\/comments\?status=spam">Cancel<\/a>/);

    const notConfirmed = await moderator.post('/admin/comments/delete', { _csrf: inputValue(confirm.html, '_csrf'), ids: String(doomed.id), return: '/admin/comments?status=spam' });
    assert.equal(notConfirmed.location, '/admin/comments?status=spam');
    assert.ok(await findComment(t.desk.store.db, doomed.id), 'not deleted without confirm=yes');

    const res = await moderator.post('/admin/comments/delete', { _csrf: inputValue(confirm.html, '_csrf'), ids: String(doomed.id), return: '/admin/comments?status=spam', confirm: 'yes' });
    assert.equal(res.location, '/admin/comments?status=spam&done=delete&n=1');
    assert.equal(await findComment(t.desk.store.db, doomed.id), undefined);
    assert.equal((await findComment(t.desk.store.db, reply.id))?.parent_id, grand.id);
    const audit = await auditActions(t.desk, 'comment', doomed.id);
    assert.deepEqual(audit.map((a) => [a.action, a.actor]), [['comment.delete', account.email]]);
    assert.equal(JSON.parse(audit[0]!.details).status, 'spam');
  });

  test('edit: the form keeps what was typed and marks mistakes; a good edit re-renders the Markdown and is audited', async () => {
    const article = await freshArticle();
    const comment = await addComment(t.desk, article, { author_name: 'Typo Tom', author_email: 'tom@example.com', body_markdown: 'Teh *first* version', body_html: '<p>Teh <em>first</em> version</p>' });
    const form = await moderator.get(`/admin/comments/${comment.id}/edit?return=%2Fadmin%2Fcomments`);
    assert.equal(form.status, 200);
    assert.equal(inputValue(form.html, 'author'), 'Typo Tom');
    assert.equal(inputValue(form.html, 'email'), 'tom@example.com');
    assert.match(form.html, /<textarea id="comment" name="comment"[^>]*>Teh \*first\* version<\/textarea>/);
    const csrf = inputValue(form.html, '_csrf');

    const bad = await moderator.post(`/admin/comments/${comment.id}/edit`, { _csrf: csrf, return: '/admin/comments', author: 'Tom', email: 'not-an-email', url: '', comment: 'Kept <words>' });
    assert.equal(bad.status, 422);
    assert.match(bad.html, /<span class="field-error" id="email-error">Please enter a valid email address/);
    assert.match(bad.html, /aria-invalid="true" aria-describedby="email-error"/);
    assert.equal(inputValue(bad.html, 'email'), 'not-an-email');
    assert.match(bad.html, /<textarea[^>]*>Kept &lt;words><\/textarea>/);
    assert.equal((await findComment(t.desk.store.db, comment.id))?.body_markdown, 'Teh *first* version');

    const good = await moderator.post(`/admin/comments/${comment.id}/edit`, { _csrf: csrf, return: '/admin/comments', author: 'Tom Typist', email: 'tom@example.com', url: 'tom.example.org', comment: 'The **fixed** version <script>x</script>' });
    assert.equal(good.status, 303);
    assert.equal(good.location, '/admin/comments?done=edit');
    const stored = await findComment(t.desk.store.db, comment.id);
    assert.equal(stored?.author_name, 'Tom Typist');
    assert.equal(stored?.author_url, 'http://tom.example.org/');
    assert.equal(stored?.body_markdown, 'The **fixed** version <script>x</script>');
    assert.equal(stored?.body_html, '<p>The <strong>fixed</strong> version &lt;script&gt;x&lt;/script&gt;</p>');
    const audit = await auditActions(t.desk, 'comment', comment.id);
    assert.deepEqual(audit.map((a) => [a.action, a.actor]), [['comment.edit', account.email]]);
    assert.deepEqual(JSON.parse(audit[0]!.details), { fields: ['author_name', 'author_url', 'body_markdown'] });
  });

  test('reply as staff: approved at once with the staff user’s id and name, the public page shows a Staff badge, no email', async () => {
    const article = await freshArticle();
    const parent = await addComment(t.desk, article, { author_name: 'Quentin Question' });
    const form = await moderator.get(`/admin/comments/${parent.id}/reply?return=%2Fadmin%2Fcomments`);
    assert.equal(form.status, 200);
    assert.match(form.html, /<h1 class="page-title">Reply to Quentin Question<\/h1>/);
    assert.match(form.html, /Replying approves this comment too\./);
    const empty = await moderator.post(`/admin/comments/${parent.id}/reply`, { _csrf: inputValue(form.html, '_csrf'), return: '/admin/comments', comment: '   ' });
    assert.equal(empty.status, 422);
    assert.match(empty.html, /Please type your reply\./);

    const res = await moderator.post(`/admin/comments/${parent.id}/reply`, { _csrf: inputValue(form.html, '_csrf'), return: '/admin/comments', comment: 'Thanks, we have **corrected** it.' });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/admin/comments?done=reply');
    const staffReply = await t.desk.store.db.selectFrom('comments').selectAll().where('parent_id', '=', parent.id).executeTakeFirstOrThrow();
    assert.equal(staffReply.user_id, account.user.id);
    assert.equal(staffReply.status, 'approved');
    assert.equal(staffReply.author_name, 'Mona Moderator');
    assert.equal(staffReply.author_email, account.email);
    assert.equal(staffReply.body_html, '<p>Thanks, we have <strong>corrected</strong> it.</p>');
    assert.equal((await findComment(t.desk.store.db, parent.id))?.status, 'approved', 'the held parent was approved');
    assert.deepEqual((await auditActions(t.desk, 'comment', staffReply.id)).map((a) => [a.action, a.actor]), [['comment.reply', account.email]]);
    assert.deepEqual((await auditActions(t.desk, 'comment', parent.id)).map((a) => a.action), ['comment.approved']);

    const page = await new Browserish(t.url).get(`/articles/${article.slug}`);
    const item = page.html.slice(page.html.indexOf(`<li id="comment-${staffReply.id}"`));
    assert.match(item, /^<li id="comment-\d+" class="comment depth-2">/);
    assert.match(item, /<span class="comment-author">Mona Moderator<\/span><span class="staff-badge">Staff<\/span>/);
    const parentItem = page.html.slice(page.html.indexOf(`<li id="comment-${parent.id}"`), page.html.indexOf('<ol class="children">'));
    assert.doesNotMatch(parentItem, /staff-badge/, 'a reader’s comment has no badge');
    assert.ok(!page.html.includes(account.email), 'the staff email is not on the public page');

    const trashed = await addComment(t.desk, article, { status: 'trash' });
    const refused = await moderator.post(`/admin/comments/${trashed.id}/reply`, { _csrf: inputValue(form.html, '_csrf'), comment: 'Hello?' });
    assert.equal(refused.status, 409);
    assert.equal((await t.desk.store.db.selectFrom('comments').select('id').where('parent_id', '=', trashed.id).execute()).length, 0);
  });

  test('unknown comment ids and actions are refused without changing anything', async () => {
    const csrf = await csrfOn(moderator, '/admin/comments');
    assert.equal((await moderator.get('/admin/comments/99999999/edit')).status, 404);
    assert.equal((await moderator.post('/admin/comments/99999999/reply', { _csrf: csrf, comment: 'x' })).status, 404);
    const comment = await addComment(t.desk, await freshArticle());
    const weird = await moderator.post('/admin/comments/action', { _csrf: csrf, one: `explode:${comment.id}` });
    assert.equal(weird.status, 400);
    assert.equal((await findComment(t.desk.store.db, comment.id))?.status, 'pending');
    const offsite = await moderator.post('/admin/comments/action', { _csrf: csrf, one: `trash:${comment.id}`, return: 'https://evil.example/' });
    assert.equal(offsite.location, '/admin/comments?done=trash&n=1', 'return is only ever a back-office page');
  });
});

describe('emptying old trash and spam', () => {
  test('emptyOldTrash deletes trash and spam older than the setting, by when their status changed', async () => {
    const own = await startTestDesk();
    try {
      const article = await makeArticle(own.desk, await makeSource(own.desk));
      const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
      const oldTrash = await addComment(own.desk, article, { status: 'trash', status_changed_at: days(31) });
      const oldSpam = await addComment(own.desk, article, { status: 'spam', status_changed_at: null, created_at: days(45) });
      const recentTrash = await addComment(own.desk, article, { status: 'trash', created_at: days(90), status_changed_at: days(10) });
      const oldPending = await addComment(own.desk, article, { status: 'pending', created_at: days(100) });
      const reply = await addComment(own.desk, article, { status: 'approved', parent_id: oldTrash.id });

      assert.equal(await emptyOldTrash(own.desk.store.db, 0, new Date()), 0, '0 keeps everything');
      assert.equal(await emptyOldTrash(own.desk.store.db, 30, new Date()), 2);
      assert.equal(await findComment(own.desk.store.db, oldTrash.id), undefined);
      assert.equal(await findComment(own.desk.store.db, oldSpam.id), undefined);
      assert.ok(await findComment(own.desk.store.db, recentTrash.id));
      assert.ok(await findComment(own.desk.store.db, oldPending.id));
      assert.equal((await findComment(own.desk.store.db, reply.id))?.parent_id, null);
      const entry = await own.desk.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'comment.empty_trash').executeTakeFirstOrThrow();
      assert.equal(entry.actor, 'automatic clean-up');
      assert.deepEqual(JSON.parse(entry.details), { deleted: 2, olderThanDays: 30 });
      assert.equal(await emptyOldTrash(own.desk.store.db, 30, new Date()), 0);
    } finally {
      await own.close();
    }
  });

  test('no page empties the trash: loading the dashboard leaves it, the worker\'s housekeeping job empties it', async () => {
    const own = await startTestDesk();
    try {
      const article = await makeArticle(own.desk, await makeSource(own.desk));
      const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
      const trashed = await addComment(own.desk, article, { status: 'trash', status_changed_at: old });
      const { browser } = await staffBrowser(own.url, own.desk, 'moderator');
      assert.equal((await browser.get('/admin')).status, 200);
      assert.ok(await findComment(own.desk.store.db, trashed.id), 'a GET changes nothing');
      const outcome = await housekeepingJob.execute({}, { db: own.desk.store.db, services: undefined as never, signal: new AbortController().signal, now: () => new Date(), log: () => {} });
      assert.match(String(outcome), /1 comments deleted from trash and spam/);
      assert.equal(await findComment(own.desk.store.db, trashed.id), undefined);
    } finally {
      await own.close();
    }
  });
});

test('the approve and spam links in moderators’ mail: sign in first, then one confirmed press', async () => {
  const article = await makeArticle(t.desk, await makeSource(t.desk));
  const held = await addComment(t.desk, article, { status: 'pending', status_reason: 'held: first comment' });
  const other = await addComment(t.desk, article, { status: 'pending', status_reason: 'held: first comment' });

  const signedOut = await new Browserish(t.url).get(`/admin/comments/${held.id}/approve`);
  assert.equal(signedOut.status, 303);
  assert.match(signedOut.headers.get('location') ?? '', /^\/admin\/login\?next=/);

  const { browser } = await staffBrowser(t.url, t.desk, 'moderator');
  const confirm = await browser.get(`/admin/comments/${held.id}/approve`);
  assert.equal(confirm.status, 200);
  assert.match(confirm.html, /<h1 class="page-title">Approve this comment\?<\/h1>/);
  assert.equal((await findComment(t.desk.store.db, held.id))?.status, 'pending', 'opening the link changes nothing');

  const done = await browser.post('/admin/comments/action', { _csrf: inputValue(confirm.html, '_csrf'), one: `approve:${held.id}`, return: '/admin/comments?status=pending' });
  assert.equal(done.status, 303);
  assert.equal((await findComment(t.desk.store.db, held.id))?.status, 'approved');

  const spamPage = await browser.get(`/admin/comments/${other.id}/spam`);
  assert.match(spamPage.html, /Mark this comment as spam\?/);
  assert.match(spamPage.html, new RegExp(`name="one" value="spam:${other.id}"`));
  assert.equal((await browser.get('/admin/comments/999999/approve')).status, 404);
});
