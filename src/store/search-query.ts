/*
 * A reader's search box input, read into a bounded structure that the store turns into an FTS5
 * MATCH expression (SQLite) or a tsquery built from bound values (PostgreSQL). No character of
 * the input reaches either syntax: every term is reduced to its words (letters, digits, marks)
 * and re-quoted, so NEAR, *, ^, parentheses and column filters like "title:" are plain words.
 */

/** Characters of input read; the rest is left out and the reader told so. */
export const MAX_QUERY_CHARS = 200;
/** Words across all terms; beyond it terms are left out (each word costs an index lookup). */
export const MAX_QUERY_WORDS = 12;
/** Characters of one word; longer runs are cut (no real word is longer). */
export const MAX_WORD_CHARS = 64;

/** One word, or a phrase: words that must appear in this order, next to each other. */
export interface SearchTerm {
  words: string[];
}

/** Terms joined by OR: a matching article holds at least one of them. */
export interface SearchClause {
  anyOf: SearchTerm[];
}

export type SearchNote = 'shortened' | 'too-many-words' | 'only-exclusions';

/** Every clause must match, no excluded term may. No clauses: nothing to search for. */
export interface SearchQuery {
  clauses: SearchClause[];
  excluded: SearchTerm[];
  notes: SearchNote[];
}

interface Item {
  kind: 'term';
  term: SearchTerm;
  negated: boolean;
}

type Token = Item | { kind: 'or' };

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || ch === '\u3000';
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(ch);
}

/** The words of a piece of text, lowercased: what both stores' tokenizers would make of it. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of text) {
    if (isWordChar(ch)) current += ch;
    else if (current) {
      words.push(current.slice(0, MAX_WORD_CHARS).toLowerCase());
      current = '';
    }
  }
  if (current) words.push(current.slice(0, MAX_WORD_CHARS).toLowerCase());
  return words;
}

/** A word with accents removed and lowercased: how the index compares words. */
export function foldWord(word: string): string {
  // Most words are ASCII, with no accent to remove; normalizing is the costly part.
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return word.toLowerCase();
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-' && i + 1 < input.length && !isSpace(input[i + 1]!)) {
      negated = true;
      i++;
    }
    let text: string;
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      text = input.slice(i + 1, end);
      i = end + 1;
    } else {
      const start = i;
      while (i < input.length && !isSpace(input[i]!) && input[i] !== '"') i++;
      text = input.slice(start, i);
      if (text === 'OR' && !negated) {
        tokens.push({ kind: 'or' });
        continue;
      }
    }
    const words = wordsOf(text);
    if (words.length > 0) tokens.push({ kind: 'term', term: { words }, negated });
  }
  return tokens;
}

/** Reads a reader's query: words, "phrases", -excluded terms and OR (in capitals) between terms. */
export function parseSearchQuery(raw: string): SearchQuery {
  const notes: SearchNote[] = [];
  let input = raw;
  if (input.length > MAX_QUERY_CHARS) {
    input = input.slice(0, MAX_QUERY_CHARS);
    notes.push('shortened');
  }
  const clauses: SearchClause[] = [];
  const excluded: SearchTerm[] = [];
  let words = 0;
  let joinNext = false;
  let previousWasPositive = false;
  for (const token of tokenize(input)) {
    if (token.kind === 'or') {
      // OR binds two positive terms; at the start, the end or next to an exclusion it means nothing.
      joinNext = previousWasPositive;
      continue;
    }
    if (words + token.term.words.length > MAX_QUERY_WORDS) {
      if (!notes.includes('too-many-words')) notes.push('too-many-words');
      break;
    }
    words += token.term.words.length;
    if (token.negated) {
      excluded.push(token.term);
      previousWasPositive = false;
    } else if (joinNext && clauses.length > 0) {
      clauses[clauses.length - 1]!.anyOf.push(token.term);
      previousWasPositive = true;
    } else {
      clauses.push({ anyOf: [token.term] });
      previousWasPositive = true;
    }
    joinNext = false;
  }
  if (clauses.length === 0 && excluded.length > 0) {
    notes.push('only-exclusions');
    excluded.length = 0;
  }
  return { clauses, excluded, notes };
}

/** Whether there is anything to search for. */
export function isSearchable(query: SearchQuery): boolean {
  return query.clauses.length > 0;
}

function ftsTerm(term: SearchTerm): string {
  // Words hold only letters, digits and marks; doubling quotes is kept as a second guard.
  return `"${term.words.join(' ').replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for a searchable query: every term a quoted string. With `columns`
 * (the index's own column names, never input) only those columns are searched.
 */
export function toFtsMatch(query: SearchQuery, columns?: readonly string[]): string {
  const positive = query.clauses.map((c) => `(${c.anyOf.map(ftsTerm).join(' OR ')})`).join(' AND ');
  const expression = query.excluded.length === 0 ? positive : `(${positive}) NOT (${query.excluded.map(ftsTerm).join(' OR ')})`;
  return columns === undefined ? expression : `{${columns.join(' ')}} : (${expression})`;
}
