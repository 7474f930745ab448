import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedPage } from '../types.js';
import { boundHtml, type HtmlLimits } from './bounds.js';
import { isAdName, isShareName, STRUCTURAL_TAGS } from './chrome.js';
import type { DomDocument } from './dom.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { parseBase, resolveUrl } from './urls.js';

/**
 * Readability gives up on a pass whose text is shorter than this and tries again with
 * looser rules, re-parsing the page each time (up to four passes). 400 characters
 * (about 70 words, two or three short paragraphs) is below the default 500 so that a
 * short news brief is accepted on the first pass, and still far above what a teaser,
 * a caption or a share bar holds. Share widgets with less text than this are removed.
 */
const CHAR_THRESHOLD = 400;
/**
 * What a page may cost before it becomes a DOM. Readability's work grows with the number of
 * elements times their depth (it measures the text and block children of every ancestor), so
 * both are bounded: tags nested deeper than 48 go (their text stays), and the page ends
 * before its 25,000th kept element. Real article pages nest 15–35 deep and put the article
 * well before that. Characters are already capped by the fetch (15 MiB).
 */
export const PAGE_HTML_LIMITS: HtmlLimits = { maxDepth: 48, maxElements: 25_000, maxChars: 16 * 1024 * 1024 };
/** Readability's own limit, above ours (the document shell adds a few elements): a backstop. */
const MAX_ELEMENTS = 30_000;
/** Furniture larger than this (in characters of text) is left for Readability to judge. */
const MAX_FURNITURE_TEXT = 1_000;

const NOTHING: PageMetadata = { title: null, author: null, publishedAt: null, imageUrl: null, canonicalUrl: null, language: null };

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/**
 * The main text and metadata of an article page. Never throws: what cannot be found
 * (or a page that cannot be read at all) comes back as null. contentHtml is
 * Readability's output with addresses made absolute, still to be sanitized.
 */
export function extractPage(foreignHtml: string, pageUrl: string): ExtractedPage {
  let document: DomDocument;
  try {
    const html = boundHtml(foreignHtml, PAGE_HTML_LIMITS);
    document = parseHTML(asDocument(html)).document as unknown as DomDocument;
  } catch {
    return { contentHtml: null, ...NOTHING };
  }
  if (!document?.documentElement) return { contentHtml: null, ...NOTHING };

  const base = documentBase(document, pageUrl);
  let metadata = NOTHING;
  try {
    metadata = readMetadata(document, base);
  } catch {
    // keep the nulls
  }

  let contentHtml: string | null = null;
  try {
    removeFurniture(document);
    if (base) setBase(document, base);
    const article = new Readability(document as unknown as ReadabilityDocument, {
      charThreshold: CHAR_THRESHOLD,
      maxElemsToParse: MAX_ELEMENTS,
      keepClasses: false,
      classesToPreserve: [],
      // The metadata above already read the JSON-LD.
      disableJSONLD: true,
    }).parse();
    const content = article?.content;
    if (content && article.textContent?.trim()) contentHtml = content;
  } catch {
    contentHtml = null;
  }
  return { contentHtml, ...metadata };
}

/**
 * linkedom does not apply the HTML parser's tree-building rules: without explicit
 * <html> and <body> tags the first element becomes the document element and the body
 * is empty. Such markup is rebuilt into a document first; complete pages go through
 * untouched.
 */
function asDocument(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  const rest = html.replace(/<!doctype[^>]*>/gi, '');
  if (hasBody) return `<!DOCTYPE html><html>${rest}</html>`;
  const htmlAttrs = /<html(\s[^>]*)?>/i.exec(rest)?.[1] ?? '';
  let body = rest.replace(/<\/?html(?:\s[^>]*)?>/gi, '');
  let head = '';
  const headMatch = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head\s*>/i.exec(body);
  if (headMatch) {
    head = headMatch[1] ?? '';
    body = body.slice(0, headMatch.index) + body.slice(headMatch.index + headMatch[0].length);
  }
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
}

/** The address relative links resolve against: <base href> (itself resolved), else the page. */
function documentBase(document: DomDocument, pageUrl: string): URL | null {
  const page = parseBase(pageUrl);
  const href = document.querySelector('base[href]')?.getAttribute('href');
  const base = href ? resolveUrl(href, page) : null;
  return base ? new URL(base) : page;
}

/** Readability resolves links and images against document.baseURI, which linkedom takes from <base>. */
function setBase(document: DomDocument, base: URL): void {
  const existing = document.querySelector('base[href]');
  if (existing) {
    existing.setAttribute('href', base.href);
    return;
  }
  const el = document.createElement('base');
  el.setAttribute('href', base.href);
  (document.head ?? document.documentElement)?.prepend(el);
}

/**
 * Bylines are read into the metadata first. Readability drops a byline element only when the
 * page's metadata did not already name the author, so without this the text would open with
 * "By …".
 */
const BYLINE_NAME = /(?:^|[\s_-])(?:byline|dateline|writtenby|author)(?:[\s_-]|$)/i;
const MAX_BYLINE_TEXT = 100;

/** Advertising slots, share bars and bylines, recognized by class or id, go before Readability scores the page. */
function removeFurniture(document: DomDocument): void {
  for (const el of document.querySelectorAll('[class],[id]')) {
    if (STRUCTURAL_TAGS.has(el.localName)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (BYLINE_NAME.test(names) && (el.textContent ?? '').length <= MAX_BYLINE_TEXT) {
      el.remove();
      continue;
    }
    if (!isAdName(names) && !isShareName(names)) continue;
    if ((el.textContent ?? '').length > MAX_FURNITURE_TEXT || el.querySelector('article, main')) continue;
    el.remove();
  }
}
