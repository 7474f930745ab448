import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkUrlAllowed, isForbiddenAddress, literalAddress } from '../../src/ingest/fetch/address-guard.js';
import { FetchError } from '../../src/ingest/types.js';

function assertForbidden(addresses: string[], expected: boolean): void {
  for (const address of addresses) assert.equal(isForbiddenAddress(address), expected, address);
}

describe('isForbiddenAddress: IPv4', () => {
  test('loopback, this-network and private ranges are forbidden, at both ends of each range', () => {
    assertForbidden(['127.0.0.1', '127.255.255.255', '0.0.0.0', '0.255.255.255', '10.0.0.0', '10.255.255.255'], true);
    assertForbidden(['172.16.0.0', '172.31.255.255', '192.168.0.0', '192.168.255.255'], true);
  });

  test('addresses just outside the private ranges are allowed', () => {
    assertForbidden(['172.15.255.255', '172.32.0.0', '192.167.255.255', '192.169.0.0', '11.0.0.0', '9.255.255.255', '1.0.0.0'], false);
  });

  test('link-local, including the cloud metadata address, is forbidden', () => {
    assertForbidden(['169.254.169.254', '169.254.0.0', '169.254.255.255'], true);
    assertForbidden(['169.253.255.255', '169.255.0.0'], false);
  });

  test('carrier-grade NAT 100.64/10 is forbidden, its neighbours are not', () => {
    assertForbidden(['100.64.0.0', '100.127.255.255'], true);
    assertForbidden(['100.63.255.255', '100.128.0.0'], false);
  });

  test('benchmarking 198.18/15 and the documentation ranges are forbidden', () => {
    assertForbidden(['198.18.0.0', '198.19.255.255', '192.0.2.1', '198.51.100.7', '203.0.113.9', '192.0.0.8'], true);
    assertForbidden(['198.17.255.255', '198.20.0.0'], false);
  });

  test('multicast, reserved and broadcast are forbidden', () => {
    assertForbidden(['224.0.0.1', '239.255.255.255', '240.0.0.1', '255.255.255.255'], true);
    assertForbidden(['223.255.255.255'], false);
  });

  test('ordinary public addresses are allowed', () => {
    assertForbidden(['8.8.8.8', '1.1.1.1', '93.184.216.34', '151.101.1.69'], false);
  });
});

describe('isForbiddenAddress: IPv6', () => {
  test('loopback, unspecified, unique-local, link-local and multicast are forbidden', () => {
    assertForbidden(['::1', '::', 'fc00::1', 'fd12:3456:789a::1', 'fe80::1', 'febf:ffff::1', 'ff02::1', 'ff05::2'], true);
  });

  test('a zone index and brackets do not hide a forbidden address', () => {
    assertForbidden(['fe80::1%eth0', '[::1]', '[fe80::abcd%25en0]'], true);
  });

  test('IPv4-mapped addresses are judged as the IPv4 address, in dotted and hex forms', () => {
    assertForbidden(['::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', '::ffff:10.1.2.3'], true);
    assertForbidden(['::ffff:8.8.8.8', '::ffff:808:808'], false);
  });

  test('NAT64 64:ff9b::/96 is judged by the IPv4 address it carries', () => {
    assertForbidden(['64:ff9b::127.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b::192.168.1.1'], true);
    assertForbidden(['64:ff9b::8.8.8.8', '64:ff9b::5db8:d822'], false);
  });

  test('6to4 and Teredo are judged by their embedded IPv4 addresses', () => {
    // 2002:7f00:0001:: carries 127.0.0.1; 2002:0808:0808:: carries 8.8.8.8.
    assertForbidden(['2002:7f00:1::1', '2002:a9fe:a9fe::'], true);
    assertForbidden(['2002:808:808::1'], false);
    // Teredo: server 65.54.227.120 (public); client ~(ffff:fffe) = 0.0.0.1 → forbidden; ~(f7f7:f7f7) = 8.8.8.8 → allowed.
    assertForbidden(['2001:0:4136:e378:8000:63bf:ffff:fffe'], true);
    assertForbidden(['2001:0:4136:e378:8000:63bf:f7f7:f7f7'], false);
    // A Teredo server address in 10/8 is forbidden too.
    assertForbidden(['2001:0:a00:1:8000:63bf:f7f7:f7f7'], true);
  });

  test('documentation, deprecated IPv4-compatible and non-global space are forbidden', () => {
    assertForbidden(['2001:db8::1', '::8.8.8.8', '100::1', '64:ff9b:1::1', 'fec0::1', '4000::1'], true);
  });

  test('global unicast addresses are allowed', () => {
    assertForbidden(['2606:4700:4700::1111', '2001:4860:4860::8888', '2a00:1450:4001:81b::200e'], false);
  });
});

test('isForbiddenAddress refuses what is not an address at all', () => {
  assertForbidden(['', 'localhost', 'example.com', '127.1', '0x7f000001', '1.2.3.4.5', '::ffff:999.1.1.1', 'gggg::1'], true);
});

describe('checkUrlAllowed', () => {
  function refusal(url: string): FetchError {
    try {
      checkUrlAllowed(url);
    } catch (error) {
      assert.ok(error instanceof FetchError, String(error));
      return error;
    }
    assert.fail(`${url} was allowed`);
  }

  test('http and https URLs pass, with any port, and come back parsed', () => {
    assert.equal(checkUrlAllowed('https://news.example/feed.xml').href, 'https://news.example/feed.xml');
    assert.equal(checkUrlAllowed('http://news.example:8080/rss').port, '8080');
    assert.equal(checkUrlAllowed('HTTP://News.Example/a').hostname, 'news.example');
  });

  test('other schemes are refused as bad-url, naming the scheme', () => {
    for (const [url, scheme] of [
      ['ftp://news.example/feed', 'ftp'],
      ['file:///etc/passwd', 'file'],
      ['gopher://news.example/', 'gopher'],
      ['javascript:alert(1)', 'javascript'],
      ['data:text/xml,<rss/>', 'data'],
    ] as const) {
      const error = refusal(url);
      assert.equal(error.kind, 'bad-url', url);
      assert.match(error.message, new RegExp(`not ${scheme}\\b`), url);
    }
  });

  test('credentials in the URL are refused', () => {
    const error = refusal('https://user:secret@news.example/feed');
    assert.equal(error.kind, 'bad-url');
    assert.match(error.message, /user name or password/);
    assert.doesNotMatch(error.message, /secret/);
    assert.equal(refusal('https://user@news.example/feed').kind, 'bad-url');
  });

  test('text that is not a URL is refused', () => {
    const error = refusal('not a url');
    assert.equal(error.kind, 'bad-url');
    assert.equal(error.message, '"not a url" is not a valid web address');
  });
});

test('literalAddress finds IP hosts, including the forms the URL parser normalizes', () => {
  assert.equal(literalAddress(new URL('http://[::1]:8080/')), '::1');
  assert.equal(literalAddress(new URL('http://10.0.0.1/')), '10.0.0.1');
  assert.equal(literalAddress(new URL('http://0x7f.1/')), '127.0.0.1');
  assert.equal(literalAddress(new URL('http://2130706433/')), '127.0.0.1');
  assert.equal(literalAddress(new URL('http://[::ffff:127.0.0.1]/')), '::ffff:7f00:1');
  assert.equal(literalAddress(new URL('http://news.example/')), null);
});
