import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addEditGrant, decodeEditGrants, EDIT_GRANT_LIMIT, EDIT_WINDOW_MS, editRight, encodeEditGrants, minutesLeft, type EditGrant } from '../../src/discussion/own-comments.js';
import { normalizeEmail } from '../../src/discussion/identity.js';
import { checkPrivacyToken, isPlausibleEmail, issuePrivacyToken } from '../../src/discussion/privacy-links.js';
import { buildThread } from '../../src/discussion/threading.js';
import { commentPageCount, commentPath, commentPathAmong, commentPaths, pageOfComment, threadsOnPage } from '../../src/web/feeds/comments-links.js';

const SECRET = 'unit-test-secret';
const T0 = Date.UTC(2026, 2, 1, 12, 0, 0, 123);
const iso = (ms: number) => new Date(ms).toISOString();

describe('edit grants', () => {
  test('encode and decode round-trip; a changed id, time or signature, or another secret, is dropped', () => {
    const grants: EditGrant[] = [
      { id: 7, createdAt: iso(T0) },
      { id: 12, createdAt: iso(T0 + 1000) },
    ];
    const raw = encodeEditGrants(SECRET, grants);
    assert.match(raw, /^7\.[0-9a-z]+\.[A-Za-z0-9_-]{22}~12\.[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
    assert.deepEqual(decodeEditGrants(SECRET, raw), grants);

    const [first, second] = raw.split('~') as [string, string];
    const movedToAnotherId = first.replace(/^7\./, '8.');
    const movedInTime = first.replace(/\.([0-9a-z]+)\./, (_m, t: string) => `.${(parseInt(t, 36) + 1).toString(36)}.`);
    const badSignature = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');
    assert.deepEqual(decodeEditGrants(SECRET, [movedToAnotherId, movedInTime, badSignature, second].join('~')), [grants[1]]);
    assert.deepEqual(decodeEditGrants('another-secret', raw), []);
    assert.deepEqual(decodeEditGrants(SECRET, 'garbage~1.2'), []);
    assert.deepEqual(decodeEditGrants(SECRET, undefined), []);
  });

  test('adding a grant drops expired ones and keeps the newest twenty', () => {
    const now = T0 + 10 * 60_000;
    const expired = { id: 1, createdAt: iso(now - EDIT_WINDOW_MS - 1) };
    const live = Array.from({ length: EDIT_GRANT_LIMIT }, (_, i) => ({ id: 100 + i, createdAt: iso(now - 60_000 + i) }));
    const next = addEditGrant([expired, ...live], { id: 500, createdAt: iso(now) }, now);
    assert.equal(next.length, EDIT_GRANT_LIMIT);
    assert.deepEqual(next.map((g) => g.id), [...live.slice(1).map((g) => g.id), 500]);
    // Granting the same comment again replaces the old grant.
    assert.deepEqual(addEditGrant([{ id: 5, createdAt: iso(now) }], { id: 5, createdAt: iso(now) }, now), [{ id: 5, createdAt: iso(now) }]);
  });

  test('the right lasts 15 minutes from the comment’s creation, and only for the comment granted', () => {
    const grants = [{ id: 9, createdAt: iso(T0) }];
    const row = { id: 9, created_at: iso(T0) };
    assert.deepEqual(editRight(grants, row, T0 + 60_000), { kind: 'granted', msLeft: 14 * 60_000 });
    assert.deepEqual(editRight(grants, row, T0 + EDIT_WINDOW_MS), { kind: 'expired' });
    assert.deepEqual(editRight(grants, { id: 10, created_at: iso(T0) }, T0), { kind: 'not-yours' });
    // A row newer than its grant is another comment under a reused id.
    assert.deepEqual(editRight(grants, { id: 9, created_at: iso(T0 + 1) }, T0 + 2), { kind: 'not-yours' });
    // A row older than its grant (its time moved back) runs out by the row's time.
    assert.deepEqual(editRight(grants, { id: 9, created_at: iso(T0 - 16 * 60_000) }, T0 + 1000), { kind: 'expired' });
    assert.equal(minutesLeft(14 * 60_000 + 1), 15);
    assert.equal(minutesLeft(14 * 60_000), 14);
    assert.equal(minutesLeft(500), 1);
  });
});

describe('privacy links', () => {
  test('a token verifies for its address until it expires; any change breaks it', () => {
    const now = new Date(T0);
    const token = issuePrivacyToken(SECRET, '  Reader@Example.ORG ', now);
    const ok = checkPrivacyToken(SECRET, token, new Date(T0 + 23 * 3600_000));
    assert.deepEqual(ok, { kind: 'ok', email: 'reader@example.org', expiresAt: new Date(Math.floor(T0 / 1000) * 1000 + 24 * 3600_000) });
    assert.deepEqual(checkPrivacyToken(SECRET, token, new Date(T0 + 24 * 3600_000 + 1000)), { kind: 'expired' });
    assert.deepEqual(checkPrivacyToken('another-secret', token, now), { kind: 'invalid' });

    const [email, expires, signature] = token.split('.') as [string, string, string];
    const otherEmail = Buffer.from('someone@example.org').toString('base64url');
    assert.deepEqual(checkPrivacyToken(SECRET, `${otherEmail}.${expires}.${signature}`, now), { kind: 'invalid' });
    const later = (parseInt(expires, 36) + 3600).toString(36);
    assert.deepEqual(checkPrivacyToken(SECRET, `${email}.${later}.${signature}`, now), { kind: 'invalid' });
    assert.deepEqual(checkPrivacyToken(SECRET, `${email}.${expires}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`, now), { kind: 'invalid' });
    assert.deepEqual(checkPrivacyToken(SECRET, '', now), { kind: 'invalid' });
  });

  test('addresses are compared in lower case; only plausible ones are taken', () => {
    assert.equal(normalizeEmail(' A.B@Example.COM '), 'a.b@example.com');
    assert.equal(isPlausibleEmail('a.b@example.com'), true);
    assert.equal(isPlausibleEmail('not-an-email'), false);
    assert.equal(isPlausibleEmail('a@localhost'), false);
    assert.equal(isPlausibleEmail(`${'x'.repeat(95)}@example.com`), false);
  });
});

describe('comment pages', () => {
  const at = (n: number) => iso(T0 + n * 1000);
  // Five threads (ids 1–5, oldest first) and two replies to the first, posted last.
  const comments = [1, 2, 3, 4, 5].map((id) => ({ id, parent_id: null as number | null, created_at: at(id), article_id: 1 }));
  comments.push({ id: 6, parent_id: 1, created_at: at(6), article_id: 1 }, { id: 7, parent_id: 6, created_at: at(7), article_id: 1 });
  const threads = buildThread(comments, 5);

  test('threads fill pages from the oldest; the last page holds the newest and may be short', () => {
    assert.equal(commentPageCount(threads.length, 2), 3);
    assert.equal(commentPageCount(0, 2), 1);
    assert.equal(commentPageCount(5, 0), 1);
    assert.deepEqual(threadsOnPage(threads, 2, 1).map((n) => n.comment.id), [1, 2]);
    assert.deepEqual(threadsOnPage(threads, 2, 3).map((n) => n.comment.id), [5]);
    assert.deepEqual(threadsOnPage(threads, 0, 1).map((n) => n.comment.id), [1, 2, 3, 4, 5]);
  });

  test('a reply is on its thread’s page, and links name the page unless it is the default', () => {
    assert.equal(pageOfComment(threads, 2, 7), 1);
    assert.equal(pageOfComment(threads, 2, 4), 2);
    assert.equal(pageOfComment(threads, 2, 99), null);
    assert.equal(commentPath('a-story', 7, 1, 3), '/articles/a-story?cpage=1#comment-7');
    assert.equal(commentPath('a-story', 5, 3, 3), '/articles/a-story#comment-5');
    assert.equal(commentPathAmong('a-story', comments, { perPage: 2, threadDepth: 5 }, 6), '/articles/a-story?cpage=1#comment-6');
    assert.equal(commentPathAmong('a-story', comments, { perPage: 50, threadDepth: 5 }, 6), '/articles/a-story#comment-6');
    // Shown flat (depth 1), every comment counts as one, in the order shown (1, 6, 7, 2, 3, 4, 5): four pages of 2.
    assert.equal(commentPathAmong('a-story', comments, { perPage: 2, threadDepth: 1 }, 7), '/articles/a-story?cpage=2#comment-7');
    assert.equal(commentPathAmong('a-story', comments, { perPage: 2, threadDepth: 1 }, 5), '/articles/a-story#comment-5');
    const paths = commentPaths(
      [
        { id: 7, article_id: 1, article_slug: 'a-story' },
        { id: 5, article_id: 1, article_slug: 'a-story' },
      ],
      comments,
      { perPage: 2, threadDepth: 5 },
    );
    assert.deepEqual([...paths], [
      [7, '/articles/a-story?cpage=1#comment-7'],
      [5, '/articles/a-story#comment-5'],
    ]);
  });
});
