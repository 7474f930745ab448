import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { clientHash } from '../../src/discussion/identity.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { checkPrivacyToken, issuePrivacyToken } from '../../src/discussion/privacy-links.js';
import { findComment, insertComment } from '../../src/store/comments.js';
import type { Article, Comment, CommentStatus } from '../../src/store/schema.js';
import { makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';

/** The privacy page: a mailed, signed link to download or erase one's comments, on a real server. */

const ANSWER = 'If comments were posted with that address, a link is on its way. It works for 24 hours.';
const ALICE = 'alice.reader@example.org';
const BOB = 'bob.other@example.org';

let t: TestDesk;
let first: Article;
let second: Article;
let alice: Comment[];
let bob: Comment;

before(async () => {
  t = await startTestDesk({ settings: { ...quickSettings, siteName: 'Quayside Desk' } });
  const source = await makeSource(t.desk);
  first = await makeArticle(t.desk, source, { title: 'Ferry timetable changes' });
  second = await makeArticle(t.desk, source, { title: 'Harbour barrier vote' });
  const add = (article: Article, name: string, email: string, body: string, status: CommentStatus, url: string | null, minutesAgo: number) =>
    insertComment(t.desk.store.db, {
      article_id: article.id,
      parent_id: null,
      author_name: name,
      author_email: email,
      author_url: url,
      body_markdown: body,
      body_html: renderCommentMarkdown(body),
      status,
      status_reason: `${status}: test`,
      client_hash: clientHash(t.desk.context.secret, `198.51.100.${minutesAgo}`),
      user_agent: `Browser/${minutesAgo}`,
      created_at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    });
  alice = [
    await add(first, 'Alice Reader', ALICE, 'The *new* timetable suits me.', 'approved', 'https://alice.example/', 50),
    // The same address typed in another case is the same person.
    await add(second, 'Alice R.', 'Alice.Reader@Example.org', 'Still waiting on the vote.', 'pending', null, 40),
  ];
  bob = await add(first, 'Bob Other', BOB, 'I disagree with Alice.', 'approved', 'https://bob.example/', 30);
  const db = t.desk.store.db;
  const now = new Date().toISOString();
  await db
    .insertInto('subscriptions')
    .values([
      { email: ALICE, article_id: first.id, comment_id: alice[0]!.id, created_at: now, unsubscribed_at: null },
      { email: BOB, article_id: first.id, comment_id: bob.id, created_at: now, unsubscribed_at: null },
    ])
    .execute();
  await db
    .insertInto('mail_addresses')
    .values([
      { email: ALICE, confirmed_at: now, confirmation_sent_at: now, unsubscribed_at: null },
      { email: BOB, confirmed_at: now, confirmation_sent_at: now, unsubscribed_at: null },
    ])
    .execute();
});
after(() => t.close());

async function outboxTo(address: string) {
  return t.desk.store.db.selectFrom('outbox').selectAll().where('to_address', '=', address).execute();
}

async function request(reader: Browserish, email: string) {
  const page = await reader.get('/privacy');
  assert.equal(page.status, 200);
  return reader.post('/privacy', { _csrf: inputValue(page.html, '_csrf'), email });
}

/** The manage link from the mail queued for an address. */
async function linkFor(address: string): Promise<string> {
  const [mail] = await outboxTo(address);
  assert.ok(mail, `a mail was queued to ${address}`);
  const match = mail.text_body.match(/http:\/\/\S+\/privacy\/manage\?token=(\S+)/);
  assert.ok(match, 'the mail carries the link');
  return `/privacy/manage?token=${match[1]}`;
}

describe('the privacy page', () => {
  test('explains what is kept, and links from every page’s footer', async () => {
    const page = await new Browserish(t.url).get('/privacy');
    assert.equal(page.status, 200);
    const text = decodeEntities(page.html);
    for (const words of ['Your email address', 'never shown publicly', 'your website', 'The text of your comment', 'A keyed hash of your internet address', 'user agent', 'Cookies']) {
      assert.ok(text.includes(words), words);
    }
    assert.match(page.html, /<form action="\/privacy#your-data" method="post"/);
    const home = await new Browserish(t.url).get('/');
    assert.ok(home.html.includes('<a href="/privacy">Privacy and your data</a>'));
  });

  test('asking: the same answer for a known and an unknown address; the mail’s link verifies', async () => {
    const known = await request(new Browserish(t.url), 'Alice.Reader@example.org');
    assert.equal(known.status, 200);
    assert.ok(decodeEntities(known.html).includes(ANSWER));
    const unknown = await request(new Browserish(t.url), 'nobody.here@example.org');
    assert.equal(unknown.status, 200);
    // Byte for byte the same page, but for the per-reader form token.
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]*"/, '');
    assert.equal(strip(unknown.html), strip(known.html));
    assert.equal((await outboxTo('nobody.here@example.org')).length, 0);
    const linkAudit = await t.desk.store.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'privacy.link_sent').execute();
    assert.deepEqual(linkAudit.map((a) => a.actor), ['reader (privacy)'], 'one entry, for the mail queued');
    assert.doesNotMatch(JSON.stringify(linkAudit), /alice/i, 'the audit log names no address');

    const mails = await outboxTo(ALICE);
    assert.equal(mails.length, 1);
    const mail = mails[0]!;
    assert.equal(mail.idempotency_key, `privacy:${ALICE}:${Math.floor(Date.parse(mail.created_at) / 3_600_000)}`);
    assert.equal(mail.subject, 'Your comments on Quayside Desk');
    const token = new URL((await linkFor(ALICE)), t.url).searchParams.get('token')!;
    const check = checkPrivacyToken(t.desk.context.secret, token, new Date());
    assert.equal(check.kind, 'ok');
    assert.equal(check.kind === 'ok' && check.email, ALICE);
    assert.ok(check.kind === 'ok' && Math.abs(check.expiresAt.getTime() - (Date.now() + 24 * 3600_000)) < 60_000, 'valid for 24 hours');
    assert.ok(mail.html_body.includes(`href="${t.desk.context.config.publicUrl}/privacy/manage?token=${token}"`));

    // Asking again within the hour queues nothing more.
    const again = await request(new Browserish(t.url), ALICE);
    assert.ok(decodeEntities(again.html).includes(ANSWER));
    assert.equal((await outboxTo(ALICE)).length, 1);
  });

  test('asking: a malformed address is returned to fix (422); a forged post is refused (403)', async () => {
    const bad = await request(new Browserish(t.url), 'not-an-email');
    assert.equal(bad.status, 422);
    assert.equal(inputValue(bad.html, 'email'), 'not-an-email');
    assert.match(bad.html, /id="email-error">Please enter a valid email address/);
    const forged = await new Browserish(t.url).post('/privacy', { email: BOB });
    assert.equal(forged.status, 403);
    assert.equal(inputValue(forged.html, 'email'), BOB);
    assert.equal((await outboxTo(BOB)).length, 0);
  });

  test('the link: download exactly that address’s comments as a JSON file', async () => {
    const reader = new Browserish(t.url);
    const manage = await reader.get(await linkFor(ALICE));
    assert.equal(manage.status, 200);
    assert.equal(manage.headers.get('referrer-policy'), 'no-referrer');
    assert.match(manage.html, /<h2>2 comments with this address<\/h2>/);
    assert.ok(!manage.html.includes('I disagree with Alice'));
    const token = inputValue(manage.html, 'token');

    const response = await fetch(`${t.url}/privacy/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_csrf=${reader.cookie('nd_csrf')}` },
      body: new URLSearchParams({ token, _csrf: inputValue(manage.html, '_csrf') }).toString(),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="comments-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = await response.text();
    assert.ok(!body.includes(BOB) && !body.includes('Bob Other') && !body.includes('I disagree'), 'nobody else’s comments');
    const data = JSON.parse(body) as { email: string; comments: Record<string, unknown>[]; subscriptions: unknown[] };
    assert.equal(data.email, ALICE);
    assert.deepEqual(
      data.comments.map((c) => c.id),
      alice.map((c) => c.id),
    );
    const pub = t.desk.context.config.publicUrl;
    assert.deepEqual(data.comments[0], {
      id: alice[0]!.id,
      article: { title: 'Ferry timetable changes', url: `${pub}/articles/${first.slug}` },
      url: `${pub}/articles/${first.slug}#comment-${alice[0]!.id}`,
      inReplyTo: null,
      date: alice[0]!.created_at,
      status: 'approved',
      name: 'Alice Reader',
      email: ALICE,
      website: 'https://alice.example/',
      text: 'The *new* timetable suits me.',
      userAgent: 'Browser/50',
    });
    assert.equal(data.comments[1]!.status, 'pending');
    assert.equal(data.comments[1]!.name, 'Alice R.');
    assert.deepEqual(data.subscriptions, [{ article: { title: 'Ferry timetable changes', url: `${pub}/articles/${first.slug}` }, follows: 'every new comment', since: (data.subscriptions[0] as { since: string }).since, unsubscribedAt: null }]);
  });

  test('a tampered or expired link is refused, on the page and on every post', async () => {
    const reader = new Browserish(t.url);
    const good = new URL(await linkFor(ALICE), t.url).searchParams.get('token')!;
    const [, expires, signature] = good.split('.') as [string, string, string];
    const forBob = `${Buffer.from(BOB).toString('base64url')}.${expires}.${signature}`;
    const tampered = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [forBob, tampered, 'nonsense']) {
      const res = await reader.get(`/privacy/manage?token=${encodeURIComponent(token)}`);
      assert.equal(res.status, 403, token);
      assert.match(res.html, /This link is not valid/);
    }
    const expired = issuePrivacyToken(t.desk.context.secret, ALICE, new Date(Date.now() - 25 * 3600_000));
    const old = await reader.get(`/privacy/manage?token=${expired}`);
    assert.equal(old.status, 403);
    assert.match(old.html, /This link has expired/);

    // The posts check the link again: a valid form with a forged token does nothing.
    const manage = await reader.get(`/privacy/manage?token=${good}`);
    const csrf = inputValue(manage.html, '_csrf');
    const exported = await reader.post('/privacy/export', { _csrf: csrf, token: forBob });
    assert.equal(exported.status, 403);
    assert.ok(!exported.html.includes('I disagree'));
    const erased = await reader.post('/privacy/erase', { _csrf: csrf, token: expired });
    assert.equal(erased.status, 403);
    assert.equal((await findComment(t.desk.store.db, alice[0]!.id))?.author_name, 'Alice Reader');
    // And without the CSRF token, even a good link does nothing.
    const forged = await new Browserish(t.url).post('/privacy/erase', { token: good });
    assert.equal(forged.status, 403);
    assert.equal((await findComment(t.desk.store.db, alice[0]!.id))?.author_email, ALICE);
  });

  test('the link: erase keeps the text, as "Anonymous", and forgets the address', async () => {
    const reader = new Browserish(t.url);
    const manage = await reader.get(await linkFor(ALICE));
    assert.ok(decodeEntities(manage.html).includes('Your comments stay, without your name'));
    const done = await reader.post('/privacy/erase', { _csrf: inputValue(manage.html, '_csrf'), token: inputValue(manage.html, 'token') });
    assert.equal(done.status, 200);
    const text = decodeEntities(done.html);
    assert.ok(text.includes('Done. 2 comments changed. Your comments stay, without your name'));
    assert.match(done.html, /<h2>No comments with this address<\/h2>/);

    const db = t.desk.store.db;
    for (const original of alice) {
      const row = await findComment(db, original.id);
      assert.deepEqual(
        { author_name: row?.author_name, author_email: row?.author_email, author_url: row?.author_url, client_hash: row?.client_hash, user_agent: row?.user_agent },
        { author_name: 'Anonymous', author_email: '', author_url: null, client_hash: '', user_agent: '' },
      );
      assert.equal(row?.body_markdown, original.body_markdown);
      assert.equal(row?.body_html, original.body_html);
      assert.equal(row?.status, original.status);
    }
    const untouched = await findComment(db, bob.id);
    assert.deepEqual([untouched?.author_name, untouched?.author_email, untouched?.user_agent], ['Bob Other', BOB, 'Browser/30']);
    assert.deepEqual((await db.selectFrom('subscriptions').select('email').execute()).map((r) => r.email), [BOB]);
    assert.deepEqual((await db.selectFrom('mail_addresses').select('email').execute()).map((r) => r.email), [BOB]);

    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'privacy.erase').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor, 'reader (privacy)');
    assert.equal(audit[0]!.user_id, null);
    assert.deepEqual(JSON.parse(audit[0]!.details), { commentIds: alice.map((c) => c.id), subscriptions: 1, mailAddresses: 1 });
    assert.ok(!JSON.stringify(audit[0]).toLowerCase().includes('alice'), 'the audit entry does not keep the address');

    const article = await new Browserish(t.url).get(`/articles/${first.slug}`);
    assert.match(article.html, new RegExp(`<li id="comment-${alice[0]!.id}"[\\s\\S]*?<span class="comment-author">Anonymous</span>`));
    assert.ok(!article.html.includes('https://alice.example/'));
  });
});
