import { decodeDocument } from './parse/decode.js';
import { commonFeedPaths, findFeedLinks } from './parse/discover.js';
import { looksLikeHtml, parseFeed } from './parse/parse-feed.js';
import { FeedParseError, type FetchOptions, type FetchResult, type ParsedFeed } from './types.js';

export interface DiscoveredFeed {
  feedUrl: string;
  feed: ParsedFeed;
}

/**
 * Finds the feed behind an address a person typed: the address itself if it is a feed,
 * else the feeds its page announces with <link rel="alternate">, else the usual paths.
 */
export async function discoverFeed(url: string, fetch: (url: string, options: FetchOptions) => Promise<FetchResult>, options: FetchOptions): Promise<DiscoveredFeed> {
  const tried: string[] = [];
  const attempt = async (candidate: string): Promise<DiscoveredFeed | { html: string; url: string } | null> => {
    tried.push(candidate);
    try {
      const result = await fetch(candidate, options);
      if (result.kind !== 'fetched') return null;
      const text = decodeDocument(result.body, result.contentType).text;
      if (looksLikeHtml(text)) return { html: text, url: result.url };
      return { feedUrl: result.url, feed: parseFeed(text, result.url) };
    } catch {
      return null;
    }
  };

  const first = await attempt(url);
  if (first && 'feed' in first) return first;
  const announced = first ? findFeedLinks(first.html, first.url) : [];
  const origin = new URL(first?.url ?? url).origin;
  for (const candidate of [...announced, ...commonFeedPaths.map((path) => origin + path)]) {
    if (tried.includes(candidate)) continue;
    const found = await attempt(candidate);
    if (found && 'feed' in found) return found;
  }
  throw new FeedParseError(`No feed found at ${url}. Tried: ${tried.join(', ')}`);
}
