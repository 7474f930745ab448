import type { FastifyInstance } from 'fastify';
import { listArticles } from '../../store/articles.js';
import { coMentionedEntities, findEntityBySlug, mostMentionedEntities, quotesBySpeaker, storiesNamingEntity } from '../../store/entities.js';
import { requestSettings, type WebContext } from '../context.js';
import { recentSince } from '../recent.js';
import { EntitiesPage, EntityPage } from '../pages/entities.js';
import { ErrorPage } from '../pages/error.js';
import { sendPage } from '../render.js';
import { listPage, sendListPage } from '../page-cache/list-pages.js';

/** /entities counts the articles of this many days. */
export const ENTITY_DAYS = 7;
const LISTED = 60;
const ON_PAGE = 20;

export function entityRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/entities', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const since = await recentSince(ctx.db, ENTITY_DAYS);
      const entities = await mostMentionedEntities(ctx.db, since, LISTED);
      return listPage(EntitiesPage({ settings, entities, days: ENTITY_DAYS, publicUrl: ctx.config.publicUrl }));
    });
  });

  app.get<{ Params: { slug: string } }>('/entities/:slug', async (request, reply) => {
    return sendListPage(ctx, request, reply, async () => {
      const settings = await requestSettings(ctx, request);
      const entity = request.params.slug.length <= 200 ? await findEntityBySlug(ctx.db, request.params.slug) : undefined;
      if (!entity) {
        return sendPage(reply, ErrorPage({ settings, title: 'Not found', message: 'Nobody and nothing of that name is on this desk. See the people, organizations and places named lately.' }), 404);
      }
      const [articles, stories, quotes, related] = [
        await listArticles(ctx.db, { entityId: entity.id }, ON_PAGE, 0),
        await storiesNamingEntity(ctx.db, entity.id, ON_PAGE),
        entity.type === 'PERSON' ? await quotesBySpeaker(ctx.db, entity.id, ON_PAGE) : [],
        await coMentionedEntities(ctx.db, entity.id, 12),
      ];
      return listPage(EntityPage({ settings, entity, articles, stories, quotes, related, publicUrl: ctx.config.publicUrl }));
    });
  });
}
