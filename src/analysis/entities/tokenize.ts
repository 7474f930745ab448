/*
 * Splits text into word tokens with their offsets, in one left-to-right pass (each character is
 * looked at a bounded number of times, so the work is linear in the text's length).
 * Kept whole: links, #hashtags, @mentions, words with inner apostrophes or hyphens ("O'Neill",
 * "al-Sadr"), dotted abbreviations ("U.S.", "a.m."), and numbers with inner points or commas.
 * Split off: a possessive "'s", and every other punctuation character on its own.
 */

export type TokenKind = 'word' | 'number' | 'hashtag' | 'mention' | 'url' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const APOSTROPHES = new Set(["'", '\u2019']);
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '"', "'", '\u201d', '\u2019']);

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return isWordChar(ch) && !isDigit(ch);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || /\s/u.test(ch);
}

function startsLink(text: string, i: number): boolean {
  const head = text.slice(i, i + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.');
}

/** Counts of characters examined, for the linear-time test. */
export interface TokenizeStats {
  steps: number;
}

export function tokenize(text: string, stats?: TokenizeStats): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let steps = 0;
  while (i < n) {
    steps++;
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (startsLink(text, i)) {
      while (i < n && !isSpace(text[i]!)) {
        i++;
        steps++;
      }
      let end = i;
      while (end > start + 4 && URL_TRAILING.has(text[end - 1]!)) {
        end--;
        steps++;
      }
      tokens.push({ text: text.slice(start, end), start, end, kind: 'url' });
      i = end;
      continue;
    }
    if ((ch === '#' || ch === '@') && (isWordChar(text[i + 1]) || text[i + 1] === '_')) {
      i++;
      while (i < n && (isWordChar(text[i]) || text[i] === '_')) {
        i++;
        steps++;
      }
      tokens.push({ text: text.slice(start, i), start, end: i, kind: ch === '#' ? 'hashtag' : 'mention' });
      continue;
    }
    if (APOSTROPHES.has(ch) && (text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2]) && isWordChar(text[i - 1])) {
      i += 2;
      tokens.push({ text: text.slice(start, i), start, end: i, kind: 'punct' });
      continue;
    }
    if (isWordChar(ch)) {
      i = wordEnd(text, i, () => steps++);
      const word = text.slice(start, i);
      tokens.push({ text: word, start, end: i, kind: isDigit(word[0]) ? 'number' : 'word' });
      continue;
    }
    // A surrogate pair (an emoji, say) stays one token.
    const code = ch.charCodeAt(0);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    i += width;
    tokens.push({ text: text.slice(start, i), start, end: i, kind: 'punct' });
  }
  if (stats) stats.steps += steps;
  return tokens;
}

/** Where the word starting at `start` ends; `step` counts the characters looked at. */
function wordEnd(text: string, start: number, step: () => void): number {
  const n = text.length;
  let i = start;
  let segmentStart = start;
  let dotted = false;
  while (i < n) {
    step();
    const ch = text[i]!;
    if (isWordChar(ch)) {
      i++;
      continue;
    }
    const next = text[i + 1];
    const segmentLength = i - segmentStart;
    if (APOSTROPHES.has(ch) && isLetter(next)) {
      // "'s" at the end of a word is a possessive (or "is"), not part of the name.
      if ((next === 's' || next === 'S') && !isWordChar(text[i + 2])) break;
      i++;
      segmentStart = i;
      continue;
    }
    if (ch === '-' && isWordChar(next)) {
      i++;
      segmentStart = i;
      continue;
    }
    if (ch === '.' && segmentLength === 1 && isLetter(text[i - 1])) {
      // "U.S." and "a.m.": single letters each followed by a point.
      if (isLetter(next) && text[i + 2] === '.') {
        i++;
        segmentStart = i;
        dotted = true;
        continue;
      }
      if (dotted) {
        i++;
        break;
      }
    }
    if ((ch === '.' || ch === ',') && isDigit(text[i - 1]) && isDigit(next)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * The tokens split into the pieces tagged one at a time: at a line break in the text (a new
 * paragraph), and in articles after a full stop, question or exclamation mark. No name runs
 * across either. Short posts are not split at stops: their labels run names across spaced-out
 * abbreviations ("U. S. Open"), and splitting them did worse in cross-validation.
 */
export function sentences(text: string, tokens: readonly Token[], atStops = true): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    const previous = current[current.length - 1];
    if (previous && ((atStops && SENTENCE_END.has(previous.text)) || text.slice(previous.end, token.start).includes('\n'))) {
      out.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) out.push(current);
  return out;
}
