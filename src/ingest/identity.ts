import { createHash } from 'node:crypto';
import type { FeedItem } from './types.js';

/** Query parameters that only say where a click came from; they never change the page. */
const trackingParameter = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|yclid|ref_src)$/i;

export function isTrackingParameter(name: string): boolean {
  return trackingParameter.test(name);
}

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
  for (const name of [...url.searchParams.keys()]) if (isTrackingParameter(name)) url.searchParams.delete(name);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href.replace(/^https?:/, '');
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
