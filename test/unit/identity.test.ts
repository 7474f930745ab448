import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { avatarKey, clientHash } from '../../src/discussion/identity.js';
import { avatarKeyPattern, identiconSvg } from '../../src/discussion/avatar.js';

const secretA = 'desk-secret-alpha';
const secretB = 'desk-secret-bravo';

describe('clientHash', () => {
  test('is 32 base64url characters and deterministic', () => {
    const hash = clientHash(secretA, '203.0.113.7');
    assert.match(hash, /^[A-Za-z0-9_-]{32}$/);
    assert.equal(clientHash(secretA, '203.0.113.7'), hash);
  });

  test('differs by secret', () => {
    assert.notEqual(clientHash(secretA, '203.0.113.7'), clientHash(secretB, '203.0.113.7'));
  });

  test('differs by address', () => {
    assert.notEqual(clientHash(secretA, '203.0.113.7'), clientHash(secretA, '203.0.113.8'));
    assert.notEqual(clientHash(secretA, '2001:db8::1'), clientHash(secretA, '2001:db8::2'));
  });

  test('does not contain the address and is not a plain hash of it', () => {
    const address = '198.51.100.23';
    const hash = clientHash(secretA, address);
    assert.ok(!hash.includes(address));
    assert.ok(!createHash('sha256').update(address).digest('base64url').startsWith(hash));
  });

  test('is not the avatar key of the same text', () => {
    assert.notEqual(clientHash(secretA, 'ines@example.org'), avatarKey(secretA, 'ines@example.org'));
  });
});

describe('avatarKey', () => {
  const email = 'ines@example.org';

  test('is 32 lowercase hex characters matching avatarKeyPattern', () => {
    const key = avatarKey(secretA, email);
    assert.match(key, /^[0-9a-f]{32}$/);
    assert.ok(avatarKeyPattern.test(key));
  });

  test('ignores case and surrounding spaces of the email', () => {
    const key = avatarKey(secretA, email);
    assert.equal(avatarKey(secretA, 'Ines@Example.ORG'), key);
    assert.equal(avatarKey(secretA, '  INES@EXAMPLE.ORG \n'), key);
  });

  test('differs by secret', () => {
    assert.notEqual(avatarKey(secretA, email), avatarKey(secretB, email));
  });

  test('differs by email', () => {
    assert.notEqual(avatarKey(secretA, email), avatarKey(secretA, 'ines@example.net'));
  });

  test('never equals (or is a prefix of) the md5 or sha256 of the email', () => {
    for (const variant of [email, email.toUpperCase()]) {
      const key = avatarKey(secretA, variant);
      for (const algorithm of ['md5', 'sha256']) {
        const plain = createHash(algorithm).update(email).digest('hex');
        assert.notEqual(key, plain, algorithm);
        assert.ok(!plain.startsWith(key), `${algorithm} prefix`);
      }
    }
  });
});

describe('avatarKeyPattern', () => {
  test('accepts exactly 32 lowercase hex characters', () => {
    assert.equal(avatarKeyPattern.test('0123456789abcdef0123456789abcdef'), true);
    assert.equal(avatarKeyPattern.test('0123456789ABCDEF0123456789abcdef'), false);
    assert.equal(avatarKeyPattern.test('0123456789abcdef0123456789abcde'), false);
    assert.equal(avatarKeyPattern.test('0123456789abcdef0123456789abcdef0'), false);
    assert.equal(avatarKeyPattern.test('0123456789abcdef0123456789abcdeg'), false);
    assert.equal(avatarKeyPattern.test('../../etc/passwd'), false);
  });
});

describe('identiconSvg', () => {
  const key = avatarKey(secretA, 'ines@example.org');

  /** The [x, y] of each filled cell. */
  function cells(svg: string): [number, number][] {
    const group = /<g fill="[^"]+">(.*)<\/g>/.exec(svg)?.[1];
    assert.ok(group !== undefined, 'no <g> in svg');
    return [...group.matchAll(/<rect x="(\d+)" y="(\d+)" width="10" height="10"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
  }

  test('is deterministic', () => {
    assert.equal(identiconSvg(key), identiconSvg(key));
  });

  test('looks like a standalone 70×70 SVG', () => {
    const svg = identiconSvg(key);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 70 70" width="70" height="70">'));
    assert.ok(svg.endsWith('</g></svg>'));
    assert.equal(svg.match(/<svg/g)?.length, 1);
    assert.match(svg, /<rect width="70" height="70" fill="hsl\(\d{1,3} 40% 94%\)"\/>/);
    assert.match(svg, /<g fill="hsl\(\d{1,3} 55% 38%\)">/);
    assert.doesNotMatch(svg, /script|on[a-z]+=|href/i);
  });

  test('the only elements are svg, rect and g, and every rect is closed', () => {
    const svg = identiconSvg(key);
    const names = [...svg.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(names)].sort(), ['g', 'rect', 'svg']);
    assert.equal(svg.match(/<rect /g)?.length, svg.match(/\/>/g)?.length);
  });

  test('differs for different keys', () => {
    const other = avatarKey(secretA, 'someone.else@example.org');
    assert.notEqual(identiconSvg(other), identiconSvg(key));
  });

  test('the picture is mirrored left to right inside the 5×5 grid', () => {
    const drawn = cells(identiconSvg(key));
    assert.ok(drawn.length > 0);
    const set = new Set(drawn.map(([x, y]) => `${x},${y}`));
    for (const [x, y] of drawn) {
      assert.ok(x >= 10 && x <= 50 && y >= 10 && y <= 50, `cell ${x},${y} outside the grid`);
      assert.ok(set.has(`${60 - x},${y}`), `cell ${x},${y} has no mirror`);
    }
  });

  test('an all-zero key draws no cells on a hue-0 background', () => {
    assert.equal(
      identiconSvg('0'.repeat(32)),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 70 70" width="70" height="70"><rect width="70" height="70" fill="hsl(0 40% 94%)"/><g fill="hsl(0 55% 38%)"></g></svg>',
    );
  });

  test('an all-ones key fills all 25 cells with hue 65535 mod 360', () => {
    const svg = identiconSvg('f'.repeat(32));
    assert.match(svg, /<g fill="hsl\(15 55% 38%\)">/);
    const drawn = cells(svg);
    assert.equal(drawn.length, 25);
    assert.equal(new Set(drawn.map(([x, y]) => `${x},${y}`)).size, 25);
  });

  test('the low bit of bytes 2–16 chooses the cells', () => {
    // Byte 2 → row 0, column 0 (and its mirror, column 4); byte 4 → row 0, column 2 (the middle, no mirror).
    const onlyCorner = `0000${'01'}${'00'.repeat(13)}`.padEnd(32, '0');
    assert.deepEqual(cells(identiconSvg(onlyCorner)), [[10, 10], [50, 10]]);
    const onlyMiddle = `0000${'00'}${'00'}${'03'}`.padEnd(32, '0');
    assert.deepEqual(cells(identiconSvg(onlyMiddle)), [[30, 10]]);
    // The last cell (row 4, middle) has no byte 16 to read and takes byte 0's low bit.
    assert.deepEqual(cells(identiconSvg('01'.padEnd(32, '0'))), [[30, 50]]);
    // An even byte draws nothing.
    assert.deepEqual(cells(identiconSvg(`0000${'fe'}`.padEnd(32, '0'))), []);
  });
});
