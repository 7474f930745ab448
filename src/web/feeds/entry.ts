import type { FeedArticle } from '../../store/articles.js';
import { leadImageUrl } from '../../ingest/parse/lead-image.js';
import { escapeHtml } from '../../text/html.js';
import { plainTextTeaser } from '../format.js';

/** What a feed says about itself, whatever the format. URLs are absolute. */
export interface FeedHead {
  title: string;
  description: string;
  siteName: string;
  /** The desk's public address, without a trailing slash. */
  publicUrl: string;
  /** The HTML page this feed mirrors (the home page, a source's page). */
  pageUrl: string;
  /** This document's own address. */
  selfUrl: string;
  language: string;
  /** Newest entry's update time, or the fallback given for an empty feed. */
  updated: Date;
}

/** One article as every feed format publishes it. */
export interface FeedEntry {
  /** Our article page: the entry's link and its permanent id. */
  url: string;
  /** The article at its publisher. */
  originalUrl: string;
  title: string;
  author: string | null;
  published: Date;
  updated: Date;
  /** The excerpt, closed with "Read further at <a href=original>Source</a>". */
  contentHtml: string;
  /** Plain-text teaser for JSON Feed's summary. */
  summary: string;
  imageUrl: string | null;
  language: string | null;
  categories: string[];
  source: { title: string; siteUrl: string; feedUrl: string | null };
}

/** The closing line every published excerpt carries. */
export function readFurtherHtml(originalUrl: string, sourceTitle: string): string {
  return `<p class="read-further">Read further at <a href="${escapeHtml(originalUrl)}">${escapeHtml(sourceTitle)}</a></p>`;
}

/** Topic words from their stored JSON text; anything unreadable gives none. */
export function parseTopics(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean))];
  } catch {
    return [];
  }
}

export function articleUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/articles/${encodeURIComponent(slug)}`;
}

export function toDate(iso: string, fallback: Date): Date {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? fallback : d;
}

export function feedEntry(article: FeedArticle, publicUrl: string): FeedEntry {
  const published = toDate(article.publishedAt, new Date(0));
  const updated = toDate(article.updatedAt, published);
  return {
    url: articleUrl(publicUrl, article.slug),
    originalUrl: article.url,
    title: article.title,
    author: (article.author ?? '').trim() || null,
    published,
    // An entry is never updated before it was published.
    updated: updated < published ? published : updated,
    contentHtml: article.excerptHtml + readFurtherHtml(article.url, article.sourceTitle),
    summary: plainTextTeaser(article.excerptHtml, 45),
    // The same rule as the pages: rows stored before it may still hold an http or odd address.
    imageUrl: leadImageUrl(article.imageUrl),
    language: article.language,
    categories: parseTopics(article.topics),
    source: { title: article.sourceTitle, siteUrl: article.sourceSiteUrl, feedUrl: article.sourceFeedUrl },
  };
}

/** The newest update among entries, or the fallback when there are none. */
export function latestUpdate(entries: readonly FeedEntry[], fallback: Date): Date {
  let latest: Date | null = null;
  for (const e of entries) if (!latest || e.updated > latest) latest = e.updated;
  return latest ?? fallback;
}
