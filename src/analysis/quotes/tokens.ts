/** One pass over the characters of an article: words, punctuation, quotation marks and paragraph breaks. */

export type TokenKind = 'word' | 'punct' | 'open' | 'close' | 'break';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

/** Words whose period is part of them, not the end of a sentence. Lower case, without the period. */
const abbreviations = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'st', 'jr', 'sr', 'rev', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'mt', 'ft', 'dept', 'u.s', 'u.k', 'e.g', 'i.e']);

const letterPattern = /\p{L}|\p{N}/u;

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return letterPattern.test(ch);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\n' || ch === '\f' || ch === '\v';
}

/** Characters after which a straight double quote opens a quotation rather than closing one. */
const beforeOpening = new Set(['(', '[', '{', '—', '–', '-', ':', '/', '“', '«', '‘']);

export function tokenize(text: string, work: { steps: number }): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  let paragraphHasTokens = false;
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number) => {
    tokens.push({ kind, text: text.slice(start, end), start, end, paragraph });
    paragraphHasTokens = true;
  };
  while (i < text.length) {
    work.steps++;
    const ch = text[i]!;
    if (ch === '\n') {
      if (paragraphHasTokens) {
        tokens.push({ kind: 'break', text: '\n', start: i, end: i + 1, paragraph });
        paragraph++;
        paragraphHasTokens = false;
      }
      i++;
      continue;
    }
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '“' || ch === '«' || ch === '„') {
      push('open', i, i + 1);
      i++;
      continue;
    }
    if (ch === '”' || ch === '»') {
      push('close', i, i + 1);
      i++;
      continue;
    }
    if (ch === '"') {
      const previous = i === 0 ? '\n' : text[i - 1]!;
      push(isSpace(previous) || beforeOpening.has(previous) ? 'open' : 'close', i, i + 1);
      i++;
      continue;
    }
    if (isWordChar(ch)) {
      const start = i;
      i++;
      while (i < text.length) {
        work.steps++;
        const c = text[i]!;
        if (isWordChar(c)) {
          i++;
          continue;
        }
        const next = text[i + 1];
        // A hyphen or an apostrophe inside a word keeps it whole ("al-Amin", "O'Neill"), except the possessive 's.
        if ((c === '-' || c === "'" || c === '’') && next !== undefined && isWordChar(next)) {
          const afterNext = text[i + 2];
          if (c !== '-' && (next === 's' || next === 'S') && (afterNext === undefined || !isWordChar(afterNext))) break;
          i++;
          continue;
        }
        // "U.S." and "e.g.": a period between single letters.
        if (c === '.' && next !== undefined && isWordChar(next) && i - start === 1 && text[i + 2] === '.') {
          i++;
          continue;
        }
        break;
      }
      let end = i;
      const word = text.slice(start, end).toLowerCase();
      const isInitial = end - start === 1 && ch !== ch.toLowerCase();
      if (text[end] === '.' && (abbreviations.has(word) || isInitial)) end++;
      i = end;
      push('word', start, end);
      continue;
    }
    push('punct', i, i + 1);
    i++;
  }
  return tokens;
}

export function isSentenceEnd(token: Token): boolean {
  return token.kind === 'punct' && (token.text === '.' || token.text === '!' || token.text === '?');
}

export function isCapitalised(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.text[0]!;
  return first !== first.toLowerCase();
}

/** The word in lower case without a final period, for look-ups in the lexicon. */
export function bare(token: Token): string {
  const lower = token.text.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
