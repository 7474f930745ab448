import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { DEFAULT_ACCEPT, fetchResource } from '../../src/ingest/fetch/fetcher.js';
import { fetchSettingsFromEnv } from '../../src/ingest/fetch/settings.js';
import { FetchError, type FetchOptions, type FetchResult } from '../../src/ingest/types.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';

/** The publisher listens on 127.0.0.1, which only the test setting lets through. */
const local: FetchOptions = { allowPrivateAddresses: true };
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';

let p: Publisher;
before(async () => {
  p = await startPublisher({ '/feed': serve(RSS) });
});
after(() => p.close());

async function failure(url: string, options: FetchOptions = {}): Promise<FetchError> {
  try {
    const result = await fetchResource(url, { ...local, ...options });
    assert.fail(`expected a FetchError, got ${result.kind}`);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return error;
  }
}

function fetched(result: FetchResult): Extract<FetchResult, { kind: 'fetched' }> {
  assert.equal(result.kind, 'fetched');
  return result as Extract<FetchResult, { kind: 'fetched' }>;
}

function requestsTo(prefix: string): string[] {
  return p.log.filter((r) => r.path.startsWith(prefix)).map((r) => r.path);
}

function redirect(status: number, location: string) {
  return (_request: unknown, response: ServerResponse) => void response.writeHead(status, { location }).end();
}

describe('what the request says', () => {
  test('the user agent names Newsdesk, its version and the desk', async () => {
    p.route('/ua', serve(RSS));
    await fetchResource(`${p.url}/ua`, local);
    const headers = p.log.find((r) => r.path === '/ua')!.headers;
    assert.equal(headers['user-agent'], fetchSettingsFromEnv().userAgent);
    assert.match(headers['user-agent']!, /^Newsdesk\/0\.1\.0 \(\+https?:\/\/[^ )]+\)$/);
    assert.equal(headers.accept, DEFAULT_ACCEPT);
    assert.match(headers.accept!, /^application\/rss\+xml, application\/atom\+xml/);
    assert.equal(headers['accept-encoding'], 'gzip, deflate, br');
    assert.equal(headers['if-none-match'], undefined);
    assert.equal(headers['if-modified-since'], undefined);
  });

  test('the user agent and Accept can be chosen', async () => {
    p.route('/ua2', serve(RSS));
    await fetchResource(`${p.url}/ua2`, { ...local, userAgent: 'Tester/1.0', accept: 'text/html' });
    const headers = p.log.find((r) => r.path === '/ua2')!.headers;
    assert.equal(headers['user-agent'], 'Tester/1.0');
    assert.equal(headers.accept, 'text/html');
  });
});

describe('conditional requests', () => {
  before(() => {
    p.route('/cond', (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') {
        response.writeHead(304, { etag: '"v1"', 'cache-control': 'max-age=300' }).end();
        return;
      }
      response
        .writeHead(200, {
          'content-type': 'application/rss+xml; charset=utf-8',
          etag: '"v1"',
          'last-modified': 'Sun, 01 Mar 2026 10:00:00 GMT',
          'cache-control': 'public, max-age=300',
        })
        .end(RSS);
    });
    p.route('/cond-date', (request, response) => {
      if (request.headers['if-modified-since'] === 'Sun, 01 Mar 2026 10:00:00 GMT') {
        response.writeHead(304).end();
        return;
      }
      response.writeHead(200, { 'last-modified': 'Sun, 01 Mar 2026 10:00:00 GMT' }).end(RSS);
    });
  });

  test('a 200 carries the validators, then a conditional request gets 304', async () => {
    const first = await fetchResource(`${p.url}/cond`, local);
    assert.deepEqual(first, {
      kind: 'fetched',
      url: `${p.url}/cond`,
      body: Buffer.from(RSS),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT',
      maxAgeSeconds: 300,
      permanentUrl: null,
    });
    const second = await fetchResource(`${p.url}/cond`, { ...local, etag: first.etag, lastModified: first.lastModified });
    assert.deepEqual(second, {
      kind: 'not-modified',
      url: `${p.url}/cond`,
      etag: '"v1"',
      // The 304 did not repeat Last-Modified: the one sent is kept.
      lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT',
      maxAgeSeconds: 300,
      permanentUrl: null,
    });
    const requests = p.log.filter((r) => r.path === '/cond');
    assert.equal(requests.length, 2);
    assert.equal(requests[0]!.headers['if-none-match'], undefined);
    assert.equal(requests[1]!.headers['if-none-match'], '"v1"');
    assert.equal(requests[1]!.headers['if-modified-since'], 'Sun, 01 Mar 2026 10:00:00 GMT');
  });

  test('If-Modified-Since alone can get a 304', async () => {
    const result = await fetchResource(`${p.url}/cond-date`, { ...local, lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT' });
    assert.deepEqual(result, {
      kind: 'not-modified',
      url: `${p.url}/cond-date`,
      etag: null,
      lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT',
      maxAgeSeconds: null,
      permanentUrl: null,
    });
    const request = p.log.filter((r) => r.path === '/cond-date').at(-1)!;
    assert.equal(request.headers['if-none-match'], undefined);
    assert.equal(request.headers['if-modified-since'], 'Sun, 01 Mar 2026 10:00:00 GMT');
  });
});

describe('compressed bodies', () => {
  const text = `${RSS}\n<!-- ${'news '.repeat(2000)} -->`;

  for (const [name, encoding, body] of [
    ['gzip', 'gzip', gzipSync(text)],
    ['x-gzip', 'x-gzip', gzipSync(text)],
    ['deflate (zlib)', 'deflate', deflateSync(text)],
    ['deflate (raw, as some servers send it)', 'deflate', deflateRawSync(text)],
    ['br', 'br', brotliCompressSync(text)],
    ['gzip then br', 'gzip, br', brotliCompressSync(gzipSync(text))],
  ] as const) {
    test(`${name} is decompressed`, async () => {
      const path = `/enc-${name.replace(/\W+/g, '-')}`;
      p.route(path, serve(body, { 'content-encoding': encoding }));
      const result = fetched(await fetchResource(`${p.url}${path}`, local));
      assert.equal(result.body.toString('utf8'), text);
      assert.ok(body.length < text.length / 5, 'the body really was compressed');
    });
  }

  test('a gzip bomb stops at the default 15 MiB limit, counted after decompression', async () => {
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    assert.ok(bomb.length < 100 * 1024);
    p.route('/bomb-gzip', serve(bomb, { 'content-encoding': 'gzip' }));
    const error = await failure(`${p.url}/bomb-gzip`);
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'The response is larger than the 15 MiB limit (after decompression)');
  });

  test('a brotli bomb stops at a smaller limit', async () => {
    p.route('/bomb-br', serve(brotliCompressSync(Buffer.alloc(4 * 1024 * 1024)), { 'content-encoding': 'br' }));
    const error = await failure(`${p.url}/bomb-br`, { maxBytes: 1024 * 1024 });
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'The response is larger than the 1 MiB limit (after decompression)');
  });

  test('a body just under the limit after decompression is accepted', async () => {
    p.route('/just-under', serve(gzipSync(Buffer.alloc(64 * 1024, 'a')), { 'content-encoding': 'gzip' }));
    const result = fetched(await fetchResource(`${p.url}/just-under`, { ...local, maxBytes: 64 * 1024 }));
    assert.equal(result.body.length, 64 * 1024);
  });

  test('a corrupt gzip body is a network error that says so', async () => {
    p.route('/corrupt', serve(Buffer.from('this is not gzip at all'), { 'content-encoding': 'gzip' }));
    const error = await failure(`${p.url}/corrupt`);
    assert.equal(error.kind, 'network');
    assert.match(error.message, /^The body could not be decompressed \(/);
  });

  test('an encoding Newsdesk did not ask for is refused by name', async () => {
    p.route('/zstd', serve(Buffer.from('xx'), { 'content-encoding': 'zstd' }));
    const error = await failure(`${p.url}/zstd`);
    assert.equal(error.kind, 'network');
    assert.equal(error.message, 'The server compressed the body as "zstd", which Newsdesk cannot read');
  });
});

describe('error statuses', () => {
  test('429 with Retry-After in seconds', async () => {
    p.route('/busy', serve('slow down', { 'retry-after': '120' }, 429));
    const error = await failure(`${p.url}/busy`);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterSeconds, 120);
    assert.equal(error.message, 'The server answered 429 Too Many Requests; it asks to wait 120 s');
  });

  test('503 with Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 90_000).toUTCString();
    p.route('/down', serve('maintenance', { 'retry-after': when }, 503));
    const error = await failure(`${p.url}/down`);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 503);
    assert.ok(error.retryAfterSeconds !== null && error.retryAfterSeconds >= 88 && error.retryAfterSeconds <= 90, String(error.retryAfterSeconds));
    assert.match(error.message, /^The server answered 503 Service Unavailable; it asks to wait (88|89|90) s$/);
  });

  test('503 without Retry-After', async () => {
    p.route('/down2', serve('maintenance', {}, 503));
    const error = await failure(`${p.url}/down2`);
    assert.equal(error.retryAfterSeconds, null);
    assert.equal(error.message, 'The server answered 503 Service Unavailable');
  });

  test('404 and 500 say what the server answered', async () => {
    const missing = await failure(`${p.url}/nowhere`);
    assert.equal(missing.kind, 'http');
    assert.equal(missing.status, 404);
    assert.equal(missing.retryAfterSeconds, null);
    assert.equal(missing.message, 'The server answered 404 Not Found');
    p.route('/broken', serve('oops', { 'retry-after': '60' }, 500));
    const broken = await failure(`${p.url}/broken`);
    assert.equal(broken.status, 500);
    assert.equal(broken.retryAfterSeconds, null);
    assert.equal(broken.message, 'The server answered 500 Internal Server Error');
  });
});

describe('redirects', () => {
  test('temporary redirects are followed; permanentUrl stays unset', async () => {
    p.route('/t1', redirect(302, '/t2'));
    p.route('/t2', redirect(307, `${p.url}/feed`));
    const result = fetched(await fetchResource(`${p.url}/t1`, local));
    assert.equal(result.url, `${p.url}/feed`);
    assert.equal(result.permanentUrl, null);
    assert.equal(result.body.toString(), RSS);
  });

  test('a 303 is followed too, and is not permanent', async () => {
    p.route('/see-other', redirect(303, '/feed'));
    const result = fetched(await fetchResource(`${p.url}/see-other`, local));
    assert.equal(result.url, `${p.url}/feed`);
    assert.equal(result.permanentUrl, null);
  });

  test('permanent redirects all the way set permanentUrl to the final address', async () => {
    p.route('/p1', redirect(301, 'p2'));
    p.route('/p2', redirect(308, '/feed'));
    const result = fetched(await fetchResource(`${p.url}/p1`, local));
    assert.equal(result.url, `${p.url}/feed`);
    assert.equal(result.permanentUrl, `${p.url}/feed`);
  });

  test('a chain mixing permanent and temporary leaves permanentUrl unset', async () => {
    p.route('/m1', redirect(301, '/m2'));
    p.route('/m2', redirect(302, '/m3'));
    p.route('/m3', redirect(308, '/feed'));
    const result = fetched(await fetchResource(`${p.url}/m1`, local));
    assert.equal(result.url, `${p.url}/feed`);
    assert.equal(result.permanentUrl, null);
  });

  test('a 304 after a permanent redirect reports permanentUrl', async () => {
    p.route('/moved-cond', redirect(301, '/cond'));
    const result = await fetchResource(`${p.url}/moved-cond`, { ...local, etag: '"v1"' });
    assert.equal(result.kind, 'not-modified');
    assert.equal(result.permanentUrl, `${p.url}/cond`);
  });

  test('a redirect loop is caught', async () => {
    p.route('/loop-a', redirect(302, '/loop-b'));
    p.route('/loop-b', redirect(302, '/loop-a'));
    const error = await failure(`${p.url}/loop-a`);
    assert.equal(error.kind, 'too-many-redirects');
    assert.equal(error.message, `Redirect loop: ${p.url}/loop-b leads back to ${p.url}/loop-a`);
    assert.deepEqual(requestsTo('/loop-'), ['/loop-a', '/loop-b']);
  });

  test('five redirects are followed, six are too many', async () => {
    for (let i = 1; i <= 6; i += 1) p.route(`/hop${i}`, redirect(301, i === 6 ? '/feed' : `/hop${i + 1}`));
    const five = fetched(await fetchResource(`${p.url}/hop2`, local));
    assert.equal(five.url, `${p.url}/feed`);
    assert.equal(five.permanentUrl, `${p.url}/feed`);
    p.log.length = 0;
    const error = await failure(`${p.url}/hop1`);
    assert.equal(error.kind, 'too-many-redirects');
    assert.equal(error.message, `More than 5 redirects in a row (the last one to ${p.url}/feed)`);
    assert.deepEqual(p.log.map((r) => r.path), ['/hop1', '/hop2', '/hop3', '/hop4', '/hop5', '/hop6']);
  });

  test('maxRedirects can be lowered', async () => {
    const error = await failure(`${p.url}/hop5`, { maxRedirects: 1 });
    assert.equal(error.kind, 'too-many-redirects');
    assert.equal(error.message, `More than 1 redirects in a row (the last one to ${p.url}/feed)`);
  });

  test('a redirect to another scheme is refused', async () => {
    p.route('/to-file', redirect(302, 'file:///etc/passwd'));
    const error = await failure(`${p.url}/to-file`);
    assert.equal(error.kind, 'bad-url');
    assert.equal(error.message, 'A redirect led to a refused address: Only http and https addresses can be fetched, not file (file:///etc/passwd)');
  });

  test('a redirect without Location is an http error', async () => {
    p.route('/nowhere-to-go', (_request, response) => void response.writeHead(302).end());
    const error = await failure(`${p.url}/nowhere-to-go`);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 302);
    assert.equal(error.message, 'The server answered 302 Found but gave no address to go to');
  });
});

describe('limits', () => {
  test('a body that drips slowly times out as a whole', async () => {
    let closed = false;
    p.route('/drip', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => response.write('<'), 50);
      response.on('close', () => {
        closed = true;
        clearInterval(timer);
      });
    });
    const started = Date.now();
    const error = await failure(`${p.url}/drip`, { totalTimeoutMs: 400 });
    const elapsed = Date.now() - started;
    assert.equal(error.kind, 'timeout');
    assert.equal(error.message, `${new URL(p.url).host} took longer than 0.4 s to answer in full`);
    assert.ok(elapsed >= 380 && elapsed < 2000, `took ${elapsed} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(closed, true, 'the connection was closed');
  });

  test('a server that never answers times out', async () => {
    p.route('/silent', () => undefined);
    const error = await failure(`${p.url}/silent`, { totalTimeoutMs: 300 });
    assert.equal(error.kind, 'timeout');
  });

  test('a huge body stops at the limit and the connection is closed mid-body', async () => {
    const total = 64 * 1024 * 1024;
    let report!: (outcome: { sent: number; finished: boolean }) => void;
    const outcome = new Promise<{ sent: number; finished: boolean }>((resolve) => (report = resolve));
    p.route('/huge', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (!response.destroyed && sent < total) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        if (!response.destroyed) response.end();
      };
      response.on('close', () => report({ sent, finished: response.writableFinished }));
      pump();
    });
    const error = await failure(`${p.url}/huge`, { maxBytes: 256 * 1024 });
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'The response is larger than the 256 KiB limit');
    const { sent, finished } = await outcome;
    assert.equal(finished, false);
    assert.ok(sent < total / 4, `the server wrote ${sent} bytes before the connection closed`);
  });

  test('a declared Content-Length over the limit is refused before reading', async () => {
    p.route('/declared', serve(Buffer.alloc(300 * 1024, 'b'), { 'content-length': String(300 * 1024) }));
    const error = await failure(`${p.url}/declared`, { maxBytes: 256 * 1024 });
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'The response is larger than the 256 KiB limit');
  });

  test('a body exactly at the limit is accepted', async () => {
    p.route('/exact', serve(Buffer.alloc(256 * 1024, 'c')));
    const result = fetched(await fetchResource(`${p.url}/exact`, { ...local, maxBytes: 256 * 1024 }));
    assert.equal(result.body.length, 256 * 1024);
  });

  test('a refused connection is a network error naming the host', async () => {
    const gone = await startPublisher();
    const url = gone.url;
    await gone.close();
    const error = await failure(`${url}/feed`);
    assert.equal(error.kind, 'network');
    assert.equal(error.message, `${new URL(url).host} refused the connection`);
  });

  test('a bad URL never becomes a request', async () => {
    const error = await failure('ftp://127.0.0.1/feed');
    assert.equal(error.kind, 'bad-url');
  });
});
