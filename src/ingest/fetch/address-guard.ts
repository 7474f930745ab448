import { isIP } from 'node:net';
import { FetchError } from '../types.js';

/*
 * What a feed fetch may connect to. A feed URL is typed by a moderator (or found in a page), so
 * without this guard it could reach the desk's own machine, its private network or the cloud
 * metadata service (169.254.169.254). Anything that is not plainly a public unicast address is
 * forbidden; so is anything that does not parse as an address at all (fail closed).
 */

/** True when a fetch must not connect to this IPv4 or IPv6 address (given without brackets). */
export function isForbiddenAddress(ip: string): boolean {
  const address = ip.trim().replace(/^\[(.*)\]$/, '$1');
  const v4 = parseIPv4(address);
  if (v4 !== null) return isForbiddenIPv4(v4);
  const v6 = parseIPv6(address);
  if (v6 !== null) return isForbiddenIPv6(v6);
  return true;
}

/** [first address as a 32-bit number, prefix length] */
const forbiddenIPv4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the cloud metadata service 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, including the broadcast address 255.255.255.255
];

const forbiddenIPv4Ranges = forbiddenIPv4.map(([start, bits]) => {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { network: (parseIPv4(start)! & mask) >>> 0, mask };
});

function isForbiddenIPv4(address: number): boolean {
  return forbiddenIPv4Ranges.some(({ network, mask }) => ((address & mask) >>> 0) === network);
}

/** Dotted quad only (the form DNS answers and the URL parser produce); else null. */
function parseIPv4(text: string): number | null {
  if (isIP(text) !== 4) return null;
  const parts = text.split('.').map(Number);
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/** Eight 16-bit groups; accepts "::", an embedded dotted quad at the end and a zone ("%eth0"). */
function parseIPv6(text: string): number[] | null {
  const address = text.replace(/%.*$/, '');
  if (isIP(address) !== 6) return null;
  let head = address;
  const tail: number[] = [];
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(head);
  if (quad) {
    const v4 = parseIPv4(quad[1]!);
    if (v4 === null) return null;
    tail.push(v4 >>> 16, v4 & 0xffff);
    head = head.slice(0, -quad[1]!.length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  let words: number[];
  if (head.includes('::')) {
    const [left = '', right = ''] = head.split('::');
    const l = groups(left);
    const r = [...groups(right), ...tail];
    words = [...l, ...new Array<number>(8 - l.length - r.length).fill(0), ...r];
  } else {
    words = [...groups(head), ...tail];
  }
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : null;
}

function embeddedIPv4(high: number, low: number): number {
  return ((high << 16) | low) >>> 0;
}

function isForbiddenIPv6(w: number[]): boolean {
  const [w0, w1, w2, w3, w4, w5, w6, w7] = w as [number, number, number, number, number, number, number, number];
  const zeroTo = (n: number) => w.slice(0, n).every((x) => x === 0);
  // ::ffff:a.b.c.d, IPv4-mapped: the connection goes to the IPv4 address.
  if (zeroTo(5) && w5 === 0xffff) return isForbiddenIPv4(embeddedIPv4(w6, w7));
  // ::/96 (unspecified, loopback, deprecated IPv4-compatible) and ::ffff:0:a.b.c.d (SIIT).
  if (zeroTo(6) || (zeroTo(4) && w4 === 0xffff && w5 === 0)) return true;
  // 64:ff9b::/96, well-known NAT64 prefix: as safe as the IPv4 address it translates to.
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) {
    return isForbiddenIPv4(embeddedIPv4(w6, w7));
  }
  // Everything outside 2000::/3 (global unicast) is loopback, unique-local fc00::/7, link-local
  // fe80::/10, site-local, multicast ff00::/8, local-use NAT64 64:ff9b:1::/48, discard 100::/64…
  if ((w0 & 0xe000) !== 0x2000) return true;
  // 2001:db8::/32 documentation, 2001:2::/48 benchmarking.
  if (w0 === 0x2001 && (w1 === 0x0db8 || (w1 === 0x0002 && w2 === 0))) return true;
  // 2001::/32 Teredo: the server's IPv4 in bits 32–63, the client's (inverted) in bits 96–127.
  if (w0 === 0x2001 && w1 === 0) {
    return isForbiddenIPv4(embeddedIPv4(w2, w3)) || isForbiddenIPv4(embeddedIPv4(w6 ^ 0xffff, w7 ^ 0xffff));
  }
  // 2002::/16 6to4: the IPv4 address in bits 16–47.
  if (w0 === 0x2002) return isForbiddenIPv4(embeddedIPv4(w1, w2));
  return false;
}

/** The host of a URL when it is an IP literal (brackets removed), else null. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? host : null;
}

/**
 * Parses a URL a fetch may follow: http or https only, no user name or password in it.
 * Any port is allowed. Addresses are checked later, when the host is resolved.
 */
export function checkUrlAllowed(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`"${shorten(url)}" is not a valid web address`, 'bad-url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError(`Only http and https addresses can be fetched, not ${parsed.protocol.replace(/:$/, '')} (${shorten(url)})`, 'bad-url');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new FetchError(`The address ${parsed.host} carries a user name or password; put credentials nowhere in a feed address`, 'bad-url');
  }
  if (parsed.hostname === '') throw new FetchError(`"${shorten(url)}" names no host`, 'bad-url');
  return parsed;
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
