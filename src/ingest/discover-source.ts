import { decodeDocument } from './parse/decode.js';
import { commonFeedPaths, findFeedLinks } from './parse/discover.js';
import { looksLikeHtml, parseFeed } from './parse/parse-feed.js';
import { resolveHttpUrl } from './parse/text.js';
import { FetchError, type FetchOptions, type FetchResult, type ParsedFeed } from './types.js';

export interface DiscoveredFeed {
  feedUrl: string;
  feed: ParsedFeed;
}

/**
 * Why discovery found nothing, as a kind a page can put in its own words (src/ingest/fetch/error-words.ts):
 * not an http(s) address; the host as a whole failed or was refused (`error`); or no feed, with
 * the typed address's own failure when it had one (a 404, say).
 */
export type DiscoveryProblem = { kind: 'not-a-web-address' } | { kind: 'fetch'; error: FetchError } | { kind: 'no-feed'; firstFailure: FetchError | null };

/** Why an address a person typed gave no feed, in one line they can act on. */
export class FeedDiscoveryError extends Error {
  constructor(
    message: string,
    readonly problem: DiscoveryProblem = { kind: 'no-feed', firstFailure: null },
  ) {
    super(message);
    this.name = 'FeedDiscoveryError';
  }
}

type FetchFeed = (url: string, options: FetchOptions) => Promise<FetchResult>;

type Attempt = { kind: 'feed'; found: DiscoveredFeed } | { kind: 'page'; html: string; url: string } | { kind: 'failed'; error: unknown };

/**
 * Finds the feed behind an address a person typed: the address itself if it is a feed,
 * else the feeds its page announces with <link rel="alternate">, else the usual paths.
 * When the host cannot be reached or is refused, that is the answer; the usual paths are not tried.
 */
export async function discoverFeed(url: string, fetch: FetchFeed, options: FetchOptions): Promise<DiscoveredFeed> {
  return (await discover(url, fetch, options, 1))[0]!;
}

/** Announced feeds read when a person is to choose among them: each is one bounded fetch. */
export const MAX_ANNOUNCED_FEEDS = 6;

/**
 * Like discoverFeed, but every feed the page announces (up to MAX_ANNOUNCED_FEEDS), in the
 * page's order, for a person to choose from; never empty (it throws instead).
 */
export async function discoverFeeds(url: string, fetch: FetchFeed, options: FetchOptions): Promise<DiscoveredFeed[]> {
  return discover(url, fetch, options, MAX_ANNOUNCED_FEEDS);
}

async function discover(url: string, fetch: FetchFeed, options: FetchOptions, wanted: number): Promise<DiscoveredFeed[]> {
  const start = resolveHttpUrl(url, null);
  if (start === null) throw new FeedDiscoveryError(`${url} is not a web address (expected http:// or https://, e.g. https://example.org/)`, { kind: 'not-a-web-address' });
  const first = await attempt(fetch, start, options);
  if (first.kind === 'feed') return [first.found];
  if (first.kind === 'failed' && hostFailure(first.error)) throw hostFailureError(new URL(start).host, first.error);

  const tried = new Set([start]);
  const announced = first.kind === 'page' ? findFeedLinks(first.html, first.url) : [];
  const announcedFailures: string[] = [];
  const foundFeeds: DiscoveredFeed[] = [];
  for (const candidate of announced) {
    if (foundFeeds.length >= wanted) break;
    if (tried.has(candidate)) continue;
    tried.add(candidate);
    const found = await attempt(fetch, candidate, options);
    if (found.kind === 'feed') {
      if (!foundFeeds.some((f) => f.feedUrl === found.found.feedUrl)) foundFeeds.push(found.found);
      continue;
    }
    announcedFailures.push(`${candidate}: ${found.kind === 'page' ? 'a web page, not a feed' : reasonOf(found.error)}`);
  }
  if (foundFeeds.length > 0) return foundFeeds;

  const origin = new URL(first.kind === 'page' ? first.url : start).origin;
  let usualPathsTried = 0;
  let hostGaveUp: unknown = null;
  for (const path of commonFeedPaths) {
    const candidate = origin + path;
    if (tried.has(candidate)) continue;
    tried.add(candidate);
    usualPathsTried++;
    const found = await attempt(fetch, candidate, options);
    if (found.kind === 'feed') return [found.found];
    // A host that stops answering will not answer the next path either.
    if (found.kind === 'failed' && hostFailure(found.error)) {
      hostGaveUp = found.error;
      break;
    }
  }

  const parts = [`no feed found at ${url}: ${firstAnswer(first, announced.length)}`];
  if (announced.length > 0) parts.push(`the feeds it announces failed (${announcedFailures.join('; ') || 'none could be read'})`);
  if (hostGaveUp !== null) parts.push(`the usual feed addresses on ${origin} failed: ${reasonOf(hostGaveUp)}`);
  else if (usualPathsTried > 0) parts.push(`none of the ${usualPathsTried} usual feed addresses on ${origin} (${commonFeedPaths.slice(0, 3).join(', ')}…) has one`);
  const firstFailure = first.kind === 'failed' && first.error instanceof FetchError ? first.error : null;
  throw new FeedDiscoveryError(parts.join('; '), { kind: 'no-feed', firstFailure });
}

async function attempt(fetch: FetchFeed, candidate: string, options: FetchOptions): Promise<Attempt> {
  try {
    const result = await fetch(candidate, options);
    if (result.kind !== 'fetched') return { kind: 'failed', error: new Error('the server answered 304 Not Modified to a first request') };
    const text = decodeDocument(result.body, result.contentType).text;
    if (looksLikeHtml(text)) return { kind: 'page', html: text, url: result.url };
    return { kind: 'feed', found: { feedUrl: result.url, feed: parseFeed(text, result.url) } };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/** Failures that are about the host as a whole (cannot be reached, refused), not one address on it. */
function hostFailure(error: unknown): error is FetchError {
  return error instanceof FetchError && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'blocked-address' || error.kind === 'bad-url');
}

function hostFailureError(host: string, error: FetchError): FeedDiscoveryError {
  const reason = lowerFirst(error.message);
  const problem = { kind: 'fetch', error } as const;
  if (error.kind === 'blocked-address') return new FeedDiscoveryError(`${reason}; feeds there are refused unless NEWSDESK_ALLOW_PRIVATE_FEEDS=1`, problem);
  if (error.kind === 'bad-url') return new FeedDiscoveryError(reason, problem);
  return new FeedDiscoveryError(`could not reach ${host}: ${reason}`, problem);
}

function firstAnswer(first: Exclude<Attempt, { kind: 'feed' }>, announced: number): string {
  if (first.kind === 'page') return announced > 0 ? 'it is a web page' : 'it is a web page that announces no feed';
  const error = first.error;
  if (error instanceof FetchError && error.kind === 'http') return `it answered ${error.message.replace(/^The server answered /, '')}`;
  if (error instanceof FetchError) return `fetching it failed: ${reasonOf(error)}`;
  return `it is neither a feed nor a web page (${reasonOf(error)})`;
}

function reasonOf(error: unknown): string {
  return lowerFirst(error instanceof Error ? error.message : String(error));
}

/** "The host name…" → "the host name…", but "HTTP…" and "example.org…" stay as they are. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * A fetch for discovery on a person's request: every fetch gets at most what is left of one
 * overall deadline (and a smaller size cap), so discovery as a whole is bounded, however many
 * candidate addresses it tries. Past the deadline a fetch fails as a timeout, which ends it.
 */
export function withDiscoveryDeadline(fetch: FetchFeed, limits: { totalMs: number; maxBytes: number }, now: () => number = Date.now): FetchFeed {
  const until = now() + limits.totalMs;
  return (url, options) => {
    const left = until - now();
    if (left <= 0) return Promise.reject(new FetchError(`Looking for feeds took longer than ${Math.round(limits.totalMs / 1000)} s`, 'timeout'));
    return fetch(url, {
      ...options,
      maxBytes: Math.min(options.maxBytes ?? limits.maxBytes, limits.maxBytes),
      totalTimeoutMs: Math.min(options.totalTimeoutMs ?? left, left),
      connectTimeoutMs: Math.min(options.connectTimeoutMs ?? left, left),
    });
  };
}
