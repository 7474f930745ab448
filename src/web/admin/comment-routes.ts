import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { staffActor } from '../../commands/actor.js';
import { deleteCommentsForever, editCommentAsStaff, moderateComments, replyAsStaff, replyMessages } from '../../commands/comments.js';
import { discussionContext } from '../../desk.js';
import { staffDisplayName } from '../../accounts/manage.js';
import { ADMIN_COMMENTS_PER_PAGE, commentSearchFields, countCommentsByStatus, describeCommentScope, findCommentsByIds, isCommentReason, searchComments, type AdminCommentFilter, type CommentSearchField } from '../../store/admin-comments.js';
import { findComment } from '../../store/comments.js';
import { commentStatuses, type CommentStatus } from '../../store/schema.js';
import { requestContext, requestSettings, type WebContext } from '../context.js';
import { plural } from '../format.js';
import { backTo, fieldsOf, ids, pageNumber, positiveInt, text } from './forms.js';
import { requireStaff, sendAdminPage, sendRoleRefusal, staffOf } from './guard.js';
import { CommentsPage, ConfirmDeletePage, ConfirmStatusPage, EditCommentPage, listUrl, ReplyPage, type CommentEditValues } from './pages/comments.js';
import { MessagePage } from './pages/message.js';

/** What each action button sends, and the status it gives. */
export const commentActions = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  notspam: 'approved',
  trash: 'trash',
  restore: 'pending',
} as const satisfies Record<string, CommentStatus>;
type StatusAction = keyof typeof commentActions;

function isStatusAction(value: string): value is StatusAction {
  return Object.hasOwn(commentActions, value);
}

const doneWords: Record<StatusAction | 'delete' | 'edit' | 'reply', (n: number) => string> = {
  approve: (n) => `${plural(n, 'comment', 'comments')} approved.`,
  unapprove: (n) => `${plural(n, 'comment', 'comments')} sent back to pending.`,
  spam: (n) => `${plural(n, 'comment', 'comments')} marked as spam.`,
  notspam: (n) => `${plural(n, 'comment', 'comments')} marked as not spam and approved.`,
  trash: (n) => `${plural(n, 'comment', 'comments')} moved to the trash.`,
  restore: (n) => `${plural(n, 'comment', 'comments')} restored to pending.`,
  delete: (n) => `${plural(n, 'comment', 'comments')} deleted forever.`,
  edit: () => 'The comment was saved.',
  reply: () => 'Your reply is published.',
};

function noticeFrom(query: { done?: string; n?: string }): string | null {
  if (query.done === 'none') return 'No comments were checked, so nothing changed.';
  const words = query.done && Object.hasOwn(doneWords, query.done) ? doneWords[query.done as keyof typeof doneWords] : null;
  return words ? words(Number(query.n) || 0) : null;
}

type ListQuery = { Querystring: { status?: string; q?: string; in?: string; page?: string; done?: string; n?: string; article?: string; reader?: string; reason?: string; feature?: string } };
type IdParams = { Params: { id: string }; Querystring: { return?: string } };

export function commentRoutes(app: FastifyInstance, ctx: WebContext): void {
  const guard = requireStaff(ctx, 'comments');
  const guardPost = [app.csrfProtection, guard];

  async function notFound(request: FastifyRequest, reply: FastifyReply) {
    const settings = await requestSettings(ctx, request);
    return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'No such comment', message: 'There is no comment with that number. It may have been deleted.', link: { href: '/admin/comments', text: 'Back to the comments' } }), 404);
  }

  app.get<ListQuery>('/comments', { preHandler: guard }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const q = request.query;
    const status: CommentStatus = (commentStatuses as readonly string[]).includes(q.status ?? '') ? (q.status as CommentStatus) : 'pending';
    const field: CommentSearchField = (commentSearchFields as readonly string[]).includes(q.in ?? '') ? (q.in as CommentSearchField) : 'any';
    const filter: AdminCommentFilter = {
      status,
      q: (q.q ?? '').slice(0, 200),
      field,
      // A reader is named by one of their comments, so their email never goes into an address.
      articleId: positiveInt(q.article),
      readerOf: positiveInt(q.reader),
      reason: isCommentReason(q.reason ?? '') ? (q.reason as AdminCommentFilter['reason']) : '',
      feature: (q.feature ?? '').slice(0, 100),
    };
    const pageNo = pageNumber(q.page);
    if (pageNo === null) return reply.redirect(listUrl(filter), 303);
    const [counts, { rows, total }, scope] = await Promise.all([
      countCommentsByStatus(ctx.db, filter),
      searchComments(ctx.db, filter, ADMIN_COMMENTS_PER_PAGE, (pageNo - 1) * ADMIN_COMMENTS_PER_PAGE),
      describeCommentScope(ctx.db, filter),
    ]);
    const pageCount = Math.max(1, Math.ceil(total / ADMIN_COMMENTS_PER_PAGE));
    if (pageNo > pageCount) return reply.redirect(listUrl(filter, pageCount), 303);
    return sendAdminPage(reply, (csrfToken) => CommentsPage({ settings, staff: staffOf(request), csrfToken, filter, counts, rows, total, page: pageNo, pageCount, notice: noticeFrom(q), scope }));
  });

  /**
   * One row's button (one=ACTION:ID) or the bulk menu over the checked rows (bulk=ACTION, ids=…),
   * or over every row of the page (scope=page, page_ids=…: "all on this page" works without scripts).
   */
  app.post('/comments/action', { preHandler: guardPost }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const staff = staffOf(request);
    const returnTo = backTo(text(fields, 'return'), '/admin/comments');
    let action: string;
    let targets: number[];
    const one = text(fields, 'one');
    if (one) {
      const [name = '', rawId] = one.split(':');
      const id = positiveInt(rawId);
      action = name;
      targets = id === null ? [] : [id];
    } else {
      action = text(fields, 'bulk');
      targets = text(fields, 'scope') === 'page' ? ids({ page_ids: text(fields, 'page_ids').split(',').slice(0, ADMIN_COMMENTS_PER_PAGE) }, 'page_ids') : ids(fields, 'ids');
    }
    if (targets.length === 0) return reply.redirect(backTo(returnTo, '/admin/comments', { done: 'none' }), 303);
    if (action === 'delete') {
      const comments = await findCommentsByIds(ctx.db, targets);
      if (comments.length === 0) return notFound(request, reply);
      const settings = await requestSettings(ctx, request);
      return sendAdminPage(reply, (csrfToken) => ConfirmDeletePage({ settings, staff, csrfToken, comments, returnTo }));
    }
    if (!isStatusAction(action)) {
      const settings = await requestSettings(ctx, request);
      return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff, csrfToken, title: 'Unknown action', message: 'Choose an action from the menu, then press Apply.', link: { href: returnTo, text: 'Back to the comments' } }), 400);
    }
    const result = await moderateComments(await discussionContext(requestContext(ctx, request)), staffActor(staff.user), { commentIds: targets, status: commentActions[action] });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    return reply.redirect(backTo(returnTo, '/admin/comments', { done: action, n: result.changed.length }), 303);
  });

  app.get<{ Querystring: { ids?: string; return?: string } }>('/comments/delete', { preHandler: guard }, async (request, reply) => {
    const wanted = (request.query.ids ?? '').split(',').map(positiveInt).filter((id): id is number => id !== null);
    const comments = await findCommentsByIds(ctx.db, wanted.slice(0, 100));
    if (comments.length === 0) return notFound(request, reply);
    const settings = await requestSettings(ctx, request);
    const returnTo = backTo(request.query.return, '/admin/comments');
    return sendAdminPage(reply, (csrfToken) => ConfirmDeletePage({ settings, staff: staffOf(request), csrfToken, comments, returnTo }));
  });

  app.post('/comments/delete', { preHandler: guardPost }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const returnTo = backTo(text(fields, 'return'), '/admin/comments');
    if (text(fields, 'confirm') !== 'yes') return reply.redirect(returnTo, 303);
    const result = await deleteCommentsForever(await discussionContext(requestContext(ctx, request)), staffActor(staffOf(request).user), { commentIds: ids(fields, 'ids') });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    return reply.redirect(backTo(returnTo, '/admin/comments', { done: 'delete', n: result.count }), 303);
  });

  // The approve and spam links in moderators' mail: a signed-out moderator signs in first, and
  // the change itself is the usual POST with its CSRF token, so a link alone changes nothing.
  for (const action of ['approve', 'spam'] as const) {
    app.get<IdParams>(`/comments/:id/${action}`, { preHandler: guard }, async (request, reply) => {
      const id = positiveInt(request.params.id);
      const [comment] = id === null ? [] : await findCommentsByIds(ctx.db, [id]);
      if (!comment) return notFound(request, reply);
      const settings = await requestSettings(ctx, request);
      return sendAdminPage(reply, (csrfToken) => ConfirmStatusPage({ settings, staff: staffOf(request), csrfToken, comment, action }));
    });
  }

  app.get<IdParams>('/comments/:id/edit', { preHandler: guard }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const comment = id === null ? undefined : await findComment(ctx.db, id);
    if (!comment) return notFound(request, reply);
    const settings = await requestSettings(ctx, request);
    const values: CommentEditValues = { author: comment.author_name, email: comment.author_email, url: comment.author_url ?? '', comment: comment.body_markdown };
    const returnTo = backTo(request.query.return, listUrl({ status: comment.status, q: '', field: 'any' }));
    return sendAdminPage(reply, (csrfToken) => EditCommentPage({ settings, staff: staffOf(request), csrfToken, id: comment.id, values, errors: {}, returnTo }));
  });

  app.post<IdParams>('/comments/:id/edit', { preHandler: guardPost }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const comment = id === null ? undefined : await findComment(ctx.db, id);
    if (!comment) return notFound(request, reply);
    const fields = fieldsOf(request.body);
    const staff = staffOf(request);
    const returnTo = backTo(text(fields, 'return'), listUrl({ status: comment.status, q: '', field: 'any' }));
    const values: CommentEditValues = { author: text(fields, 'author'), email: text(fields, 'email'), url: text(fields, 'url'), comment: text(fields, 'comment') };
    const result = await editCommentAsStaff(await discussionContext(requestContext(ctx, request)), staffActor(staff.user), { commentId: comment.id, ...values });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    if (result.kind === 'missing') return notFound(request, reply);
    if (result.kind === 'invalid') {
      const settings = await requestSettings(ctx, request);
      return sendAdminPage(reply, (csrfToken) => EditCommentPage({ settings, staff, csrfToken, id: comment.id, values, errors: result.errors, returnTo }), 422);
    }
    return reply.redirect(backTo(returnTo, '/admin/comments', { done: 'edit' }), 303);
  });

  app.get<IdParams>('/comments/:id/reply', { preHandler: guard }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const [parent] = id === null ? [] : await findCommentsByIds(ctx.db, [id]);
    if (!parent) return notFound(request, reply);
    const settings = await requestSettings(ctx, request);
    const returnTo = backTo(request.query.return, listUrl({ status: parent.status, q: '', field: 'any' }));
    if (parent.status === 'spam' || parent.status === 'trash') return cannotReply(request, reply, returnTo);
    if (staffDisplayName(staffOf(request).user) === null) return needsDisplayName(request, reply, returnTo);
    return sendAdminPage(reply, (csrfToken) => ReplyPage({ settings, staff: staffOf(request), csrfToken, parent, body: '', error: null, returnTo }));
  });

  async function cannotReply(request: FastifyRequest, reply: FastifyReply, returnTo: string) {
    const settings = await requestSettings(ctx, request);
    return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'Cannot reply here', message: replyMessages.parentHidden, link: { href: returnTo, text: 'Back to the comments' } }), 409);
  }

  /** Staff replies are signed with a display name, never the email: an account without one is asked to get one first. */
  async function needsDisplayName(request: FastifyRequest, reply: FastifyReply, returnTo: string) {
    const settings = await requestSettings(ctx, request);
    const { user } = staffOf(request);
    const message = `Readers see a staff reply signed with your display name, and your account has none yet. An admin gives it one on the command line: newsdesk users set-name ${user.email} "Your Name"`;
    return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'Your account needs a display name', message, link: { href: returnTo, text: 'Back to the comments' } }), 409);
  }

  /** A reply as staff: approved at once, marked with the staff member's id (the public page shows a Staff badge). */
  app.post<IdParams>('/comments/:id/reply', { preHandler: guardPost }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const [parent] = id === null ? [] : await findCommentsByIds(ctx.db, [id]);
    if (!parent) return notFound(request, reply);
    const fields = fieldsOf(request.body);
    const staff = staffOf(request);
    const returnTo = backTo(text(fields, 'return'), listUrl({ status: parent.status, q: '', field: 'any' }));
    const result = await replyAsStaff(await discussionContext(requestContext(ctx, request)), staffActor(staff.user), {
      parentId: parent.id,
      body: text(fields, 'comment'),
      clientAddress: request.ip,
      userAgent: request.headers['user-agent'] ?? '',
    });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    if (result.kind === 'missing') return notFound(request, reply);
    if (result.kind === 'parent-hidden') return cannotReply(request, reply, returnTo);
    if (result.kind === 'needs-display-name') return needsDisplayName(request, reply, returnTo);
    if (result.kind === 'invalid') {
      const settings = await requestSettings(ctx, request);
      return sendAdminPage(reply, (csrfToken) => ReplyPage({ settings, staff, csrfToken, parent, body: text(fields, 'comment'), error: result.message, returnTo }), 422);
    }
    return reply.redirect(backTo(returnTo, '/admin/comments', { done: 'reply' }), 303);
  });
}

