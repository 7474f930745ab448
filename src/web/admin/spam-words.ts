/*
 * The spam model's features (discussion/spam/features.ts names them) and the kinds of
 * status reason, as a moderator reads them in the queue.
 */
import type { CommentReason } from '../../store/admin-comments.js';

const signalWords: Record<string, string> = {
  'links:0': 'no links',
  'links:1': 'one link',
  'links:2': 'two links',
  'links:3+': 'three links or more',
  website: 'a website given',
  'caps:most': 'mostly capital letters',
  'caps:many': 'many capital letters',
  'caps:some': 'some capital letters',
  'caps:few': 'few capital letters',
  'repeat:3+': 'a character repeated three times or more',
  'repeat:5+': 'a character repeated five times or more',
  'bangs:2+': 'two exclamation marks or more',
  'bangs:4+': 'four exclamation marks or more',
  phone: 'a phone number',
  'digits:5-8': 'a long number',
  'email-in-text': 'an email address in the text',
  'length:xs': 'very short (under 20 characters)',
  'length:s': 'short (under 60 characters)',
  'length:m': 'medium length',
  'length:l': 'long',
  'length:xl': 'very long (400 characters or more)',
};

/** One feature in words: "the words “check out”", "a link to spam.example", "one link". */
export function featureInWords(feature: string): string {
  const known = signalWords[feature];
  if (known) return known;
  const colon = feature.indexOf(':');
  const kind = colon > 0 ? feature.slice(0, colon) : '';
  const rest = feature.slice(colon + 1);
  if (kind === 'host') return `a link to ${rest}`;
  if (kind === 'tld') return `a link ending in .${rest}`;
  if (kind === 'site') return `the website ${rest}`;
  // Character n-grams are stored in double quotes, with spaces at word edges.
  if (feature.length >= 2 && feature.startsWith('"') && feature.endsWith('"')) return `the letters “${feature.slice(1, -1).trim()}”`;
  return feature.includes(' ') ? `the words “${feature}”` : `the word “${feature}”`;
}

/** Which way a feature pulled, and how hard: "(towards spam, +1.50)". */
export function weightInWords(weight: number): string {
  return `(${weight >= 0 ? 'towards spam' : 'away from spam'}, ${weight >= 0 ? '+' : ''}${weight.toFixed(2)})`;
}

/** The reason filter's choices, in the order the rules weigh them. */
export const reasonLabels: Record<CommentReason, string> = {
  first: 'First comment from this author',
  'hold-all': 'Every comment held',
  links: 'Too many links',
  'moderation-word': 'A word that holds comments',
  'disallowed-word': 'A disallowed word',
  'blocked-author': 'A blocked author',
  'spam-model': 'The spam model’s score',
  honeypot: 'The hidden field filled (a bot)',
  akismet: 'Akismet',
  'check-unavailable': 'Spam check unavailable',
  staff: 'Set by a staff member',
  edited: 'Changed after an edit',
};
