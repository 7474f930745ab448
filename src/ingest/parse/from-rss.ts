import type { AtomFeed, RdfFeed, RssFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from '../types.js';
import { categoryList, distinctSummary, firstDate, firstText, personName, positiveMinutes } from './common.js';
import { enclosure, imageFromEnclosures, imageFromMedia } from './media.js';
import { stripTags } from '../../text/html.js';
import { resolveBase, resolveHttpUrl } from './text.js';

type RssItem = RssFeed.Item<string>;
type RdfItem = RdfFeed.Item<string>;

/** An atom:link with rel="alternate" (or none), as RSS feeds sometimes carry instead of <link>. */
export function alternateLink(links: AtomFeed.Link<string>[] | undefined, base: string): string | null {
  for (const link of links ?? []) {
    if (!link.rel || link.rel.toLowerCase() === 'alternate') {
      const url = resolveHttpUrl(link.href, base);
      if (url) return url;
    }
  }
  return null;
}

export function fromRss(feed: RssFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const base = resolveBase(feed.xml?.base, feedUrl);
  return {
    format: 'rss',
    title: stripTags(feed.title ?? ''),
    siteUrl: resolveHttpUrl(feed.link, base) ?? alternateLink(feed.atom?.links, base),
    description: stripTags(feed.description ?? ''),
    language: firstText(feed.language, feed.dc?.languages?.[0]),
    ttlMinutes: positiveMinutes(feed.ttl),
    items: (feed.items ?? []).map((item) => rssItem(item, base)),
  };
}

function rssItem(item: RssItem, feedBase: string): FeedItem {
  const base = resolveBase(item.xml?.base, feedBase);
  const guid = firstText(item.guid?.value);
  const permalink = guid !== null && item.guid?.isPermaLink !== false ? resolveHttpUrl(guid, null) : null;
  const contentHtml = firstText(item.content?.encoded);
  const enclosures = (item.enclosures ?? []).flatMap((e) => enclosure(e.url, e.type, e.length, base));
  const updatedAt = firstDate(item.atom?.updated, item.dcterms?.modified?.[0]);
  return {
    guid,
    link: resolveHttpUrl(item.link, base) ?? alternateLink(item.atom?.links, base) ?? permalink,
    title: stripTags(item.title ?? item.dc?.titles?.[0] ?? ''),
    author: personName(item.dc?.creators?.[0], item.authors?.[0]?.name, item.itunes?.author),
    publishedAt: firstDate(item.pubDate, item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.atom?.published) ?? updatedAt,
    updatedAt,
    contentHtml,
    summaryHtml: distinctSummary(firstText(item.description), contentHtml),
    imageUrl: imageFromMedia(item.media, base) ?? imageFromEnclosures(enclosures) ?? resolveHttpUrl(item.itunes?.image, base),
    categories: categoryList([...(item.categories ?? []).map((c) => c.name), ...(item.dc?.subjects ?? [])]),
    enclosures,
    baseUrl: base,
  };
}

export function fromRdf(feed: RdfFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const base = resolveBase(feed.xml?.base, feedUrl);
  return {
    format: 'rdf',
    title: stripTags(feed.title ?? ''),
    siteUrl: resolveHttpUrl(feed.link, base),
    description: stripTags(feed.description ?? ''),
    language: firstText(feed.dc?.languages?.[0]),
    ttlMinutes: null,
    items: (feed.items ?? []).map((item) => rdfItem(item, base)),
  };
}

function rdfItem(item: RdfItem, feedBase: string): FeedItem {
  const base = resolveBase(item.xml?.base, feedBase);
  const contentHtml = firstText(item.content?.encoded);
  const updatedAt = firstDate(item.dcterms?.modified?.[0]);
  return {
    guid: firstText(item.rdf?.about, item.link),
    link: resolveHttpUrl(item.link, base) ?? resolveHttpUrl(item.rdf?.about, base),
    title: stripTags(item.title ?? ''),
    author: personName(item.dc?.creators?.[0]),
    publishedAt: firstDate(item.dc?.dates?.[0], item.dcterms?.issued?.[0]) ?? updatedAt,
    updatedAt,
    contentHtml,
    summaryHtml: distinctSummary(firstText(item.description), contentHtml),
    imageUrl: imageFromMedia(item.media, base),
    categories: categoryList(item.dc?.subjects ?? []),
    enclosures: [],
    baseUrl: base,
  };
}
