import type { FeedArticle } from '../../store/articles.js';
import { renderAtom } from './atom.js';
import { feedEntry, latestUpdate, type FeedEntry, type FeedHead } from './entry.js';
import { renderJsonFeed } from './json.js';
import { renderRss } from './rss.js';

export { articleUrl, feedEntry, parseTopics, readFurtherHtml, toDate, type FeedEntry, type FeedHead } from './entry.js';

export const feedFormats = {
  rss: { file: 'feed.xml', contentType: 'application/rss+xml; charset=utf-8', label: 'RSS', render: renderRss },
  atom: { file: 'feed.atom', contentType: 'application/atom+xml; charset=utf-8', label: 'Atom', render: renderAtom },
  json: { file: 'feed.json', contentType: 'application/feed+json; charset=utf-8', label: 'JSON Feed', render: renderJsonFeed },
} as const satisfies Record<string, { file: string; contentType: string; label: string; render: (head: FeedHead, entries: readonly FeedEntry[]) => string }>;

export type FeedFormat = keyof typeof feedFormats;
export const feedFormatNames = Object.keys(feedFormats) as FeedFormat[];

/** A feed of the desk, independent of format: what it is called and where it lives. */
export interface FeedChannel {
  title: string;
  description: string;
  siteName: string;
  publicUrl: string;
  /** Path of the HTML page the feed mirrors: '/' or '/sources/slug'. */
  pagePath: string;
  /** Folder the feed files live in: '' for the desk's, '/sources/slug' for a source's. */
  feedDir: string;
  language: string;
  /** Used as the feed's update time when it has no entries yet. */
  emptyUpdated: Date;
}

/** Where one format of a channel's feed lives, as a path. */
export function feedPath(feedDir: string, format: FeedFormat): string {
  return `${feedDir}/${feedFormats[format].file}`;
}

/** The `<link rel="alternate">` entries for a channel's three feeds. */
export function feedLinks(feedDir: string, title: string): { href: string; type: string; title: string }[] {
  return feedFormatNames.map((format) => ({
    href: feedPath(feedDir, format),
    type: feedFormats[format].contentType.split(';')[0]!,
    title: `${title} (${feedFormats[format].label})`,
  }));
}

export interface RenderedFeed {
  body: string;
  contentType: string;
}

/** Article rows in, feed document out. Pure: the same rows always give the same bytes. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, articles: readonly FeedArticle[]): RenderedFeed {
  const entries = articles.map((a) => feedEntry(a, channel.publicUrl));
  const head: FeedHead = {
    title: channel.title,
    description: channel.description,
    siteName: channel.siteName,
    publicUrl: channel.publicUrl,
    pageUrl: channel.publicUrl + channel.pagePath,
    selfUrl: channel.publicUrl + feedPath(channel.feedDir, format),
    language: channel.language,
    updated: latestUpdate(entries, channel.emptyUpdated),
  };
  const spec = feedFormats[format];
  return { body: spec.render(head, entries), contentType: spec.contentType };
}
