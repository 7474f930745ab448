import type { FastifyInstance } from 'fastify';
import { listSitemapArticles } from '../../store/articles.js';
import { sitemapStamp } from '../../store/feed-versions.js';
import { listSourcesWithCounts } from '../../store/sources.js';
import { requestSettings, type WebContext } from '../context.js';
import { newsWindowChangesAt, renderRobots, renderSitemap, SITEMAP_MAX_URLS } from '../feeds/sitemap.js';
import { sendCachedFeed } from './feeds.js';

/**
 * The sitemap's version is an aggregate over every visible article (a scan of the table), so a
 * node asks for it at most this often; shared caches may keep the sitemap five minutes anyway.
 */
export const SITEMAP_CHECK_MS = 60_000;

type SitemapStamp = Awaited<ReturnType<typeof sitemapStamp>>;

export function seoRoutes(app: FastifyInstance, ctx: WebContext, checkMs: number = SITEMAP_CHECK_MS): void {
  let kept: { stamp: Promise<SitemapStamp>; until: number } | null = null;
  const currentStamp = (): Promise<SitemapStamp> => {
    const now = Date.now();
    if (kept && now < kept.until) return kept.stamp;
    const entry = { stamp: sitemapStamp(ctx.db), until: now + checkMs };
    kept = entry;
    entry.stamp.catch(() => {
      if (kept === entry) kept = null;
    });
    return entry.stamp;
  };

  app.get('/sitemap.xml', async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const publicUrl = ctx.config.publicUrl;
    const version = { publicUrl, siteName: settings.siteName, stamp: await currentStamp() };
    return sendCachedFeed(request, reply, ctx, 'sitemap', version, async () => {
      const [articles, sources] = await Promise.all([listSitemapArticles(ctx.db, SITEMAP_MAX_URLS), listSourcesWithCounts(ctx.db)]);
      const now = new Date();
      // The news tags follow the clock: the same articles give another sitemap once one leaves the last two days.
      return { body: renderSitemap({ publicUrl, siteName: settings.siteName, articles, sources, now }), contentType: 'application/xml; charset=utf-8', staleAt: newsWindowChangesAt(articles, now) };
    });
  });

  app.get('/robots.txt', async (request, reply) =>
    sendCachedFeed(request, reply, ctx, 'robots', ctx.config.publicUrl, async () => ({ body: renderRobots(ctx.config.publicUrl), contentType: 'text/plain; charset=utf-8', staleAt: null })),
  );
}
