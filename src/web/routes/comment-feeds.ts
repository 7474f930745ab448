import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findVisibleArticleBySlug } from '../../store/articles.js';
import { commentFeedStamps, listApprovedCommentShapes, listFeedComments } from '../../store/comments.js';
import { approvedCommentsStamp, commentEditsVersion } from '../../store/feed-versions.js';
import { requestSettings, type WebContext } from '../context.js';
import { articleUrl, toDate } from '../feeds/index.js';
import { articleCommentsFeedPath, commentFeedType, deskCommentsFeedPath, renderCommentsRss, type CommentFeedHead } from '../feeds/comments.js';
import { commentPaths, type CommentPaging } from '../feeds/comments-links.js';
import { FEED_LENGTH, sendCachedFeed } from './feeds.js';

/** `/comments.xml` for the desk and `/articles/:slug/comments.xml` for one article: approved comments, newest 50. */
export function commentFeedRoutes(app: FastifyInstance, ctx: WebContext): void {
  /**
   * A comment feed's version is its head, the comments it shows without their text (an edit
   * leaves no date, so the comment-edits version stands for it) and a summary of every approved
   * comment on their articles, which decides the page each one links to. A feed this node has
   * at that version is answered without reading a comment's text.
   */
  async function send(request: FastifyRequest, reply: FastifyReply, key: string, articleId: number | undefined, head: CommentFeedHead): Promise<FastifyReply> {
    const settings = await requestSettings(ctx, request);
    const paging: CommentPaging = { perPage: settings.commentsPerPage, threadDepth: settings.threadDepth };
    const publicUrl = ctx.config.publicUrl;
    const scope = articleId === undefined ? {} : { articleId };
    const shown = await commentFeedStamps(ctx.db, scope, FEED_LENGTH);
    const articleIds = shown.map((c) => c.article_id);
    const threads = await approvedCommentsStamp(ctx.db, articleIds);
    const edits = await commentEditsVersion(ctx.db);
    return sendCachedFeed(request, reply, ctx, key, { head, paging, publicUrl, shown, threads, edits }, async () => {
      const comments = await listFeedComments(ctx.db, scope, FEED_LENGTH);
      const onArticles = comments.map((c) => c.article_id);
      const shapes = await listApprovedCommentShapes(ctx.db, onArticles);
      const paths = commentPaths(comments, shapes, paging);
      const body = renderCommentsRss({ head, comments, paths, publicUrl });
      return { body, contentType: commentFeedType, staleAt: null };
    });
  }

  app.get(deskCommentsFeedPath, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const publicUrl = ctx.config.publicUrl;
    return send(request, reply, 'comments:desk', undefined, {
      title: `Comments – ${settings.siteName}`,
      description: `The latest comments on ${settings.siteName}.`,
      pageUrl: `${publicUrl}/`,
      selfUrl: publicUrl + deskCommentsFeedPath,
      language: 'en',
      emptyUpdated: new Date(0),
    });
  });

  app.get<{ Params: { slug: string } }>('/articles/:slug/comments.xml', async (request, reply) => {
    const found = await findVisibleArticleBySlug(ctx.db, request.params.slug);
    if (!found) return reply.callNotFound();
    const { article } = found;
    const settings = await requestSettings(ctx, request);
    const publicUrl = ctx.config.publicUrl;
    return send(request, reply, `comments:article:${article.id}`, article.id, {
      title: `Comments on ${article.title} – ${settings.siteName}`,
      description: `Comments on “${article.title}”, as published on ${settings.siteName}.`,
      pageUrl: articleUrl(publicUrl, article.slug),
      selfUrl: publicUrl + articleCommentsFeedPath(article.slug),
      language: article.language ?? 'en',
      emptyUpdated: toDate(article.published_at, new Date(0)),
    });
  });
}
