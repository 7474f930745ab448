import type { FastifyInstance } from 'fastify';
import { listSitemapArticles } from '../../store/articles.js';
import { listSourcesWithCounts } from '../../store/sources.js';
import type { WebContext } from '../context.js';
import { renderRobots, renderSitemap, SITEMAP_MAX_URLS } from '../feeds/sitemap.js';
import { sendCacheable } from './feeds.js';

export function seoRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/sitemap.xml', async (request, reply) => {
    const settings = await ctx.settings();
    const [articles, sources] = await Promise.all([listSitemapArticles(ctx.db, SITEMAP_MAX_URLS), listSourcesWithCounts(ctx.db)]);
    const body = renderSitemap({ publicUrl: ctx.config.publicUrl, siteName: settings.siteName, articles, sources, now: new Date() });
    const newest = articles.reduce<number>((max, a) => Math.max(max, Date.parse(a.updatedAt) || 0), 0);
    return sendCacheable(request, reply, { body, contentType: 'application/xml; charset=utf-8', lastModified: newest > 0 ? new Date(newest) : null });
  });

  app.get('/robots.txt', async (request, reply) =>
    sendCacheable(request, reply, { body: renderRobots(ctx.config.publicUrl), contentType: 'text/plain; charset=utf-8', lastModified: null }),
  );
}
