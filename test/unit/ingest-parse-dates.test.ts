import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clampToSeen, parseFeedDate } from '../../src/ingest/parse/dates.js';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';

function iso(text: string): string | null {
  return parseFeedDate(text)?.toISOString() ?? null;
}

describe('parseFeedDate: RFC 822 / 1123 and its common mistakes', () => {
  const cases: [string, string][] = [
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Fri, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 03 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Thu, 10 Jun 99 04:00:00 GMT', '1999-06-10T04:00:00.000Z'],
    ['Tue, 3 Jun 2003 04:00:00 GMT', '2003-06-03T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 4:05:06 GMT', '2003-06-10T04:05:06.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 UT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 UTC', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 Z', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 EST', '2003-06-10T09:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 EDT', '2003-06-10T08:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 CST', '2003-06-10T10:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 CDT', '2003-06-10T09:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 MST', '2003-06-10T11:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 MDT', '2003-06-10T10:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 PST', '2003-06-10T12:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 CET', '2003-06-10T03:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 CEST', '2003-06-10T02:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 BST', '2003-06-10T03:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0200', '2003-06-10T02:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +02:00', '2003-06-10T02:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 -0530', '2003-06-10T09:30:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 GMT+2', '2003-06-10T02:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 GMT-05:00', '2003-06-10T09:00:00.000Z'],
    ['  Tue,   10  Jun   2003   04:00:00   GMT  ', '2003-06-10T04:00:00.000Z'],
    ['Tuesday, 10 June 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Wed, 17 September 2003 04:00:00 GMT', '2003-09-17T04:00:00.000Z'],
    ['Wed, 17 Sept 2003 04:00:00 GMT', '2003-09-17T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 GMT (Greenwich Mean Time)', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0000 (UTC)', '2003-06-10T04:00:00.000Z'],
    ['Tue,10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10-Jun-2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 XYZ', '2003-06-10T04:00:00.000Z'],
    ['10 Jun 2003', '2003-06-10T00:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00 PM EST', '2003-06-10T21:00:00.000Z'],
    ['Tue Jun 10 2003 04:00:00 GMT+0200 (Central European Summer Time)', '2003-06-10T02:00:00.000Z'],
    ['June 10, 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.equal(iso(input), expected));
  }
});

describe('parseFeedDate: ISO 8601 / RFC 3339', () => {
  const cases: [string, string][] = [
    ['2024-10-02T15:00:00Z', '2024-10-02T15:00:00.000Z'],
    ['2024-10-02T15:00:00+02:00', '2024-10-02T13:00:00.000Z'],
    ['2024-10-02T15:00:00-0700', '2024-10-02T22:00:00.000Z'],
    ['2024-10-02T15:00:00.123456Z', '2024-10-02T15:00:00.123Z'],
    ['2024-10-02T15:00:00,5+01:00', '2024-10-02T14:00:00.500Z'],
    ['2024-10-02T15:00:00', '2024-10-02T15:00:00.000Z'],
    ['2024-10-02 15:00:00', '2024-10-02T15:00:00.000Z'],
    ['2024-10-02 15:00:00 UTC', '2024-10-02T15:00:00.000Z'],
    ['2024-10-02T15:00Z', '2024-10-02T15:00:00.000Z'],
    ['2024-10-02', '2024-10-02T00:00:00.000Z'],
    ['20241002T150000Z', '2024-10-02T15:00:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.equal(iso(input), expected));
  }
});

describe('parseFeedDate: Unix timestamps', () => {
  test('ten digits are seconds', () => assert.equal(iso('1727881200'), '2024-10-02T15:00:00.000Z'));
  test('thirteen digits are milliseconds', () => assert.equal(iso('1727881200250'), '2024-10-02T15:00:00.250Z'));
  test('fractional seconds', () => assert.equal(iso('1727881200.5'), '2024-10-02T15:00:00.500Z'));
  test('short or odd-length numbers are not timestamps', () => {
    assert.equal(iso('12345'), null);
    assert.equal(iso('17278812001'), null);
  });
});

describe('parseFeedDate: garbage gives null', () => {
  const garbage = [
    '', '   ', 'not a date at all', 'sometime last week', 'Tue, 32 Jun 2003 04:00:00 GMT', '2023-02-29',
    '2024-13-01T00:00:00Z', 'Tue, 10 Foo 2003 04:00:00 GMT', '2024-10-02T25:00:00Z', 'Tue, 10 Jun 2003 04:61:00 GMT',
    '0000-00-00 00:00:00', '1', 'null', 'undefined', 'Tue, 10 Jun 2003 04:00:00 +9900', '10 Junk 2003',
  ];
  for (const input of garbage) {
    test(JSON.stringify(input), () => assert.equal(parseFeedDate(input), null));
  }
  test('non-strings', () => {
    assert.equal(parseFeedDate(null), null);
    assert.equal(parseFeedDate(undefined), null);
  });
});

describe('clampToSeen', () => {
  const firstSeen = new Date('2024-10-02T12:00:00Z');

  test('a missing date becomes the first-seen time', () => {
    assert.equal(clampToSeen(null, firstSeen).toISOString(), '2024-10-02T12:00:00.000Z');
  });

  test('a future date becomes the first-seen time', () => {
    assert.equal(clampToSeen(new Date('2024-10-02T12:00:01Z'), firstSeen).toISOString(), '2024-10-02T12:00:00.000Z');
    assert.equal(clampToSeen(new Date('2100-01-01T00:00:00Z'), firstSeen).toISOString(), '2024-10-02T12:00:00.000Z');
  });

  test('a past date, or the first-seen moment itself, is kept', () => {
    assert.equal(clampToSeen(new Date('2024-09-30T08:00:00Z'), firstSeen).toISOString(), '2024-09-30T08:00:00.000Z');
    assert.equal(clampToSeen(new Date('2024-10-02T12:00:00Z'), firstSeen).toISOString(), '2024-10-02T12:00:00.000Z');
  });

  test('an invalid Date becomes the first-seen time', () => {
    assert.equal(clampToSeen(new Date(Number.NaN), firstSeen).toISOString(), '2024-10-02T12:00:00.000Z');
  });
});

describe('dates of every kind in one feed', () => {
  const feed = parseFeed(readFileSync(new URL('../fixtures/feeds/dates.xml', import.meta.url), 'utf8'), 'https://calendar-chaos.example/feed');
  const byGuid = new Map(feed.items.map((item) => [item.guid, item.publishedAt?.toISOString() ?? null]));

  test('each item gets the date its feed meant', () => {
    assert.deepEqual(Object.fromEntries(byGuid), {
      'd-rfc': '2024-10-02T15:00:00.000Z',
      'd-noday': '2024-10-02T15:00:00.000Z',
      'd-wrongday': '2024-10-02T15:00:00.000Z',
      'd-2digit': '2024-10-02T15:00:00.000Z',
      'd-full': '2024-10-02T15:00:00.000Z',
      'd-iso': '2024-10-02T15:00:00.250Z',
      'd-bad-then-dc': '2024-10-02T15:00:00.000Z',
      'd-garbage': null,
      'd-none': null,
      'd-far-future': '2100-01-01T00:00:00.000Z',
    });
  });

  test('the future date is kept by the parser and clamped to first seen', () => {
    const future = feed.items.find((item) => item.guid === 'd-far-future')!;
    const firstSeen = new Date('2024-10-03T00:00:00Z');
    assert.equal(clampToSeen(future.publishedAt, firstSeen), firstSeen);
  });
});
