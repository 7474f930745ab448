import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { cutAtSlots, type SlotTemplate } from './slots.js';

/*
 * Rendered public pages as anonymous readers see them, kept until something they show changes.
 * Each page names the scopes it depends on (`article:12`, `story:4`, `source:3`, `desk`); the
 * store's triggers record every change by scope (migration 015), and a change drops exactly the
 * pages depending on it, `*` (the settings) all of them. Where the changes come from (a table
 * read on SQLite, notifications on PostgreSQL) is a PageChangeSource (./change-sources.ts).
 *
 * A render that began before a change it depends on is not kept: each render is stamped with
 * the count of changes applied when it began, and the changes since are checked when it is put.
 */

export interface PageCacheLimits {
  /** Bytes kept over all pages and their compressed copies (least recently used go first). */
  maxBytes: number;
}

export const defaultPageCacheLimits: PageCacheLimits = { maxBytes: 32 * 1024 * 1024 };

/** What a route hands over after rendering a page for the cache. */
export interface RenderedPage {
  html: string;
  /** Scopes whose change alters this page. */
  dependsOn: readonly string[];
  /** When the page would read differently with no change in the store (comments close), ms since the epoch; null for never. */
  staleAt: number | null;
  /** The id of what the page's forms are about (an article), for filling its slots on a hit. */
  subjectId?: number;
  /** Default: an HTML page. */
  contentType?: string;
  /** A document any cache may keep this long (a feed); default: shared caches briefly, browsers revalidate. */
  maxAgeSeconds?: number;
  /**
   * When these bytes were first served, if a cache behind this one knows (the feed cache). Pages
   * have none: two versions within one second would share a date, and If-Modified-Since could
   * then hide the second; their ETag tells them apart.
   */
  lastModified?: Date | null;
}

export interface CachedPage {
  template: SlotTemplate;
  dependsOn: readonly string[];
  staleAt: number | null;
  subjectId: number | null;
  contentType: string;
  maxAgeSeconds: number | null;
  /** Quoted digest of the template: with no slots, of the very bytes served. */
  etag: string;
  /** When these bytes were first served, to the second, when known (feeds); null for pages. */
  lastModified: Date | null;
  /** Compressed copies of a page without slots, once made (off the event loop); null until then. */
  compressed: { br: Buffer; gzip: Buffer } | null;
}

/** A page is at least this many bytes before compressed copies are worth keeping. */
const COMPRESS_FROM_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** How many applied changes are remembered for checking renders that were under way. */
const RECENT_CHANGES = 4096;

/** A rendered page cut at its slots, with its validators, as it is kept or served once. */
export function pageOf(rendered: RenderedPage): CachedPage {
  const template = cutAtSlots(rendered.html);
  const digest = createHash('sha256');
  for (const piece of template.pieces) digest.update(piece);
  digest.update(template.slots.join(','));
  return {
    template,
    dependsOn: rendered.dependsOn,
    staleAt: rendered.staleAt,
    subjectId: rendered.subjectId ?? null,
    contentType: rendered.contentType ?? 'text/html; charset=utf-8',
    maxAgeSeconds: rendered.maxAgeSeconds ?? null,
    etag: `"${digest.digest('base64url').slice(0, 27)}"`,
    lastModified: rendered.lastModified ?? null,
    compressed: null,
  };
}

function weight(page: CachedPage): number {
  return page.template.size + (page.compressed ? page.compressed.br.length + page.compressed.gzip.length : 0);
}

export class PageCache {
  readonly #limits: PageCacheLimits;
  /** Map order is recency: the first entry is the least recently used. */
  readonly #pages = new Map<string, CachedPage>();
  /** Which kept pages depend on each scope. */
  readonly #dependents = new Map<string, Set<string>>();
  /** The last RECENT_CHANGES scopes applied, the newest last; #applied counts every one ever. */
  readonly #recent: string[] = [];
  #applied = 0;
  #bytes = 0;
  /** How many pages were rendered for the cache and kept: what it saves shows in tests and metrics. */
  stored = 0;
  hits = 0;

  constructor(limits: PageCacheLimits = defaultPageCacheLimits) {
    this.#limits = limits;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#pages.size;
  }

  /** The stamp a render takes before it reads the store; put() refuses it if a change it depends on came after. */
  stamp(): number {
    return this.#applied;
  }

  /** A change of `scope` happened: drops every page depending on it (`*`: every page). */
  changed(scope: string): void {
    this.#applied++;
    this.#recent.push(scope);
    if (this.#recent.length > RECENT_CHANGES) this.#recent.shift();
    if (scope === '*') return this.#forgetAll();
    const keys = this.#dependents.get(scope);
    if (!keys) return;
    for (const key of [...keys]) this.#drop(key);
  }

  /** Forgets every page, e.g. while changes may be going unheard: a change of everything. */
  clear(): void {
    this.changed('*');
  }

  #forgetAll(): void {
    this.#pages.clear();
    this.#dependents.clear();
    this.#bytes = 0;
  }

  /** The page kept under `key`, if it is still current. */
  get(key: string, now = Date.now()): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    if (page.staleAt !== null && page.staleAt <= now) {
      this.#drop(key);
      return undefined;
    }
    this.#pages.delete(key);
    this.#pages.set(key, page);
    this.hits++;
    return page;
  }

  /**
   * Keeps a page rendered after `stamp()` returned `stampedAt`, unless a change it depends on was
   * applied since (or too many changes for the check to be sure). Returns the page as kept, or
   * as it would have been, for serving either way.
   */
  put(key: string, rendered: RenderedPage, stampedAt: number): CachedPage {
    const page = pageOf(rendered);
    const { template } = page;
    if (!this.#unchangedSince(stampedAt, rendered.dependsOn) || template.size > this.#limits.maxBytes / 4) return page;
    this.#drop(key);
    this.#pages.set(key, page);
    for (const scope of page.dependsOn) {
      let keys = this.#dependents.get(scope);
      if (!keys) this.#dependents.set(scope, (keys = new Set()));
      keys.add(key);
    }
    this.#bytes += weight(page);
    this.stored++;
    this.#evict();
    if (template.slots.length === 0 && template.size >= COMPRESS_FROM_BYTES) void this.#compress(key, page);
    return page;
  }

  #unchangedSince(stampedAt: number, dependsOn: readonly string[]): boolean {
    const since = this.#applied - stampedAt;
    if (since === 0) return true;
    if (since > this.#recent.length) return false;
    const recent = this.#recent.slice(this.#recent.length - since);
    return !recent.some((scope) => scope === '*' || dependsOn.includes(scope));
  }

  async #compress(key: string, page: CachedPage): Promise<void> {
    const body = page.template.pieces[0]!;
    try {
      const [br, gz] = await Promise.all([
        brotli(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzipAsync(body, { level: 9 }),
      ]);
      // Dropped or replaced meanwhile: the copies belong to nothing kept.
      if (this.#pages.get(key) !== page) return;
      this.#bytes -= weight(page);
      page.compressed = { br, gzip: gz };
      this.#bytes += weight(page);
      this.#evict();
    } catch {
      // Served uncompressed; nothing is lost.
    }
  }

  #evict(): void {
    for (const key of this.#pages.keys()) {
      if (this.#bytes <= this.#limits.maxBytes) return;
      this.#drop(key);
    }
  }

  #drop(key: string): void {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= weight(page);
    for (const scope of page.dependsOn) {
      const keys = this.#dependents.get(scope);
      keys?.delete(key);
      if (keys?.size === 0) this.#dependents.delete(scope);
    }
  }
}
