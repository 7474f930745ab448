/**
 * Words in sanitized article HTML, without a DOM: a small scanner over tags and text.
 * Sanitized HTML is well-formed and escapes < and > in text and attributes, so a tag
 * runs from < to the next >.
 *
 * A word is a run of non-space characters holding at least one letter or digit
 * ("—" and "…" alone are not words, "1.4" and "don't" are one word each). Chinese and
 * Japanese characters, written without spaces, count one word each. Text inside
 * <figure> (captions) counts nothing, nor does anything inside script-like elements.
 */

/** Elements whose text is not counted. */
export const UNCOUNTED = new Set(['figure', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title']);

export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * One token per match: group 1 is a no-break-space entity (a separator), group 2 one
 * CJK character, otherwise a run of other non-space characters (entities included,
 * so a cut between tokens never splits one).
 */
export const WORD_TOKEN = /(&(?:nbsp|#160|#xa0);)|([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])|(?:[^\s&\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|&(?!(?:nbsp|#160|#xa0);))+/giu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/** Whether a token (from WORD_TOKEN, not a separator) counts as a word. */
export function isWord(token: string): boolean {
  return LETTER_OR_DIGIT.test(token.includes('&') ? token.replace(ENTITY, '') : token);
}

export interface Tag {
  /** Lowercased element name; '' for comments, doctypes and stray '<'. */
  name: string;
  closing: boolean;
  /** A void element or one written with "/>": nothing to close. */
  selfClosing: boolean;
  /** Index just past the tag. */
  end: number;
}

/** Reads the tag starting at html[start] === '<'. */
export function readTag(html: string, start: number): Tag {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return { name: '', closing: false, selfClosing: true, end: close === -1 ? html.length : close + 3 };
  }
  const next = html.charCodeAt(start + 1);
  // A '<' that starts no tag (possible only in unsanitized text) is skipped alone.
  if (next !== 33 /* ! */ && next !== 63 /* ? */ && next !== 47 /* / */ && !isAsciiLetter(next)) return { name: '', closing: false, selfClosing: true, end: start + 1 };
  const close = html.indexOf('>', start + 1);
  const end = close === -1 ? html.length : close + 1;
  const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, Math.min(end, start + 64)));
  if (!m) return { name: '', closing: false, selfClosing: true, end };
  const name = m[2]!.toLowerCase();
  const closing = m[1] === '/';
  return { name, closing, selfClosing: !closing && (VOID.has(name) || html.charCodeAt(end - 2) === 47 /* / */), end };
}

/** The number of words in (sanitized) HTML. */
export function countWords(html: string): number {
  let words = 0;
  let uncounted = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && uncounted === 0) words += countText(html.slice(i, textEnd));
    if (lt === -1) break;
    const tag = readTag(html, lt);
    if (UNCOUNTED.has(tag.name) && !tag.selfClosing) uncounted = Math.max(0, uncounted + (tag.closing ? -1 : 1));
    i = tag.end;
  }
  return words;
}

function countText(text: string): number {
  let words = 0;
  WORD_TOKEN.lastIndex = 0;
  for (let m = WORD_TOKEN.exec(text); m !== null; m = WORD_TOKEN.exec(text)) {
    if (m[1] === undefined && isWord(m[0])) words++;
  }
  return words;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
