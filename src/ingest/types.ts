/*
 * The values that travel along the ingest flow:
 *   fetch → FetchResult (bytes) → parse → ParsedFeed (FeedItem[]) → extract/sanitize → ArticleDraft → store
 * Each stage is a function from one of these to the next.
 */

/** The outcome of one polite HTTP GET. */
export type FetchResult =
  | {
      kind: 'fetched';
      /** The address the body came from, after redirects. */
      url: string;
      body: Buffer;
      /** The Content-Type header as sent, if any. */
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** From Cache-Control: max-age, if the publisher set one. */
      maxAgeSeconds: number | null;
      /** Set when every redirect on the way was permanent (301, 308): the source should move there. */
      permanentUrl: string | null;
    }
  | {
      kind: 'not-modified';
      url: string;
      etag: string | null;
      lastModified: string | null;
      maxAgeSeconds: number | null;
      permanentUrl: string | null;
    };

/** Why a fetch failed, in words a person can act on, with what the scheduler needs. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'timeout' | 'too-large' | 'http' | 'blocked-address' | 'too-many-redirects' | 'bad-url',
    readonly status: number | null = null,
    /** From Retry-After on a 429 or 503. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/**
 * Other fetches kept the host busy past the wait: nothing is wrong with the source, whose next
 * try is only moved on (one request at a time per host, across every worker).
 */
export class HostBusyError extends Error {
  constructor(readonly host: string, waitedMs: number) {
    super(`Other fetches kept ${host} busy for ${Math.round(waitedMs / 1000)} s (one request at a time per host); tried again later.`);
    this.name = 'HostBusyError';
  }
}

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  /** What to ask for; defaults to feeds and HTML. */
  accept?: string;
  maxBytes?: number;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxRedirects?: number;
  /** Only the test suite and NEWSDESK_ALLOW_PRIVATE_FEEDS=1 turn this on. */
  allowPrivateAddresses?: boolean;
  userAgent?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** One entry of a feed, normalized across formats. URLs are absolute; text is decoded once. */
export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string;
  author: string | null;
  /** Null when the feed gives none or gives one that cannot be read. */
  publishedAt: Date | null;
  updatedAt: Date | null;
  /** The fullest HTML body the feed carries (content:encoded, Atom content, content_html). */
  contentHtml: string | null;
  /** The short form (description, summary), when it differs from the content. */
  summaryHtml: string | null;
  imageUrl: string | null;
  categories: string[];
  /** What relative URLs in the body resolve against (xml:base, else the feed URL). */
  baseUrl?: string;
  enclosures: { url: string; type: string | null; length: number | null }[];
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The publisher's home page. */
  siteUrl: string | null;
  description: string;
  language: string | null;
  /** RSS <ttl>, in minutes. */
  ttlMinutes: number | null;
  items: FeedItem[];
  /** Items past the limit on what one feed may bring (MAX_FEED_ITEMS), not read. */
  itemsLeftOut?: number;
}

/** A feed document could not be read at all; the message says why, for the source's last error. */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

/** What the article page itself says about the article, from its metadata and main text. */
export interface ExtractedPage {
  /** Main content as found by readability, not yet sanitized. */
  contentHtml: string | null;
  title: string | null;
  author: string | null;
  publishedAt: Date | null;
  imageUrl: string | null;
  canonicalUrl: string | null;
  language: string | null;
}
