import { inRange, parseCidr, parseIp } from './cidr.js';

/*
 * The moderators' lists, matched as WordPress's check_comment() matches its moderation and
 * disallowed keys: each non-empty line is a case-insensitive substring of the author, email,
 * website, text, client address or user agent ("press" matches "WordPress").
 */

export type ListField = 'author' | 'email' | 'url' | 'text' | 'address' | 'user agent';

export interface ListMatch {
  word: string;
  field: ListField;
}

export interface ListSubject {
  author: string;
  email: string;
  url: string;
  text: string;
  /** The raw client address; matched here, never stored. */
  address: string;
  userAgent: string;
}

/** A list setting's lines: trimmed, empty lines dropped. */
export function listLines(list: string): string[] {
  return list
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The first line of the list found in any field, in WordPress's order (words, then fields). */
export function matchWordList(list: string, subject: ListSubject): ListMatch | null {
  const fields: [ListField, string][] = [
    ['author', subject.author],
    ['email', subject.email],
    ['url', subject.url],
    ['text', subject.text],
    ['address', subject.address],
    ['user agent', subject.userAgent],
  ];
  const lowered = fields.map(([field, value]) => [field, value.toLowerCase()] as const);
  for (const word of listLines(list)) {
    const needle = word.toLowerCase();
    for (const [field, value] of lowered) {
      if (value.includes(needle)) return { word, field };
    }
  }
  return null;
}

/**
 * The blocked-authors line that matches: an email (exact, any case) or an address range in
 * CIDR form, or a single address, matched against the raw client address. Lines that are
 * neither (and lines starting with #) are ignored.
 */
export function matchBlockedAuthor(list: string, email: string, address: string): string | null {
  const wantedEmail = email.trim().toLowerCase();
  const client = parseIp(address);
  for (const line of listLines(list)) {
    if (line.startsWith('#')) continue;
    if (line.includes('@')) {
      if (wantedEmail !== '' && line.toLowerCase() === wantedEmail) return line;
      continue;
    }
    const range = parseCidr(line);
    if (range && client && inRange(client, range)) return line;
  }
  return null;
}
