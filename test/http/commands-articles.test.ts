import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { operator, readerActor, staffActor } from '../../src/commands/actor.js';
import { actOnArticle, editArticleText } from '../../src/commands/articles.js';
import { findArticleById } from '../../src/store/admin-articles.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import type { Browserish } from '../support/http.js';
import { auditActions, csrfOn, staffBrowser, type StaffAccount } from './admin-helpers.js';

/*
 * Articles through src/commands/articles.ts: the admin page and a direct call meet the same
 * rules (editors and admins; never moderators or readers) and leave the same audit entries.
 */

let t: TestDesk;
let editor: Browserish;
let editorAccount: StaffAccount;
let moderator: Browserish;
let moderatorAccount: StaffAccount;

before(async () => {
  t = await startTestDesk();
  ({ browser: editor, account: editorAccount } = await staffBrowser(t.url, t.desk, 'editor'));
  ({ browser: moderator, account: moderatorAccount } = await staffBrowser(t.url, t.desk, 'moderator'));
});
after(() => t.close());

const db = () => t.desk.store.db;

async function entriesOf(articleId: number) {
  return (await auditActions(t.desk, 'article', articleId)).map((r) => ({ action: r.action, details: JSON.parse(r.details) as unknown }));
}

test('hide, close, open, unhide: the page and a direct call write the same row and the same entries', async () => {
  const source = await makeSource(t.desk);
  const viaPage = await makeArticle(t.desk, source);
  const viaCall = await makeArticle(t.desk, source);
  const csrf = await csrfOn(editor, '/admin/articles');
  for (const action of ['hide', 'close', 'open', 'unhide'] as const) {
    const res = await editor.post('/admin/articles/action', { _csrf: csrf, one: `${action}:${viaPage.id}`, return: '/admin/articles' });
    assert.equal(res.status, 303, action);
    assert.equal((await actOnArticle(db(), operator, { articleId: viaCall.id, action })).kind, 'done');
  }
  const page = await entriesOf(viaPage.id);
  assert.deepEqual(
    page.map((e) => e.action),
    ['article.hide', 'article.close_comments', 'article.open_comments', 'article.unhide'],
  );
  assert.deepEqual(
    (await entriesOf(viaCall.id)).map((e) => e.action),
    page.map((e) => e.action),
  );
  assert.ok((await auditActions(t.desk, 'article', viaPage.id)).every((r) => r.actor === editorAccount.email));
  assert.ok((await auditActions(t.desk, 'article', viaCall.id)).every((r) => r.actor === 'command line'));
});

test('a moderator is refused on the page and in a direct call, a reader too; nothing changes', async () => {
  const article = await makeArticle(t.desk, await makeSource(t.desk));
  const csrf = await csrfOn(moderator, '/admin');
  const res = await moderator.post('/admin/articles/action', { _csrf: csrf, one: `hide:${article.id}`, return: '/admin/articles' });
  assert.equal(res.status, 403);
  const asModerator = staffActor(moderatorAccount.user);
  assert.deepEqual(await actOnArticle(db(), asModerator, { articleId: article.id, action: 'hide' }), { kind: 'forbidden', message: 'the moderator role may not change articles' });
  assert.equal((await editArticleText(db(), asModerator, { articleId: article.id, title: 'Taken over', excerpt: '<p>x</p>' })).kind, 'forbidden');
  assert.equal((await actOnArticle(db(), readerActor({ address: '192.0.2.9', userAgent: 'test' }), { articleId: article.id, action: 'close' })).kind, 'forbidden');
  const row = (await findArticleById(db(), article.id))!;
  assert.equal(row.hidden, 0);
  assert.equal(row.comments_open, 1);
  assert.equal(row.title, article.title);
  assert.deepEqual(await entriesOf(article.id), []);
});

test('editing the text: cleaned and checked whoever asks; a save that changes nothing is not logged', async () => {
  const article = await makeArticle(t.desk, await makeSource(t.desk));
  const asEditor = staffActor(editorAccount.user);
  const empty = await editArticleText(db(), asEditor, { articleId: article.id, title: '  ', excerpt: '<script>alert(1)</script>' });
  assert.equal(empty.kind, 'invalid');
  assert.deepEqual(Object.keys((empty as { errors: object }).errors).sort(), ['excerpt', 'title']);
  const pageRefusal = await editor.post(`/admin/articles/${article.id}/edit`, { _csrf: await csrfOn(editor, `/admin/articles/${article.id}/edit`), title: '  ', excerpt: '<script>alert(1)</script>', return: '/admin/articles' });
  assert.equal(pageRefusal.status, 422);

  const saved = await editArticleText(db(), asEditor, { articleId: article.id, title: 'A  corrected\ttitle', excerpt: '<p onclick="x()">Corrected.</p><script>bad()</script>' });
  assert.deepEqual(saved, { kind: 'saved', changed: ['title', 'excerpt'] });
  const row = (await findArticleById(db(), article.id))!;
  assert.equal(row.title, 'A corrected title');
  assert.equal(row.excerpt_html, '<p>Corrected.</p>');
  assert.deepEqual(await editArticleText(db(), asEditor, { articleId: article.id, title: row.title, excerpt: row.excerpt_html }), { kind: 'saved', changed: [] });

  const viaPage = await editor.post(`/admin/articles/${article.id}/edit`, { _csrf: await csrfOn(editor, `/admin/articles/${article.id}/edit`), title: 'Corrected on the page', excerpt: row.excerpt_html, return: '/admin/articles' });
  assert.equal(viaPage.status, 303);
  assert.deepEqual(await entriesOf(article.id), [
    { action: 'article.edit', details: { slug: article.slug, fields: ['title', 'excerpt'] } },
    { action: 'article.edit', details: { slug: article.slug, fields: ['title'] } },
  ]);
  assert.equal((await editArticleText(db(), operator, { articleId: 999_999, title: 'x', excerpt: '<p>x</p>' })).kind, 'missing');
});
