import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { operator, readerActor, staffActor } from '../../src/commands/actor.js';
import { deleteCommentsForever, editCommentAsStaff, moderateComments, replyAsStaff } from '../../src/commands/comments.js';
import { eraseReaderData, requestPrivacyLink } from '../../src/commands/privacy.js';
import { deleteOwnComment, editOwnComment, postComment } from '../../src/commands/reader-comments.js';
import { discussionContext } from '../../src/desk.js';
import { emptyCommentForm } from '../../src/discussion/comment-form.js';
import { issuePrivacyToken } from '../../src/discussion/privacy-links.js';
import { confirmLinkParams, subscribeToReplies, unsubscribeParams } from '../../src/discussion/subscriptions.js';
import { confirmNotifications, stopNotifications } from '../../src/commands/subscriptions.js';
import { findComment } from '../../src/store/comments.js';
import { findMailAddress, listSubscriptionsByEmail } from '../../src/store/subscriptions.js';
import type { Article, Comment } from '../../src/store/schema.js';
import { formTokenFor, makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import type { Browserish } from '../support/http.js';
import { addComment, addStaff, auditActions, csrfOn, staffBrowser, type StaffAccount } from './admin-helpers.js';

/*
 * The same rule whoever asks: each comment command is reached from a page, the command line
 * or a direct call, and the outcome (row, audit entry, mail queued, refusal) is the same.
 */

const publicUrl = 'http://news.example';
const run = promisify(execFile);
const aReader = readerActor({ address: '192.0.2.9', userAgent: 'test' });
let t: TestDesk;
let moderator: Browserish;
let moderatorAccount: StaffAccount;
let editor: Browserish;
let editorAccount: StaffAccount;

before(async () => {
  t = await startTestDesk({ settings: quickSettings, config: { publicUrl } });
  ({ browser: moderator, account: moderatorAccount } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Mo Derator' }));
  ({ browser: editor, account: editorAccount } = await staffBrowser(t.url, t.desk, 'editor', { name: 'Ed Itor' }));
});
after(() => t.close());

const db = () => t.desk.store.db;
const ctx = () => discussionContext(t.desk.context);

async function newsdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ...t.storeEnv, NEWSDESK_PUBLIC_URL: publicUrl };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** An article with one confirmed subscriber, who is mailed when a comment on it is approved. */
async function articleWithSubscriber(): Promise<{ article: Article; subscriber: string }> {
  const article = await makeArticle(t.desk, await makeSource(t.desk));
  const subscriber = `watcher-${article.id}@example.org`;
  await subscribeToReplies(await ctx(), { email: subscriber, articleId: article.id, commentId: null });
  assert.equal((await confirmNotifications(t.desk.context, aReader, confirmLinkParams(t.desk.context.secret, subscriber, new Date()))).kind, 'confirmed');
  return { article, subscriber };
}

/** The mail queued about a comment to one address: what the recipient would read. */
async function replyMail(comment: Comment, to: string) {
  return db()
    .selectFrom('outbox')
    .select(['to_address', 'subject', 'text_body'])
    .where('idempotency_key', '=', `reply:${comment.id}:${to}`)
    .executeTakeFirst();
}

async function moderatorPost(fields: Record<string, string>) {
  const csrf = await csrfOn(moderator, '/admin/comments');
  return moderator.post('/admin/comments/action', { _csrf: csrf, return: '/admin/comments', ...fields });
}

describe('approving', () => {
  test('from the command line and from the admin page: the same audit entry and the same mail', async () => {
    const { article, subscriber } = await articleWithSubscriber();
    const viaCli = await addComment(t.desk, article, { body_markdown: 'Held, then approved on the command line.' });
    const viaPage = await addComment(t.desk, article, { body_markdown: 'Held, then approved on the admin page.' });

    const cli = await newsdesk('comments', 'approve', String(viaCli.id));
    assert.equal(cli.code, 0, cli.stderr);
    const page = await moderatorPost({ one: `approve:${viaPage.id}` });
    assert.equal(page.status, 303);

    const [cliAudit, pageAudit] = [await auditActions(t.desk, 'comment', viaCli.id), await auditActions(t.desk, 'comment', viaPage.id)];
    assert.deepEqual(
      cliAudit.map((a) => [a.action, a.details]),
      [['comment.approved', JSON.stringify({ from: 'pending' })]],
    );
    assert.deepEqual(
      pageAudit.map((a) => [a.action, a.details]),
      cliAudit.map((a) => [a.action, a.details]),
      'the same entry, only the actor differs',
    );
    assert.deepEqual([cliAudit[0]!.actor, cliAudit[0]!.user_id], ['command line', null]);
    assert.deepEqual([pageAudit[0]!.actor, pageAudit[0]!.user_id], [moderatorAccount.email, moderatorAccount.user.id]);

    const [cliMail, pageMail] = [await replyMail(viaCli, subscriber), await replyMail(viaPage, subscriber)];
    assert.ok(cliMail && pageMail, 'both approvals queue the subscriber’s mail');
    assert.equal(cliMail.subject, pageMail.subject);
    assert.match(cliMail.text_body, /Held, then approved on the command line\./);
    assert.match(pageMail.text_body, /Held, then approved on the admin page\./);
    assert.equal((await findComment(db(), viaCli.id))?.status_reason, 'approved: by command line');
    assert.equal((await findComment(db(), viaPage.id))?.status_reason, `approved: by ${moderatorAccount.email}`);
  });

  test('an editor cannot approve by any path: the page, the command itself', async () => {
    const { article, subscriber } = await articleWithSubscriber();
    const held = await addComment(t.desk, article);

    const csrf = await csrfOn(editor, '/admin');
    const page = await editor.post('/admin/comments/action', { _csrf: csrf, return: '/admin/comments', one: `approve:${held.id}` });
    assert.equal(page.status, 403);
    const direct = await moderateComments(await ctx(), staffActor(editorAccount.user), { commentIds: [held.id], status: 'approved' });
    assert.equal(direct.kind, 'forbidden');
    const asReader = await moderateComments(await ctx(), readerActor({ address: '203.0.113.9', userAgent: 'x' }), { commentIds: [held.id], status: 'approved' });
    assert.equal(asReader.kind, 'forbidden');
    for (const other of [
      await deleteCommentsForever(await ctx(), staffActor(editorAccount.user), { commentIds: [held.id] }),
      await editCommentAsStaff(await ctx(), staffActor(editorAccount.user), { commentId: held.id, author: 'X', email: 'x@example.org', url: '', comment: 'Rewritten.' }),
      await replyAsStaff(await ctx(), staffActor(editorAccount.user), { parentId: held.id, body: 'A reply.', clientAddress: '127.0.0.1', userAgent: 'x' }),
    ]) {
      assert.equal(other.kind, 'forbidden');
    }

    const after = await findComment(db(), held.id);
    assert.equal(after?.status, 'pending');
    assert.equal(after?.body_markdown, held.body_markdown);
    assert.deepEqual(await auditActions(t.desk, 'comment', held.id), []);
    assert.equal(await replyMail(held, subscriber), undefined);
  });

  test('bulk moderation reports what changed, what already had the status and what is missing', async () => {
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const [a, b] = [await addComment(t.desk, article), await addComment(t.desk, article, { status: 'approved' })];
    const result = await moderateComments(await ctx(), operator, { commentIds: [a.id, b.id, 987_654_321], status: 'approved' });
    assert.equal(result.kind, 'done');
    if (result.kind !== 'done') return;
    assert.deepEqual(
      result.changed.map((c) => c.id),
      [a.id],
    );
    assert.deepEqual(
      result.unchanged.map((c) => c.id),
      [b.id],
    );
    assert.deepEqual(result.missing, [987_654_321]);
    assert.deepEqual(await auditActions(t.desk, 'comment', b.id), [], 'no entry for a comment that already had the status');
  });
});

describe('replying and editing as staff', () => {
  test('a reply needs a staff account: the command line is refused, a moderator’s reply approves the held parent', async () => {
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const held = await addComment(t.desk, article);
    const fromCli = await replyAsStaff(await ctx(), operator, { parentId: held.id, body: 'From the shell.', clientAddress: '127.0.0.1', userAgent: 'x' });
    assert.equal(fromCli.kind, 'forbidden');
    const replied = await replyAsStaff(await ctx(), staffActor(moderatorAccount.user), { parentId: held.id, body: 'Thanks, fixed.', clientAddress: '127.0.0.1', userAgent: 'x' });
    assert.equal(replied.kind, 'replied');
    if (replied.kind !== 'replied') return;
    assert.equal(replied.comment.author_name, 'Mo Derator');
    assert.equal(replied.comment.user_id, moderatorAccount.user.id);
    assert.equal((await findComment(db(), held.id))?.status, 'approved');
    assert.deepEqual(
      (await auditActions(t.desk, 'comment', replied.comment.id)).map((a) => a.action),
      ['comment.reply'],
    );
  });

  test('a staff member without a display name is sent to get one, from the page and the command alike', async () => {
    const nameless = await addStaff(t.desk, 'moderator');
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const parent = await addComment(t.desk, article, { status: 'approved' });
    const result = await replyAsStaff(await ctx(), staffActor(nameless.user), { parentId: parent.id, body: 'Hello.', clientAddress: '127.0.0.1', userAgent: 'x' });
    assert.equal(result.kind, 'needs-display-name');
  });

  test('a staff edit meets the form’s rules and is audited with the changed fields', async () => {
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const comment = await addComment(t.desk, article);
    const bad = await editCommentAsStaff(await ctx(), operator, { commentId: comment.id, author: '', email: 'not an address', url: '', comment: 'Text.' });
    assert.equal(bad.kind, 'invalid');
    const good = await editCommentAsStaff(await ctx(), operator, { commentId: comment.id, author: comment.author_name, email: comment.author_email, url: '', comment: 'Corrected text.' });
    assert.deepEqual(good, { kind: 'saved', changedFields: ['body_markdown'] });
    const audit = await auditActions(t.desk, 'comment', comment.id);
    assert.deepEqual(
      audit.map((a) => [a.action, a.actor, a.details]),
      [['comment.edit', 'command line', JSON.stringify({ fields: ['body_markdown'] })]],
    );
  });
});

describe("a reader's own comment", () => {
  test('an edit meets the content rules a new post meets: the moderation word holds both', async () => {
    const base = await ctx();
    const words = { ...base, settings: { ...base.settings, moderationWords: 'quillstone' } };
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const reader = readerActor({ address: '198.51.100.7', userAgent: 'Mozilla/5.0' });
    const form = { ...emptyCommentForm, author: 'Wren Hollis', email: 'wren@example.org', formToken: formTokenFor(t.desk, article.id) };
    const fresh = await postComment(words, reader, { article, form: { ...form, comment: 'Where can I buy a quillstone?' } });
    assert.equal(fresh.kind, 'stored');
    if (fresh.kind !== 'stored') return;
    assert.equal(fresh.comment.status, 'pending');
    assert.match(fresh.comment.status_reason, /^held: moderation word "quillstone" in text$/);

    const clean = await addComment(t.desk, article, { status: 'approved', author_name: 'Wren Hollis', author_email: 'wren@example.org', created_at: new Date().toISOString() });
    const grants = [{ id: clean.id, createdAt: clean.created_at }];
    const edited = await editOwnComment(words, reader, { article, commentId: clean.id, grants, text: 'Now about the quillstone.' });
    assert.equal(edited.kind, 'saved');
    if (edited.kind !== 'saved') return;
    assert.equal(edited.comment.status, 'pending');
    assert.equal(edited.comment.status_reason, `${fresh.comment.status_reason}, after an edit`);
    assert.deepEqual(
      (await auditActions(t.desk, 'comment', clean.id)).map((a) => [a.action, a.actor]),
      [['comment.pending', 'comment author']],
    );
  });

  test('an edit into spam changes the status the one way: the reply subscription ends, the change is dated', async () => {
    const base = await ctx();
    const words = { ...base, settings: { ...base.settings, disallowedWords: 'brassneedle', requirePriorApproval: false } };
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const reader = readerActor({ address: '198.51.100.17', userAgent: 'Mozilla/5.0' });
    const email = `subscribed-${article.id}@example.org`;
    const form = { ...emptyCommentForm, author: 'Sam Subscriber', email, notify: true, formToken: formTokenFor(t.desk, article.id) };
    const posted = await postComment(words, reader, { article, form: { ...form, comment: 'A first, harmless version.' } });
    assert.equal(posted.kind === 'stored' && posted.comment.status, 'approved');
    if (posted.kind !== 'stored') return;
    const live = () => listSubscriptionsByEmail(db(), email).then((rows) => rows.filter((row) => row.unsubscribed_at === null));
    assert.equal((await live()).length, 1);
    assert.equal(posted.comment.status_changed_at, null);

    const grants = [{ id: posted.comment.id, createdAt: posted.comment.created_at }];
    const edited = await editOwnComment(words, reader, { article, commentId: posted.comment.id, grants, text: 'Now selling brassneedle.' });
    assert.equal(edited.kind === 'saved' && edited.comment.status, 'spam');
    const row = await findComment(db(), posted.comment.id);
    assert.equal(row?.status, 'spam');
    assert.equal(row?.body_markdown, 'Now selling brassneedle.');
    assert.ok(row?.status_changed_at, 'the change of status is dated');
    assert.deepEqual(await live(), [], 'spam keeps no subscription');
    assert.deepEqual(
      (await auditActions(t.desk, 'comment', posted.comment.id)).map((a) => [a.action, a.actor]),
      [['comment.spam', 'comment author']],
    );
  });

  test('the command itself refuses an edit or delete without the browser’s grant, or after the window', async () => {
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const reader = readerActor({ address: '198.51.100.8', userAgent: 'Mozilla/5.0' });
    const comment = await addComment(t.desk, article, { status: 'approved', created_at: new Date().toISOString() });
    const noGrant = await editOwnComment(await ctx(), reader, { article, commentId: comment.id, grants: [], text: 'Changed.' });
    assert.equal(noGrant.kind === 'refused' && noGrant.reason, 'notYours');
    const old = await addComment(t.desk, article, { status: 'approved', created_at: new Date(Date.now() - 3_600_000).toISOString() });
    const late = await deleteOwnComment(await ctx(), reader, { article, commentId: old.id, grants: [{ id: old.id, createdAt: old.created_at }] });
    assert.equal(late.kind === 'refused' && late.reason, 'expired');
    const elsewhere = await makeArticle(t.desk, await makeSource(t.desk));
    const wrongArticle = await deleteOwnComment(await ctx(), reader, { article: elsewhere, commentId: comment.id, grants: [{ id: comment.id, createdAt: comment.created_at }] });
    assert.equal(wrongArticle.kind === 'refused' && wrongArticle.reason, 'gone');
    assert.equal((await findComment(db(), comment.id))?.status, 'approved');
    assert.equal((await findComment(db(), old.id))?.status, 'approved');

    const deleted = await deleteOwnComment(await ctx(), reader, { article, commentId: comment.id, grants: [{ id: comment.id, createdAt: comment.created_at }] });
    assert.equal(deleted.kind, 'deleted');
    assert.equal((await findComment(db(), comment.id))?.status_reason, 'trash: deleted by its author');
  });
});

describe('privacy erasure', () => {
  test('a reader needs the signed link; staff who moderate may name the address; an editor may not', async () => {
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const email = `erase-${article.id}@example.org`;
    const comment = await addComment(t.desk, article, { author_email: email, status: 'approved' });
    const reader = readerActor({ address: '198.51.100.9', userAgent: 'Mozilla/5.0' });
    const deps = { db: db(), secret: t.desk.context.secret };

    assert.equal((await eraseReaderData(deps, reader, { email })).kind, 'forbidden');
    assert.deepEqual(await eraseReaderData(deps, reader, { token: 'forged.token.x' }), { kind: 'refused', reason: 'invalid' });
    assert.equal((await eraseReaderData(deps, staffActor(editorAccount.user), { email })).kind, 'forbidden');
    assert.equal((await findComment(db(), comment.id))?.author_email, email, 'nothing erased yet');

    const erased = await eraseReaderData(deps, reader, { token: issuePrivacyToken(deps.secret, email, new Date()) });
    assert.equal(erased.kind, 'erased');
    assert.equal((await findComment(db(), comment.id))?.author_name, 'Anonymous');

    const second = await addComment(t.desk, article, { author_email: email });
    const byModerator = await eraseReaderData(deps, staffActor(moderatorAccount.user), { email });
    assert.ok(byModerator.kind === 'erased' && byModerator.result.commentIds.includes(second.id));
    const entries = await db().selectFrom('audit_log').select(['actor']).where('action', '=', 'privacy.erase').orderBy('id', 'desc').limit(2).execute();
    assert.deepEqual(
      entries.map((e) => e.actor),
      [moderatorAccount.email, 'reader (privacy)'],
    );
  });
});

test('the moderation page and the command line reach the same command: an unknown comment is missing in both', async () => {
  const cli = await newsdesk('comments', 'trash', '987654321');
  assert.equal(cli.code, 1);
  assert.match(cli.stderr, /there is no comment #987654321/);
  const page = await moderatorPost({ one: 'trash:987654321' });
  assert.equal(page.location, '/admin/comments?done=trash&n=0');
});

test('a mail link’s changes are a reader’s with the signed link: forged links and other actors are refused, nothing changes', async () => {
  const article = await makeArticle(t.desk, await makeSource(t.desk));
  const subscriber = `unconfirmed-${article.id}@example.org`;
  const { subscription } = await subscribeToReplies(await ctx(), { email: subscriber, articleId: article.id, commentId: null });
  const confirmedAt = async () => (await findMailAddress(db(), subscriber))?.confirmed_at;
  const link = confirmLinkParams(t.desk.context.secret, subscriber, new Date());
  assert.equal((await confirmNotifications(t.desk.context, aReader, { ...link, sig: 'A'.repeat(43) })).kind, 'refused');
  assert.equal((await confirmNotifications(t.desk.context, operator, link)).kind, 'forbidden');
  assert.equal(await confirmedAt(), null);
  assert.equal((await confirmNotifications(t.desk.context, aReader, link)).kind, 'confirmed');
  assert.notEqual(await confirmedAt(), null);

  const stop = unsubscribeParams(t.desk.context.secret, { kind: 'one', subscriptionId: subscription.id });
  assert.equal((await stopNotifications(t.desk.context, operator, stop)).kind, 'forbidden');
  assert.equal((await stopNotifications(t.desk.context, aReader, { ...stop, sig: 'A'.repeat(43) })).kind, 'refused');
  assert.equal((await listSubscriptionsByEmail(db(), subscriber))[0]!.unsubscribed_at, null);
  assert.equal((await stopNotifications(t.desk.context, aReader, stop)).kind, 'unsubscribed');
  assert.notEqual((await listSubscriptionsByEmail(db(), subscriber))[0]!.unsubscribed_at, null);

  const privacyDeps = { db: db(), secret: t.desk.context.secret, siteName: 'Desk', publicUrl: 'http://desk.test' };
  assert.equal((await requestPrivacyLink(privacyDeps, operator, { email: subscriber })).kind, 'forbidden');
  assert.deepEqual(await requestPrivacyLink(privacyDeps, aReader, { email: 'not an address' }), { kind: 'refused', reason: 'invalid' });
  assert.deepEqual(await requestPrivacyLink(privacyDeps, aReader, { email: 'nobody-known@example.org' }), { kind: 'done', queued: false });
  assert.deepEqual(await requestPrivacyLink(privacyDeps, aReader, { email: subscriber }), { kind: 'done', queued: true });
});
