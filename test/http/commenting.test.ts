/**
 * The reader's side of commenting beyond posting: the preview, the orders of the threads, the
 * note under a held comment, and following an article or only the replies to one's comments,
 * with real mail over SMTP and the unsubscribe links it carries.
 */
import { addKnownAuthor } from './admin-helpers.js';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { createMailTransport, deliverDueMail, type MailTransport } from '../../src/mail/sender.js';
import type { Article } from '../../src/store/schema.js';
import { makeApprovedComment, makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';
import { linkIn, startSmtpServer, type TestSmtp } from '../support/smtp.js';

const publicUrl = 'http://news.example';

let smtp: TestSmtp;
let t: TestDesk;
let transport: MailTransport;

before(async () => {
  smtp = await startSmtpServer();
  t = await startTestDesk({ settings: quickSettings, config: { smtpUrl: smtp.url, publicUrl } });
  transport = createMailTransport(t.desk.context.config);
});
after(async () => {
  transport.close();
  await t.close();
  await smtp.close();
});

const db = () => t.desk.store.db;
const flush = () => deliverDueMail(db(), transport, new Date());
/** A link from a mail, followed on the test server (mail links carry the configured public address). */
const local = (link: string) => link.slice(publicUrl.length);

async function freshArticle(): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk));
}

async function commentsOn(article: Article) {
  return db().selectFrom('comments').select(['id', 'status', 'author_email']).where('article_id', '=', article.id).execute();
}

/** Sends the comment form as a browser would, from the page it was shown on. */
async function send(reader: Browserish, article: Article, fields: Record<string, string>, query = '') {
  const page = await reader.get(`/articles/${article.slug}${query}`);
  assert.equal(page.status, 200);
  const tokens = { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf') };
  return { tokens, response: await reader.post(`/articles/${article.slug}/comments`, { ...tokens, ...fields }) };
}

function commentIdFrom(location: string | null): number {
  const match = location?.match(/#comment-(\d+)$/);
  assert.ok(match, `expected a redirect to #comment-ID, got ${location}`);
  return Number(match[1]);
}

function textareaValue(html: string): string {
  const match = html.match(/<textarea id="comment"[^>]*>([\s\S]*?)<\/textarea>/);
  assert.ok(match, 'the comment box is on the page');
  return decodeEntities(match[1]!);
}

/** The section showing the preview, or '' when there is none. */
function previewOf(html: string): string {
  return html.match(/<section class="comment-preview"[\s\S]*?<\/section>/)?.[0] ?? '';
}

/** The ids of the top-level threads, in the order the page shows them. */
function topLevelOrder(html: string): number[] {
  return [...html.matchAll(/<li id="comment-(\d+)" class="comment depth-1/g)].map((m) => Number(m[1]));
}

/** Gives an author an approved comment elsewhere, so their next comment is approved at once. */
async function makeKnown(name: string, email: string) {
  await addKnownAuthor(t.desk, await freshArticle(), name, email);
}

/** Confirms an address from the confirmation mail it was sent, pressing the button as a reader would. */
async function confirmFromMail(email: string) {
  await flush();
  const mail = smtp.to(email).find((m) => m.header('subject')?.startsWith('Please confirm'));
  assert.ok(mail, `a confirmation mail went to ${email}`);
  const reader = new Browserish(t.url);
  const ask = await reader.get(local(linkIn(mail.text, `${publicUrl}/subscriptions/confirm?`)));
  assert.equal(ask.status, 200);
  const fields = Object.fromEntries(['e', 'x', 'sig', '_csrf'].map((name) => [name, inputValue(ask.html, name)]));
  const done = await reader.post('/subscriptions/confirm', fields);
  assert.match(done.html, /Email notifications confirmed/);
}

describe('preview', () => {
  test('renders the Markdown as the comment would be shown, refills the form and stores nothing', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const text = 'A *first* thought with **weight**, <b>no tags</b> and a [link](https://example.org/x).\n\n> quoted';
    const fields = { comment: text, author: 'Pia Preview', email: 'pia@example.com', url: '', notify_replies: 'yes', preview: 'yes' };
    const { tokens, response } = await send(reader, article, fields);
    assert.equal(response.status, 200);
    const preview = previewOf(response.html);
    assert.ok(preview, 'the preview is shown');
    assert.ok(preview.includes(renderCommentMarkdown(text)), 'rendered by the renderer that renders posted comments');
    assert.match(preview, /<em>first<\/em>/);
    assert.match(preview, /<strong>weight<\/strong>/);
    assert.match(preview, /&lt;b&gt;no tags&lt;\/b&gt;/);
    assert.match(preview, /<a href="https:\/\/example.org\/x" rel="nofollow ugc noopener">link<\/a>/);
    assert.match(preview, /<span class="comment-author">Pia Preview<\/span>/);
    assert.ok(!preview.includes('pia@example.com'), 'the email is not shown');
    assert.ok(response.html.indexOf('comment-preview') < response.html.indexOf('id="commentform"'), 'above the form');
    assert.equal(textareaValue(response.html), text);
    assert.equal(inputValue(response.html, 'author'), 'Pia Preview');
    assert.equal(inputValue(response.html, 'email'), 'pia@example.com');
    assert.match(response.html, /<input id="notify_replies" name="notify_replies" type="checkbox" value="yes" checked\/>/);
    assert.equal(inputValue(response.html, 'form_token'), tokens.form_token, 'the form keeps the time it was first shown');
    assert.deepEqual(await commentsOn(article), [], 'nothing stored');

    // The preview never reaches the page other readers get from the cache.
    const other = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.equal(previewOf(other.html), '');
    assert.ok(!other.html.includes('Pia Preview'), 'nothing of the preview leaked');
  });

  test('previews use up none of the posts an address may send', async () => {
    // One post a minute from one address; every request of this test comes from 127.0.0.1.
    const limited = await startTestDesk({ settings: { ...quickSettings, commentsPerMinutePerAddress: 1 } });
    try {
      const article = await makeArticle(limited.desk, await makeSource(limited.desk));
      const reader = new Browserish(limited.url);
      const page = await reader.get(`/articles/${article.slug}`);
      const tokens = { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf') };
      const fields = { ...tokens, comment: 'Thinking out loud.', author: 'Rae', email: 'rae@example.com' };
      for (let i = 0; i < 3; i++) {
        const preview = await reader.post(`/articles/${article.slug}/comments`, { ...fields, _csrf: tokens._csrf, preview: 'yes' });
        assert.equal(preview.status, 200);
      }
      const posted = await reader.post(`/articles/${article.slug}/comments`, fields);
      assert.equal(posted.status, 303, 'the post after three previews is the first that counts');
      const again = await reader.post(`/articles/${article.slug}/comments`, { ...fields, comment: 'A second, too soon.' });
      assert.equal(again.status, 422, 'the limit itself still holds');
    } finally {
      await limited.close();
    }
  });

  test('an empty comment is not previewed: the error is beside the box and the rest is kept', async () => {
    const article = await freshArticle();
    const { response } = await send(new Browserish(t.url), article, { comment: '   ', author: 'Pia', email: 'pia@example.com', url: 'example.org', preview: 'yes' });
    assert.equal(response.status, 422);
    assert.equal(previewOf(response.html), '');
    assert.match(response.html, /Your comment was not previewed\. Please correct the marked field\./);
    assert.match(response.html, /<span class="field-error" id="comment-error">Please type your comment before previewing it\.<\/span>/);
    assert.match(response.html, /aria-describedby="comment-limit comment-error"/);
    assert.equal(inputValue(response.html, 'author'), 'Pia');
    assert.equal(inputValue(response.html, 'url'), 'example.org');
    assert.deepEqual(await commentsOn(article), []);
  });

  test('on an article whose comments have closed, a preview is refused as a post would be, and the text given back', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const page = await reader.get(`/articles/${article.slug}`);
    await db().updateTable('articles').set({ comments_open: 0 }).where('id', '=', article.id).execute();
    const response = await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(page.html, 'form_token'),
      _csrf: inputValue(page.html, '_csrf'),
      comment: 'Too late, *alas*.',
      author: 'Lou',
      email: 'lou@example.com',
      preview: 'yes',
    });
    assert.equal(response.status, 422);
    assert.equal(previewOf(response.html), '');
    assert.match(response.html, /<textarea id="comment-copy"[^>]*>Too late, \*alas\*\.<\/textarea>/);
    assert.deepEqual(await commentsOn(article), []);
  });

  test('a refused post keeps the text typed', async () => {
    const article = await freshArticle();
    const { response } = await send(new Browserish(t.url), article, { comment: 'Words worth keeping, *really*.', author: '', email: 'pia@example.com' });
    assert.equal(response.status, 422);
    assert.equal(textareaValue(response.html), 'Words worth keeping, *really*.');
    assert.match(response.html, /Please enter your name\./);
  });

  test('the form has its formatting help, its limit in words, and a Preview button after Post Comment', async () => {
    const page = await new Browserish(t.url).get(`/articles/${(await freshArticle()).slug}`);
    assert.match(page.html, /<span id="comment-limit">Up to 65,525 characters\.<\/span>/);
    assert.match(page.html, /<span id="comment-counter" class="comment-counter" aria-live="polite"><\/span>/);
    assert.match(page.html, /<code>\*italic\*<\/code> gives <em>italic<\/em>/);
    assert.match(page.html, /<code>\*\*bold\*\*<\/code>/);
    assert.match(page.html, /<code>(?:&gt;|>) text<\/code> at the start of a line quotes it/);
    const post = page.html.indexOf('>Post Comment<');
    const preview = page.html.search(/<button type="submit" id="preview-comment"[^>]*name="preview" value="yes"[^>]*formnovalidate[^>]*>Preview<\/button>/i);
    assert.ok(post > 0 && preview > post, 'Preview follows Post Comment, so Enter still posts');
  });
});

describe('the order of the threads', () => {
  test('oldest first by default, newest first, or most replied, with replies kept in their threads', async () => {
    const article = await freshArticle();
    const quiet = await makeApprovedComment(t.desk, article, 'Olga', 'The oldest thread.');
    await db().updateTable('comments').set({ created_at: new Date(Date.now() - 30 * 60_000).toISOString() }).where('id', '=', quiet.id).execute();
    const busy = await makeApprovedComment(t.desk, article, 'Bo', 'The busy thread.');
    await db().updateTable('comments').set({ created_at: new Date(Date.now() - 20 * 60_000).toISOString() }).where('id', '=', busy.id).execute();
    const fresh = await makeApprovedComment(t.desk, article, 'Nell', 'The newest thread.');
    const r1 = await makeApprovedComment(t.desk, article, 'Ray', 'First answer.', busy);
    await makeApprovedComment(t.desk, article, 'Sue', 'Second answer.', r1);
    await makeApprovedComment(t.desk, article, 'Tom', 'One answer.', fresh);

    const reader = new Browserish(t.url);
    const oldest = await reader.get(`/articles/${article.slug}`);
    assert.deepEqual(topLevelOrder(oldest.html), [quiet.id, busy.id, fresh.id]);
    assert.match(oldest.html, /<a href="\/articles\/[^"]+#comments" aria-current="true">Oldest first<\/a>/);
    const newest = await reader.get(`/articles/${article.slug}?sort=newest`);
    assert.deepEqual(topLevelOrder(newest.html), [fresh.id, busy.id, quiet.id]);
    assert.match(newest.html, /<a href="\/articles\/[^"]+\?sort=newest#comments" aria-current="true">Newest first<\/a>/);
    const replied = await reader.get(`/articles/${article.slug}?sort=replies`);
    assert.deepEqual(topLevelOrder(replied.html), [busy.id, fresh.id, quiet.id]);
    // Threads stay threaded: Ray's answer is inside Bo's thread, before Nell's.
    const busyAt = replied.html.indexOf(`id="comment-${busy.id}"`);
    const rayAt = replied.html.indexOf(`id="comment-${r1.id}"`);
    assert.ok(busyAt < rayAt && rayAt < replied.html.indexOf(`id="comment-${fresh.id}"`));
    assert.match(replied.html, new RegExp(`replytocom=${busy.id}#respond`));
    assert.match(replied.html, new RegExp(`\\?sort=replies&amp;replytocom=${busy.id}#respond`), 'reply links keep the order');

    // Each order is kept by the cache apart from the others, and a new thread reaches every one.
    assert.deepEqual(topLevelOrder((await reader.get(`/articles/${article.slug}?sort=newest`)).html), [fresh.id, busy.id, quiet.id]);
    assert.deepEqual(topLevelOrder((await reader.get(`/articles/${article.slug}`)).html), [quiet.id, busy.id, fresh.id]);
    const late = await makeApprovedComment(t.desk, article, 'Lou', 'Late thread.');
    await db().updateTable('comments').set({ created_at: new Date().toISOString() }).where('id', '=', late.id).execute();
    assert.deepEqual(topLevelOrder((await reader.get(`/articles/${article.slug}?sort=newest`)).html), [late.id, fresh.id, busy.id, quiet.id]);
    assert.deepEqual(topLevelOrder((await reader.get(`/articles/${article.slug}`)).html), [quiet.id, busy.id, fresh.id, late.id]);

    // An order the page does not know is the default one, not an error.
    const odd = await reader.get(`/articles/${article.slug}?sort=loudest`);
    assert.equal(odd.status, 200);
    assert.deepEqual(topLevelOrder(odd.html), [quiet.id, busy.id, fresh.id, late.id]);
  });

  test('every comment has a visible link to itself, and a reply page quotes the comment answered', async () => {
    const article = await freshArticle();
    const first = await makeApprovedComment(t.desk, article, 'Quinn', 'Here is a long and careful opinion about the matter at hand.');
    const page = await new Browserish(t.url).get(`/articles/${article.slug}?replytocom=${first.id}`);
    assert.match(page.html, new RegExp(`<a class="comment-link" href="/articles/${article.slug}#comment-${first.id}" aria-label="Link to the comment by Quinn">Link</a>`));
    assert.match(page.html, /Leave a Reply to Quinn/);
    const context = page.html.match(/<div class="reply-context" id="reply-context">[\s\S]*?<\/div>/)?.[0] ?? '';
    assert.match(context, new RegExp(`Replying to <a href="#comment-${first.id}">Quinn</a>:`));
    assert.match(context, /<blockquote><p>Here is a long and careful opinion about the matter at hand\.<\/p><\/blockquote>/);
    assert.ok(page.html.indexOf('reply-context') < page.html.indexOf('id="commentform"'), 'above the form');
  });
});

describe('the note under a held comment', () => {
  test('says a moderator will read it, that only its author sees it meanwhile, and what mail to expect', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const { response } = await send(reader, article, { comment: 'My very first words here.', author: 'Hana', email: 'hana@example.com', notify_replies: 'yes' });
    assert.equal(response.status, 303);
    const id = commentIdFrom(response.location);
    const own = await reader.get(response.location!.replace(/#.*$/, ''));
    const note = own.html.match(new RegExp(`<li id="comment-${id}"[\\s\\S]*?<div class="held-note">([\\s\\S]*?)</div>`))?.[1] ?? '';
    assert.match(note, /<p class="moderation-note">Your comment is awaiting moderation\.<\/p>/);
    assert.match(note, /A first comment under a name and email address is read before it appears/);
    assert.match(note, /The moderators have been told, and one of them will read it\./);
    assert.match(note, /Once it is approved it appears here for everyone; until then only you can see it, in this browser\./);
    assert.match(note, /You asked for emails about replies to your comment: we have sent you an email with a link to confirm your address first/);
  });

  test('once the address is confirmed, the note says the mail will come', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const { response } = await send(reader, article, { comment: 'Tell me everything.', author: 'Jun', email: 'jun@example.com', notify: 'yes' });
    const id = commentIdFrom(response.location);
    await confirmFromMail('jun@example.com');
    const own = await reader.get(response.location!.replace(/#.*$/, ''));
    const note = own.html.match(new RegExp(`<li id="comment-${id}"[\\s\\S]*?<div class="held-note">([\\s\\S]*?)</div>`))?.[1] ?? '';
    assert.match(note, /You will get an email about new comments on this article\./);

    const other = new Browserish(t.url);
    const { response: plain } = await send(other, article, { comment: 'No mail for me.', author: 'Kai', email: 'kai@example.com' });
    const page = await other.get(plain.location!.replace(/#.*$/, ''));
    assert.match(page.html, /You will not get an email about it\./);
  });
});

describe('following an article, or only the replies to one’s comments', () => {
  test('mail goes to followers of the article for every new comment, and to reply followers only for replies to them', async () => {
    const article = await freshArticle();
    await makeKnown('Ana', 'ana@example.com');
    await makeKnown('Ben', 'ben@example.com');
    await makeKnown('Cy', 'cy@example.com');

    // Ana follows the whole article, Ben only the replies to his comment.
    const ana = await send(new Browserish(t.url), article, { comment: 'Following all of it.', author: 'Ana', email: 'ana@example.com', notify: 'yes' });
    assert.equal(ana.response.status, 303);
    const ben = await send(new Browserish(t.url), article, { comment: 'Only answers to me, please.', author: 'Ben', email: 'ben@example.com', notify_replies: 'yes' });
    const benId = commentIdFrom(ben.response.location);
    await confirmFromMail('ana@example.com');
    await confirmFromMail('ben@example.com');
    const benConfirmation = smtp.to('ben@example.com').find((m) => m.header('subject')?.startsWith('Please confirm'));
    assert.ok(benConfirmation?.text.includes(`an email about replies to your comments on “${article.title}”`), 'the confirmation says what is followed');
    const mailsTo = (email: string) => smtp.to(email).filter((m) => !m.header('subject')?.startsWith('Please confirm'));
    const scopes = await db().selectFrom('subscriptions').select(['email', 'scope']).where('article_id', '=', article.id).orderBy('email').execute();
    assert.deepEqual(scopes, [
      { email: 'ana@example.com', scope: 'article' },
      { email: 'ben@example.com', scope: 'replies' },
    ]);

    // A new thread: Ana hears of it, Ben does not.
    const cyThread = await send(new Browserish(t.url), article, { comment: 'A new thread of mine.', author: 'Cy', email: 'cy@example.com' });
    assert.equal(cyThread.response.status, 303);
    await flush();
    assert.equal(mailsTo('ana@example.com').length, 1);
    assert.equal(mailsTo('ana@example.com')[0]!.header('subject'), `New comment on “${article.title}”`);
    assert.equal(mailsTo('ben@example.com').length, 0, 'a reply follower is not told of other threads');

    // A reply to Ben: both hear of it, Ben in words about his comment.
    const reply = await send(new Browserish(t.url), article, { comment: 'Answering Ben.', author: 'Cy', email: 'cy@example.com', parent_id: String(benId) }, `?replytocom=${benId}`);
    assert.equal(reply.response.status, 303);
    await flush();
    assert.equal(mailsTo('ana@example.com').length, 2);
    const toBen = mailsTo('ben@example.com');
    assert.equal(toBen.length, 1);
    assert.equal(toBen[0]!.header('subject'), `New reply to your comment on “${article.title}”`);
    assert.ok(toBen[0]!.text.includes('Cy replied to you on'));
    assert.ok(toBen[0]!.text.includes('> Answering Ben.'));
    assert.ok(toBen[0]!.text.includes('notify you of replies to your comments on this article'));
    assert.equal(toBen[0]!.header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    assert.ok(!smtp.to('cy@example.com').some((m) => m.header('subject')?.startsWith('New')), 'never about one’s own comment');

    // Asking for replies only never narrows a whole-article subscription.
    await send(new Browserish(t.url), article, { comment: 'Still following all.', author: 'Ana', email: 'ana@example.com', notify_replies: 'yes' });
    const anaScope = await db().selectFrom('subscriptions').select('scope').where('email', '=', 'ana@example.com').where('article_id', '=', article.id).executeTakeFirst();
    assert.equal(anaScope?.scope, 'article');
  });

  test('one-click unsubscribe stops one article; the page for it also offers, and does, stopping everything', async () => {
    const first = await freshArticle();
    const second = await freshArticle();
    await makeKnown('Dee', 'dee@example.com');
    await makeKnown('Eli', 'eli@example.com');
    for (const article of [first, second]) {
      assert.equal((await send(new Browserish(t.url), article, { comment: `Dee follows ${article.slug}.`, author: 'Dee', email: 'dee@example.com', notify: 'yes' })).response.status, 303);
    }
    await confirmFromMail('dee@example.com');
    const news = () => smtp.to('dee@example.com').filter((m) => m.header('subject')?.startsWith('New comment'));

    await send(new Browserish(t.url), first, { comment: 'Eli on the first.', author: 'Eli', email: 'eli@example.com' });
    await flush();
    assert.equal(news().length, 1);
    const header = news()[0]!.header('list-unsubscribe') ?? '';
    const oneUrl = header.slice(1, -1);
    assert.match(oneUrl, /\/subscriptions\/unsubscribe\?s=\d+&sig=/);

    // The mail program's one-click POST: no cookies, no CSRF token.
    const oneClick = await fetch(t.url + local(oneUrl), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.equal(oneClick.status, 200);
    const after = await oneClick.text();
    assert.match(after, /You are unsubscribed/);
    assert.match(after, /<button type="submit" aria-describedby="subscription-also">Stop all emails<\/button>/, 'stopping everything is offered next');

    await send(new Browserish(t.url), first, { comment: 'Eli again on the first.', author: 'Eli', email: 'eli@example.com' });
    await send(new Browserish(t.url), second, { comment: 'Eli on the second.', author: 'Eli', email: 'eli@example.com' });
    await flush();
    assert.equal(news().length, 2, 'only the other article still mails');

    // The per-article page (GET only asks) offers both; its "Stop all emails" form ends every subscription.
    const ask = await new Browserish(t.url).get(local(linkIn(news()[1]!.text, `${publicUrl}/subscriptions/unsubscribe?s=`)));
    assert.equal(ask.status, 200);
    assert.match(ask.html, />Stop these emails<\/button>/);
    const allAction = decodeEntities(ask.html.match(/<form method="post" action="([^"]*\?e=[^"]*)"/)?.[1] ?? '');
    assert.match(allAction, /^\/subscriptions\/unsubscribe\?e=/);
    assert.equal((await db().selectFrom('mail_addresses').select('unsubscribed_at').where('email', '=', 'dee@example.com').executeTakeFirst())?.unsubscribed_at, null, 'a GET changes nothing');
    const all = await fetch(t.url + allAction, { method: 'POST' });
    assert.equal(all.status, 200);
    const live = await db().selectFrom('subscriptions').select('id').where('email', '=', 'dee@example.com').where('unsubscribed_at', 'is', null).execute();
    assert.deepEqual(live, []);
    const audit = await db().selectFrom('audit_log').select('action').where('action', 'in', ['subscription.end', 'subscription.end_all']).execute();
    assert.ok(audit.some((a) => a.action === 'subscription.end_all'));

    await send(new Browserish(t.url), second, { comment: 'Eli once more.', author: 'Eli', email: 'eli@example.com' });
    await flush();
    assert.equal(news().length, 2, 'nothing more after stopping everything');
  });
});
