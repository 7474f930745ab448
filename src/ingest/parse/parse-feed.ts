import { MalformedError, detectJsonFeed, parseAtomFeed, parseFeed as detectAndParse, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import type { AnyFeed } from 'feedsmith';
import { FeedParseError, type ParsedFeed } from '../types.js';
import { fromAtom } from './from-atom.js';
import { fromJson } from './from-json.js';
import { fromRdf, fromRss } from './from-rss.js';
import { checkSize, doctypeEnd, safeFeedXml } from './xml-safety.js';

/**
 * Items read from one feed: the first 5,000 in the feed's order (feeds list the newest
 * first). Archive feeds rarely carry more than a few thousand; this bounds what one fetch
 * can cost, parsing included. The rest are counted in itemsLeftOut.
 */
export const MAX_FEED_ITEMS = 5_000;

/**
 * Feed text (already decoded) → ParsedFeed, for RSS 0.9x/2.0, Atom 0.3/1.0, RDF/RSS 1.0 and
 * JSON Feed 1.0/1.1. URLs come out absolute (xml:base, then the feed URL); each item carries
 * the base its body's relative URLs resolve against. Throws only FeedParseError.
 */
export function parseFeed(text: string, feedUrl: string): ParsedFeed {
  try {
    return readFeed(text, feedUrl);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    throw new FeedParseError(`The feed could not be read: ${describe(error)}.`);
  }
}

function readFeed(input: string, feedUrl: string): ParsedFeed {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  checkSize(text);
  const start = text.search(/\S/);
  if (start === -1) throw new FeedParseError('The feed is empty: the server sent no content.');
  const first = text[start];
  if (first === '{' || first === '[') return readJsonFeed(text, feedUrl);
  if (looksLikeHtml(text)) {
    throw new FeedParseError('This address is a web page, not a feed. Use the address of the feed itself (the page may link to it as RSS or Atom).');
  }
  const xml = skipLeadingJunk(text);
  if (xml.trimStart()[0] !== '<') throw new FeedParseError('This is not a feed: the document is neither XML nor JSON.');
  const { text: safe, itemsLeftOut, cutAfterLastItem } = safeFeedXml(xml, MAX_FEED_ITEMS);
  const root = readProlog(safe).root;
  let parsed: AnyFeed;
  try {
    parsed = parseXml(safe, root);
  } catch (error) {
    // A feed truncated in transfer still gives its complete items.
    const recovered = error instanceof MalformedError ? cutAfterLastItem() : null;
    if (recovered === null) throw explain(error, root);
    try {
      parsed = parseXml(recovered, root);
    } catch {
      throw explain(error, root);
    }
  }
  return { ...normalize(parsed, feedUrl), itemsLeftOut };
}

function normalize(parsed: AnyFeed, feedUrl: string): ParsedFeed {
  switch (parsed.format) {
    case 'rss':
      return fromRss(parsed.feed, feedUrl);
    case 'atom':
      return fromAtom(parsed.feed, feedUrl);
    case 'rdf':
      return fromRdf(parsed.feed, feedUrl);
    case 'json':
      return fromJson(parsed.feed, feedUrl);
  }
}

function readJsonFeed(text: string, feedUrl: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedParseError(`The feed is not valid JSON, so it cannot be read as a JSON Feed (${describe(error)}).`);
  }
  if (!detectJsonFeed(data)) {
    throw new FeedParseError('The document is JSON but not a JSON Feed: it has no jsonfeed.org version, nor a title with items.');
  }
  // feedsmith cuts the raw items to the first MAX_FEED_ITEMS before converting any of them.
  const feed = fromJson(parseJsonFeed(data, { maxItems: MAX_FEED_ITEMS }), feedUrl);
  return { ...feed, itemsLeftOut: Math.max(0, rawItemCount(data) - MAX_FEED_ITEMS) };
}

/** How many items the JSON lists, under an "items" key of any case, as feedsmith looks it up. */
function rawItemCount(data: object): number {
  const key = 'items' in data ? 'items' : Object.keys(data).find((k) => k.toLowerCase() === 'items');
  const items = key === undefined ? undefined : (data as Record<string, unknown>)[key];
  return Array.isArray(items) ? items.length : 0;
}

/** The format is chosen by the root element, so markup quoted inside an item cannot mislead detection. */
function parseXml(text: string, root: string | null): AnyFeed {
  const local = root?.slice(root.indexOf(':') + 1).toLowerCase();
  if (local === 'rss') return { format: 'rss', feed: parseRssFeed(text) };
  if (local === 'feed') return { format: 'atom', feed: parseAtomFeed(text) };
  if (local === 'rdf') return { format: 'rdf', feed: parseRdfFeed(text) };
  return detectAndParse(text);
}

const feedRoot = /^(?:[\w.-]+:)?(?:rss|feed|rdf)$/i;
const feedStart = /<\?xml\s|<(?:[\w.-]+:)?(?:rss|feed|rdf)[\s>]/i;

/**
 * Text before the feed proper, as a misconfigured server prints it (PHP warnings, a stray
 * <br />, a blank line before "<?xml"), is skipped when the feed starts within the first 4 KiB.
 */
function skipLeadingJunk(text: string): string {
  const root = readProlog(text).root;
  if (root !== null && feedRoot.test(root)) return text;
  const at = text.slice(0, 4096).search(feedStart);
  return at > 0 ? text.slice(at) : text;
}

function explain(error: unknown, root: string | null): FeedParseError {
  if (root === null) return new FeedParseError('This XML document has no root element, so it is not a feed.');
  if (!feedRoot.test(root)) {
    return new FeedParseError(`This XML document is not a feed: its root element is <${root}>, where RSS has <rss>, Atom <feed> and RSS 1.0 <rdf:RDF>.`);
  }
  if (error instanceof MalformedError) {
    return new FeedParseError(`The feed is not well-formed XML and no complete item could be recovered from it: ${describe(error.cause ?? error)}.`);
  }
  return new FeedParseError(`The feed's structure could not be read: it has a <${root}> root but not the elements such a feed needs.`);
}

const htmlRoots = new Set(['html', 'head', 'body']);

/** True when the document is an HTML page: an HTML doctype, or <html>/<head>/<body> as its first element. */
export function looksLikeHtml(text: string): boolean {
  const { doctype, root } = readProlog(text);
  if (doctype?.toLowerCase() === 'html') return true;
  if (root === null) return false;
  return htmlRoots.has(root.slice(root.indexOf(':') + 1).toLowerCase());
}

/** The DOCTYPE name and root element name, reading past the XML declaration, PIs, comments and whitespace. */
function readProlog(text: string): { doctype: string | null; root: string | null } {
  let doctype: string | null = null;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return { doctype, root: null };
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return { doctype, root: null };
      i = end + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const name = /\s*([^\s>[]+)/y;
      name.lastIndex = i + 9;
      doctype = name.exec(text)?.[1] ?? '';
      i = doctypeEnd(text, i + 9);
    } else {
      const match = /<([^\s/>!?]+)/y;
      match.lastIndex = i;
      return { doctype, root: match.exec(text)?.[1] ?? null };
    }
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // fast-xml-parser appends a quote of the document ("Context: …"); the position is enough.
  const line = message.split('\n')[0]!.split(' Context:')[0]!.trim().replace(/\.$/, '');
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
