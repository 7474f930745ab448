import { countWords, isWord, readTag, UNCOUNTED, WORD_TOKEN } from './wordcount.js';

export { countWords } from './wordcount.js';

export interface Excerpt {
  /** Well-formed HTML: every tag opened in it is closed. */
  html: string;
  /** True when words were left out. */
  truncated: boolean;
  /** Words in html (as countWords counts them). */
  words: number;
}

/**
 * Elements whose end is a place to cut: the excerpt ends after the last of them that
 * fits. Not headings: an excerpt should not end on the title of what it leaves out.
 */
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'dl', 'dd', 'blockquote', 'pre', 'figure', 'table', 'div', 'section', 'article', 'details']);
/** Line breaks: a cut may fall just before one (never leaving it dangling). */
const BREAKS = new Set(['br', 'hr']);

/** A sentence ends with . ! ? or … (then perhaps closing quotes or brackets) before a space; CJK full stops end one anywhere. */
const SENTENCE_END = /(?:[.!?…](?:["'”’»)\]]|&quot;|&#39;)*|[。！？](?:[」』”’）])*)$/;
/** Punctuation that should not sit before an ellipsis (a ; that ends an entity is not punctuation). */
const TRAILING_PUNCT = /(?:[,:\-–—]|(?<!&[#a-zA-Z0-9]+);)+$/;

interface Cut {
  pos: number;
  words: number;
  /** Elements open at pos, outermost first. */
  open: string[];
}

/**
 * The first maxWords words of sanitized HTML, keeping its structure. The cut falls at
 * the end of the last block (paragraph, quote, list item, heading…) that fits; when
 * even the first block is longer than maxWords, at the last sentence end within the
 * limit inside it, or failing that after the last whole word, marked with "…". Every
 * element still open is then closed. Images and figures count no words and are kept
 * when they come before the cut; a figure just after the last kept block is left out.
 * maxWords = 0 (or less) keeps everything.
 */
export function makeExcerpt(safeHtml: string, maxWords: number): Excerpt {
  const html = safeHtml.trim();
  const max = Math.floor(maxWords);
  if (!(max > 0)) return { html, truncated: false, words: countWords(html) };

  const open: string[] = [];
  let uncounted = 0;
  let words = 0;
  let block: Cut | null = null;
  let sentence: Cut | null = null;
  let lastWord: Cut | null = null;
  const n = html.length;
  let i = 0;

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;

    if (textEnd > i && uncounted === 0) {
      const text = html.slice(i, textEnd);
      WORD_TOKEN.lastIndex = 0;
      for (let m = WORD_TOKEN.exec(text); m !== null; m = WORD_TOKEN.exec(text)) {
        if (m[1] !== undefined) continue;
        const token = m[0];
        const counted = isWord(token);
        if (counted) {
          if (words === max) return finish(html, block ?? sentence ?? lastWord!, block === null && sentence === null);
          words++;
        }
        const end = i + m.index + token.length;
        if (counted && words === max) {
          const trailing = TRAILING_PUNCT.exec(token);
          lastWord = { pos: trailing && trailing[0].length < token.length ? end - trailing[0].length : end, words, open: [...open] };
        }
        if (words > 0 && SENTENCE_END.test(token) && (end === textEnd || /[\s\u3000]/.test(html[end]!) || /[。！？]$/.test(token))) {
          sentence = { pos: end, words, open: [...open] };
        }
      }
    }
    if (lt === -1) break;

    const tag = readTag(html, lt);
    i = tag.end;
    if (tag.name === '') continue;
    if (UNCOUNTED.has(tag.name) && !tag.selfClosing) uncounted = Math.max(0, uncounted + (tag.closing ? -1 : 1));

    if (tag.closing) {
      const at = open.lastIndexOf(tag.name);
      if (at !== -1) open.length = at;
      if (BLOCKS.has(tag.name) && uncounted === 0 && words > 0 && (block === null || words > block.words)) {
        block = { pos: tag.end, words, open: [...open] };
      }
    } else if (tag.selfClosing) {
      if (BREAKS.has(tag.name) && uncounted === 0 && words > 0 && (block === null || words > block.words)) {
        block = { pos: lt, words, open: [...open] };
      }
    } else {
      open.push(tag.name);
    }
  }
  return { html, truncated: false, words };
}

function finish(html: string, cut: Cut, midSentence: boolean): Excerpt {
  let out = html.slice(0, cut.pos).trimEnd();
  if (midSentence) out += '…';
  for (let k = cut.open.length - 1; k >= 0; k--) out += `</${cut.open[k]}>`;
  return { html: out, truncated: true, words: cut.words };
}
