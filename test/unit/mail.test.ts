import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyCommentForm, readCommentForm } from '../../src/discussion/comment-form.js';
import { commentUrl, moderationLinks } from '../../src/discussion/notifications.js';
import { checkConfirmLink, checkUnsubscribeLink, confirmLink, confirmLinkParams, unsubscribeLink, unsubscribeParams } from '../../src/discussion/subscriptions.js';
import { composeMail, subjectLine } from '../../src/mail/compose.js';
import { escapeHtml } from '../../src/text/html.js';
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from '../../src/mail/outbox.js';
import { messageIdFor } from '../../src/mail/sender.js';
import { normalizeEmail } from '../../src/discussion/identity.js';

const secret = 'unit-test-secret';
const ctx = { secret, publicUrl: 'https://news.example' };
const now = new Date('2025-03-01T12:00:00Z');
const day = 24 * 3_600_000;

describe('composing mail', () => {
  test('reader text is escaped in the HTML part and kept as typed in the text part', () => {
    const mail = composeMail('New comment on “A & B”', [
      { kind: 'text', text: 'Mina <mina> commented:' },
      { kind: 'quote', text: 'Look: <b>x</b> & <script>alert(1)</script>\nsecond "line"' },
      { kind: 'link', label: 'Read it', url: 'https://news.example/articles/a?x=1&y=2#comment-3' },
      { kind: 'footer', lines: ['Why you get this.', { label: 'Stop', url: 'https://news.example/subscriptions/unsubscribe?s=1&sig=abc' }] },
    ]);
    assert.equal(mail.subject, 'New comment on “A & B”');
    assert.ok(mail.html.includes('<blockquote style="margin:1em 0;padding:0 1em;border-left:3px solid #ccc;color:#333">Look: &lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;<br>\nsecond &quot;line&quot;</blockquote>'));
    assert.ok(mail.html.includes('<p>Mina &lt;mina&gt; commented:</p>'));
    assert.ok(mail.html.includes('<a href="https://news.example/articles/a?x=1&amp;y=2#comment-3">Read it</a>'));
    assert.ok(mail.html.includes('<title>New comment on “A &amp; B”</title>'));
    assert.doesNotMatch(mail.html, /<b>|<script>/);
    assert.equal(
      mail.text,
      'Mina <mina> commented:\n\n> Look: <b>x</b> & <script>alert(1)</script>\n> second "line"\n\nRead it:\nhttps://news.example/articles/a?x=1&y=2#comment-3\n\n-- \nWhy you get this.\nStop: https://news.example/subscriptions/unsubscribe?s=1&sig=abc\n',
    );
  });

  test('subjects are one line without control characters, and bounded', () => {
    assert.equal(subjectLine('Hello\r\nBcc: victim@example.com\tthere'), 'Hello Bcc: victim@example.com there');
    const long = subjectLine('x'.repeat(500));
    assert.equal(long.length, 180);
    assert.ok(long.endsWith('…'));
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('signed links', () => {
  test('a confirmation link carries the address, an expiry seven days ahead, and a signature', () => {
    const link = new URL(confirmLink(ctx, 'Mina@Example.com ', now));
    assert.equal(link.origin + link.pathname, 'https://news.example/subscriptions/confirm');
    assert.equal(Buffer.from(link.searchParams.get('e')!, 'base64url').toString(), 'mina@example.com');
    assert.equal(Number(link.searchParams.get('x')), (now.getTime() + 7 * day) / 1000);
    const params = Object.fromEntries(link.searchParams);
    assert.deepEqual(checkConfirmLink(secret, params, new Date(now.getTime() + 7 * day - 1000)), { ok: true, email: 'mina@example.com' });
    assert.deepEqual(checkConfirmLink(secret, params, new Date(now.getTime() + 7 * day + 1000)), { ok: false, reason: 'expired' });
  });

  test('a confirmation link refuses another secret, another address, a later expiry, or missing parts', () => {
    const params = confirmLinkParams(secret, 'mina@example.com', now);
    assert.deepEqual(checkConfirmLink('other-secret', params, now), { ok: false, reason: 'invalid' });
    assert.deepEqual(checkConfirmLink(secret, { ...params, e: Buffer.from('eve@example.com').toString('base64url') }, now), { ok: false, reason: 'invalid' });
    assert.deepEqual(checkConfirmLink(secret, { ...params, x: String(Number(params.x) + 86_400) }, now), { ok: false, reason: 'invalid' });
    assert.deepEqual(checkConfirmLink(secret, { e: params.e, x: params.x }, now), { ok: false, reason: 'invalid' });
    assert.deepEqual(checkConfirmLink(secret, { ...params, sig: [params.sig] }, now), { ok: false, reason: 'invalid' });
  });

  test('unsubscribe links name one subscription or one address, and a signature for one never fits the other', () => {
    const one = unsubscribeParams(secret, { kind: 'one', subscriptionId: 42 });
    const all = unsubscribeParams(secret, { kind: 'all', email: 'Mina@example.com' });
    assert.deepEqual(checkUnsubscribeLink(secret, one), { kind: 'one', subscriptionId: 42 });
    assert.deepEqual(checkUnsubscribeLink(secret, all), { kind: 'all', email: 'mina@example.com' });
    assert.equal(checkUnsubscribeLink(secret, { ...one, s: '43' }), null);
    assert.equal(checkUnsubscribeLink(secret, { s: '42', sig: all.sig }), null);
    assert.equal(checkUnsubscribeLink(secret, { ...one, e: all.e }), null, 'both kinds at once is refused');
    assert.equal(checkUnsubscribeLink('other-secret', all), null);
    assert.equal(unsubscribeLink(ctx, { kind: 'one', subscriptionId: 42 }), `https://news.example/subscriptions/unsubscribe?s=42&sig=${one.sig}`);
    assert.equal(normalizeEmail('  Ann@Example.ORG '), 'ann@example.org');
  });

  test('mail links point at the article anchor and the admin screens', () => {
    assert.equal(commentUrl('https://news.example', 'a-story', 7), 'https://news.example/articles/a-story#comment-7');
    assert.deepEqual(moderationLinks('https://news.example', 7), {
      review: 'https://news.example/admin/comments?status=pending#comment-7',
      approve: 'https://news.example/admin/comments/7/approve',
      spam: 'https://news.example/admin/comments/7/spam',
    });
  });
});

describe('outbox arithmetic', () => {
  test('retries back off from one minute, doubling, to at most six hours', () => {
    assert.equal(retryDelayMs(1), 60_000);
    assert.equal(retryDelayMs(2), 120_000);
    assert.equal(retryDelayMs(5), 16 * 60_000);
    assert.equal(retryDelayMs(9), 256 * 60_000);
    assert.equal(retryDelayMs(10), 6 * 3_600_000);
    assert.equal(retryDelayMs(50), 6 * 3_600_000);
    assert.equal(MAX_MAIL_ATTEMPTS, 10);
  });

  test('a Message-ID is the same for one key on every try, different for another key', () => {
    const a = messageIdFor('reply:1:mina@example.com', 'News Desk <desk@news.example>');
    assert.match(a, /^<[0-9a-f]{40}\.newsdesk@news\.example>$/);
    assert.equal(messageIdFor('reply:1:mina@example.com', 'News Desk <desk@news.example>'), a);
    assert.notEqual(messageIdFor('reply:2:mina@example.com', 'News Desk <desk@news.example>'), a);
    assert.match(messageIdFor('k', 'desk@plain.example'), /@plain\.example>$/);
  });
});

describe('the notify box', () => {
  test('is read only from the exact value "yes", and off in an empty form', () => {
    assert.equal(readCommentForm({ notify: 'yes' }).notify, true);
    assert.equal(readCommentForm({ notify: 'on' }).notify, false);
    assert.equal(readCommentForm({}).notify, false);
    assert.equal(emptyCommentForm.notify, false);
  });
});
