import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkFormToken, issueFormToken, type FormTokenRules } from '../../src/discussion/form-token.js';

const secret = 'desk-secret-for-tests';
const articleId = 41;
const renderedAt = Date.UTC(2026, 2, 14, 9, 30, 0);
const rules: FormTokenRules = { minFillSeconds: 3, maxAgeHours: 24 };
const second = 1000;
const hour = 3600 * second;

const token = issueFormToken(secret, articleId, renderedAt);
const check = (t: string, nowMs: number, id = articleId, key = secret, r = rules) => checkFormToken(key, t, id, nowMs, r);

/** Changes one character of a string to a different character from the same alphabet. */
function flip(s: string, index: number): string {
  const c = s[index]!;
  return s.slice(0, index) + (c === 'A' ? 'B' : 'A') + s.slice(index + 1);
}

describe('issueFormToken', () => {
  test('is a base-36 stamp of the render second and a base64url signature', () => {
    const [stamp, signature, ...rest] = token.split('.');
    assert.equal(rest.length, 0);
    assert.equal(stamp, Math.floor(renderedAt / 1000).toString(36));
    assert.match(signature ?? '', /^[A-Za-z0-9_-]{43}$/);
  });

  test('is deterministic for the same secret, article and second', () => {
    assert.equal(issueFormToken(secret, articleId, renderedAt), token);
    assert.equal(issueFormToken(secret, articleId, renderedAt + 999), token);
  });

  test('differs by article, by second and by secret', () => {
    assert.notEqual(issueFormToken(secret, articleId + 1, renderedAt), token);
    assert.notEqual(issueFormToken(secret, articleId, renderedAt + second), token);
    assert.notEqual(issueFormToken('another-secret', articleId, renderedAt), token);
  });
});

describe('checkFormToken: timing', () => {
  test('ok once the minimum fill time has passed', () => {
    assert.equal(check(token, renderedAt + 3 * second), 'ok');
    assert.equal(check(token, renderedAt + 90 * second), 'ok');
  });

  test('too-fast before the minimum fill time', () => {
    assert.equal(check(token, renderedAt), 'too-fast');
    assert.equal(check(token, renderedAt + 2 * second), 'too-fast');
    assert.equal(check(token, renderedAt + 2999), 'too-fast');
  });

  test('a form from the future is too fast, not ok', () => {
    assert.equal(check(token, renderedAt - 10 * second), 'too-fast');
  });

  test('ok at exactly the maximum age', () => {
    assert.equal(check(token, renderedAt + 24 * hour), 'ok');
  });

  test('expired past the maximum age', () => {
    assert.equal(check(token, renderedAt + 24 * hour + second), 'expired');
    assert.equal(check(token, renderedAt + 30 * 24 * hour), 'expired');
  });

  test('follows the rules it is given', () => {
    const strict: FormTokenRules = { minFillSeconds: 10, maxAgeHours: 1 };
    assert.equal(check(token, renderedAt + 5 * second, articleId, secret, strict), 'too-fast');
    assert.equal(check(token, renderedAt + 10 * second, articleId, secret, strict), 'ok');
    assert.equal(check(token, renderedAt + 2 * hour, articleId, secret, strict), 'expired');
    assert.equal(check(token, renderedAt, articleId, secret, { minFillSeconds: 0, maxAgeHours: 24 }), 'ok');
  });
});

describe('checkFormToken: refusals', () => {
  const later = renderedAt + 60 * second;

  test('missing for an empty token', () => {
    assert.equal(check('', later), 'missing');
  });

  test('invalid for a token issued for another article', () => {
    assert.equal(check(issueFormToken(secret, 42, renderedAt), later), 'invalid');
  });

  test('invalid for a token signed with another secret', () => {
    assert.equal(check(issueFormToken('someone-elses-secret', articleId, renderedAt), later), 'invalid');
    assert.equal(check(token, later, articleId, 'rotated-secret'), 'invalid');
  });

  test('invalid for a tampered signature', () => {
    const [stamp, signature] = token.split('.') as [string, string];
    assert.equal(check(`${stamp}.${flip(signature, 0)}`, later), 'invalid');
    assert.equal(check(`${stamp}.${flip(signature, signature.length - 1)}`, later), 'invalid');
    assert.equal(check(`${stamp}.${signature.slice(0, -1)}`, later), 'invalid');
    assert.equal(check(`${stamp}.${signature}A`, later), 'invalid');
  });

  test('invalid for a tampered stamp, even one that would pass the timing checks', () => {
    const [stamp, signature] = token.split('.') as [string, string];
    // A bot pre-dating its form to skip the fill-time check.
    const earlier = (parseInt(stamp, 36) - 60).toString(36);
    assert.equal(check(`${earlier}.${signature}`, renderedAt + second), 'invalid');
    // A harvested form re-dated to look fresh.
    const fresh = (parseInt(stamp, 36) + 48 * 3600).toString(36);
    assert.equal(check(`${fresh}.${signature}`, renderedAt + 48 * hour + 10 * second), 'invalid');
  });

  test('invalid for malformed tokens', () => {
    const [stamp, signature] = token.split('.') as [string, string];
    for (const bad of [
      'garbage',
      '.',
      `${stamp}.`,
      `.${signature}`,
      `${stamp}.${signature}.extra`,
      `${stamp.toUpperCase()}.${signature}`,
      `-${stamp}.${signature}`,
      `${'1'.repeat(13)}.${signature}`,
      `${stamp} .${signature}`,
    ]) {
      assert.equal(check(bad, later), 'invalid', bad);
    }
  });
});

describe('tokens kept for their second', () => {
  test('within one second each article and each secret still gets its own token', () => {
    const later = renderedAt + 400;
    const again = issueFormToken(secret, articleId, later);
    assert.equal(again, token, 'the same article in the same second');
    const other = issueFormToken(secret, articleId + 1, later);
    assert.notEqual(other, token);
    assert.equal(check(other, renderedAt + 5 * second, articleId + 1), 'ok');
    assert.equal(check(other, renderedAt + 5 * second, articleId), 'invalid');
    const otherSecret = issueFormToken('another-desk-secret', articleId, later);
    assert.notEqual(otherSecret, token);
    assert.equal(check(otherSecret, renderedAt + 5 * second, articleId, 'another-desk-secret'), 'ok');
    assert.equal(issueFormToken(secret, articleId, later), token, 'and back to the first secret');
    assert.notEqual(issueFormToken(secret, articleId, renderedAt + second), token, 'the next second has a token of its own');
  });
});
