import { FeedParseError } from '../types.js';

export const MAX_DOCUMENT_CHARS = 15 * 1024 * 1024;
// fast-xml-parser, under feedsmith, refuses more than 100 levels itself; checking first gives
// a message a person understands. Real feeds stay under ten.
export const MAX_NESTING_DEPTH = 100;

export interface XmlSafetyLimits {
  maxChars?: number;
  maxDepth?: number;
}

/**
 * Makes XML text safe to hand to a parser: every DOCTYPE (with its internal subset) and
 * any stray markup declaration is cut out, so no entity is ever declared, let alone expanded
 * (no XXE, no billion laughs); the references left behind are plain undeclared text.
 * Refuses documents that are too large or nested too deeply.
 */
export function makeXmlSafe(text: string, limits: XmlSafetyLimits = {}): string {
  checkSize(text, limits.maxChars ?? MAX_DOCUMENT_CHARS);
  const { removals } = scanXml(text, limits.maxDepth ?? MAX_NESTING_DEPTH);
  return removals.length === 0 ? text : removeRanges(text, removals, text.length);
}

export function checkSize(text: string, maxChars: number = MAX_DOCUMENT_CHARS): void {
  if (text.length > maxChars) {
    throw new FeedParseError(
      `The document is too large to read as a feed: ${formatMiB(text.length)} of text, and the limit is ${formatMiB(maxChars)}.`,
    );
  }
}

/** The names of the elements still open at the end of `text`, outermost first. */
export function openElements(text: string): string[] {
  return scanXml(text, Number.POSITIVE_INFINITY).stack;
}

export interface FeedXml {
  /** The document made safe (as makeXmlSafe does) and cut after its first `maxItems` items. */
  text: string;
  itemsLeftOut: number;
  /** `text` cut after its last complete item with the elements open there closed again; null when it has none. */
  cutAfterLastItem(): string | null;
}

/**
 * makeXmlSafe and a cut after the first `maxItems` items (<item> or <entry>, in any
 * namespace) in one pass, which knows comments and CDATA, so markup quoted in an item's text
 * is not counted. The same pass finds where a broken document can be cut to keep its complete items.
 */
export function safeFeedXml(text: string, maxItems: number, limits: XmlSafetyLimits = {}): FeedXml {
  checkSize(text, limits.maxChars ?? MAX_DOCUMENT_CHARS);
  const { removals, itemEnds, lastKept } = scanXml(text, limits.maxDepth ?? MAX_NESTING_DEPTH, maxItems);
  const cut = itemEnds > maxItems ? lastKept : null;
  const kept = removeRanges(text, removals, cut?.at ?? text.length);
  const safe = cut ? closeAt(kept, kept.length, cut.open) : kept;
  const last = lastKept && { at: lastKept.at - removedBefore(removals, lastKept.at), open: lastKept.open };
  return {
    text: safe,
    itemsLeftOut: Math.max(0, itemEnds - maxItems),
    cutAfterLastItem: () => (last ? closeAt(safe, last.at, last.open) : null),
  };
}

/** `text` up to `at`, with the elements open there (outermost first) closed again. */
function closeAt(text: string, at: number, open: readonly string[]): string {
  return text.slice(0, at) + [...open].reverse().map((name) => `</${name}>`).join('');
}

/** `text` up to `end` without the [start, end) ranges. */
function removeRanges(text: string, removals: readonly [number, number][], end: number): string {
  let out = '';
  let from = 0;
  for (const [start, stop] of removals) {
    if (start >= end) break;
    out += text.slice(from, start);
    from = stop;
  }
  return out + text.slice(from, end);
}

function removedBefore(removals: readonly [number, number][], at: number): number {
  let removed = 0;
  for (const [start, end] of removals) if (end <= at) removed += end - start;
  return removed;
}

function formatMiB(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MiB`;
}

// HTML elements that never close; feeds carry unescaped HTML now and then, and these must
// not count as nesting.
const voidElements = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr']);

const namePattern = /[^\s/>]+/y;

interface ScanResult {
  /** [start, end) ranges of declarations to cut out. */
  removals: [number, number][];
  stack: string[];
  /** End tags of items and entries seen. */
  itemEnds: number;
  /** Just after the end tag of the last item seen, or of item number `keepItems` when more followed, with the elements open there, outermost first. */
  lastKept: { at: number; open: string[] } | null;
}

const itemName = /^(?:[^:]+:)?(?:item|entry)$/i;

/**
 * One pass over the markup: skips comments, CDATA and processing instructions, records the
 * declarations to remove and keeps a stack of open elements (an end tag closes back to its
 * matching start tag, so stray unclosed tags do not add up).
 */
function scanXml(text: string, maxDepth: number, keepItems = Number.POSITIVE_INFINITY): ScanResult {
  const removals: [number, number][] = [];
  const stack: string[] = [];
  const length = text.length;
  let itemEnds = 0;
  let lastKept: ScanResult['lastKept'] = null;
  let i = 0;
  while (i < length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        i = endAfter(text, '-->', lt + 4);
      } else if (text.startsWith('<![CDATA[', lt)) {
        i = endAfter(text, ']]>', lt + 9);
      } else {
        const end = text.slice(lt + 2, lt + 9).toUpperCase() === 'DOCTYPE' ? doctypeEnd(text, lt + 9) : endAfter(text, '>', lt + 2);
        removals.push([lt, end]);
        i = end;
      }
    } else if (next === 63 /* ? */) {
      i = endAfter(text, '?>', lt + 2);
    } else if (next === 47 /* / */) {
      namePattern.lastIndex = lt + 2;
      const name = namePattern.exec(text)?.[0];
      if (name) closeElement(stack, name);
      i = endAfter(text, '>', lt + 2);
      if (name && itemName.test(name)) {
        itemEnds++;
        if (itemEnds <= keepItems) lastKept = { at: i, open: [...stack] };
      }
    } else if (isNameStart(next)) {
      namePattern.lastIndex = lt + 1;
      const name = namePattern.exec(text)?.[0] ?? '';
      const end = tagEnd(text, lt + 1 + name.length);
      const selfClosing = text.charCodeAt(end - 2) === 47;
      if (!selfClosing && !voidElements.has(name.toLowerCase())) {
        stack.push(name);
        if (stack.length > maxDepth) {
          throw new FeedParseError(`The document nests its elements more than ${maxDepth} levels deep, which no real feed does; it was not read.`);
        }
      }
      i = end;
    } else {
      i = lt + 1;
    }
  }
  return { removals, stack, itemEnds, lastKept };
}

function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code > 127;
}

function endAfter(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at === -1 ? text.length : at + terminator.length;
}

/** The index just past a start tag's '>', skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i + 1;
    } else if (c === 60) {
      // A '<' before any '>' means the tag was never closed; resume the scan there.
      return i;
    }
  }
  return text.length;
}

/** The index just past a DOCTYPE, internal subset (with its quoted strings and comments) included. */
export function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = text.indexOf(String.fromCharCode(c), i + 1);
      if (close === -1) return text.length;
      i = close + 1;
      continue;
    }
    if (inSubset && c === 60 && text.startsWith('<!--', i)) {
      i = endAfter(text, '-->', i + 4);
      continue;
    }
    if (c === 91) inSubset = true;
    else if (c === 93) inSubset = false;
    else if (c === 62 && !inSubset) return i + 1;
    i++;
  }
  return text.length;
}

function closeElement(stack: string[], name: string): void {
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    if (stack[depth] === name) {
      stack.length = depth;
      return;
    }
  }
}
