import { addKnownAuthor } from './admin-helpers.js';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { discussionContext } from '../../src/desk.js';
import { changeCommentStatus } from '../support/comments.js';
import { notifyModerators } from '../../src/discussion/notifications.js';
import { confirmLinkParams, subscribeToReplies } from '../../src/discussion/subscriptions.js';
import { readerActor } from '../../src/commands/actor.js';
import { confirmNotifications } from '../../src/commands/subscriptions.js';
import { createMailTransport, deliverDueMail, messageIdFor, type MailTransport } from '../../src/mail/sender.js';
import { commandLine } from '../../src/store/audit.js';
import { findComment } from '../../src/store/comments.js';
import type { Article } from '../../src/store/schema.js';
import { makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';
import { linkIn, startSmtpServer, type TestSmtp } from '../support/smtp.js';

const publicUrl = 'http://news.example';
const mailFrom = 'News Desk <desk@news.example>';

let smtp: TestSmtp;
const aReader = readerActor({ address: '192.0.2.9', userAgent: 'test' });
let t: TestDesk;
let transport: MailTransport;

before(async () => {
  smtp = await startSmtpServer();
  t = await startTestDesk({ settings: { ...quickSettings, commentsPerMinutePerAddress: 0 }, config: { smtpUrl: smtp.url, publicUrl, mailFrom } });
  transport = createMailTransport(t.desk.context.config);
});
after(async () => {
  transport.close();
  await t.close();
  await smtp.close();
});

const db = () => t.desk.store.db;
const auditOf = (action: string) => db().selectFrom('audit_log').select(['actor', 'target_type', 'target_id', 'details']).where('action', '=', action).execute();
const flush = () => deliverDueMail(db(), transport, new Date());
/** A link from a mail, followed on the test server (mail links carry the configured public address). */
const local = (link: string) => link.slice(publicUrl.length);

async function freshArticle(): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk));
}

async function post(reader: Browserish, article: Article, fields: Record<string, string>) {
  const page = await reader.get(`/articles/${article.slug}`);
  assert.equal(page.status, 200);
  return reader.post(`/articles/${article.slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), ...fields });
}

function commentIdFrom(location: string | null): number {
  const match = location?.match(/#comment-(\d+)$/);
  assert.ok(match, `expected a redirect to #comment-ID, got ${location}`);
  return Number(match[1]);
}

/** Gives an author an approved comment elsewhere, so their next comment is approved at once. */
async function makeKnown(name: string, email: string) {
  await addKnownAuthor(t.desk, await freshArticle(), name, email);
}

async function subscription(email: string, articleId: number) {
  return db().selectFrom('subscriptions').selectAll().where('email', '=', email).where('article_id', '=', articleId).executeTakeFirst();
}

async function address(email: string) {
  return db().selectFrom('mail_addresses').selectAll().where('email', '=', email).executeTakeFirst();
}

describe('the notify box on the comment form', () => {
  test('is unticked by default, has a real label, and stays ticked when the form comes back with errors', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const page = await reader.get(`/articles/${article.slug}`);
    assert.match(page.html, /<input id="notify" name="notify" type="checkbox" value="yes"\/>/);
    assert.match(page.html, /<label for="notify">Notify me of all new comments on this article<\/label>/);
    const saveAt = page.html.indexOf('id="save_details"');
    assert.ok(saveAt > 0 && page.html.indexOf('id="notify"') > saveAt, 'after the save-details box');

    const refused = await post(reader, article, { comment: 'No name given.', author: '', email: 'nameless@example.com', notify: 'yes' });
    assert.equal(refused.status, 422);
    assert.match(refused.html, /<input id="notify" name="notify" type="checkbox" value="yes" checked\/>/);
    const unticked = await post(reader, article, { comment: 'No name given.', author: '', email: 'nameless@example.com' });
    assert.equal(unticked.status, 422);
    assert.match(unticked.html, /<input id="notify" name="notify" type="checkbox" value="yes"\/>/);
    assert.equal(await subscription('nameless@example.com', article.id), undefined);
  });
});

describe('reply notifications with double opt-in', () => {
  test('confirm, get notified with one-click unsubscribe headers and escaped text, unsubscribe', async () => {
    const article = await freshArticle();
    const second = await freshArticle();
    const mina = new Browserish(t.url);

    // 1. A first comment (held) with the box ticked: a subscription and one confirmation mail.
    const first = await post(mina, article, { comment: 'Keep me posted.', author: 'Mina', email: 'Mina@Example.com', notify: 'yes' });
    assert.equal(first.status, 303);
    const minaFirstId = commentIdFrom(first.location);
    assert.equal((await findComment(db(), minaFirstId))?.status, 'pending');
    const sub = await subscription('mina@example.com', article.id);
    assert.equal(sub?.comment_id, minaFirstId);
    assert.equal(sub?.unsubscribed_at, null);
    assert.equal((await address('mina@example.com'))?.confirmed_at, null);

    await flush();
    const confirmations = smtp.to('mina@example.com');
    assert.equal(confirmations.length, 1);
    const confirmation = confirmations[0]!;
    assert.equal(confirmation.header('subject'), 'Please confirm: email notifications from Newsdesk');
    assert.equal(confirmation.header('from'), mailFrom);
    assert.equal(confirmation.header('message-id'), messageIdFor('confirm:mina@example.com', mailFrom));
    assert.ok(confirmation.text.includes(`new comments on “${article.title}”`));
    const confirmUrl = linkIn(confirmation.text, `${publicUrl}/subscriptions/confirm?`);
    assert.ok(confirmation.html.includes(confirmUrl.replace(/&/g, '&amp;')));

    // 2. More ticked boxes before confirming send nothing more.
    assert.equal((await post(mina, article, { comment: 'And again.', author: 'Mina', email: 'mina@example.com', notify: 'yes' })).status, 303);
    assert.equal((await post(mina, second, { comment: 'Here too.', author: 'Mina', email: 'mina@example.com', notify: 'yes' })).status, 303);
    assert.ok(await subscription('mina@example.com', second.id));
    await makeKnown('Kofi', 'kofi@example.com');
    const early = await post(new Browserish(t.url), article, { comment: 'Before she confirmed.', author: 'Kofi', email: 'kofi@example.com' });
    assert.equal((await findComment(db(), commentIdFrom(early.location)))?.status, 'approved');
    await flush();
    assert.equal(smtp.to('mina@example.com').length, 1, 'an unconfirmed address gets nothing but its one confirmation');

    // 3. Following the link asks first (scanners open links), then confirms on the button.
    const tampered = await new Browserish(t.url).get(local(confirmUrl).replace(/sig=[^&]+/, 'sig=AAAA'));
    assert.equal(tampered.status, 400);
    const browser = new Browserish(t.url);
    const prompt = await browser.get(local(confirmUrl));
    assert.equal(prompt.status, 200);
    assert.match(prompt.html, /<button type="submit"[^>]*>Confirm email notifications<\/button>/);
    assert.doesNotMatch(prompt.html, /mina@example\.com/i);
    assert.equal((await address('mina@example.com'))?.confirmed_at, null, 'a GET confirms nothing');
    const fields = { e: inputValue(prompt.html, 'e'), x: inputValue(prompt.html, 'x'), sig: inputValue(prompt.html, 'sig') };
    assert.equal((await browser.post('/subscriptions/confirm', fields)).status, 403, 'the confirm form keeps its CSRF check');
    const confirmed = await browser.post('/subscriptions/confirm', { ...fields, _csrf: inputValue(prompt.html, '_csrf') });
    assert.equal(confirmed.status, 200);
    assert.match(confirmed.html, /Email notifications confirmed/);
    assert.notEqual((await address('mina@example.com'))?.confirmed_at, null);
    const confirmAudit = await auditOf('subscription.confirm');
    assert.deepEqual(confirmAudit.map((a) => [a.actor, a.target_type]), [['reader (mail link)', 'mail_address']]);
    assert.doesNotMatch(JSON.stringify(confirmAudit), /mina/i, 'the audit log names no address');

    // 4. Another reader's approved reply: one notification, escaped, with one-click headers.
    const kofi = await post(new Browserish(t.url), article, { comment: 'I disagree: <b>x</b> & "quotes"', author: 'Kofi', email: 'kofi@example.com', notify: 'yes' });
    const replyId = commentIdFrom(kofi.location);
    assert.equal((await findComment(db(), replyId))?.status, 'approved');
    await flush();
    const toMina = smtp.to('mina@example.com');
    assert.equal(toMina.length, 2);
    const note = toMina[1]!;
    assert.equal(note.header('subject'), `New comment on “${article.title}”`);
    assert.equal(note.header('message-id'), messageIdFor(`reply:${replyId}:mina@example.com`, mailFrom));
    assert.equal(note.header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    const listUnsubscribe = note.header('list-unsubscribe') ?? '';
    assert.match(listUnsubscribe, new RegExp(`^<${publicUrl}/subscriptions/unsubscribe\\?s=${sub!.id}&sig=[A-Za-z0-9_-]{43}>$`));
    assert.equal(note.header('auto-submitted'), 'auto-generated');
    assert.ok(note.html.includes('I disagree: &lt;b&gt;x&lt;/b&gt; &amp; &quot;quotes&quot;'), note.html);
    assert.ok(!note.html.includes('<b>x</b>'));
    assert.ok(note.text.includes('> I disagree: <b>x</b> & "quotes"'));
    assert.ok(note.text.includes('Kofi commented on'));
    assert.ok(note.text.includes(`${publicUrl}/articles/${article.slug}#comment-${replyId}`));
    assert.ok(note.text.includes(listUnsubscribe.slice(1, -1)), 'the unsubscribe link is in the text too');
    assert.equal(smtp.to('kofi@example.com').filter((m) => m.header('subject')?.startsWith('New comment')).length, 0, 'never about one’s own comment');

    // 5. Approving Mina's own held comment tells everyone but her.
    await changeCommentStatus(await discussionContext(t.desk.context), minaFirstId, 'approved', commandLine);
    await flush();
    assert.equal(smtp.to('mina@example.com').length, 2);

    // 6. One-click unsubscribe: a POST from the mail program, no cookies, no CSRF token.
    const oneClick = await fetch(t.url + local(listUnsubscribe.slice(1, -1)), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(oneClick.status, 200);
    assert.match(await oneClick.text(), /You are unsubscribed/);
    assert.notEqual((await subscription('mina@example.com', article.id))?.unsubscribed_at, null);
    assert.deepEqual((await auditOf('subscription.end')).map((a) => [a.actor, a.target_type, a.target_id]), [['reader (mail link)', 'subscription', String(sub!.id)]]);
    await post(new Browserish(t.url), article, { comment: 'After she left.', author: 'Kofi', email: 'kofi@example.com' });
    await flush();
    assert.equal(smtp.to('mina@example.com').length, 2, 'no more mail about that article');

    // 7. Her other subscription still works; "all from this desk" stops it too.
    const other = await post(new Browserish(t.url), second, { comment: 'On the second story.', author: 'Kofi', email: 'kofi@example.com' });
    await flush();
    assert.equal(smtp.to('mina@example.com').length, 3);
    const secondNote = smtp.to('mina@example.com')[2]!;
    assert.ok(secondNote.text.includes(`#comment-${commentIdFrom(other.location)}`));
    const allUrl = linkIn(secondNote.text, `${publicUrl}/subscriptions/unsubscribe?e=`);
    const ask = await new Browserish(t.url).get(local(allUrl));
    assert.equal(ask.status, 200);
    assert.match(ask.html, /<button type="submit"[^>]*>Stop all emails<\/button>/);
    assert.equal((await address('mina@example.com'))?.unsubscribed_at, null, 'a GET unsubscribes nothing');
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const multipart = await fetch(t.url + local(allUrl), { method: 'POST', body: form });
    assert.equal(multipart.status, 200);
    assert.notEqual((await address('mina@example.com'))?.unsubscribed_at, null);
    assert.equal((await auditOf('subscription.end_all')).length, 1);
    await post(new Browserish(t.url), second, { comment: 'Second story, again.', author: 'Kofi', email: 'kofi@example.com' });
    await flush();
    assert.equal(smtp.to('mina@example.com').length, 3);

    const forged = await fetch(`${t.url}/subscriptions/unsubscribe?s=${sub!.id}&sig=${'A'.repeat(43)}`, { method: 'POST' });
    assert.equal(forged.status, 400);
    assert.equal((await auditOf('subscription.end')).length, 1, 'a forged link changes nothing and is not audited');
  });

  test('a held reply notifies nobody until it is approved, then exactly once', async () => {
    const article = await freshArticle();
    const ctx = await discussionContext(t.desk.context);
    await subscribeToReplies(ctx, { email: 'sam@example.com', articleId: article.id, commentId: null });
    assert.equal((await confirmNotifications(t.desk.context, aReader, confirmLinkParams(t.desk.context.secret, 'sam@example.com', new Date()))).kind, 'confirmed');
    await flush();
    assert.equal(smtp.to('sam@example.com').length, 1, 'the confirmation');

    const held = await post(new Browserish(t.url), article, { comment: 'A newcomer speaks.', author: 'Nia', email: 'nia@example.com' });
    const heldId = commentIdFrom(held.location);
    assert.equal((await findComment(db(), heldId))?.status, 'pending');
    await flush();
    assert.equal(smtp.to('sam@example.com').length, 1);

    await changeCommentStatus(ctx, heldId, 'approved', commandLine);
    await flush();
    assert.equal(smtp.to('sam@example.com').length, 2);
    const note = smtp.to('sam@example.com')[1]!;
    assert.ok(note.text.includes('Nia commented on'));
    assert.ok(note.text.includes('> A newcomer speaks.'));

    await changeCommentStatus(ctx, heldId, 'pending', commandLine);
    await changeCommentStatus(ctx, heldId, 'approved', commandLine);
    await flush();
    assert.equal(smtp.to('sam@example.com').length, 2, 'approved twice, mailed once');
  });

  test('a comment kept as spam subscribes nobody and mails nobody', async () => {
    const article = await freshArticle();
    const res = await post(new Browserish(t.url), article, { comment: 'Buy now.', author: 'Bot', email: 'victim@example.com', notify: 'yes', homepage: 'http://spam.example' });
    assert.equal(res.status, 303);
    assert.equal(await subscription('victim@example.com', article.id), undefined);
    await flush();
    assert.equal(smtp.to('victim@example.com').length, 0);
  });
});

describe('moderators', () => {
  test('every admin and moderator gets one mail per held comment, with links to review, approve and mark as spam', async () => {
    const now = new Date().toISOString();
    await db()
      .insertInto('users')
      .values([
        { email: 'admin@news.example', name: 'Ada', role: 'admin', password_hash: null, created_at: now },
        { email: 'mod@news.example', name: 'Mo', role: 'moderator', password_hash: null, created_at: now },
        { email: 'editor@news.example', name: 'Ed', role: 'editor', password_hash: null, created_at: now },
      ])
      .execute();
    const article = await freshArticle();
    const held = await post(new Browserish(t.url), article, { comment: 'Is <i>this</i> allowed?', author: 'Pat <Newcomer>', email: 'pat@example.com' });
    const heldId = commentIdFrom(held.location);
    await makeKnown('Quinn', 'quinn@example.com');
    await post(new Browserish(t.url), article, { comment: 'Approved at once.', author: 'Quinn', email: 'quinn@example.com' });
    await flush();

    for (const to of ['admin@news.example', 'mod@news.example']) {
      const mails = smtp.to(to);
      assert.equal(mails.length, 1, to);
      const mail = mails[0]!;
      assert.equal(mail.header('subject'), `[Newsdesk] Please moderate: “${article.title}”`);
      assert.equal(mail.header('message-id'), messageIdFor(`held:${heldId}:${to}`, mailFrom));
      assert.ok(mail.text.includes(`${publicUrl}/admin/comments?status=pending#comment-${heldId}`));
      assert.ok(mail.text.includes(`${publicUrl}/admin/comments/${heldId}/approve`));
      assert.ok(mail.text.includes(`${publicUrl}/admin/comments/${heldId}/spam`));
      assert.ok(mail.text.includes('Author: Pat <Newcomer> <pat@example.com>'));
      assert.ok(mail.text.includes('Held because: first comment'));
      assert.ok(mail.html.includes('Is &lt;i&gt;this&lt;/i&gt; allowed?'));
      assert.ok(mail.html.includes('Pat &lt;Newcomer&gt;'));
      assert.ok(!mail.html.includes('<i>this</i>'));
    }
    assert.equal(smtp.to('editor@news.example').length, 0);

    const ctx = await discussionContext(t.desk.context);
    const comment = (await findComment(db(), heldId))!;
    assert.equal(await notifyModerators({ ...ctx, settings: { ...ctx.settings, notifyModeratorsOfHeld: false } }, comment), 0);
    assert.equal(await notifyModerators(ctx, comment), 0, 'already queued for both');
  });
});
