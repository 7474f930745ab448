import { Tokenizer } from 'htmlparser2';

/*
 * Foreign HTML is bounded before anything builds a tree from it. Both the sanitizer
 * (sanitize-html) and page extraction (linkedom, then Readability) parse with htmlparser2,
 * whose element stack costs time in proportion to its depth on every tag, and Readability
 * walks the tree again and again: a page nested 20,000 deep took seconds of one thread.
 * This is one linear pass with htmlparser2's own tokenizer (so it sees tags, comments and
 * raw text exactly as those parsers will) that
 *   - cuts the tags of elements deeper than maxDepth, keeping the text inside them,
 *   - ends the document before the start tag of its (maxElements + 1)th kept element, and
 *   - reads at most maxChars characters.
 *
 * The depth it tracks is never less than the depth the parsers will build from the output:
 * it applies only end-tag rules and implied closes that htmlparser2 also applies, so its
 * stack holds at least every element theirs does (see `closedByStart`).
 */

export interface HtmlLimits {
  /** Elements nested deeper than this lose their tags (their text stays). */
  maxDepth: number;
  /** Elements kept (cut ones do not count); the document ends before the one that would exceed this. */
  maxElements: number;
  /** Characters read; the rest is left out. */
  maxChars: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The elements whose content htmlparser2's tokenizer reads as text up to their end tag. */
export const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/**
 * Open elements that a new start tag closes when they are on top of the stack — a subset
 * of htmlparser2's own rules (p before a block, li after li, cells and rows, dt/dd), enough
 * that unclosed paragraphs and list items, common in real pages, do not count as nesting.
 */
const P_ONLY = new Set(['p']);
const BLOCKS_CLOSING_P = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'];
const closedByStart = new Map<string, ReadonlySet<string>>([
  ...BLOCKS_CLOSING_P.map((name): [string, ReadonlySet<string>] => [name, P_ONLY]),
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['option', new Set(['option'])],
]);

const LT = 60;
const GT = '>';

/** `html` with its nesting, element count and length bounded (see the module comment). */
export function boundHtml(input: string, limits: HtmlLimits): string {
  const text = input.length > limits.maxChars ? cutAtTag(input, limits.maxChars) : input;

  /** Kept open elements, innermost last; never longer than maxDepth. */
  const stack: string[] = [];
  /** Open elements whose tags were cut, by name. */
  const cutOpen = new Map<string, number>();
  /** [start, end) ranges of the text to leave out, in order, flat: start, end, start, end… */
  const cuts: number[] = [];
  const cut = (start: number, stop: number) => {
    // Runs of cut tags (the usual shape of a too-deep document) become one range.
    if (cuts.length > 0 && cuts[cuts.length - 1] === start) cuts[cuts.length - 1] = stop;
    else cuts.push(start, stop);
  };
  let elements = 0;
  let end = text.length;
  /** Where the start tag being read begins, when it is to be cut; else -1. */
  let cutStart = -1;
  /** A cut raw-text element (its content would read as markup without its start tag): cut through its end tag. */
  let rawCutStart = -1;

  const pop = (depth: number) => {
    stack.length = depth;
    // Every element cut so far lay inside the innermost kept one, so it is closed too.
    cutOpen.clear();
  };

  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, {
    onopentagname(start, nameEnd) {
      if (rawCutStart !== -1) return;
      const tagStart = start - 1;
      const name = text.slice(start, nameEnd).toLowerCase();
      const closes = closedByStart.get(name);
      if (closes) {
        let depth = stack.length;
        while (depth > 0 && closes.has(stack[depth - 1]!)) depth--;
        if (depth < stack.length) pop(depth);
      }
      // A void element is a level too (a leaf), so it is kept on the same terms.
      const keep = stack.length < limits.maxDepth;
      // Only kept elements count: a cut tag costs the parsers nothing.
      if (keep && ++elements > limits.maxElements) {
        end = tagStart;
        tokenizer.pause();
        return;
      }
      if (keep) {
        if (!VOID.has(name)) stack.push(name);
        return;
      }
      if (VOID.has(name)) {
        cutStart = tagStart;
        return;
      }
      cutOpen.set(name, (cutOpen.get(name) ?? 0) + 1);
      if (RAW_TEXT.has(name)) rawCutStart = tagStart;
      else cutStart = tagStart;
    },
    onopentagend(gtIndex) {
      if (cutStart !== -1) cut(cutStart, gtIndex + 1);
      cutStart = -1;
    },
    onselfclosingtag(gtIndex) {
      if (cutStart !== -1) cut(cutStart, gtIndex + 1);
      cutStart = -1;
    },
    onclosetag(start, nameEnd) {
      const name = text.slice(start, nameEnd).toLowerCase();
      const tagStart = start - 2;
      const gt = text.indexOf(GT, nameEnd);
      const tagEnd = gt === -1 ? text.length : gt + 1;
      if (rawCutStart !== -1) {
        // Inside a cut raw-text element the tokenizer reports only its own end tag.
        cut(rawCutStart, tagEnd);
        rawCutStart = -1;
        decrement(cutOpen, name);
        return;
      }
      if (decrement(cutOpen, name)) {
        cut(tagStart, tagEnd);
        return;
      }
      const at = VOID.has(name) ? -1 : stack.lastIndexOf(name);
      if (at !== -1) pop(at);
      // An end tag that closes nothing: htmlparser2 reads </p> as <p></p> and </br> as <br>,
      // one level more, and ignores the others. Where no level is left, it goes.
      else if (stack.length >= limits.maxDepth) cut(tagStart, tagEnd);
    },
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onend() {},
    onprocessinginstruction() {},
    ontext() {},
    ontextentity() {},
  });
  tokenizer.write(text);
  if (tokenizer.running) tokenizer.end();
  // A cut tag or raw-text element the document never finished runs to its end.
  if (cutStart !== -1) cut(cutStart, text.length);
  if (rawCutStart !== -1) cut(rawCutStart, text.length);

  if (cuts.length === 0 && end === input.length) return input;
  return assemble(text, cuts, end);
}

/** The first maxChars characters, less a tag the cut fell inside (it would read as text). */
function cutAtTag(input: string, maxChars: number): string {
  const head = input.slice(0, maxChars);
  const lt = head.lastIndexOf('<');
  return lt !== -1 && head.indexOf('>', lt) === -1 ? head.slice(0, lt) : head;
}

function decrement(counts: Map<string, number>, name: string): boolean {
  const n = counts.get(name);
  if (!n) return false;
  if (n === 1) counts.delete(name);
  else counts.set(name, n - 1);
  return true;
}

/**
 * The text up to `end` without the cut ranges. Where the kept text before a cut ends in a
 * '<' that was only text (as in "<<div>"), a space keeps it from starting a tag with
 * what follows the cut.
 */
function assemble(text: string, cuts: readonly number[], end: number): string {
  const parts: string[] = [];
  let from = 0;
  let lastChar = -1;
  for (let k = 0; k < cuts.length; k += 2) {
    const start = cuts[k]!;
    const stop = cuts[k + 1]!;
    if (start >= end) break;
    if (start > from) {
      parts.push(text.slice(from, start));
      lastChar = text.charCodeAt(start - 1);
    }
    if (lastChar === LT) {
      parts.push(' ');
      lastChar = 32;
    }
    from = Math.max(from, stop);
  }
  if (from < end) parts.push(text.slice(from, end));
  return parts.join('');
}
