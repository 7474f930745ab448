import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { describeFetchError, formatBytes, parseMaxAge, parseRetryAfter } from '../../src/ingest/fetch/fetcher.js';
import { defaultUserAgent, fetchSettingsFromEnv, newsdeskVersion } from '../../src/ingest/fetch/settings.js';
import { FetchError } from '../../src/ingest/types.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

test('Retry-After in seconds', () => {
  assert.equal(parseRetryAfter('120'), 120);
  assert.equal(parseRetryAfter(' 0 '), 0);
});

test('Retry-After as an HTTP date, counted from now and never negative', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  assert.equal(parseRetryAfter('Sun, 01 Mar 2026 12:05:00 GMT', now), 300);
  assert.equal(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('Sun, 01 Mar 2026 12:00:00 GMT', now + 500), 0);
  assert.equal(parseRetryAfter('Sun, 01 Mar 2026 12:00:01 GMT', now + 500), 1);
});

test('Retry-After that cannot be read is null', () => {
  assert.equal(parseRetryAfter(null), null);
  assert.equal(parseRetryAfter(''), null);
  assert.equal(parseRetryAfter('soon'), null);
  assert.equal(parseRetryAfter('-5'), null);
  assert.equal(parseRetryAfter('1.5'), null);
});

test('Cache-Control max-age', () => {
  assert.equal(parseMaxAge('public, max-age=600'), 600);
  assert.equal(parseMaxAge('MAX-AGE=60, must-revalidate'), 60);
  assert.equal(parseMaxAge('s-maxage=900'), null);
  assert.equal(parseMaxAge('s-maxage=900, max-age=30'), 30);
  assert.equal(parseMaxAge('no-cache'), null);
  assert.equal(parseMaxAge(null), null);
});

test('byte limits read as people write them', () => {
  assert.equal(formatBytes(15 * 1024 * 1024), '15 MiB');
  assert.equal(formatBytes(256 * 1024), '256 KiB');
  assert.equal(formatBytes(1000), '1000 bytes');
  assert.equal(formatBytes(1.5 * 1024 * 1024), '1.5 MiB');
});

test('describeFetchError gives one line', () => {
  assert.equal(describeFetchError(new FetchError('The server answered 404 Not Found', 'http', 404)), 'The server answered 404 Not Found');
  assert.equal(describeFetchError(new FetchError('two\nlines  here', 'network')), 'two lines here');
  assert.equal(describeFetchError(new Error('boom')), 'Unexpected error while fetching: boom');
  assert.equal(describeFetchError('odd'), 'Unexpected error while fetching: odd');
  const long = describeFetchError(new FetchError('x'.repeat(900), 'network'));
  assert.equal(long.length, 500);
  assert.ok(long.endsWith('…'));
});

test('the environment is read in one place', () => {
  assert.deepEqual(fetchSettingsFromEnv({}), { allowPrivateAddresses: false, userAgent: `Newsdesk/${version} (+http://localhost:3000)` });
  assert.equal(fetchSettingsFromEnv({ NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' }).allowPrivateAddresses, true);
  assert.equal(fetchSettingsFromEnv({ NEWSDESK_ALLOW_PRIVATE_FEEDS: 'true' }).allowPrivateAddresses, true);
  assert.equal(fetchSettingsFromEnv({ NEWSDESK_ALLOW_PRIVATE_FEEDS: '0' }).allowPrivateAddresses, false);
  assert.equal(fetchSettingsFromEnv({ NEWSDESK_ALLOW_PRIVATE_FEEDS: 'yes please' }).allowPrivateAddresses, false);
  assert.equal(
    fetchSettingsFromEnv({ NEWSDESK_PUBLIC_URL: 'https://desk.example/' }).userAgent,
    `Newsdesk/${version} (+https://desk.example)`,
  );
});

test('the user agent carries the version from package.json', () => {
  assert.equal(newsdeskVersion(), version);
  assert.match(version, /^\d+\.\d+\.\d+/);
  assert.equal(defaultUserAgent(undefined), `Newsdesk/${version} (+http://localhost:3000)`);
  assert.equal(defaultUserAgent('  '), `Newsdesk/${version} (+http://localhost:3000)`);
});
