import type { FastifyInstance } from 'fastify';
import { listArticles } from '../../store/articles.js';
import { countActiveStories, findVisibleStory, listActiveStories } from '../../store/stories.js';
import { requestSettings, type WebContext } from '../context.js';
import { recentSince } from '../recent.js';
import { ErrorPage } from '../pages/error.js';
import { StoriesPage, StoryPage, storyPath } from '../pages/stories.js';
import { sendPage } from '../render.js';
import { listPage, sendListPage } from '../page-cache/list-pages.js';
import { registerFeed } from './feeds.js';

/** A story counts as active while one of its articles is this recent. */
export const STORY_ACTIVE_DAYS = 7;
/** A story page lists at most this many versions. */
const STORY_VERSIONS = 200;

const pageNumber = (raw: string | undefined): number => (raw === undefined ? 1 : /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : NaN);
const storyId = (raw: string): number | null => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null);

export function storyRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get<{ Querystring: { page?: string } }>('/stories', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const since = await recentSince(ctx.db, STORY_ACTIVE_DAYS);
      const page = pageNumber(request.query.page);
      const total = await countActiveStories(ctx.db, since);
      const pageCount = Math.max(1, Math.ceil(total / settings.articlesPerPage));
      if (!Number.isInteger(page) || page > pageCount) {
        return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: `There are ${pageCount} pages of stories; this one does not exist.` }), 404);
      }
      const stories = await listActiveStories(ctx.db, since, settings.articlesPerPage, (page - 1) * settings.articlesPerPage);
      return listPage(StoriesPage({ settings, stories, page, pageCount, activeDays: STORY_ACTIVE_DAYS, publicUrl: ctx.config.publicUrl }));
    });
  });

  app.get<{ Params: { id: string } }>('/stories/:id', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const id = storyId(request.params.id);
      const story = id === null ? undefined : await findVisibleStory(ctx.db, id);
      if (!story) {
        return sendPage(reply, ErrorPage({ settings, title: 'Story not found', message: 'There is no story at this address. See the list of stories for those of the last days.' }), 404);
      }
      const articles = await listArticles(ctx.db, { storyId: story.id }, STORY_VERSIONS, 0, 'earliest');
      return listPage(StoryPage({ settings, story, articles, publicUrl: ctx.config.publicUrl }));
    });
  });

  registerFeed<{ id: string }>(app, ctx, '/stories/:id', async (params, settings) => {
    const id = storyId(params.id);
    const story = id === null ? undefined : await findVisibleStory(ctx.db, id);
    if (!story) return null;
    return {
      key: `story:${story.id}`,
      title: `${story.title} – ${settings.siteName}`,
      description: `Every outlet's version of “${story.title}”, as published on ${settings.siteName}.`,
      pagePath: storyPath(story.id),
      feedDir: storyPath(story.id),
      emptyUpdated: new Date(story.firstSeenAt ?? 0),
      scope: { storyId: story.id },
    };
  });
}
