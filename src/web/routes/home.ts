import type { FastifyInstance } from 'fastify';
import { countArticles, listArticles } from '../../store/articles.js';
import { requestSettings, type WebContext } from '../context.js';
import { ErrorPage } from '../pages/error.js';
import { HomePage } from '../pages/home.js';
import { sendPage } from '../render.js';

export function homeRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get<{ Querystring: { page?: string } }>('/', async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const raw = request.query.page ?? '1';
    const page = /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : NaN;
    const total = await countArticles(ctx.db, {});
    const pageCount = Math.max(1, Math.ceil(total / settings.articlesPerPage));
    if (!Number.isInteger(page) || page > pageCount) {
      return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: `There are ${pageCount} pages of articles; this one does not exist.` }), 404);
    }
    const articles = await listArticles(ctx.db, {}, settings.articlesPerPage, (page - 1) * settings.articlesPerPage);
    return sendPage(reply, HomePage({ settings, articles, page, pageCount, publicUrl: ctx.config.publicUrl }));
  });
}
