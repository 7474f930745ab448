import { generateAtomFeed } from 'feedsmith';
import type { FeedEntry, FeedHead } from './entry.js';

/**
 * Atom 1.0. Each entry names its publisher in <source>, whose author (the outlet) applies
 * when the article has no byline, so every entry has an author as RFC 4287 asks.
 */
export function renderAtom(head: FeedHead, entries: readonly FeedEntry[]): string {
  return generateAtomFeed({
    id: head.selfUrl,
    title: { value: head.title },
    subtitle: { value: head.description },
    updated: head.updated,
    generator: { text: 'Newsdesk' },
    icon: `${head.publicUrl}/assets/favicon.svg`,
    links: [
      { href: head.pageUrl, rel: 'alternate', type: 'text/html' },
      { href: head.selfUrl, rel: 'self', type: 'application/atom+xml' },
    ],
    entries: entries.map((e) => ({
      id: e.url,
      title: { value: e.title, type: 'text' },
      published: e.published,
      updated: e.updated,
      ...(e.author ? { authors: [{ name: e.author }] } : {}),
      links: [
        { href: e.url, rel: 'alternate', type: 'text/html' },
        { href: e.originalUrl, rel: 'related', type: 'text/html', title: e.source.title },
      ],
      ...(e.imageUrl ? { media: { contents: [{ url: e.imageUrl, medium: 'image' }] } } : {}),
      categories: e.categories.map((term) => ({ term })),
      content: { type: 'html', value: e.contentHtml },
      source: {
        id: e.source.feedUrl ?? e.source.siteUrl,
        title: { value: e.source.title },
        authors: [{ name: e.source.title, uri: e.source.siteUrl }],
        links: [
          { href: e.source.siteUrl, rel: 'alternate', type: 'text/html' },
          ...(e.source.feedUrl ? [{ href: e.source.feedUrl, rel: 'self' }] : []),
        ],
      },
    })),
  });
}
