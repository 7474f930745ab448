import { generateJsonFeed } from 'feedsmith';
import type { FeedEntry, FeedHead } from './entry.js';

/** JSON Feed 1.1: our page is the item's url, the original its external_url. */
export function renderJsonFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
  const feed = generateJsonFeed({
    title: head.title,
    home_page_url: head.pageUrl,
    feed_url: head.selfUrl,
    description: head.description,
    language: head.language,
    favicon: `${head.publicUrl}/assets/favicon.svg`,
    items: entries.map((e) => ({
      id: e.url,
      url: e.url,
      external_url: e.originalUrl,
      title: e.title,
      content_html: e.contentHtml,
      summary: e.summary,
      date_published: e.published,
      date_modified: e.updated,
      ...(e.author ? { authors: [{ name: e.author }] } : {}),
      ...(e.categories.length > 0 ? { tags: e.categories } : {}),
      ...(e.imageUrl ? { image: e.imageUrl } : {}),
      ...(e.language ? { language: e.language } : {}),
    })),
  });
  // The generator leaves out an empty list, but JSON Feed requires `items`.
  const document = { ...(feed as Record<string, unknown>), items: (feed as { items?: unknown[] }).items ?? [] };
  return `${JSON.stringify(document, null, 2)}\n`;
}
