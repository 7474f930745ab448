import { createHash } from 'node:crypto';
import { stripTrackingParams } from './extract/urls.js';
import type { FeedItem } from './types.js';

/**
 * The key of a page address: scheme dropped (http and https of one page are one story),
 * host lowercased, default port, fragment and tracking parameters dropped, trailing
 * slash removed (except the root).
 */
export function linkKey(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  stripTrackingParams(url);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href.replace(/^https?:/, '');
}

/**
 * A link as the article keeps it: tracking parameters removed, everything else as written.
 * The identity key (linkKey) already ignores them, so cleaning changes no article's identity.
 */
export function cleanLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return link;
  const before = url.search;
  stripTrackingParams(url);
  return url.search === before ? link : url.href;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * An item's identity within its source, in order of trust: the publisher's GUID, else the
 * normalized link, else its title and text. Hashed so keys have one length.
 */
export function itemIdentity(item: Pick<FeedItem, 'guid' | 'link' | 'title' | 'contentHtml' | 'summaryHtml'>): string {
  const guid = item.guid?.trim();
  if (guid) return sha256(`guid:${guid}`);
  const link = item.link ? linkKey(item.link) : null;
  if (link) return sha256(`link:${link}`);
  return sha256(`text:${item.title}\n${item.contentHtml ?? item.summaryHtml ?? ''}`);
}

/** Changes when the publisher edits the title or the text. */
export function contentHash(title: string, bodyHtml: string): string {
  return sha256(`${title}\n${bodyHtml}`);
}
