import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { isForbiddenAddress } from '../../src/ingest/fetch/address-guard.js';
import { createFetcher, fetchResource, type Fetch } from '../../src/ingest/fetch/fetcher.js';
import { FetchError, type FetchOptions } from '../../src/ingest/types.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';

/*
 * The guard against fetching the desk's own network. Nothing here reaches beyond this machine:
 * addresses like 10.0.0.1 and 169.254.169.254 must be refused before any connection is tried,
 * and made-up names resolve only through the test's own resolver.
 */

const RSS = '<rss version="2.0"><channel><title>T</title></channel></rss>';
const guarded: FetchOptions = { allowPrivateAddresses: false, connectTimeoutMs: 5000, totalTimeoutMs: 8000 };

let p: Publisher;
let port: string;
/** A second publisher on [::1], when this machine has IPv6 loopback; counts connections. */
let v6: { server: Server; url: string; connections: number } | null = null;

before(async () => {
  p = await startPublisher({ '/feed': serve(RSS) });
  port = new URL(p.url).port;
  const server = createServer((_request, response) => void response.writeHead(200).end(RSS));
  const state = { server, url: '', connections: 0 };
  server.on('connection', () => (state.connections += 1));
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '::1', resolve));
    state.url = `http://[::1]:${(server.address() as AddressInfo).port}`;
    v6 = state;
  } catch {
    v6 = null;
  }
});
after(async () => {
  await p.close();
  if (v6) {
    v6.server.closeAllConnections();
    await new Promise((resolve) => v6!.server.close(resolve));
  }
});

async function refusal(fetch: Fetch, url: string, options: FetchOptions = guarded): Promise<{ error: FetchError; ms: number }> {
  const started = Date.now();
  try {
    const result = await fetch(url, options);
    assert.fail(`${url} was fetched (${result.kind})`);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return { error, ms: Date.now() - started };
  }
}

function redirect(status: number, location: string) {
  return (_request: unknown, response: ServerResponse) => void response.writeHead(status, { location }).end();
}

describe('without the private-address setting', () => {
  test('(a) a name that resolves to 127.0.0.1 is refused, and nothing reaches the server', async () => {
    const before = p.log.length;
    const { error } = await refusal(fetchResource, `http://localhost:${port}/feed`);
    assert.equal(error.kind, 'blocked-address');
    assert.match(error.message, /^Refused to fetch from localhost: it resolves to (127\.0\.0\.1|::1), a private, local or reserved address$/);
    assert.equal(p.log.length, before);
  });

  test('a literal 127.0.0.1 is refused, and nothing reaches the server', async () => {
    const before = p.log.length;
    const { error } = await refusal(fetchResource, `${p.url}/feed`);
    assert.equal(error.kind, 'blocked-address');
    assert.equal(error.message, 'Refused to fetch from 127.0.0.1: it is a private, local or reserved address');
    assert.equal(p.log.length, before);
  });

  test('(b) [::1], 169.254.169.254 and 10.0.0.1 are refused at once, before any connection', async () => {
    for (const [url, host] of [
      [`http://[::1]:${port}/feed`, '[::1]'],
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
      ['http://10.0.0.1/feed', '10.0.0.1'],
      ['https://192.168.1.1/', '192.168.1.1'],
      [`http://[::ffff:127.0.0.1]:${port}/feed`, '[::ffff:7f00:1]'],
      [`http://0x7f.1:${port}/feed`, '127.0.0.1'],
      [`http://0.0.0.0:${port}/feed`, '0.0.0.0'],
    ] as const) {
      const { error, ms } = await refusal(fetchResource, url);
      // A connection attempt would end as 'network' or 'timeout' (after 5 s), never as 'blocked-address'.
      assert.equal(error.kind, 'blocked-address', url);
      assert.equal(error.message, `Refused to fetch from ${host}: it is a private, local or reserved address`, url);
      assert.ok(ms < 1000, `${url} took ${ms} ms`);
    }
  });

  test('(b) an IPv6 loopback server that is listening gets no connection', async (t) => {
    if (!v6) return t.skip('no IPv6 loopback on this machine');
    const { error } = await refusal(fetchResource, `${v6.url}/feed`);
    assert.equal(error.kind, 'blocked-address');
    assert.equal(v6.connections, 0);
    // The same server is reachable with the setting, so the refusal above was the guard's.
    const result = await fetchResource(`${v6.url}/feed`, { allowPrivateAddresses: true });
    assert.equal(result.kind, 'fetched');
    assert.equal(v6.connections, 1);
  });

  test('the check is on the resolved addresses the connection would use', async () => {
    const asked: string[] = [];
    const fetch = createFetcher({
      resolve: async (hostname) => {
        asked.push(hostname);
        if (hostname === 'feeds.example') return [{ address: '127.0.0.1', family: 4 }];
        // One public and one private answer: refused as a whole.
        if (hostname === 'mixed.example') return [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }];
        if (hostname === 'mapped.example') return [{ address: '::ffff:169.254.169.254', family: 6 }];
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      },
    });
    const before = p.log.length;
    const renamed = await refusal(fetch, `http://feeds.example:${port}/feed`);
    assert.equal(renamed.error.kind, 'blocked-address');
    assert.equal(renamed.error.message, 'Refused to fetch from feeds.example: it resolves to 127.0.0.1, a private, local or reserved address');
    const mixed = await refusal(fetch, 'http://mixed.example/feed');
    assert.equal(mixed.error.message, 'Refused to fetch from mixed.example: it resolves to 10.1.2.3, a private, local or reserved address');
    const mapped = await refusal(fetch, 'http://mapped.example/feed');
    assert.equal(mapped.error.kind, 'blocked-address');
    const unknown = await refusal(fetch, 'http://unknown.example/feed');
    assert.equal(unknown.error.kind, 'network');
    assert.equal(unknown.error.message, 'The host name unknown.example could not be found');
    assert.deepEqual(asked, ['feeds.example', 'mixed.example', 'mapped.example', 'unknown.example']);
    assert.equal(p.log.length, before);

    // With the setting the same resolver leads to the publisher: it is what the connection uses.
    const result = await fetch(`http://feeds.example:${port}/feed`, { allowPrivateAddresses: true });
    assert.equal(result.kind, 'fetched');
    assert.equal(result.kind === 'fetched' && result.body.toString(), RSS);
    assert.equal(p.log.length, before + 1);
    assert.equal(p.log.at(-1)!.headers.host, `feeds.example:${port}`);
  });

  test('a slow resolver counts against the connect timeout', async () => {
    const fetch = createFetcher({ resolve: () => new Promise<LookupAddress[]>(() => undefined) });
    const { error, ms } = await refusal(fetch, 'http://slow.example/feed', { allowPrivateAddresses: true, connectTimeoutMs: 200, totalTimeoutMs: 5000 });
    assert.equal(error.kind, 'timeout');
    assert.equal(error.message, 'Could not connect to slow.example within 0.2 s');
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});

describe('redirects to forbidden addresses', () => {
  /*
   * The first hop must be allowed for a redirect to be followed at all, and the publisher is on
   * 127.0.0.1: this fetcher treats 127.0.0.1 (only) as public, and everything else as usual.
   */
  const fetch = createFetcher({
    isForbidden: (ip) => ip !== '127.0.0.1' && isForbiddenAddress(ip),
    resolve: async (hostname) => {
      const table: Record<string, string> = { 'publisher.example': '127.0.0.1', 'metadata.example': '169.254.169.254', 'intranet.example': '10.0.0.1' };
      const address = table[hostname];
      if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return [{ address, family: 4 }];
    },
  });

  before(() => {
    p.route('/to-metadata', redirect(302, 'http://169.254.169.254/latest/meta-data/'));
    p.route('/to-metadata-name', redirect(301, 'http://metadata.example/latest/meta-data/'));
    p.route('/to-intranet', redirect(307, 'http://10.0.0.1/admin'));
    p.route('/to-intranet-name', redirect(308, 'http://intranet.example/admin'));
    p.route('/to-loopback-alias', redirect(302, `http://127.0.0.2:${port}/feed`));
    p.route('/to-public-name', redirect(302, `http://publisher.example:${port}/feed`));
  });

  test('the first hop is allowed by this fetcher', async () => {
    const result = await fetch(`${p.url}/to-public-name`, guarded);
    assert.equal(result.kind, 'fetched');
    assert.equal(result.url, `http://publisher.example:${port}/feed`);
  });

  for (const [path, message] of [
    ['/to-metadata', 'Refused to fetch from 169.254.169.254: it is a private, local or reserved address'],
    ['/to-metadata-name', 'Refused to fetch from metadata.example: it resolves to 169.254.169.254, a private, local or reserved address'],
    ['/to-intranet', 'Refused to fetch from 10.0.0.1: it is a private, local or reserved address'],
    ['/to-intranet-name', 'Refused to fetch from intranet.example: it resolves to 10.0.0.1, a private, local or reserved address'],
    ['/to-loopback-alias', 'Refused to fetch from 127.0.0.2: it is a private, local or reserved address'],
  ] as const) {
    test(`a redirect ${path} is refused at the second hop`, async () => {
      const before = p.log.length;
      const { error, ms } = await refusal(fetch, `${p.url}${path}`);
      assert.equal(error.kind, 'blocked-address');
      assert.equal(error.message, message);
      assert.ok(ms < 1000, `took ${ms} ms`);
      assert.deepEqual(p.log.slice(before).map((r) => r.path), [path]);
    });
  }

  test('a redirect to the IPv6 loopback server is refused without connecting', async (t) => {
    if (!v6) return t.skip('no IPv6 loopback on this machine');
    p.route('/to-v6', redirect(302, `${v6.url}/feed`));
    const connections = v6.connections;
    const { error } = await refusal(fetch, `${p.url}/to-v6`);
    assert.equal(error.kind, 'blocked-address');
    assert.equal(v6.connections, connections);
  });
});

describe('with the private-address setting', () => {
  test('(c) the same localhost URL is fetched', async () => {
    const result = await fetchResource(`http://localhost:${port}/feed`, { allowPrivateAddresses: true });
    assert.equal(result.kind, 'fetched');
    assert.equal(result.kind === 'fetched' && result.body.toString(), RSS);
    assert.equal(result.url, `http://localhost:${port}/feed`);
  });

  test('a literal private address is fetched', async () => {
    const result = await fetchResource(`${p.url}/feed`, { allowPrivateAddresses: true });
    assert.equal(result.kind, 'fetched');
  });

  test('by default the setting comes from NEWSDESK_ALLOW_PRIVATE_FEEDS, which is off here', async (t) => {
    if (process.env.NEWSDESK_ALLOW_PRIVATE_FEEDS) return t.skip('NEWSDESK_ALLOW_PRIVATE_FEEDS is set in this environment');
    const { error } = await refusal(fetchResource, `${p.url}/feed`, {});
    assert.equal(error.kind, 'blocked-address');
  });
});
