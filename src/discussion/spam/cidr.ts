import { isIPv4, isIPv6 } from 'node:net';

/*
 * Address ranges for the blocked-authors list. An IPv4 address written inside IPv6
 * (::ffff:192.0.2.1, as a dual-stack server reports it) is the same address as
 * 192.0.2.1, so both forms match a range written either way.
 */

export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

export interface IpRange {
  family: 4 | 6;
  base: bigint;
  prefix: number;
}

const MAPPED_PREFIX = 0xffffn << 32n;

/** Parses an IPv4 or IPv6 address; an IPv4-mapped IPv6 address comes back as IPv4. */
export function parseIp(text: string): IpAddress | null {
  let s = text.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (isIPv4(s)) return { family: 4, value: parseV4(s) };
  if (!isIPv6(s)) return null;
  const value = parseV6(s);
  if (value >> 32n === 0xffffn) return { family: 4, value: value & 0xffffffffn };
  return { family: 6, value };
}

/** Parses "192.0.2.0/24", "2001:db8::/32" or a single address (a range of one). */
export function parseCidr(text: string): IpRange | null {
  const [addressPart, prefixPart, extra] = text.trim().split('/');
  if (extra !== undefined || !addressPart) return null;
  const address = parseIp(addressPart);
  if (!address) return null;
  // A mapped address was turned into IPv4 above; its prefix counts the 96 bits in front.
  const writtenAsV6 = addressPart.includes(':');
  const bits = writtenAsV6 ? 128 : 32;
  let prefix = bits;
  if (prefixPart !== undefined) {
    if (!/^\d{1,3}$/.test(prefixPart)) return null;
    prefix = Number(prefixPart);
    if (prefix > bits) return null;
  }
  if (address.family === 4 && writtenAsV6) {
    if (prefix >= 96) return { family: 4, base: address.value, prefix: prefix - 96 };
    return { family: 6, base: MAPPED_PREFIX | address.value, prefix };
  }
  return { family: address.family, base: address.value, prefix };
}

export function inRange(address: IpAddress, range: IpRange): boolean {
  let value = address.value;
  if (range.family === 4 && address.family === 6) return false;
  if (range.family === 6 && address.family === 4) value = MAPPED_PREFIX | value;
  const bits = range.family === 4 ? 32 : 128;
  const mask = range.prefix === 0 ? 0n : ((1n << BigInt(range.prefix)) - 1n) << BigInt(bits - range.prefix);
  return (value & mask) === (range.base & mask);
}

function parseV4(s: string): bigint {
  return s.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(s: string): bigint {
  let text = s.toLowerCase();
  // An embedded IPv4 tail ("::ffff:192.0.2.1") becomes two hex groups.
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseV4(tail);
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const restGroups = rest ? rest.split(':') : [];
  const zeros = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length;
  const groups = [...headGroups, ...Array<string>(zeros).fill('0'), ...restGroups];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}
