import { generateRssFeed } from 'feedsmith';
import { escapeHtml } from '../../text/html.js';
import { readFurtherHtml, type FeedEntry, type FeedHead } from './entry.js';

/**
 * RSS 2.0. The excerpt goes in content:encoded; <description> is a short teaser, also closed
 * with the Read further line, for readers that show only that. Authors go in dc:creator
 * (RSS's own <author> must be an email address, and we publish none).
 */
export function renderRss(head: FeedHead, entries: readonly FeedEntry[]): string {
  return generateRssFeed({
    title: head.title,
    link: head.pageUrl,
    description: head.description,
    language: head.language,
    lastBuildDate: head.updated,
    generator: 'Newsdesk',
    docs: 'https://www.rssboard.org/rss-specification',
    atom: { links: [{ href: head.selfUrl, rel: 'self', type: 'application/rss+xml' }] },
    items: entries.map((e) => ({
      title: e.title,
      link: e.url,
      guid: { value: e.url, isPermaLink: true },
      pubDate: e.published,
      description: `<p>${escapeHtml(e.summary)}</p>${readFurtherHtml(e.originalUrl, e.source.title)}`,
      content: { encoded: e.contentHtml },
      categories: e.categories.map((name) => ({ name })),
      source: { title: e.source.title, url: e.source.feedUrl ?? e.source.siteUrl },
      ...(e.author ? { dc: { creators: [e.author] } } : {}),
      dcterms: { modified: [e.updated] },
      atom: { links: [{ href: e.originalUrl, rel: 'related', type: 'text/html' }] },
      ...(e.imageUrl ? { media: { contents: [{ url: e.imageUrl, medium: 'image' }] } } : {}),
    })),
  });
}
