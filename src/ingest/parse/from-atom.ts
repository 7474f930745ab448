import type { AtomFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from '../types.js';
import { categoryList, distinctSummary, firstDate, firstText, personName } from './common.js';
import { enclosure, imageFromEnclosures, imageFromMedia } from './media.js';
import { escapeHtml, htmlToText, stripTags } from '../../text/html.js';
import { resolveBase, resolveHttpUrl } from './text.js';

type Entry = AtomFeed.Entry<string>;
type Link = AtomFeed.Link<string>;
type TextConstruct = { value?: string; type?: string; src?: string };

const markupTypes = new Set(['html', 'xhtml', 'text/html', 'application/xhtml+xml']);
const htmlFragment = /<\/?(?:p|br|a|div|span|img|em|strong|b|i|ul|ol|li|blockquote|h[1-6]|figure|pre|code)\b[^<>]*>/i;

/**
 * Atom content or summary as HTML. type="html" arrives as markup, type="xhtml" as the
 * serialized children of its <div>, type="text" (the default) is escaped. Out-of-line
 * content (src=…) and binary types give null. A construct without a type attribute whose
 * text plainly is HTML is taken as HTML: feeds that forget type="html" are common, and showing
 * their tags as text helps nobody.
 */
function atomHtml(text: TextConstruct | undefined): string | null {
  if (!text || text.src) return null;
  const value = firstText(text.value);
  if (value === null) return null;
  const type = text.type?.trim().toLowerCase();
  if (type === undefined) return htmlFragment.test(value) ? value : escapeHtml(value);
  if (markupTypes.has(type)) return value;
  if (type === 'text' || type.startsWith('text/')) return escapeHtml(value);
  return null;
}

/**
 * Atom text as plain text. Its value has been XML-decoded once; for type="html"/"xhtml" that
 * value is markup, and turning markup into text decodes its own entities — for type="text"
 * nothing more is decoded.
 */
function atomText(text: TextConstruct | undefined): string {
  const value = text?.value ?? '';
  const type = text?.type?.trim().toLowerCase();
  return type !== undefined && markupTypes.has(type) ? htmlToText(value) : stripTags(value);
}

function isAlternate(link: Link): boolean {
  return !link.rel || link.rel.toLowerCase() === 'alternate';
}

/** rel="alternate" (a link without rel is one), else the first link there is. */
function mainLink(links: Link[] | undefined, base: string): string | null {
  const list = links ?? [];
  const preferred = list.find((link) => isAlternate(link) && (!link.type || /html/i.test(link.type))) ?? list.find(isAlternate) ?? list[0];
  return resolveHttpUrl(preferred?.href, base);
}

export function fromAtom(feed: AtomFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const base = resolveBase(feed.xml?.base, feedUrl);
  const feedAuthor = personName(feed.authors?.[0]?.name);
  return {
    format: 'atom',
    title: atomText(feed.title),
    siteUrl: resolveHttpUrl((feed.links ?? []).find(isAlternate)?.href, base),
    description: atomText(feed.subtitle),
    language: firstText(feed.xml?.lang, feed.dc?.languages?.[0]),
    ttlMinutes: null,
    items: (feed.entries ?? []).map((entry) => atomEntry(entry, base, feedAuthor)),
  };
}

function atomEntry(entry: Entry, feedBase: string, feedAuthor: string | null): FeedItem {
  const entryBase = resolveBase(entry.xml?.base, feedBase);
  const bodyBase = resolveBase(entry.content?.xml?.base, entryBase);
  const contentHtml = atomHtml(entry.content);
  const enclosures = (entry.links ?? [])
    .filter((link) => link.rel?.toLowerCase() === 'enclosure')
    .flatMap((link) => enclosure(link.href, link.type, link.length, entryBase));
  const updatedAt = firstDate(entry.updated, entry.dcterms?.modified?.[0]);
  return {
    guid: firstText(entry.id),
    link: mainLink(entry.links, entryBase),
    title: atomText(entry.title),
    author: personName(entry.authors?.[0]?.name, entry.source?.authors?.[0]?.name, entry.dc?.creators?.[0]) ?? feedAuthor,
    publishedAt: firstDate(entry.published, entry.dc?.dates?.[0], entry.dcterms?.issued?.[0]) ?? updatedAt,
    updatedAt,
    contentHtml,
    summaryHtml: distinctSummary(atomHtml(entry.summary), contentHtml),
    imageUrl: imageFromMedia(entry.media, entryBase) ?? imageFromEnclosures(enclosures) ?? resolveHttpUrl(entry.itunes?.image, entryBase),
    categories: categoryList((entry.categories ?? []).map((c) => c.label ?? c.term)),
    enclosures,
    baseUrl: contentHtml === null && entry.summary?.xml?.base ? resolveBase(entry.summary.xml.base, entryBase) : bodyBase,
  };
}
