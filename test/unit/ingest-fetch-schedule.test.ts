import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextFetchAt, type ScheduleInput } from '../../src/ingest/fetch/schedule.js';

const now = new Date('2026-03-01T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function after(input: Partial<ScheduleInput>): number {
  const at = nextFetchAt({
    now,
    intervalMinutes: 30,
    ttlMinutes: null,
    maxAgeSeconds: null,
    retryAfterSeconds: null,
    consecutiveErrors: 0,
    random: () => 0.5,
    ...input,
  });
  return at.getTime() - now.getTime();
}

describe('nextFetchAt after a success', () => {
  test('with no hints, the interval', () => {
    assert.equal(after({}), 30 * MINUTE);
    assert.equal(nextFetchAt({ now, intervalMinutes: 45, ttlMinutes: null, maxAgeSeconds: null, retryAfterSeconds: null, consecutiveErrors: 0 }).toISOString(), '2026-03-01T12:45:00.000Z');
  });

  test('a ttl or max-age shorter than the interval does not shorten it', () => {
    assert.equal(after({ ttlMinutes: 5 }), 30 * MINUTE);
    assert.equal(after({ maxAgeSeconds: 60 }), 30 * MINUTE);
    assert.equal(after({ ttlMinutes: 0, maxAgeSeconds: 0 }), 30 * MINUTE);
  });

  test('a longer ttl lengthens it', () => {
    assert.equal(after({ ttlMinutes: 120 }), 120 * MINUTE);
  });

  test('a longer max-age lengthens it', () => {
    assert.equal(after({ maxAgeSeconds: 3600 }), HOUR);
  });

  test('the longer of ttl and max-age wins', () => {
    assert.equal(after({ ttlMinutes: 90, maxAgeSeconds: 7200 }), 2 * HOUR);
    assert.equal(after({ ttlMinutes: 180, maxAgeSeconds: 7200 }), 3 * HOUR);
  });

  test('publisher hints count up to 24 hours', () => {
    assert.equal(after({ ttlMinutes: 10_000 }), 24 * HOUR);
    assert.equal(after({ maxAgeSeconds: 31_536_000 }), 24 * HOUR);
  });

  test("an operator's interval longer than 24 hours is kept", () => {
    assert.equal(after({ intervalMinutes: 48 * 60, ttlMinutes: 60 }), 48 * HOUR);
  });

  test('jitter does not apply to a success', () => {
    assert.equal(after({ random: () => 0 }), 30 * MINUTE);
    assert.equal(after({ random: () => 0.999 }), 30 * MINUTE);
  });

  test('a nonsensical interval falls back to at least a minute', () => {
    assert.equal(after({ intervalMinutes: 0 }), MINUTE);
    assert.equal(after({ intervalMinutes: -5 }), MINUTE);
  });
});

describe('nextFetchAt after failures', () => {
  test('backs off exponentially from the interval (random 0.5 = no jitter)', () => {
    assert.equal(after({ consecutiveErrors: 1 }), 30 * MINUTE);
    assert.equal(after({ consecutiveErrors: 2 }), 60 * MINUTE);
    assert.equal(after({ consecutiveErrors: 3 }), 120 * MINUTE);
    assert.equal(after({ consecutiveErrors: 5 }), 480 * MINUTE);
  });

  test('jitter spreads by at most 20 % either way', () => {
    assert.equal(after({ consecutiveErrors: 2, random: () => 0 }), 48 * MINUTE);
    assert.equal(after({ consecutiveErrors: 2, random: () => 1 }), 72 * MINUTE);
    assert.equal(after({ consecutiveErrors: 2, random: () => 0.75 }), 66 * MINUTE);
    assert.equal(after({ consecutiveErrors: 1, random: () => 0.25 }), 27 * MINUTE);
  });

  test('capped at 24 hours, however many failures', () => {
    assert.equal(after({ consecutiveErrors: 7 }), 24 * HOUR); // 30 min × 64 = 32 h
    assert.equal(after({ consecutiveErrors: 7, random: () => 0 }), 24 * HOUR); // 25.6 h after jitter
    assert.equal(after({ consecutiveErrors: 1000, random: () => 0 }), 24 * HOUR);
  });

  test('below the cap, jitter still applies near it', () => {
    assert.equal(after({ consecutiveErrors: 6, random: () => 0 }), 12.8 * HOUR); // 16 h × 0.8
  });

  test('ttl and max-age do not count after a failure', () => {
    assert.equal(after({ consecutiveErrors: 1, ttlMinutes: 600, maxAgeSeconds: 36_000 }), 30 * MINUTE);
  });

  test("an operator's interval above 24 hours is not cut by the cap", () => {
    assert.equal(after({ intervalMinutes: 48 * 60, consecutiveErrors: 3 }), 48 * HOUR);
  });
});

describe('nextFetchAt with Retry-After', () => {
  test('wins when later than the backoff', () => {
    assert.equal(after({ consecutiveErrors: 1, retryAfterSeconds: 7200 }), 2 * HOUR);
  });

  test('does not shorten a longer backoff', () => {
    assert.equal(after({ consecutiveErrors: 4, retryAfterSeconds: 60 }), 240 * MINUTE);
  });

  test('may exceed the 24-hour backoff cap, up to 7 days', () => {
    assert.equal(after({ consecutiveErrors: 10, retryAfterSeconds: 2 * 86_400 }), 48 * HOUR);
    assert.equal(after({ consecutiveErrors: 1, retryAfterSeconds: 365 * 86_400 }), 7 * 24 * HOUR);
  });

  test('applies after a success too', () => {
    assert.equal(after({ retryAfterSeconds: 3600 }), HOUR);
  });
});
