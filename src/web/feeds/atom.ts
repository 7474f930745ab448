import { renderXmlDocument, xml } from '../../text/xml.js';
import type { FeedEntry, FeedHead } from './entry.js';

/**
 * Atom 1.0. Each entry names its publisher in <source>, whose author (the outlet) applies
 * when the article has no byline, so every entry has an author as RFC 4287 asks.
 */
export function renderAtom(head: FeedHead, entries: readonly FeedEntry[]): string {
  return renderXmlDocument(
    xml(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xmlns:media': 'http://search.yahoo.com/mrss/' },
      xml('id', {}, head.selfUrl),
      xml('title', {}, head.title),
      head.description && xml('subtitle', {}, head.description),
      xml('updated', {}, head.updated.toISOString()),
      xml('generator', {}, 'Newsdesk'),
      xml('icon', {}, `${head.publicUrl}/assets/favicon.svg`),
      xml('link', { href: head.pageUrl, rel: 'alternate', type: 'text/html' }),
      xml('link', { href: head.selfUrl, rel: 'self', type: 'application/atom+xml' }),
      ...entries.map((e) =>
        xml(
          'entry',
          {},
          xml('id', {}, e.url),
          xml('title', { type: 'text' }, e.title),
          xml('published', {}, e.published.toISOString()),
          xml('updated', {}, e.updated.toISOString()),
          e.author && xml('author', {}, xml('name', {}, e.author)),
          xml('link', { href: e.url, rel: 'alternate', type: 'text/html' }),
          xml('link', { href: e.originalUrl, rel: 'related', type: 'text/html', title: e.source.title }),
          ...e.categories.map((term) => xml('category', { term })),
          xml('content', { type: 'html' }, e.contentHtml),
          xml(
            'source',
            {},
            xml('id', {}, e.source.feedUrl ?? e.source.siteUrl),
            xml('title', {}, e.source.title),
            xml('author', {}, xml('name', {}, e.source.title), xml('uri', {}, e.source.siteUrl)),
            xml('link', { href: e.source.siteUrl, rel: 'alternate', type: 'text/html' }),
            e.source.feedUrl && xml('link', { href: e.source.feedUrl, rel: 'self' }),
          ),
          e.imageUrl && xml('media:content', { url: e.imageUrl, medium: 'image' }),
        ),
      ),
    ),
  );
}
