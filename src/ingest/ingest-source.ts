import type { Kysely } from 'kysely';
import type { Database, Source } from '../store/schema.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { insertUnderFreeSlug } from '../store/articles.js';
import { knownIdentities, postponeSourceFetch, recordFetchFailure, recordFetchSuccess, tombstonedIdentities, updateIngestedArticle, type StoredIdentity } from '../store/ingest.js';
import { hostPausedUntil, pauseHost } from '../store/fetch-hosts.js';
import { saveArticleText } from '../store/search-index.js';
import { recordSourceFetch } from '../store/source-fetches.js';
import { slugify } from '../store/slugs.js';
import { countWords } from './extract/excerpt.js';
import { extractPage } from './extract/page.js';
import { describeFetchError } from './fetch/fetcher.js';
import { nextFetchAt } from './fetch/schedule.js';
import { applyFilters, parseFilterRules, type FilterRule } from './filters.js';
import { contentHash, itemIdentity } from './identity.js';
import { decodeDocument } from './parse/decode.js';
import { parseFeed } from './parse/parse-feed.js';
import { draftArticle, feedBody, type ArticleDraft } from './process-item.js';
import { FeedParseError, FetchError, HostBusyError, type FeedItem, type FetchOptions, type FetchResult, type ParsedFeed } from './types.js';

/** Everything one ingest run needs from outside; tests and the demo pass their own fetch. */
export interface IngestDeps {
  db: Kysely<Database>;
  fetch: (url: string, options: FetchOptions) => Promise<FetchResult>;
  fetchOptions: FetchOptions;
  /** Runs a network task under the per-host and overall limits. */
  throttle: <T>(host: string, task: () => Promise<T>) => Promise<T>;
  globalFilters: FilterRule[];
  now: () => Date;
}

export interface SourceReport {
  sourceId: number;
  status: 'fetched' | 'not-modified' | 'failed' | 'host-paused' | 'host-busy';
  newArticles: number;
  updatedArticles: number;
  skippedItems: number;
  error: string | null;
}

/** Host pause when a 429 or 503 came without Retry-After. */
const DEFAULT_HOST_PAUSE_SECONDS = 30 * 60;
/** When other fetches kept the host busy, the source is tried again this much later, with no error counted. */
const HOST_BUSY_RETRY_MS = 60_000;
/** Below this many words a feed body is taken for a summary in full-text "auto" mode. */
const SUMMARY_WORDS = 120;

/**
 * Fetches one source's feed and stores its new and changed items. Any failure (fetch, parse,
 * a page, the write) is recorded on the source, which backs off, and the host is paused when
 * it asked for that (429, 503): every step runs under the one catch below.
 */
export async function ingestSource(deps: IngestDeps, source: Source): Promise<SourceReport> {
  const report: SourceReport = { sourceId: source.id, status: 'failed', newArticles: 0, updatedArticles: 0, skippedItems: 0, error: null };
  const feedUrl = source.feed_url;
  if (!feedUrl) return { ...report, error: 'The source has no feed address.' };
  const started = deps.now();
  const clockStart = performance.now();
  let done: SourceReport;
  let failure: unknown = null;
  try {
    done = await fetchAndStore(deps, source, feedUrl, report, started);
  } catch (error) {
    if (error instanceof HostBusyError) {
      await postponeSourceFetch(deps.db, source.id, new Date(started.getTime() + HOST_BUSY_RETRY_MS));
      return { ...report, status: 'host-busy' };
    }
    failure = error;
    done = await fail(deps, source, report, error, started);
  }
  if (done.status === 'fetched' || done.status === 'not-modified' || done.status === 'failed') {
    await recordSourceFetch(deps.db, {
      sourceId: source.id,
      startedAt: started,
      durationMs: performance.now() - clockStart,
      outcome: done.status,
      httpStatus: done.status === 'fetched' ? 200 : done.status === 'not-modified' ? 304 : failure instanceof FetchError ? failure.status : null,
      itemsNew: done.newArticles,
      itemsUpdated: done.updatedArticles,
      error: done.error,
    });
  }
  return done;
}

async function fetchAndStore(deps: IngestDeps, source: Source, feedUrl: string, report: SourceReport, started: Date): Promise<SourceReport> {
  const host = new URL(feedUrl).host;
  const pausedUntil = await hostPausedUntil(deps.db, host, started);
  if (pausedUntil) {
    await postponeUntilHostResumes(deps, source, pausedUntil);
    return { ...report, status: 'host-paused' };
  }

  const result = await deps.throttle(host, () => deps.fetch(feedUrl, { ...deps.fetchOptions, etag: source.etag, lastModified: source.last_modified }));

  const schedule = (ttlMinutes: number | null) =>
    nextFetchAt({ now: started, intervalMinutes: source.fetch_interval_minutes, ttlMinutes, maxAgeSeconds: result.maxAgeSeconds, retryAfterSeconds: null, consecutiveErrors: 0 });

  if (result.kind === 'not-modified') {
    await recordFetchSuccess(deps.db, source.id, { fetchedAt: started, nextFetchAt: schedule(null), etag: result.etag, lastModified: result.lastModified, feedUrl: result.permanentUrl ?? undefined });
    return { ...report, status: 'not-modified' };
  }

  const feed = parseFeed(decodeDocument(result.body, result.contentType).text, result.url);

  const rules = [...deps.globalFilters, ...safeRules(source.filters)];
  // The parser reads at most MAX_FEED_ITEMS of a feed; the others count as skipped.
  report.skippedItems += feed.itemsLeftOut ?? 0;
  const candidates = feed.items.map((item) => ({ item, guidHash: itemIdentity(item), hash: contentHash(item.title, feedBody(item)) }));
  const hashes = candidates.map((c) => c.guidHash);
  const [known, gone] = await Promise.all([knownIdentities(deps.db, source.id, hashes), tombstonedIdentities(deps.db, source.id, hashes)]);

  const writes: ArticleWrite[] = [];
  for (const candidate of candidates) {
    const existing = known.get(candidate.guidHash);
    if (gone.has(candidate.guidHash)) report.skippedItems++;
    else if (existing?.content_hash !== candidate.hash) {
      const draft = await prepareItem(deps, source, feed, result.url, candidate.item, rules, started);
      if (draft) writes.push({ ...candidate, draft, existing });
      else report.skippedItems++;
      // Each item's work is bounded; between items, whatever else shares this thread gets its turn.
      await nextTurn();
    }
  }
  const written = await writeArticles(deps.db, source.id, writes, started);
  report.newArticles = written.inserted;
  report.updatedArticles = written.updated;

  await recordFetchSuccess(deps.db, source.id, {
    fetchedAt: started,
    nextFetchAt: schedule(feed.ttlMinutes),
    etag: result.etag,
    lastModified: result.lastModified,
    feedUrl: result.permanentUrl ?? undefined,
    siteUrl: source.site_url ? undefined : (feed.siteUrl ?? undefined),
  });
  return { ...report, status: 'fetched' };
}

interface ArticleWrite {
  guidHash: string;
  hash: string;
  draft: ArticleDraft;
  existing: StoredIdentity | undefined;
}

/** Filters, then (when the feed gives only a summary) the page's full text, then the draft. Null when filtered out. */
async function prepareItem(deps: IngestDeps, source: Source, feed: ParsedFeed, feedUrl: string, item: FeedItem, rules: FilterRule[], firstSeen: Date): Promise<ArticleDraft | null> {
  const body = feedBody(item);
  const verdict = applyFilters({ title: item.title, content: body, author: item.author, url: item.link, publishedAt: item.publishedAt }, rules, source.max_age_days, firstSeen);
  if (!verdict.keep) return null;
  const wantsPage = item.link !== null && (source.full_text === 'on' || (source.full_text === 'auto' && countWords(body) < SUMMARY_WORDS));
  const page = wantsPage ? await fetchPage(deps, item.link!) : null;
  return draftArticle({ item, feed, feedUrl, page, excerptWords: source.excerpt_words, firstSeen });
}

/** Rows written per transaction: big enough to save commits, small enough not to hold readers up. */
const WRITE_BATCH = 200;

/**
 * Stores the new and changed articles in short transactions with no network inside. An
 * insert that meets the unique (source, identity) index was stored by another worker first.
 */
async function writeArticles(db: Kysely<Database>, sourceId: number, writes: ArticleWrite[], now: Date): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < writes.length; i += WRITE_BATCH) {
    const batch = writes.slice(i, i + WRITE_BATCH);
    await db.transaction().execute(async (trx) => {
      for (const w of batch) {
        if (w.existing) {
          // A changed text is analysed again (its names and quotes); its story stays, as placed.
          await updateIngestedArticle(trx, w.existing.id, { ...articleColumns(w.draft), content_hash: w.hash, updated_at: now.toISOString(), analyzed_at: null });
          await saveArticleText(trx, w.existing.id, w.draft.bodyText);
          updated++;
        } else {
          const id = await insertDraft(trx, sourceId, w.guidHash, w.hash, w.draft, now);
          if (id !== null) {
            await saveArticleText(trx, id, w.draft.bodyText);
            inserted++;
          }
        }
      }
    });
    await nextTurn();
  }
  return { inserted, updated };
}

function articleColumns(draft: ArticleDraft) {
  return {
    url: draft.url,
    canonical_url: draft.canonicalUrl,
    title: draft.title,
    author: draft.author,
    excerpt_html: draft.excerptHtml,
    image_url: draft.imageUrl,
    language: draft.language,
    topics: JSON.stringify(draft.topics),
  };
}

/** The new article's id; null when another worker stored the same item first: the unique index decides, not luck. */
async function insertDraft(db: Kysely<Database>, sourceId: number, guidHash: string, hash: string, draft: ArticleDraft, now: Date): Promise<number | null> {
  const row = {
    ...articleColumns(draft),
    source_id: sourceId,
    guid_hash: guidHash,
    published_at: draft.publishedAt.toISOString(),
    fetched_at: now.toISOString(),
    updated_at: now.toISOString(),
    content_hash: hash,
  };
  return (await insertUnderFreeSlug(db, row, slugify(draft.title)))?.id ?? null;
}

/** The article page for full text; on any failure the feed's own body is used instead. */
async function fetchPage(deps: IngestDeps, link: string) {
  try {
    const host = new URL(link).host;
    const result = await deps.throttle(host, () => deps.fetch(link, { ...deps.fetchOptions, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' }));
    if (result.kind !== 'fetched') return null;
    const html = decodeDocument(result.body, result.contentType).text;
    return { ...extractPage(html, result.url), url: result.url };
  } catch {
    return null;
  }
}

async function fail(deps: IngestDeps, source: Source, report: SourceReport, error: unknown, started: Date): Promise<SourceReport> {
  const message = describeIngestError(error);
  const retryAfter = error instanceof FetchError ? error.retryAfterSeconds : null;
  if (error instanceof FetchError && (error.status === 429 || error.status === 503) && source.feed_url) {
    const seconds = retryAfter ?? DEFAULT_HOST_PAUSE_SECONDS;
    await pauseHost(deps.db, new URL(source.feed_url).host, new Date(started.getTime() + seconds * 1000), `${error.status} from the server`);
  }
  const next = nextFetchAt({ now: started, intervalMinutes: source.fetch_interval_minutes, ttlMinutes: null, maxAgeSeconds: null, retryAfterSeconds: retryAfter, consecutiveErrors: source.error_count + 1 });
  await recordFetchFailure(deps.db, source.id, { fetchedAt: started, nextFetchAt: next, error: message });
  return { ...report, status: 'failed', error: message };
}

/** The host asked us to wait: move the source's next try to when the pause ends, without counting an error. */
async function postponeUntilHostResumes(deps: IngestDeps, source: Source, until: Date): Promise<void> {
  await postponeSourceFetch(deps.db, source.id, until);
}

function describeIngestError(error: unknown): string {
  if (error instanceof FetchError) return describeFetchError(error);
  if (error instanceof FeedParseError) return error.message;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

function safeRules(json: string): FilterRule[] {
  try {
    return parseFilterRules(json);
  } catch {
    return [];
  }
}
