import { DOMParser } from 'linkedom';
import { boundHtml } from '../extract/bounds.js';
import { PAGE_HTML_LIMITS } from '../extract/page.js';
import { resolveBase, resolveHttpUrl } from './text.js';

const feedTypes = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml']);

/** Where sites commonly put their feed, tried in this order when a page announces none. */
export const commonFeedPaths = ['/feed', '/rss.xml', '/atom.xml', '/feed.json', '/index.xml', '/rss', '/feed.xml', '/atom', '/index.rss', '/feeds/posts/default'] as const;

/**
 * Feed autodiscovery: the <link rel="alternate"> elements of a page whose type is a feed type,
 * as absolute http(s) URLs (relative ones resolved against <base href>, then the page URL),
 * in document order, without repeats.
 */
export function findFeedLinks(html: string, pageUrl: string): string[] {
  // A page is bounded before it becomes a DOM, as for full text (a hostile one nests 20,000 deep).
  const document = new DOMParser().parseFromString(boundHtml(html, PAGE_HTML_LIMITS), 'text/html');
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  const base = resolveBase(baseHref, pageUrl);
  const found: string[] = [];
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate')) continue;
    const type = (link.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!feedTypes.has(type)) continue;
    const url = resolveHttpUrl(link.getAttribute('href'), base);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}
