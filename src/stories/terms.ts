import type { StoryOptions } from './options.js';
import { stopWords } from './stop-words.js';

/*
 * Text to weighted terms. One pass over the characters (a regular expression only ever tests a
 * single character), so the work is linear in the text read, which is capped at maxTextChars.
 */

export interface Token {
  /** Folded (accents removed), lower case, lightly stemmed: the form terms are compared in. */
  term: string;
  /** Starts with a capital letter (or is all capitals). */
  capitalised: boolean;
  /** The first word of a line or sentence, whose capital says nothing. */
  sentenceStart: boolean;
  isNumber: boolean;
}

export interface TermInput {
  title: string;
  text: string;
}

/** Removes accents and other combining marks: "Zürich" → "Zurich", "café" → "cafe". */
export function foldAccents(text: string): string {
  const decomposed = text.normalize('NFKD');
  let out = '';
  for (const char of decomposed) {
    const code = char.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    out += char;
  }
  return out;
}

const letterPattern = /^\p{L}$/u;
const numberPattern = /^\p{Nd}$/u;

function isLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char > '\x7f' && letterPattern.test(char));
}

function isDigit(char: string): boolean {
  return (char >= '0' && char <= '9') || (char > '\x7f' && numberPattern.test(char));
}

function endsSentence(char: string): boolean {
  return char === '.' || char === '!' || char === '?' || char === '\n' || char === ':' || char === ';';
}

/**
 * The words and numbers of a text, in order. Apostrophes end a word ("Reid's" → "Reid"), a
 * number keeps its inner separators' digits ("1,200" → "1200", "3.5" stays), hyphens split.
 */
export function tokenise(text: string): Token[] {
  const chars = Array.from(foldAccents(text));
  const tokens: Token[] = [];
  let sentenceStart = true;
  let i = 0;
  while (i < chars.length) {
    const char = chars[i]!;
    if (isLetter(char)) {
      let word = '';
      while (i < chars.length && (isLetter(chars[i]!) || isDigit(chars[i]!))) word += chars[i++]!;
      // Skip the rest of a possessive or contraction: Reid's, don't.
      if ((chars[i] === "'" || chars[i] === '\u2019') && i + 1 < chars.length && isLetter(chars[i + 1]!)) {
        i++;
        while (i < chars.length && isLetter(chars[i]!)) i++;
      }
      const first = word[0]!;
      const capitalised = first !== first.toLowerCase();
      pushWord(tokens, word, capitalised, sentenceStart);
      sentenceStart = false;
      continue;
    }
    if (isDigit(char)) {
      let number = '';
      while (i < chars.length) {
        const c = chars[i]!;
        if (isDigit(c)) number += c;
        else if (c === ',' && i + 1 < chars.length && isDigit(chars[i + 1]!)) {
          // thousands separator: dropped
        } else if (c === '.' && i + 1 < chars.length && isDigit(chars[i + 1]!)) number += '.';
        else break;
        i++;
      }
      tokens.push({ term: number, capitalised: false, sentenceStart, isNumber: true });
      sentenceStart = false;
      continue;
    }
    if (endsSentence(char)) sentenceStart = true;
    i++;
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, capitalised: boolean, sentenceStart: boolean): void {
  const lower = word.toLowerCase();
  if (lower.length < 2 || stopWords.has(lower)) return;
  tokens.push({ term: stem(lower), capitalised, sentenceStart, isNumber: false });
}

/** A light English stemmer: plurals and -ing/-ed endings only, so forms of one word meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 7) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 6) w = w.slice(0, -2);
  return w;
}

/**
 * The terms written as names in this text: capitalised somewhere a sentence does not force it,
 * on a line that is not in title case (where every word is capitalised, capitals say nothing).
 */
export function nameTerms(lines: readonly Token[][]): Set<string> {
  const names = new Set<string>();
  for (const tokens of lines) {
    const words = tokens.filter((t) => !t.isNumber);
    const inner = words.filter((t) => !t.sentenceStart);
    const capitalisedInner = inner.filter((t) => t.capitalised).length;
    if (inner.length >= 3 && capitalisedInner / inner.length > 0.8) continue;
    for (const token of inner) if (token.capitalised) names.add(token.term);
  }
  return names;
}

/** Splits at line breaks, without a regular expression. */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * The weight of each term in one article: occurrences counted by where they stand (title, lead,
 * rest), dampened (ln(1 + count)), and raised for names and numbers, which are what tell two
 * events of the same kind apart. Not yet multiplied by any inverse document frequency.
 */
export function termWeights(article: TermInput, options: StoryOptions): Map<string, number> {
  return articleTerms(article, options).weights;
}

export interface ArticleTerms {
  weights: Map<string, number>;
  /** The terms that are names or numbers in this article: what tells one event from another of its kind. */
  markers: Set<string>;
}

/** termWeights, and which of the terms are names or numbers. */
export function articleTerms(article: TermInput, options: StoryOptions): ArticleTerms {
  const title = tokenise(article.title);
  const textLines = lines(article.text.slice(0, options.maxTextChars)).map(tokenise);
  const names = nameTerms([title, ...textLines]);
  const counts = new Map<string, number>();
  const numbers = new Set<string>();
  const add = (tokens: readonly Token[], weight: number): void => {
    for (const token of tokens) {
      counts.set(token.term, (counts.get(token.term) ?? 0) + weight);
      if (token.isNumber) numbers.add(token.term);
    }
  };
  add(title, options.titleWeight);
  textLines.forEach((tokens, index) => add(tokens, index < options.leadSentences ? options.leadWeight : 1));
  const weights = new Map<string, number>();
  for (const [term, count] of counts) {
    const boost = numbers.has(term) ? options.numberWeight : names.has(term) ? options.nameWeight : 1;
    weights.set(term, Math.log1p(count) * boost);
  }
  const markers = new Set<string>();
  for (const term of weights.keys()) if (numbers.has(term) || names.has(term)) markers.add(term);
  return { weights, markers };
}

/** The plain words of a text in order (folded, lower case), for near-copy fingerprints. */
export function plainWords(text: string): string[] {
  return tokenise(text).map((t) => t.term);
}
