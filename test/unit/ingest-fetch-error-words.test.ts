import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discoveryProblemInWords, fetchErrorInWords, httpStatusInWords } from '../../src/ingest/fetch/error-words.js';
import { FetchError } from '../../src/ingest/types.js';

test('each kind of fetch failure has its own sentence', () => {
  const words = (kind: FetchError['kind'], status: number | null = null) => fetchErrorInWords(new FetchError('The host name feeds.example could not be found', kind, status));
  assert.match(words('blocked-address'), /^This address is on a private network/);
  assert.match(words('bad-url'), /^This is not a web address the desk can fetch/);
  assert.match(words('timeout'), /took too long/);
  assert.match(words('too-large'), /more than the desk reads/);
  assert.match(words('too-many-redirects'), /redirects too many times/);
  assert.equal(words('network'), 'The desk could not reach the server: the host name feeds.example could not be found.');
  assert.equal(words('http', 404), 'The server answered 404: there is nothing at this address.');
  const kinds: FetchError['kind'][] = ['network', 'timeout', 'too-large', 'http', 'blocked-address', 'too-many-redirects', 'bad-url'];
  assert.equal(new Set(kinds.map((k) => words(k, 500))).size, kinds.length, 'no two kinds share a sentence');
});

test('HTTP statuses say the number and what it means', () => {
  assert.match(httpStatusInWords(410), /^The server answered 410: there is nothing/);
  assert.match(httpStatusInWords(403), /^The server answered 403: it does not let the desk read/);
  assert.match(httpStatusInWords(503), /busy/);
  assert.match(httpStatusInWords(502), /problem of its own/);
  assert.match(httpStatusInWords(null), /could not use/);
});

test('discovery problems: not an address, a refused host, no feed (with the page’s own failure when it had one)', () => {
  assert.match(discoveryProblemInWords({ kind: 'not-a-web-address' }), /^This is not a web address: it should start with http/);
  assert.match(discoveryProblemInWords({ kind: 'fetch', error: new FetchError('Refused', 'blocked-address') }), /^This address is on a private network/);
  assert.match(discoveryProblemInWords({ kind: 'no-feed', firstFailure: null }), /^No feed found at this page/);
  const after404 = discoveryProblemInWords({ kind: 'no-feed', firstFailure: new FetchError('The server answered 404 Not Found', 'http', 404) });
  assert.match(after404, /^The server answered 404: .* No feed was found there/);
});
