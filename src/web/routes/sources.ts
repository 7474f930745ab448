import type { FastifyInstance } from 'fastify';
import { countArticles, listArticles } from '../../store/articles.js';
import { findSourceBySlug, listSourcesWithCounts } from '../../store/sources.js';
import { requestSettings, type WebContext } from '../context.js';
import { ErrorPage } from '../pages/error.js';
import { SourcePage, SourcesPage } from '../pages/sources.js';
import { sendPage } from '../render.js';
import { listPage, sendListPage } from '../page-cache/list-pages.js';

export function sourceRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/sources', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const sources = await listSourcesWithCounts(ctx.db);
      return listPage(SourcesPage({ settings, sources, publicUrl: ctx.config.publicUrl }));
    });
  });

  app.get<{ Params: { slug: string }; Querystring: { page?: string } }>('/sources/:slug', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const source = await findSourceBySlug(ctx.db, request.params.slug);
      if (!source) {
        return sendPage(reply, ErrorPage({ settings, title: 'Source not found', message: 'There is no source at this address. See the list of sources for those the desk publishes.' }), 404);
      }
      const raw = request.query.page ?? '1';
      const page = /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : NaN;
      const total = await countArticles(ctx.db, { sourceId: source.id });
      const pageCount = Math.max(1, Math.ceil(total / settings.articlesPerPage));
      if (!Number.isInteger(page) || page > pageCount) {
        return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: `There are ${pageCount} pages of articles from ${source.title}; this one does not exist.` }), 404);
      }
      const articles = await listArticles(ctx.db, { sourceId: source.id }, settings.articlesPerPage, (page - 1) * settings.articlesPerPage);
      return listPage(SourcePage({ settings, source, articles, total, page, pageCount, publicUrl: ctx.config.publicUrl }));
    });
  });
}
