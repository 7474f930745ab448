import type { FastifyInstance } from 'fastify';
import { countArticles, listArticles } from '../../store/articles.js';
import { listActiveStories } from '../../store/stories.js';
import { requestSettings, type WebContext } from '../context.js';
import { recentSince } from '../recent.js';
import { STORY_ACTIVE_DAYS } from './stories.js';
import { ErrorPage } from '../pages/error.js';
import { HomePage } from '../pages/home.js';
import { sendPage } from '../render.js';
import { listPage, sendListPage } from '../page-cache/list-pages.js';

/** How many top stories the home page shows when the setting is on. */
const TOP_STORIES = 5;

export function homeRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get<{ Querystring: { page?: string } }>('/', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const raw = request.query.page ?? '1';
      const page = /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : NaN;
      const total = await countArticles(ctx.db, {});
      const pageCount = Math.max(1, Math.ceil(total / settings.articlesPerPage));
      if (!Number.isInteger(page) || page > pageCount) {
        return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: `There are ${pageCount} pages of articles; this one does not exist.` }), 404);
      }
      const articles = await listArticles(ctx.db, {}, settings.articlesPerPage, (page - 1) * settings.articlesPerPage);
      // Only stories several outlets report are news of their own; a story of one article is just that article.
      const showsStories = settings.homeShowsStories && page === 1;
      const topStories = showsStories ? (await listActiveStories(ctx.db, await recentSince(ctx.db, STORY_ACTIVE_DAYS), TOP_STORIES, 0)).filter((story) => story.sourceCount >= 2) : [];
      return listPage(HomePage({ settings, articles, topStories, page, pageCount, publicUrl: ctx.config.publicUrl }));
    });
  });
}
