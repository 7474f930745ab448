import type { FeedItem, ExtractedPage, ParsedFeed } from './types.js';
import { sanitizeArticleHtml } from './sanitize.js';
import { makeExcerpt } from './extract/excerpt.js';
import { clampToSeen } from './parse/dates.js';
import { cleanLink } from './identity.js';
import { leadImageUrl } from './parse/lead-image.js';
import { htmlToText } from '../text/html.js';

/** An article as the ingest flow has made it, ready to be stored. */
export interface ArticleDraft {
  url: string;
  canonicalUrl: string;
  title: string;
  author: string | null;
  publishedAt: Date;
  excerptHtml: string;
  /** The whole body as plain text: kept for search, never published beyond the excerpt. */
  bodyText: string;
  imageUrl: string | null;
  language: string | null;
  topics: string[];
}

export interface DraftInput {
  item: FeedItem;
  feed: Pick<ParsedFeed, 'siteUrl' | 'language'>;
  feedUrl: string;
  /** The article page, when full text was fetched and extracted. */
  page: (ExtractedPage & { url: string }) | null;
  excerptWords: number;
  firstSeen: Date;
}

/** The feed's own body for an item: its fullest HTML. */
export function feedBody(item: FeedItem): string {
  return item.contentHtml ?? item.summaryHtml ?? '';
}

/** Feed item (and the page, if fetched) → sanitized, excerpted, attributed article. */
export function draftArticle({ item, feed, feedUrl, page, excerptWords, firstSeen }: DraftInput): ArticleDraft {
  // The reader's way to the original carries no tracking parameters (identity ignores them too).
  const url = cleanLink(item.link ?? page?.url ?? feed.siteUrl ?? feedUrl);
  const fromPage = page?.contentHtml ? page : null;
  const rawBody = fromPage?.contentHtml ?? feedBody(item);
  const baseUrl = fromPage ? fromPage.url : (item.baseUrl ?? item.link ?? feedUrl);
  const safe = sanitizeArticleHtml(rawBody, { baseUrl });
  const title = item.title.trim() || page?.title?.trim() || 'Untitled';
  return {
    url,
    canonicalUrl: page?.canonicalUrl ? cleanLink(page.canonicalUrl) : url,
    title,
    author: item.author?.trim() || page?.author?.trim() || null,
    publishedAt: clampToSeen(item.publishedAt ?? page?.publishedAt ?? null, firstSeen),
    excerptHtml: makeExcerpt(safe, excerptWords).html,
    bodyText: htmlToText(safe),
    // The feed's picture first, else the page's og:image; each only if it can be shown over https.
    imageUrl: leadImageUrl(item.imageUrl) ?? leadImageUrl(page?.imageUrl),
    language: page?.language ?? feed.language ?? null,
    topics: item.categories.map((c) => c.trim().toLowerCase()).filter((c) => c.length > 0 && c.length <= 40).slice(0, 5),
  };
}
