import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { inRange, parseCidr, parseIp } from '../../src/discussion/spam/cidr.js';
import { listLines, matchBlockedAuthor, matchWordList, type ListSubject } from '../../src/discussion/spam/lists.js';
import { gatherContentFacts } from '../../src/discussion/spam/content.js';
import { loadShippedModel } from '../../src/discussion/spam/model-file.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';

const subject: ListSubject = {
  author: 'Rui Costa',
  email: 'rui@example.org',
  url: 'https://rui.example.net/',
  text: 'The Referendum on the bridge should be held in May.',
  address: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
};

describe('listLines', () => {
  test('trims lines and drops empty ones, any line ending', () => {
    assert.deepEqual(listLines('  casino \r\n\n\tloans\n   \n'), ['casino', 'loans']);
    assert.deepEqual(listLines(''), []);
  });
});

describe('matchWordList (WordPress’s check_comment matching)', () => {
  test('a case-insensitive substring of the text', () => {
    assert.deepEqual(matchWordList('referendum', subject), { word: 'referendum', field: 'text' });
    assert.deepEqual(matchWordList('BRIDGE', subject), { word: 'BRIDGE', field: 'text' });
  });

  test('a substring inside a longer word matches, as in WordPress ("press" in "WordPress")', () => {
    assert.deepEqual(matchWordList('ferend', subject), { word: 'ferend', field: 'text' });
  });

  test('each field: author, email, url, address, user agent', () => {
    assert.deepEqual(matchWordList('costa', subject), { word: 'costa', field: 'author' });
    assert.deepEqual(matchWordList('@example.org', subject), { word: '@example.org', field: 'email' });
    assert.deepEqual(matchWordList('rui.example.net', subject), { word: 'rui.example.net', field: 'url' });
    assert.deepEqual(matchWordList('203.0.113.', subject), { word: '203.0.113.', field: 'address' });
    assert.deepEqual(matchWordList('gecko', subject), { word: 'gecko', field: 'user agent' });
  });

  test('the first listed word that matches wins; within it, fields in WordPress’s order', () => {
    assert.deepEqual(matchWordList('nothing\nrui\nbridge', subject), { word: 'rui', field: 'author' });
  });

  test('no match, and an empty list, give null', () => {
    assert.equal(matchWordList('casino\nviagra', subject), null);
    assert.equal(matchWordList('', subject), null);
    assert.equal(matchWordList('\n  \n', subject), null);
  });
});

describe('CIDR matching', () => {
  test('IPv4 ranges', () => {
    const range = parseCidr('192.0.2.0/24')!;
    assert.deepEqual(range, { family: 4, base: 0xc0000200n, prefix: 24 });
    assert.equal(inRange(parseIp('192.0.2.1')!, range), true);
    assert.equal(inRange(parseIp('192.0.2.255')!, range), true);
    assert.equal(inRange(parseIp('192.0.3.0')!, range), false);
    assert.equal(inRange(parseIp('10.1.2.3')!, parseCidr('10.0.0.0/8')!), true);
    assert.equal(inRange(parseIp('11.0.0.0')!, parseCidr('10.0.0.0/8')!), false);
  });

  test('a single address is a range of one; /0 is everything of its family', () => {
    assert.equal(inRange(parseIp('198.51.100.7')!, parseCidr('198.51.100.7')!), true);
    assert.equal(inRange(parseIp('198.51.100.8')!, parseCidr('198.51.100.7')!), false);
    assert.equal(inRange(parseIp('8.8.8.8')!, parseCidr('0.0.0.0/0')!), true);
    assert.equal(inRange(parseIp('2001:db8::1')!, parseCidr('0.0.0.0/0')!), false);
  });

  test('IPv6 ranges, in every written form', () => {
    const range = parseCidr('2001:db8::/32')!;
    assert.equal(range.family, 6);
    assert.equal(inRange(parseIp('2001:db8::1')!, range), true);
    assert.equal(inRange(parseIp('2001:0DB8:ffff:0:0:0:0:1')!, range), true);
    assert.equal(inRange(parseIp('2001:db9::1')!, range), false);
    assert.equal(inRange(parseIp('[2001:db8::1]')!, range), true);
    assert.equal(inRange(parseIp('fe80::1%eth0')!, parseCidr('fe80::/10')!), true);
    assert.equal(inRange(parseIp('2001:db8:0:1::5')!, parseCidr('2001:db8::/64')!), false);
  });

  test('an IPv4-mapped IPv6 address is its IPv4 address, both ways', () => {
    assert.deepEqual(parseIp('::ffff:192.0.2.1'), { family: 4, value: 0xc0000201n });
    assert.deepEqual(parseIp('::ffff:c000:201'), { family: 4, value: 0xc0000201n });
    assert.equal(inRange(parseIp('::ffff:192.0.2.1')!, parseCidr('192.0.2.0/24')!), true);
    assert.equal(inRange(parseIp('192.0.2.1')!, parseCidr('::ffff:192.0.2.0/120')!), true);
    assert.equal(inRange(parseIp('192.0.3.1')!, parseCidr('::ffff:192.0.2.0/120')!), false);
    // A v6 range wider than the mapped block still covers v4 clients.
    assert.equal(inRange(parseIp('192.0.2.1')!, parseCidr('::/0')!), true);
  });

  test('nonsense is refused', () => {
    assert.equal(parseIp('not an address'), null);
    assert.equal(parseIp('256.1.1.1'), null);
    assert.equal(parseCidr('192.0.2.0/33'), null);
    assert.equal(parseCidr('2001:db8::/129'), null);
    assert.equal(parseCidr('192.0.2.0/x'), null);
    assert.equal(parseCidr('192.0.2.0/24/1'), null);
  });
});

describe('matchBlockedAuthor', () => {
  const list = '# spammers we know\nSpammer@Example.com\n203.0.113.0/24\n2001:db8:bad::/48\nnot a range';

  test('an email, exactly and in any case', () => {
    assert.equal(matchBlockedAuthor(list, 'spammer@example.COM', '198.51.100.1'), 'Spammer@Example.com');
    assert.equal(matchBlockedAuthor(list, 'other.spammer@example.com', '198.51.100.1'), null);
  });

  test('the raw client address in an IPv4 or IPv6 range, mapped forms included', () => {
    assert.equal(matchBlockedAuthor(list, 'a@example.org', '203.0.113.99'), '203.0.113.0/24');
    assert.equal(matchBlockedAuthor(list, 'a@example.org', '::ffff:203.0.113.99'), '203.0.113.0/24');
    assert.equal(matchBlockedAuthor(list, 'a@example.org', '2001:db8:bad:1::2'), '2001:db8:bad::/48');
    assert.equal(matchBlockedAuthor(list, 'a@example.org', '2001:db8:bad0::2'), null);
    assert.equal(matchBlockedAuthor(list, 'a@example.org', '198.51.100.1'), null);
  });

  test('comments and lines that are neither are ignored; an empty list blocks nobody', () => {
    assert.equal(matchBlockedAuthor('# 198.51.100.1\nnot a range', 'a@example.org', '198.51.100.1'), null);
    assert.equal(matchBlockedAuthor('', 'a@example.org', '198.51.100.1'), null);
  });
});

describe('gatherContentFacts', () => {
  test('gathers links, lists, blocked author and score for one comment', () => {
    const draft = { body: 'Free spins at https://casino.example.com now', authorName: 'Lucky', authorEmail: 'lucky@example.com', authorUrl: null, parentId: null };
    const facts = gatherContentFacts(
      { draft, bodyHtml: renderCommentMarkdown(draft.body), clientAddress: '203.0.113.5', userAgent: 'curl/8.5.0', articleLanguage: 'en' },
      { moderationWords: 'curl', disallowedWords: 'spins', blockedAuthors: '203.0.113.0/24', spamScoreHold: 50 },
      loadShippedModel().model,
    );
    assert.equal(facts.linkCount, 1);
    assert.equal(facts.blockedAuthor, 'address');
    assert.deepEqual(facts.disallowedWord, { word: 'spins', field: 'text' });
    assert.deepEqual(facts.moderationWord, { word: 'curl', field: 'user agent' });
    // The shipped model scores it, and names what weighed most because the score holds it.
    assert.equal(facts.spamScore.version, 0);
    assert.ok(facts.spamScore.score >= 50, `score ${facts.spamScore.score}`);
    assert.ok(facts.spamScore.features.length > 0 && facts.spamScore.features.every((f) => f.weight > 0));
  });

  test('a blocked email says "email"', () => {
    const draft = { body: 'Hello.', authorName: 'X', authorEmail: 'x@example.com', authorUrl: null, parentId: null };
    const facts = gatherContentFacts(
      { draft, bodyHtml: renderCommentMarkdown(draft.body), clientAddress: '198.51.100.1', userAgent: 'Mozilla/5.0', articleLanguage: 'en' },
      { moderationWords: '', disallowedWords: '', blockedAuthors: 'x@example.com', spamScoreHold: 50 },
      loadShippedModel().model,
    );
    assert.equal(facts.blockedAuthor, 'email');
    assert.equal(facts.disallowedWord, null);
    assert.equal(facts.moderationWord, null);
  });
});
