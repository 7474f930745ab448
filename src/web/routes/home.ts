import type { FastifyInstance } from 'fastify';
import { countArticles, listArticles } from '../../store/articles.js';
import { listActiveStories } from '../../store/stories.js';
import { requestSettings, type WebContext } from '../context.js';
import { recentSince } from '../recent.js';
import { STORY_ACTIVE_DAYS } from './stories.js';
import { ErrorPage } from '../pages/error.js';
import { HomePage } from '../pages/home.js';
import { homeSections } from '../pages/home-sections.js';
import { TopicPage } from '../pages/topics.js';
import { sendPage } from '../render.js';
import { listPage, sendListPage } from '../page-cache/list-pages.js';

/** How many top stories the home page shows when the setting is on. */
const TOP_STORIES = 5;

/** The front page's sections are drawn from this many newest articles: one bounded, indexed read. */
const SECTION_POOL = 200;

/** Topics are stored lowercased, at most 40 characters (src/ingest/process-item.ts). */
const MAX_TOPIC_LENGTH = 40;

/** `?page=N` as a number; NaN for anything else. */
function pageNumber(raw: string | undefined): number {
  const value = raw ?? '1';
  return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : NaN;
}

export function homeRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get<{ Querystring: { page?: string } }>('/', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const page = pageNumber(request.query.page);
      const total = await countArticles(ctx.db, {});
      const pageCount = Math.max(1, Math.ceil(total / settings.articlesPerPage));
      if (!Number.isInteger(page) || page > pageCount) {
        return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: `There are ${pageCount} pages of articles; this one does not exist.` }), 404);
      }
      const perPage = settings.articlesPerPage;
      // The first page's list is the start of the sections' pool: one read serves both.
      const pool = page === 1 ? await listArticles(ctx.db, {}, Math.max(SECTION_POOL, perPage), 0) : null;
      const articles = pool ? pool.slice(0, perPage) : await listArticles(ctx.db, {}, perPage, (page - 1) * perPage);
      // Only stories several outlets report are news of their own; a story of one article is just that article.
      const showsStories = settings.homeShowsStories && page === 1;
      const topStories = showsStories ? (await listActiveStories(ctx.db, await recentSince(ctx.db, STORY_ACTIVE_DAYS), TOP_STORIES, 0)).filter((story) => story.sourceCount >= 2) : [];
      const sections = pool ? homeSections(pool.slice(0, SECTION_POOL)) : undefined;
      return listPage(HomePage({ settings, articles, topStories, sections, page, pageCount, publicUrl: ctx.config.publicUrl }));
    });
  });

  app.get<{ Params: { topic: string }; Querystring: { page?: string } }>('/topics/:topic', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const topic = request.params.topic.trim().toLowerCase();
      const page = pageNumber(request.query.page);
      const total = topic.length === 0 || topic.length > MAX_TOPIC_LENGTH ? 0 : await countArticles(ctx.db, { topic });
      const pageCount = Math.max(1, Math.ceil(total / settings.articlesPerPage));
      if (total === 0) return sendPage(reply, ErrorPage({ settings, title: 'Topic not found', message: 'None of the desk’s recent articles is filed under this topic.' }), 404);
      if (!Number.isInteger(page) || page > pageCount) {
        return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: `There are ${pageCount} pages of articles on ${topic}; this one does not exist.` }), 404);
      }
      const articles = await listArticles(ctx.db, { topic }, settings.articlesPerPage, (page - 1) * settings.articlesPerPage);
      return listPage(TopicPage({ settings, topic, articles, page, pageCount, publicUrl: ctx.config.publicUrl }));
    });
  });
}
