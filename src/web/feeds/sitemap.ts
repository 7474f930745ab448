import type { SitemapArticle } from '../../store/articles.js';
import type { SourceListing } from '../../store/sources.js';
import { escapeXml } from '../../text/xml.js';
import { articleUrl } from './entry.js';

/** A sitemap file may list at most this many addresses. */
export const SITEMAP_MAX_URLS = 50_000;

/** Google News lists articles published within this window. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Google News wants ISO 639 codes, except zh-cn and zh-tw. */
export function newsLanguage(language: string | null, fallback = 'en'): string {
  const tag = (language ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'zh-cn' || tag === 'zh-tw') return tag;
  if (tag.startsWith('zh-hant')) return 'zh-tw';
  if (tag.startsWith('zh')) return 'zh-cn';
  const primary = tag.split('-')[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : fallback;
}

function iso(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

export interface SitemapInput {
  publicUrl: string;
  siteName: string;
  articles: readonly SitemapArticle[];
  sources: readonly SourceListing[];
  now: Date;
}

/** Whether an article published at `publishedMs` carries news tags at `nowMs`. */
function inNewsWindow(publishedMs: number, nowMs: number): boolean {
  return publishedMs <= nowMs && nowMs - publishedMs <= NEWS_WINDOW_MS;
}

/**
 * The first moment after `now` at which some article enters or leaves the news window, so
 * the sitemap would read differently with the same articles; null when none ever will.
 */
export function newsWindowChangesAt(articles: readonly Pick<SitemapArticle, 'publishedAt'>[], now: Date): number | null {
  const nowMs = now.getTime();
  let next: number | null = null;
  for (const a of articles) {
    const published = Date.parse(a.publishedAt);
    if (Number.isNaN(published)) continue;
    const change = published > nowMs ? published : inNewsWindow(published, nowMs) ? published + NEWS_WINDOW_MS + 1 : null;
    if (change !== null && (next === null || change < next)) next = change;
  }
  return next;
}

/** The desk's sitemap: home, the sources, each source, each article (with news tags for recent ones). */
export function renderSitemap({ publicUrl, siteName, articles, sources, now }: SitemapInput): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
  ];
  const url = (loc: string, lastmod: string | null, extra = '') =>
    lines.push(`  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(iso(lastmod))}</lastmod>` : ''}${extra}</url>`);

  const newest = articles.reduce<string | null>((max, a) => (max === null || a.updatedAt > max ? a.updatedAt : max), null);
  url(`${publicUrl}/`, newest);
  url(`${publicUrl}/sources`, newest);
  for (const s of sources) url(`${publicUrl}/sources/${encodeURIComponent(s.slug)}`, s.latestAt);

  const room = Math.max(0, SITEMAP_MAX_URLS - 2 - sources.length);
  for (const a of articles.slice(0, room)) {
    const news = inNewsWindow(Date.parse(a.publishedAt), now.getTime())
      ? '<news:news><news:publication>' +
        `<news:name>${escapeXml(siteName)}</news:name><news:language>${escapeXml(newsLanguage(a.language))}</news:language>` +
        `</news:publication><news:publication_date>${escapeXml(iso(a.publishedAt))}</news:publication_date>` +
        `<news:title>${escapeXml(a.title)}</news:title></news:news>`
      : '';
    url(articleUrl(publicUrl, a.slug), a.updatedAt, news);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** Everyone may crawl the public pages; staff pages (to come) are off limits. */
export function renderRobots(publicUrl: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin/', '', `Sitemap: ${publicUrl}/sitemap.xml`, ''].join('\n');
}
