import { escapeHtml } from '../text/html.js';
import { foldWord, MAX_WORD_CHARS, type SearchQuery } from './search-query.js';

/*
 * Highlighting, done here rather than by FTS5's snippet() or PostgreSQL's ts_headline so both
 * stores show the same thing, accents fold alike (café marks "cafe"), the word bound that keeps
 * the full text unpublished is enforced in one place, and escaping is ours: the output is
 * escaped text with only <mark> added.
 */

/** Words of the text a snippet shows at most: a glimpse around a match, never more. */
export const SNIPPET_WORDS = 30;

interface WordSpan {
  start: number;
  end: number;
  marked: boolean;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** The folded words a match may show: every word of every term searched for (not the excluded ones). */
export function wordsToMark(query: SearchQuery): Set<string> {
  const marked = new Set<string>();
  for (const clause of query.clauses) for (const term of clause.anyOf) for (const word of term.words) marked.add(foldWord(word));
  return marked;
}

function spansOf(text: string, marked: ReadonlySet<string>): WordSpan[] {
  const spans: WordSpan[] = [];
  // Articles repeat their words: each distinct word is folded once per text.
  const folded = new Map<string, boolean>();
  let start = -1;
  const close = (end: number) => {
    const word = text.slice(start, Math.min(end, start + MAX_WORD_CHARS));
    let isMarked = folded.get(word);
    if (isMarked === undefined) {
      isMarked = marked.has(foldWord(word));
      folded.set(word, isMarked);
    }
    spans.push({ start, end, marked: isMarked });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let wordChar: boolean;
    let width = 1;
    if (code < 128) wordChar = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    // Accented Latin letters (À–ÿ but × and ÷, then Latin Extended-A): all letters, without the regular expression.
    else if (code >= 0xc0 && code <= 0x17f) wordChar = code !== 0xd7 && code !== 0xf7;
    else {
      // A surrogate pair is one character: test the two halves together.
      width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      wordChar = WORD_CHAR.test(text.slice(i, i + width));
    }
    if (wordChar) {
      if (start === -1) start = i;
    } else if (start !== -1) close(i);
    i += width - 1;
  }
  if (start !== -1) close(text.length);
  return spans;
}

function render(text: string, spans: WordSpan[], from: number, to: number): string {
  let html = '';
  let at = spans[from]!.start;
  for (let k = from; k < to; k++) {
    const span = spans[k]!;
    html += escapeHtml(text.slice(at, span.start));
    const word = escapeHtml(text.slice(span.start, span.end));
    html += span.marked ? `<mark>${word}</mark>` : word;
    at = span.end;
  }
  return html;
}

/** The whole (short) text, escaped, with the searched words marked: for titles. */
export function highlightText(text: string, query: SearchQuery): string {
  const spans = spansOf(text, wordsToMark(query));
  if (spans.length === 0) return escapeHtml(text);
  return escapeHtml(text.slice(0, spans[0]!.start)) + render(text, spans, 0, spans.length) + escapeHtml(text.slice(spans[spans.length - 1]!.end));
}

/**
 * At most `maxWords` words of a long text, escaped, from the stretch holding the most searched
 * words (the start when none is in it), with those words marked and "…" where text is left out.
 */
export function makeSnippet(text: string, query: SearchQuery, maxWords = SNIPPET_WORDS): string {
  const spans = spansOf(text, wordsToMark(query));
  if (spans.length === 0 || maxWords < 1) return '';
  const width = Math.min(maxWords, spans.length);
  let inWindow = 0;
  for (let k = 0; k < width; k++) if (spans[k]!.marked) inWindow++;
  let best = inWindow;
  let bestStart = 0;
  for (let start = 1; start + width <= spans.length; start++) {
    if (spans[start - 1]!.marked) inWindow--;
    if (spans[start + width - 1]!.marked) inWindow++;
    if (inWindow > best) {
      best = inWindow;
      bestStart = start;
    }
  }
  // Start a word or two before the first match, so it reads in context.
  let from = bestStart;
  if (best > 0) {
    let first = bestStart;
    while (!spans[first]!.marked) first++;
    from = Math.max(0, Math.min(first - 3, spans.length - width));
  }
  const to = from + width;
  const before = from > 0 ? '… ' : '';
  const after = to < spans.length ? ' …' : '';
  return before + render(text, spans, from, to) + after;
}
