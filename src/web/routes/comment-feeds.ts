import type { FastifyInstance } from 'fastify';
import { findVisibleArticleBySlug } from '../../store/articles.js';
import { listApprovedCommentShapes, listFeedComments } from '../../store/comments.js';
import type { WebContext } from '../context.js';
import { articleUrl, toDate } from '../feeds/index.js';
import { articleCommentsFeedPath, commentFeedType, deskCommentsFeedPath, renderCommentsRss, type CommentFeedHead } from '../feeds/comments.js';
import { commentPaths } from '../feeds/comments-links.js';
import { FEED_LENGTH, sendCacheable } from './feeds.js';

/** `/comments.xml` for the desk and `/articles/:slug/comments.xml` for one article: approved comments, newest 50. */
export function commentFeedRoutes(app: FastifyInstance, ctx: WebContext): void {
  async function send(articleId: number | undefined, head: CommentFeedHead) {
    const settings = await ctx.settings();
    const comments = await listFeedComments(ctx.db, articleId === undefined ? {} : { articleId }, FEED_LENGTH);
    const shapes = await listApprovedCommentShapes(ctx.db, comments.map((c) => c.article_id));
    const paths = commentPaths(comments, shapes, { perPage: settings.commentsPerPage, threadDepth: settings.threadDepth });
    const { body, lastModified } = renderCommentsRss({ head, comments, paths, publicUrl: ctx.config.publicUrl });
    return { body, lastModified, contentType: commentFeedType };
  }

  app.get(deskCommentsFeedPath, async (request, reply) => {
    const settings = await ctx.settings();
    const publicUrl = ctx.config.publicUrl;
    const doc = await send(undefined, {
      title: `Comments – ${settings.siteName}`,
      description: `The latest comments on ${settings.siteName}.`,
      pageUrl: `${publicUrl}/`,
      selfUrl: publicUrl + deskCommentsFeedPath,
      language: 'en',
      emptyUpdated: new Date(0),
    });
    return sendCacheable(request, reply, doc);
  });

  app.get<{ Params: { slug: string } }>('/articles/:slug/comments.xml', async (request, reply) => {
    const found = await findVisibleArticleBySlug(ctx.db, request.params.slug);
    if (!found) return reply.callNotFound();
    const { article } = found;
    const settings = await ctx.settings();
    const publicUrl = ctx.config.publicUrl;
    const doc = await send(article.id, {
      title: `Comments on ${article.title} – ${settings.siteName}`,
      description: `Comments on “${article.title}”, as published on ${settings.siteName}.`,
      pageUrl: articleUrl(publicUrl, article.slug),
      selfUrl: publicUrl + articleCommentsFeedPath(article.slug),
      language: article.language ?? 'en',
      emptyUpdated: toDate(article.published_at, new Date(0)),
    });
    return sendCacheable(request, reply, doc);
  });
}
