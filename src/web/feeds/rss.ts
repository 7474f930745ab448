import { escapeHtml } from '../../text/html.js';
import { renderXmlDocument, xml, type XmlElement } from '../../text/xml.js';
import { readFurtherHtml, type FeedEntry, type FeedHead } from './entry.js';

export const rssNamespaces = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:dcterms': 'http://purl.org/dc/terms/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
} as const;

/** What every RSS channel of the desk says about itself before its items. */
export interface RssChannelHead {
  title: string;
  pageUrl: string;
  selfUrl: string;
  description: string;
  language: string;
  lastBuildDate: Date;
}

/** An RSS 2.0 document: the channel's head, then its items (already built). */
export function rssDocument(head: RssChannelHead, items: readonly XmlElement[]): string {
  return renderXmlDocument(
    xml(
      'rss',
      { version: '2.0', ...rssNamespaces },
      xml(
        'channel',
        {},
        xml('title', {}, head.title),
        xml('link', {}, head.pageUrl),
        xml('description', {}, head.description),
        xml('language', {}, head.language),
        xml('lastBuildDate', {}, head.lastBuildDate.toUTCString()),
        xml('generator', {}, 'Newsdesk'),
        xml('docs', {}, 'https://www.rssboard.org/rss-specification'),
        xml('atom:link', { href: head.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        ...items,
      ),
    ),
  );
}

/**
 * RSS 2.0. The excerpt goes in content:encoded; <description> is a short teaser, also closed
 * with the Read further line, for readers that show only that. Authors go in dc:creator
 * (RSS's own <author> must be an email address, and we publish none).
 */
export function renderRss(head: FeedHead, entries: readonly FeedEntry[]): string {
  const items = entries.map((e) =>
    xml(
      'item',
      {},
      xml('title', {}, e.title),
      xml('link', {}, e.url),
      xml('guid', { isPermaLink: 'true' }, e.url),
      xml('pubDate', {}, e.published.toUTCString()),
      xml('description', {}, `<p>${escapeHtml(e.summary)}</p>${readFurtherHtml(e.originalUrl, e.source.title)}`),
      xml('content:encoded', {}, e.contentHtml),
      ...e.categories.map((name) => xml('category', {}, name)),
      xml('source', { url: e.source.feedUrl ?? e.source.siteUrl }, e.source.title),
      e.author && xml('dc:creator', {}, e.author),
      xml('dcterms:modified', {}, e.updated.toISOString()),
      xml('atom:link', { href: e.originalUrl, rel: 'related', type: 'text/html' }),
      e.imageUrl && xml('media:content', { url: e.imageUrl, medium: 'image' }),
    ),
  );
  return rssDocument(
    { title: head.title, pageUrl: head.pageUrl, selfUrl: head.selfUrl, description: head.description, language: head.language, lastBuildDate: head.updated },
    items,
  );
}
