import { createHash } from 'node:crypto';

/*
 * Rendered feeds (RSS, Atom, JSON Feed, comment feeds, the sitemap), kept until what they
 * show changes. Each request asks the database a cheap question whose answer is the feed's
 * version (src/store/feed-versions.ts, plus the settings and rows shown in the feed's head);
 * the same version gives the stored bytes, a new one renders once. Several web nodes may
 * share the database, so the version always comes from it, never from this process alone.
 */

/** A document as a renderer hands it over. */
export interface FeedDocument {
  body: string;
  contentType: string;
  /**
   * When the document would read differently although the database has not changed (the
   * sitemap's news tags cover the last two days), in ms since the epoch; null for never.
   */
  staleAt: number | null;
}

/** A document as it is served, with its validators: the body kept only as bytes, so it is not held twice. */
export interface CachedFeed extends Omit<FeedDocument, 'body'> {
  /** The body encoded once, so a hit writes bytes without encoding 50 entries again. */
  bytes: Buffer;
  version: string;
  /** Quoted, a digest of the body: it changes whenever the body does. */
  etag: string;
  /**
   * When this node first served these bytes (to the second), not the newest entry's date:
   * hiding an article or approving an old comment changes a feed without a newer entry.
   * Null when that would not be later than a date this key was served with before, so
   * If-Modified-Since cannot hide a change made within the same second.
   */
  lastModified: Date | null;
}

export interface FeedCacheLimits {
  /** Feeds kept at once (desk, per-source and per-article feeds in every format). */
  maxEntries: number;
  /** Bytes kept over all encoded bodies; a larger body is served but not kept. */
  maxBytes: number;
}

export const defaultFeedCacheLimits: FeedCacheLimits = { maxEntries: 128, maxBytes: 32 * 1024 * 1024 };

/** A version string made short: any data the feed's content depends on, in a stable order. */
export function versionOf(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

interface Entry {
  feed: CachedFeed;
  /** The latest Last-Modified this key was ever served with (ms), so no later version repeats it. */
  issuedUpTo: number;
}

/** What an entry holds in memory: its encoded body. */
function weight(entry: Entry): number {
  return entry.feed.bytes.length;
}

/** A small LRU of rendered feeds by feed key (e.g. `rss:source:12`), each at one version. */
export class FeedCache {
  readonly #limits: FeedCacheLimits;
  /** Map order is recency: the first entry is the least recently used. */
  readonly #entries = new Map<string, Entry>();
  /** Renders under way, by key and version: a burst of requests for a new version renders once. */
  readonly #rendering = new Map<string, Promise<CachedFeed>>();
  #bytes = 0;
  /** How many documents were rendered: what the cache saves is visible in tests and metrics. */
  renders = 0;

  constructor(limits: FeedCacheLimits = defaultFeedCacheLimits) {
    this.#limits = limits;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The feed at `version`: stored, or rendered now (once, however many ask together). */
  async get(key: string, version: string, render: () => Promise<FeedDocument>, now: () => number = Date.now): Promise<CachedFeed> {
    const stored = this.#entries.get(key);
    if (stored && stored.feed.version === version && (stored.feed.staleAt === null || now() < stored.feed.staleAt)) {
      this.#entries.delete(key);
      this.#entries.set(key, stored);
      return stored.feed;
    }
    const pendingKey = `${key}\n${version}`;
    const pending = this.#rendering.get(pendingKey);
    if (pending) return pending;
    const rendering = this.#render(key, version, render, now).finally(() => this.#rendering.delete(pendingKey));
    this.#rendering.set(pendingKey, rendering);
    return rendering;
  }

  async #render(key: string, version: string, render: () => Promise<FeedDocument>, now: () => number): Promise<CachedFeed> {
    this.renders++;
    const doc = await render();
    const bytes = Buffer.from(doc.body, 'utf8');
    const etag = etagOf(bytes);
    const previous = this.#entries.get(key);
    const servedAt = Math.floor(now() / 1000) * 1000;
    let lastModified: Date | null;
    let issuedUpTo = previous?.issuedUpTo ?? 0;
    if (previous && previous.feed.etag === etag) lastModified = previous.feed.lastModified;
    else if (servedAt <= issuedUpTo) lastModified = null;
    else {
      lastModified = new Date(servedAt);
      issuedUpTo = servedAt;
    }
    const feed: CachedFeed = { contentType: doc.contentType, staleAt: doc.staleAt, bytes, version, etag, lastModified };
    this.#store(key, { feed, issuedUpTo });
    return feed;
  }

  #store(key: string, entry: Entry): void {
    this.#drop(key);
    if (weight(entry) > this.#limits.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += weight(entry);
    for (const [oldest] of this.#entries) {
      if (this.#entries.size <= this.#limits.maxEntries && this.#bytes <= this.#limits.maxBytes) break;
      this.#drop(oldest);
    }
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= weight(entry);
  }
}

const caches = new WeakMap<object, FeedCache>();

/** The cache of one desk's web context (one per process, shared by its feed routes). */
export function feedCacheOf(owner: object): FeedCache {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new FeedCache();
    caches.set(owner, cache);
  }
  return cache;
}
