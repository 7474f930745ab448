import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { discussionContext } from '../../desk.js';
import { avatarKey } from '../../discussion/identity.js';
import { readerActor } from '../../commands/actor.js';
import { deleteOwnComment, editOwnComment, type OwnCommentTarget } from '../../commands/reader-comments.js';
import { commentGone, minutesLeft, ownCommentAccess, type OwnCommentRefusal } from '../../discussion/own-comments.js';
import { findVisibleArticleBySlug, type ArticleWithSource } from '../../store/articles.js';
import { findComment, listThreadComments } from '../../store/comments.js';
import type { Comment } from '../../store/schema.js';
import { requestContext, requestSettings, type WebContext } from '../context.js';
import { commentPathAmong } from '../feeds/comments-links.js';
import { ErrorPage } from '../pages/error.js';
import { CommentChangeRefusedPage, CommentDeletedPage, DeleteCommentPage, EditCommentPage } from '../pages/own-comment.js';
import { readEditGrants, readOwnCommentIds, rememberOwnComment } from '../reader-cookies.js';
import { sendPage } from '../render.js';

type Params = { Params: { slug: string; id: string } };

const csrfMessage =
  'Your changes could not be checked as coming from this page (the page may have been open for a long time, or cookies are blocked). Your text is kept below: press the button again.';

/**
 * Where a reader finds a comment under its article, among the comments they see (their own
 * held ones included): `/articles/SLUG#comment-ID`, or with `?cpage=N` off the default page.
 */
export async function readerCommentPath(ctx: WebContext, article: { id: number; slug: string }, ownIds: readonly number[], commentId: number): Promise<string> {
  const settings = await ctx.settings();
  const comments = await listThreadComments(ctx.db, article.id, ownIds, (email) => avatarKey(ctx.secret, email));
  return commentPathAmong(article.slug, comments, { perPage: settings.commentsPerPage, threadDepth: settings.threadDepth }, commentId);
}

/** Editing and deleting one's own comment within 15 minutes of posting it. */
export function ownCommentRoutes(app: FastifyInstance, ctx: WebContext): void {
  const secure = ctx.config.publicUrl.startsWith('https:');

  type Loaded = { kind: 'loaded'; found: ArticleWithSource; comment: Comment; msLeft: number };
  type Sent = { kind: 'sent'; reply: FastifyReply };

  /** The article and comment named in the address, if this reader may change the comment now; else the page that says why. */
  async function load(request: FastifyRequest<Params>, reply: FastifyReply, typed = ''): Promise<Loaded | Sent> {
    const settings = await requestSettings(ctx, request);
    const found = await findVisibleArticleBySlug(ctx.db, request.params.slug);
    if (!found) return { kind: 'sent', reply: sendPage(reply, ErrorPage({ settings, title: 'Article not found', message: 'There is no article at this address. It may have been removed.' }), 404) };
    const id = /^\d{1,15}$/.test(request.params.id) ? Number(request.params.id) : NaN;
    const comment = Number.isSafeInteger(id) ? await findComment(ctx.db, id) : undefined;
    const access = ownCommentAccess(readEditGrants(request, ctx.secret), comment, found.article.id, Date.now());
    if (access.kind === 'refused' || !comment) return { kind: 'sent', reply: await refusal(reply, found, access.kind === 'refused' ? access : commentGone, typed) };
    return { kind: 'loaded', found, comment, msLeft: access.msLeft };
  }

  /** The page that says why this browser may not change the comment: 404 when it is gone, 403 otherwise. */
  async function refusal(reply: FastifyReply, found: ArticleWithSource, refused: OwnCommentRefusal, typed: string) {
    const settings = await requestSettings(ctx, reply.request);
    return sendPage(reply, CommentChangeRefusedPage({ settings, article: found.article, message: refused.message, typed }), refused.reason === 'gone' ? 404 : 403);
  }

  /** What the commands are told about the comment this request names. */
  function target(request: FastifyRequest<Params>, loaded: Loaded): OwnCommentTarget {
    return { article: loaded.found.article, commentId: loaded.comment.id, grants: readEditGrants(request, ctx.secret) };
  }

  function readerOf(request: FastifyRequest) {
    return readerActor({ address: request.ip, userAgent: request.headers['user-agent'] ?? '' });
  }

  async function renderEdit(request: FastifyRequest<Params>, reply: FastifyReply, loaded: Loaded, text: string, error: string | null, message: string | null, status: number) {
    const { found, comment, msLeft } = loaded;
    return sendPage(
      reply,
      EditCommentPage({
        settings: await requestSettings(ctx, request),
        article: found.article,
        commentPath: await readerCommentPath(requestContext(ctx, request), found.article, readOwnCommentIds(request), comment.id),
        comment,
        text,
        minutesLeft: minutesLeft(msLeft),
        error,
        message,
        csrfToken: reply.generateCsrf(),
      }),
      status,
    );
  }

  async function renderDelete(request: FastifyRequest<Params>, reply: FastifyReply, loaded: Loaded, message: string | null, status: number) {
    const { found, comment, msLeft } = loaded;
    return sendPage(
      reply,
      DeleteCommentPage({
        settings: await requestSettings(ctx, request),
        article: found.article,
        commentPath: await readerCommentPath(requestContext(ctx, request), found.article, readOwnCommentIds(request), comment.id),
        comment,
        minutesLeft: minutesLeft(msLeft),
        message,
        csrfToken: reply.generateCsrf(),
      }),
      status,
    );
  }

  function typedText(body: unknown): string {
    const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).comment : undefined;
    return typeof value === 'string' ? value : '';
  }

  /** A refused CSRF token gets the form back with what was typed, not a bare 403. */
  function csrfRefusal(kind: 'edit' | 'delete') {
    return async (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('FST_CSRF')) throw error;
      const typed = kind === 'edit' ? typedText(request.body) : '';
      const loaded = await load(request as FastifyRequest<Params>, reply, typed);
      if (loaded.kind === 'sent') return loaded.reply;
      if (kind === 'edit') return renderEdit(request as FastifyRequest<Params>, reply, loaded, typed, null, csrfMessage, 403);
      return renderDelete(request as FastifyRequest<Params>, reply, loaded, csrfMessage.replace(' Your text is kept below:', ''), 403);
    };
  }

  app.get<Params>('/articles/:slug/comments/:id/edit', async (request, reply) => {
    const loaded = await load(request, reply);
    if (loaded.kind === 'sent') return loaded.reply;
    return renderEdit(request, reply, loaded, loaded.comment.body_markdown, null, null, 200);
  });

  app.post<Params>('/articles/:slug/comments/:id/edit', { preHandler: app.csrfProtection, errorHandler: csrfRefusal('edit') }, async (request, reply) => {
    const typed = typedText(request.body);
    const loaded = await load(request, reply, typed);
    if (loaded.kind === 'sent') return loaded.reply;
    const result = await editOwnComment(await discussionContext(requestContext(ctx, request)), readerOf(request), { ...target(request, loaded), text: typed });
    if (result.kind === 'refused') return refusal(reply, loaded.found, result, typed);
    if (result.kind === 'invalid') return renderEdit(request, reply, loaded, typed, result.message, null, 422);
    const { comment } = result;
    // An edit the rules send to spam is gone from the page, as a new comment sent to spam is.
    if (comment.status === 'spam') return reply.redirect(`/articles/${loaded.found.article.slug}#comments`, 303);
    let ownIds = readOwnCommentIds(request);
    if (comment.status === 'pending') {
      rememberOwnComment(request, reply, comment.id, secure);
      ownIds = [...ownIds, comment.id];
    }
    return reply.redirect(await readerCommentPath(requestContext(ctx, request), loaded.found.article, ownIds, comment.id), 303);
  });

  app.get<Params>('/articles/:slug/comments/:id/delete', async (request, reply) => {
    const loaded = await load(request, reply);
    if (loaded.kind === 'sent') return loaded.reply;
    return renderDelete(request, reply, loaded, null, 200);
  });

  app.post<Params>('/articles/:slug/comments/:id/delete', { preHandler: app.csrfProtection, errorHandler: csrfRefusal('delete') }, async (request, reply) => {
    const loaded = await load(request, reply);
    if (loaded.kind === 'sent') return loaded.reply;
    const result = await deleteOwnComment(await discussionContext(requestContext(ctx, request)), readerOf(request), target(request, loaded));
    if (result.kind === 'refused') return refusal(reply, loaded.found, result, '');
    return sendPage(reply, CommentDeletedPage({ settings: await requestSettings(ctx, request), article: loaded.found.article }));
  });
}
