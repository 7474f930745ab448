import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signInLimits, signInWaitMs, waitInWords, type CountedAttempt, type SignInLimit } from '../../src/accounts/login-limit.js';
import { displayNameProblem, staffDisplayName } from '../../src/accounts/manage.js';
import { hashPassword, needsRehash, parsePasswordHash, passwordProblem, verifyPassword } from '../../src/accounts/password.js';
import { canAccess, loginUrlFor, rolesFor, safeNextPath, secureCookie } from '../../src/accounts/roles.js';
import { looksLikeToken, newToken, tokenHash } from '../../src/accounts/tokens.js';
import { linkBaseUrl } from '../../src/cli/users.js';
import { containsPattern } from '../../src/store/admin-comments.js';
import { startOfDay } from '../../src/store/admin-dashboard.js';
import { backTo, ids, pageNumber, withQuery } from '../../src/web/admin/forms.js';
import { readSettingsForm } from '../../src/web/admin/settings-routes.js';

describe('password hashing', () => {
  test('scrypt with N = 2^15, a 16-byte salt and a 32-byte key, in a self-describing string', async () => {
    const hash = await hashPassword('correct horse battery staple');
    assert.match(hash, /^scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    const parsed = parsePasswordHash(hash)!;
    assert.deepEqual(parsed.params, { ln: 15, r: 8, p: 1 });
    assert.equal(parsed.salt.length, 16);
    assert.equal(parsed.key.length, 32);
  });

  test('the right password verifies; a wrong one, a changed hash and no hash do not', async () => {
    const hash = await hashPassword('correct horse battery staple');
    assert.equal(await verifyPassword('correct horse battery staple', hash), true);
    assert.equal(await verifyPassword('correct horse battery stapl', hash), false);
    assert.equal(await verifyPassword('Correct horse battery staple', hash), false);
    const parts = hash.split('$');
    const key = Buffer.from(parts[3]!, 'base64url');
    key[0]! ^= 1;
    assert.equal(await verifyPassword('correct horse battery staple', [...parts.slice(0, 3), key.toString('base64url')].join('$')), false);
    assert.equal(await verifyPassword('correct horse battery staple', null), false);
    assert.equal(await verifyPassword('anything', 'md5$5f4dcc3b5aa765d61d8327deb882cf99'), false);
  });

  test('two hashes of one password differ (random salt); both verify', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('same password here', a), true);
    assert.equal(await verifyPassword('same password here', b), true);
  });

  test('the same text in another Unicode form is the same password (NFC)', async () => {
    const hash = await hashPassword('caf\u00e9 au lait, please');
    assert.equal(await verifyPassword('cafe\u0301 au lait, please', hash), true);
  });

  test('weaker stored parameters ask for a rehash; absurd ones are refused, not run', async () => {
    const weak = await hashPassword('an older password', { ln: 14, r: 8, p: 1 });
    assert.equal(await verifyPassword('an older password', weak), true);
    assert.equal(needsRehash(weak), true);
    assert.equal(needsRehash(await hashPassword('a current password')), false);
    assert.equal(parsePasswordHash(weak.replace('ln=14', 'ln=30')), null);
    assert.equal(parsePasswordHash('scrypt$ln=15,r=8,p=1$short$short'), null);
  });

  test('new passwords: at least 10 characters, counted as people count them', () => {
    assert.equal(passwordProblem('123456789'), 'Use at least 10 characters (this one has 9).');
    assert.equal(passwordProblem('1234567890'), null);
    assert.equal(passwordProblem('😀😀😀😀😀😀😀😀😀'), 'Use at least 10 characters (this one has 9).');
    assert.equal(passwordProblem('          '), 'A password of only spaces will not do.');
    assert.equal(passwordProblem('x'.repeat(1001)), 'Use at most 1000 characters.');
  });
});

describe('tokens', () => {
  test('32 random bytes as 43 base64url characters; stored as SHA-256 hex', () => {
    const a = newToken();
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, newToken());
    assert.equal(tokenHash('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(looksLikeToken(a), true);
    assert.equal(looksLikeToken(`${a}=`), false);
    assert.equal(looksLikeToken(undefined), false);
    assert.equal(looksLikeToken(['x']), false);
  });
});

describe('the guard’s rules', () => {
  test('role matrix: admin everything, editor sources and articles, moderator comments', () => {
    const matrix = (['admin', 'editor', 'moderator'] as const).map((role) =>
      [role, (['dashboard', 'comments', 'articles', 'sources', 'settings', 'audit'] as const).filter((area) => canAccess(role, area))] as const,
    );
    assert.deepEqual(matrix, [
      ['admin', ['dashboard', 'comments', 'articles', 'sources', 'settings', 'audit']],
      ['editor', ['dashboard', 'articles', 'sources']],
      ['moderator', ['dashboard', 'comments']],
    ]);
  });

  test('?next= only ever leads inside the back office', () => {
    assert.equal(safeNextPath('/admin/comments?status=spam&q=a%20b'), '/admin/comments?status=spam&q=a%20b');
    assert.equal(safeNextPath('/admin'), '/admin');
    for (const bad of ['//evil.example', 'https://evil.example/admin', '/admin//evil.example', '/\\evil.example', '/admin\\..\\x', '/administrator', '/admin/../x', '/admin/%2e%2e/x', '/', '', undefined, 42, ['/admin/comments'], '/admin/login', '/admin/logout?x', '/admin/set-password?token=x', '/admin/ x']) {
      assert.equal(safeNextPath(bad), '/admin', JSON.stringify(bad));
    }
    assert.equal(loginUrlFor('/admin/articles?q=x'), '/admin/login?next=%2Fadmin%2Farticles%3Fq%3Dx');
    assert.equal(loginUrlFor('/admin'), '/admin/login');
    assert.equal(loginUrlFor('//evil.example'), '/admin/login');
  });

  test('?next= comes back as ASCII, fit for a Location header: non-ASCII percent-encoded, control characters refused', () => {
    assert.equal(safeNextPath('/admin/é'), '/admin/%C3%A9');
    assert.equal(safeNextPath('/admin/%C3%A9'), '/admin/%C3%A9', 'already encoded stays as it is');
    assert.equal(safeNextPath('/admin/comments?q=日本#ü'), '/admin/comments?q=%E6%97%A5%E6%9C%AC#%C3%BC');
    assert.equal(safeNextPath('/admin?q=\uD800'), '/admin?q=%EF%BF%BD', 'a lone surrogate does not throw');
    assert.equal(safeNextPath('/admin/"<x>`'), '/admin/%22%3Cx%3E%60');
    for (const bad of ['/admin/\u0001x', '/admin/\u007f', '/admin/a\u00a0b', '/admin/\u2028']) assert.equal(safeNextPath(bad), '/admin', JSON.stringify(bad));
    for (const raw of ['/admin/é', '/admin/comments?q=日本', '/admin/\u{1F600}', '/admin?x=\uDC00']) {
      assert.match(safeNextPath(raw), /^[\x21-\x7e]+$/, `printable ASCII for ${JSON.stringify(raw)}`);
      assert.match(loginUrlFor(raw), /^[\x21-\x7e]+$/);
    }
  });

  test('the roles that include an area, narrowest first (named on the access-denied page)', () => {
    assert.deepEqual(rolesFor('comments'), ['moderator', 'admin']);
    assert.deepEqual(rolesFor('articles'), ['editor', 'admin']);
    assert.deepEqual(rolesFor('settings'), ['admin']);
    assert.deepEqual(rolesFor('dashboard'), ['moderator', 'editor', 'admin']);
  });

  test('the Secure flag: an https desk always; behind a trusted proxy, when it says https', () => {
    assert.equal(secureCookie('https://desk.example', false, 'http'), true);
    assert.equal(secureCookie('http://desk.example', false, 'https'), false, 'an untrusted header is ignored');
    assert.equal(secureCookie('http://desk.example', true, 'https'), true);
    assert.equal(secureCookie('http://desk.example', true, 'http'), false);
  });
});

describe('sign-in brake', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const ago = (minutes: number) => now - minutes * 60_000;
  const attempts = (scope: CountedAttempt['scope'], minutesAgo: number[], mine = true): CountedAttempt[] => [
    ...minutesAgo.map((m) => ({ scope, at: ago(m), mine: false })),
    ...(mine ? [{ scope, at: now, mine: true }] : []),
  ];
  const five: SignInLimit[] = [{ scope: 'pair', max: 5, windowMs: 15 * 60_000 }];

  test('allowed up to the limit, own attempt included; over it, the wait until the oldest counting attempt leaves the window', () => {
    assert.equal(signInWaitMs(five, attempts('pair', [1, 2, 3, 4]), now), null, 'the fifth is allowed');
    assert.equal(signInWaitMs(five, attempts('pair', [0, 0, 0, 0, 0]), now), 15 * 60_000);
    assert.equal(signInWaitMs(five, attempts('pair', [1, 2, 3, 4, 10]), now), 5 * 60_000);
    // Six earlier attempts: the block lifts when the second oldest leaves, not the oldest.
    assert.equal(signInWaitMs(five, attempts('pair', [14, 12, 1, 1, 1, 1]), now), 3 * 60_000);
    assert.equal(signInWaitMs(five, attempts('pair', [16, 1, 1, 1, 1]), now), null, 'an attempt older than the window does not count');
    assert.ok(signInWaitMs(five, attempts('pair', [14.99999, 1, 1, 1, 1]), now)! >= 1, 'never a zero wait');
    assert.equal(signInWaitMs(five, attempts('address', [0, 0, 0, 0, 0, 0, 0]), now), null, 'a limit counts only its own scope');
  });

  test('racing attempts count each other, newer ones included: of six at one instant over a limit of five, the sixth counter is refused', () => {
    const racing: CountedAttempt[] = [...Array.from({ length: 5 }, () => ({ scope: 'pair' as const, at: now, mine: false })), { scope: 'pair', at: now, mine: true }];
    assert.equal(signInWaitMs(five, racing, now), 15 * 60_000);
  });

  test('the policy: strangers are held per address; the account-wide ceiling is far higher and short', () => {
    const byScope = (scope: string) => signInLimits.filter((l) => l.scope === scope).map((l) => [l.max, l.windowMs / 60_000]);
    assert.deepEqual(byScope('pair'), [[5, 15]]);
    assert.deepEqual(byScope('address'), [[10, 1], [20, 15], [100, 1440]]);
    assert.deepEqual(byScope('account'), [[50, 5]]);
    // Fifty failures from fifty addresses within five minutes stop the account for at most five minutes.
    const spread = signInWaitMs(signInLimits, [...attempts('account', Array.from({ length: 50 }, () => 0)), ...attempts('pair', []), ...attempts('address', [])], now);
    assert.equal(spread, 5 * 60_000);
    // The fifth failure in a minute from one address is not yet a block, the eleventh is.
    assert.equal(signInWaitMs(signInLimits, [...attempts('address', [0.5, 0.5, 0.5, 0.5]), ...attempts('pair', []), ...attempts('account', [])], now), null);
    assert.equal(signInWaitMs(signInLimits, [...attempts('address', Array.from({ length: 10 }, () => 0.5)), ...attempts('pair', []), ...attempts('account', [])], now), 30_000);
  });

  test('the wait in words, rounded up', () => {
    assert.equal(waitInWords(0.2), '1 second');
    assert.equal(waitInWords(30), '30 seconds');
    assert.equal(waitInWords(60), '1 minute');
    assert.equal(waitInWords(61), '2 minutes');
    assert.equal(waitInWords(15 * 60), '15 minutes');
    assert.equal(waitInWords(23 * 3600 + 1), '24 hours');
  });
});

describe('staff display names', () => {
  test('needed, not an address, not too long; a nameless or address-named account has none to show', () => {
    assert.equal(displayNameProblem('Ada Lovelace'), null);
    assert.match(displayNameProblem('   ')!, /a display name is needed/);
    assert.match(displayNameProblem('ada@example.org')!, /not an email address/);
    assert.match(displayNameProblem('x'.repeat(101))!, /at most 100 characters/);
    assert.equal(staffDisplayName({ name: '  Ada  ' }), 'Ada');
    assert.equal(staffDisplayName({ name: '' }), null);
    assert.equal(staffDisplayName({ name: 'mo@desk.example' }), null);
  });

  test('CLI links: NEWSDESK_PUBLIC_URL set for the command wins, else the running desk’s recorded address, else the command’s own', () => {
    assert.equal(linkBaseUrl('https://explicit.example', true, 'https://recorded.example'), 'https://explicit.example');
    assert.equal(linkBaseUrl('http://127.0.0.1:3000', false, 'https://recorded.example'), 'https://recorded.example');
    assert.equal(linkBaseUrl('http://127.0.0.1:3000', false, null), 'http://127.0.0.1:3000');
  });
});

describe('back-office helpers', () => {
  test('LIKE patterns escape their own wildcards', () => {
    assert.equal(containsPattern('50%_Off!'), '%50!%!_off!!%');
  });

  test('midnight in the desk’s time zone', () => {
    assert.equal(startOfDay('UTC', new Date('2026-03-01T17:30:00Z')).toISOString(), '2026-03-01T00:00:00.000Z');
    assert.equal(startOfDay('America/New_York', new Date('2026-03-01T03:00:00Z')).toISOString(), '2026-02-28T05:00:00.000Z');
    assert.equal(startOfDay('Asia/Tokyo', new Date('2026-03-01T17:30:00Z')).toISOString(), '2026-03-01T15:00:00.000Z');
  });

  test('forms: ids from checkboxes, page numbers, return addresses only inside /admin', () => {
    assert.deepEqual(ids({ ids: ['3', '7', '3', 'x', '-1', '0'] }, 'ids'), [3, 7]);
    assert.deepEqual(ids({ ids: '12' }, 'ids'), [12]);
    assert.deepEqual(ids({}, 'ids'), []);
    assert.equal(pageNumber(undefined), 1);
    assert.equal(pageNumber('3'), 3);
    assert.equal(pageNumber('0'), null);
    assert.equal(pageNumber('2x'), null);
    assert.equal(backTo('/admin/comments?status=spam&done=trash&n=4', '/admin', { done: 'approve', n: 2 }), '/admin/comments?status=spam&done=approve&n=2');
    assert.equal(backTo('https://evil.example/admin', '/admin/comments'), '/admin/comments');
    assert.equal(backTo('//evil.example', '/admin/comments'), '/admin/comments');
    assert.equal(backTo('/admin/../x', '/admin/comments'), '/admin/comments');
    assert.equal(withQuery('/admin/comments', { status: 'pending', q: '', page: 1 }), '/admin/comments?status=pending');
    assert.equal(withQuery('/admin/comments', { q: 'a b&c', page: 2 }), '/admin/comments?q=a+b%26c&page=2');
  });

  test('the settings form: absent checkboxes are false, numbers and JSON are checked, text kept as typed', () => {
    const { parsed, errors, values } = readSettingsForm({ siteName: ' Desk ', threadDepth: '4', floodSeconds: '1.5e3', globalFilters: '[]', timeZone: 'UTC', holdAllComments: 'on' });
    assert.equal(parsed.siteName, 'Desk');
    assert.equal(parsed.threadDepth, 4);
    assert.equal(parsed.holdAllComments, true);
    assert.equal(parsed.requirePriorApproval, false);
    assert.equal(errors.floodSeconds, 'Enter a number, not “1.5e3”.');
    assert.equal(values.floodSeconds, '1.5e3');
    assert.match(errors.articlesPerPage!, /^Enter a number\.$/);
  });
});
