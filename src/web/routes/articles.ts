import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { emptyCommentForm, readCommentForm, type CommentFormInput, type FieldErrors } from '../../discussion/comment-form.js';
import { checkFormToken, issueFormToken } from '../../discussion/form-token.js';
import { avatarKey, normalizeEmail } from '../../discussion/identity.js';
import { readerActor } from '../../commands/actor.js';
import { postComment } from '../../commands/reader-comments.js';
import { commentsOpenFor } from '../../discussion/open.js';
import { discussionContext } from '../../desk.js';
import { buildThread, type ThreadNode } from '../../discussion/threading.js';
import { defaultCommentOrder, orderThreads, parseCommentOrder, type CommentOrder } from '../../discussion/comment-order.js';
import { previewComment } from '../../discussion/comment-preview.js';
import { editRight, minutesLeft } from '../../discussion/own-comments.js';
import { commentPageCount, commentPath, pageOfComment, threadsOnPage } from '../feeds/comments-links.js';
import { readerCommentPath } from './own-comments.js';
import { findVisibleArticleBySlug, type ArticleWithSource } from '../../store/articles.js';
import { findComment, listThreadComments, type PublicComment } from '../../store/comments.js';
import { findFollowing } from '../../store/subscriptions.js';
import { plainTextTeaser } from '../format.js';
import { heldWhy, type HeldNoteFacts } from '../pages/comment-held-note.js';
import type { Settings } from '../../store/settings.js';
import { otherArticlesOfStory } from '../../store/stories.js';
import { entitiesOfArticle, quotesOfArticle } from '../../store/entities.js';
import { requestContext, requestSettings, type WebContext } from '../context.js';
import { ArticlePage, type ArticlePageProps, type CommentFormState } from '../pages/article.js';
import { ErrorPage } from '../pages/error.js';
import { clearCommenterDetails, grantEditRight, readCommenterDetails, readEditGrants, readOwnCommentIds, rememberOwnComment, saveCommenterDetails } from '../reader-cookies.js';
import { pageHtml, sendPage } from '../render.js';
import type { RenderedPage } from '../page-cache/page-cache.js';
import { sendCachedPage } from '../page-cache/send.js';
import { slotMarker } from '../page-cache/slots.js';

/** How many other versions an article page names under "Also reported by". */
const ALSO_REPORTED = 10;
/** Quotes and entity tags an article page shows at most. */
const QUOTES_SHOWN = 30;
const TAGS_SHOWN = 12;

/** Where each request's own values go in a cached article page. */
const tokenSlots = { formToken: slotMarker('formToken'), csrfToken: slotMarker('csrfToken') };
const savedDetailSlots = { author: slotMarker('author'), email: slotMarker('email'), url: slotMarker('url') };

/** Words of the comment being answered quoted above the form. */
const REPLY_CONTEXT_WORDS = 40;

/**
 * The cache key of an article page request, or null when its query is not one the page cache
 * keeps (anything but a numeric replytocom and cpage, and one of the few orders): such a page is
 * rendered each time. The orders are a fixed few, so they multiply the kept pages by at most four.
 */
function cacheKeyOf(request: FastifyRequest<SlugParams>): string | null {
  const query = request.query;
  for (const [name, value] of Object.entries(query)) {
    if (name === 'sort' && parseCommentOrder(value)) continue;
    if ((name !== 'replytocom' && name !== 'cpage') || typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
  }
  return `article:${request.params.slug}|r=${query.replytocom ?? ''}|p=${query.cpage ?? ''}|s=${query.sort ?? ''}`;
}

/** Each comment's path in the default order (its page there), whatever order the page is in. */
function permalinksOf(slug: string, threads: readonly ThreadNode<PublicComment>[], perPage: number): Map<number, string> {
  const pageCount = commentPageCount(threads.length, perPage);
  const paths = new Map<number, string>();
  const visit = (node: ThreadNode<PublicComment>, page: number) => {
    if (node.comment.status === 'approved') paths.set(node.comment.id, commentPath(slug, node.comment.id, page, pageCount));
    for (const child of node.replies) visit(child, page);
  };
  threads.forEach((node, index) => visit(node, perPage <= 0 ? 1 : Math.floor(index / perPage) + 1));
  return paths;
}

/** The "Preview" button was pressed (its name and value come with the form only when it is). */
function isPreview(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as Record<string, unknown>).preview === 'yes';
}

function isPageProps(value: ArticlePageProps | FastifyReply): value is ArticlePageProps {
  return 'article' in value && 'form' in value;
}

type SlugParams = { Params: { slug: string }; Querystring: { replytocom?: string; cpage?: string; sort?: string } };

interface FormOutcome {
  input: CommentFormInput;
  message: string | null;
  fieldErrors: FieldErrors;
  /** The rendered text when the reader pressed "Preview". */
  preview?: { bodyHtml: string; authorName: string };
  /** The form's own token, kept through a preview: the time it was first shown still counts. */
  formToken?: string;
}

export function articleRoutes(app: FastifyInstance, ctx: WebContext): void {
  const secure = ctx.config.publicUrl.startsWith('https:');

  /**
   * What an article page shows this request. With `forCache`, the page as every anonymous
   * reader sees it, with slot markers where each request's own values go (see ../page-cache/).
   */
  async function articlePageProps(request: FastifyRequest, reply: FastifyReply, found: ArticleWithSource, outcome: FormOutcome | null, cache: { saved: boolean } | null): Promise<ArticlePageProps | FastifyReply> {
    const settings = await requestSettings(ctx, request);
    const { article, source } = found;
    const ownIds = cache ? [] : readOwnCommentIds(request);
    const comments = await listThreadComments(ctx.db, article.id, ownIds, (email) => avatarKey(ctx.secret, email));
    const thread = buildThread(comments, settings.threadDepth);
    const query = request.query as { cpage?: string; sort?: string; replytocom?: string };
    // An order the page does not know is read as the default rather than refused: links get mangled.
    const order: CommentOrder = outcome ? defaultCommentOrder : (parseCommentOrder(query.sort) ?? defaultCommentOrder);
    const ordered = orderThreads(thread, order);

    const replyToId = Number(outcome ? outcome.input.parentId : query.replytocom);
    const replyToComment = comments.find((c) => c.id === replyToId && c.status === 'approved');

    // Pages of top-level threads; in the default order (oldest first) the last, newest page is
    // shown unless ?cpage= asks, in the others the first; or the page holding the comment being answered.
    const pageCount = commentPageCount(ordered.length, settings.commentsPerPage);
    const defaultPage = order === defaultCommentOrder ? pageCount : 1;
    const rawPage = query.cpage;
    const page = rawPage === undefined ? ((replyToComment && pageOfComment(ordered, settings.commentsPerPage, replyToComment.id)) ?? defaultPage) : /^[1-9]\d{0,6}$/.test(rawPage) ? Number(rawPage) : NaN;
    if (!(page >= 1 && page <= pageCount)) {
      return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: `The comments on this article fill ${pageCount === 1 ? 'one page' : `${pageCount} pages`}; this one does not exist.` }), 404);
    }
    const ownComments = new Map<number, number>();
    if (!cache) {
      const grants = readEditGrants(request, ctx.secret);
      for (const c of comments) {
        const right = editRight(grants, c, Date.now());
        if (right.kind === 'granted') ownComments.set(c.id, minutesLeft(right.msLeft));
      }
    }
    let input: CommentFormInput;
    if (outcome) input = outcome.input;
    else if (cache) input = { ...emptyCommentForm, ...(cache.saved ? savedDetailSlots : {}), saveDetails: cache.saved };
    else {
      const saved = readCommenterDetails(request);
      input = { ...emptyCommentForm, author: saved?.author ?? '', email: saved?.email ?? '', url: saved?.url ?? '', saveDetails: saved !== null };
    }

    const form: CommentFormState = {
      values: { comment: input.comment, author: input.author, email: input.email, url: input.url, saveDetails: input.saveDetails, notify: input.notify, notifyReplies: input.notifyReplies },
      fieldErrors: outcome?.fieldErrors ?? {},
      message: outcome?.message ?? null,
      replyTo: replyToComment ? { id: replyToComment.id, authorName: replyToComment.author_name, excerpt: plainTextTeaser(replyToComment.body_html, REPLY_CONTEXT_WORDS) } : null,
      preview: outcome?.preview ? { ...outcome.preview, avatar: input.email.trim() ? avatarKey(ctx.secret, input.email) : null } : null,
      formToken: cache ? tokenSlots.formToken : (outcome?.formToken ?? issueFormToken(ctx.secret, article.id, Date.now())),
      csrfToken: cache ? tokenSlots.csrfToken : reply.generateCsrf(),
    };
    return {
      settings,
      article,
      source,
      thread: threadsOnPage(ordered, settings.commentsPerPage, page),
      commentPage: { page, pageCount },
      order,
      permalinks: permalinksOf(article.slug, thread, settings.commentsPerPage),
      heldNotes: cache ? new Map() : await heldNotesOf(comments, article.id, settings.notifyModeratorsOfHeld),
      ownComments,
      commentCount: comments.filter((c) => c.status === 'approved').length,
      commentsOpen: commentsOpenFor(article, settings.closeCommentsAfterDays, new Date()),
      form,
      publicUrl: ctx.config.publicUrl,
      alsoReported: article.story_id === null ? [] : await otherArticlesOfStory(ctx.db, article.story_id, article.id, ALSO_REPORTED),
      quotes: await quotesOfArticle(ctx.db, article.id, QUOTES_SHOWN),
      entities: await entitiesOfArticle(ctx.db, article.id, TAGS_SHOWN),
    };
  }

  /** What the note under each of the reader's own held comments says happens next. */
  async function heldNotesOf(comments: readonly PublicComment[], articleId: number, moderatorsMailed: boolean): Promise<Map<number, HeldNoteFacts>> {
    const notes = new Map<number, HeldNoteFacts>();
    for (const c of comments) {
      if (c.status !== 'pending') continue;
      const stored = await findComment(ctx.db, c.id);
      const following = stored ? await findFollowing(ctx.db, normalizeEmail(stored.author_email), articleId) : null;
      notes.set(c.id, { moderatorsMailed, following, why: stored ? heldWhy(stored.status_reason) : 'other' });
    }
    return notes;
  }

  /**
   * "Preview": the page with the comment rendered above the form and the form as typed. Nothing is
   * stored and no rule that counts posts is asked, so previewing costs the reader nothing.
   */
  async function sendPreview(request: FastifyRequest, reply: FastifyReply, found: ArticleWithSource, form: CommentFormInput, settings: Settings) {
    const preview = previewComment(form);
    const token = checkFormToken(ctx.secret, form.formToken, found.article.id, Date.now(), { minFillSeconds: settings.minFillSeconds, maxAgeHours: settings.formTokenMaxAgeHours });
    const formToken = token === 'ok' || token === 'too-fast' ? form.formToken : undefined;
    if (preview.kind === 'refused') {
      return renderArticle(request, reply, found, { input: form, message: 'Your comment was not previewed. Please correct the marked field.', fieldErrors: { comment: preview.error }, formToken }, 422);
    }
    return renderArticle(request, reply, found, { input: form, message: null, fieldErrors: {}, preview: { bodyHtml: preview.bodyHtml, authorName: preview.authorName }, formToken }, 200);
  }

  async function renderArticle(request: FastifyRequest, reply: FastifyReply, found: ArticleWithSource, outcome: FormOutcome | null, status: number) {
    const props = await articlePageProps(request, reply, found, outcome, null);
    if (!isPageProps(props)) return props;
    return sendPage(reply, ArticlePage(props), status);
  }

  /** The page as anonymous readers see it, for the page cache. */
  async function renderForCache(request: FastifyRequest, reply: FastifyReply, found: ArticleWithSource, saved: boolean): Promise<RenderedPage | FastifyReply> {
    const props = await articlePageProps(request, reply, found, null, { saved });
    if (!isPageProps(props)) return props;
    const { article } = found;
    const closesAt = props.settings.closeCommentsAfterDays > 0 ? Date.parse(article.published_at) + props.settings.closeCommentsAfterDays * 86_400_000 : null;
    return {
      html: pageHtml(ArticlePage(props)),
      dependsOn: [`article:${article.id}`, `source:${article.source_id}`, ...(article.story_id === null ? [] : [`story:${article.story_id}`])],
      staleAt: props.commentsOpen && closesAt !== null ? closesAt : null,
      subjectId: article.id,
    };
  }

  async function notFound(reply: FastifyReply) {
    const settings = await requestSettings(ctx, reply.request);
    return sendPage(reply, ErrorPage({ settings, title: 'Article not found', message: 'There is no article at this address. It may have been removed.' }), 404);
  }

  app.get<SlugParams>('/articles/:slug', async (request, reply) => {
    const key = cacheKeyOf(request);
    // A reader with comments of their own (held, or still theirs to edit) sees a page nobody else does.
    if (key === null || readOwnCommentIds(request).length > 0 || readEditGrants(request, ctx.secret).length > 0) {
      const found = await findVisibleArticleBySlug(ctx.db, request.params.slug);
      if (!found) return notFound(reply);
      return renderArticle(request, reply, found, null, 200);
    }
    const saved = readCommenterDetails(request);
    return sendCachedPage(
      request,
      reply,
      ctx.pages ?? null,
      `${key}|${saved ? 'saved' : 'new'}`,
      async () => {
        const found = await findVisibleArticleBySlug(ctx.db, request.params.slug);
        if (!found) return notFound(reply);
        return renderForCache(request, reply, found, saved !== null);
      },
      (page) => ({
        formToken: issueFormToken(ctx.secret, page.subjectId ?? 0, Date.now()),
        csrfToken: reply.generateCsrf(),
        author: saved?.author ?? '',
        email: saved?.email ?? '',
        url: saved?.url ?? '',
      }),
    );
  });

  app.post<SlugParams>(
    '/articles/:slug/comments',
    {
      preHandler: app.csrfProtection,
      // A refused CSRF token gets the page back with everything typed, not a bare 403.
      errorHandler: async (error, request, reply) => {
        const code = (error as { code?: string }).code ?? '';
        if (!code.startsWith('FST_CSRF')) throw error;
        const found = await findVisibleArticleBySlug(ctx.db, (request.params as { slug: string }).slug);
        if (!found) return notFound(reply);
        const message =
          'Your comment could not be checked as coming from this page (the page may have been open for a long time, or cookies are blocked). It is kept below: press “Post Comment” again to send it.';
        return renderArticle(request, reply, found, { input: readCommentForm(request.body), message, fieldErrors: {} }, 403);
      },
    },
    async (request, reply) => {
      const found = await findVisibleArticleBySlug(ctx.db, request.params.slug);
      if (!found) return notFound(reply);
      const form = readCommentForm(request.body);
      // On a closed article the post below is refused with the text given back to copy, preview or not.
      if (isPreview(request.body)) {
        const settings = await requestSettings(ctx, request);
        if (commentsOpenFor(found.article, settings.closeCommentsAfterDays, new Date())) return sendPreview(request, reply, found, form, settings);
      }
      const reader = readerActor({ address: request.ip, userAgent: request.headers['user-agent'] ?? '' });
      const result = await postComment(await discussionContext(requestContext(ctx, request)), reader, { article: found.article, form });
      if (result.kind === 'refused') {
        return renderArticle(request, reply, found, { input: form, message: result.message, fieldErrors: result.fieldErrors }, 422);
      }
      const { comment } = result;
      if (form.saveDetails) saveCommenterDetails(reply, { author: comment.author_name, email: comment.author_email, url: comment.author_url ?? '' }, secure);
      else clearCommenterDetails(reply);
      if (comment.status === 'pending') rememberOwnComment(request, reply, comment.id, secure);
      if (comment.status === 'spam') return reply.redirect(`/articles/${found.article.slug}#comments`, 303);
      // The author may edit or delete it for 15 minutes; the redirect lands on the page that shows it.
      grantEditRight(request, reply, ctx.secret, comment, secure, new Date());
      // A new thread is the newest, so on the last page, the one shown by default: no need to page the thread.
      if (comment.parent_id === null) return reply.redirect(commentPath(found.article.slug, comment.id, null, 1), 303);
      const ownIds = comment.status === 'pending' ? [...readOwnCommentIds(request), comment.id] : readOwnCommentIds(request);
      return reply.redirect(await readerCommentPath(requestContext(ctx, request), found.article, ownIds, comment.id), 303);
    },
  );
}
