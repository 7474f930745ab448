import { staffDisplayName } from '../accounts/manage.js';
import type { AdminArea } from '../accounts/roles.js';
import { commentLimits, emptyCommentForm, validateCommentForm, type FieldErrors } from '../discussion/comment-form.js';
import type { DiscussionContext } from '../discussion/context.js';
import { clientHash } from '../discussion/identity.js';
import { renderCommentMarkdown } from '../discussion/markdown.js';
import { deleteCommentsWithin, findCommentsByIds, updateCommentContent, type CommentEdit } from '../store/admin-comments.js';
import { writeAudit } from '../store/audit.js';
import { findComment, insertComment } from '../store/comments.js';
import type { Comment, CommentStatus } from '../store/schema.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';
import { applyStatusChange } from './comment-status.js';
import { afterCommit, queueFollowUps, type CommentFollowUp } from './follow-ups.js';
import type { Missing } from './results.js';

/*
 * What staff do to comments, from the back office or the command line: moderate (one or many),
 * delete forever, correct a comment, reply. Each is allowed to whoever may moderate comments
 * (an admin or a moderator, the operator, the desk itself) and refused to anyone else, however
 * they ask.
 */

const AREA: AdminArea = 'comments';

export type ModerateResult = Forbidden | { kind: 'done'; changed: Comment[]; unchanged: Comment[]; missing: number[] };

/**
 * Gives each comment the status (approve, unapprove, spam, not spam, trash, restore): each change
 * with its audit entry and follow-ups. Comments that already have the status are left as they are.
 */
export async function moderateComments(ctx: DiscussionContext, actor: CommandActor, input: { commentIds: readonly number[]; status: CommentStatus }): Promise<ModerateResult> {
  const allowed = allowedIn(actor, AREA);
  if (allowed.kind === 'forbidden') return allowed;
  const result = { kind: 'done' as const, changed: [] as Comment[], unchanged: [] as Comment[], missing: [] as number[] };
  for (const id of new Set(input.commentIds)) {
    const change = await applyStatusChange(ctx, allowed.audit, id, input.status);
    if (change.kind === 'changed') result.changed.push(change.comment);
    else if (change.kind === 'unchanged') result.unchanged.push(change.comment);
    else result.missing.push(id);
  }
  return result;
}

export type DeleteForeverResult = Forbidden | { kind: 'deleted'; count: number };

/** Deletes comments for good (their replies move up a level); one audit entry per comment, in the same transaction. */
export async function deleteCommentsForever(ctx: DiscussionContext, actor: CommandActor, input: { commentIds: readonly number[] }): Promise<DeleteForeverResult> {
  const allowed = allowedIn(actor, AREA);
  if (allowed.kind === 'forbidden') return allowed;
  const comments = await findCommentsByIds(ctx.db, input.commentIds);
  if (comments.length === 0) return { kind: 'deleted', count: 0 };
  const now = ctx.now?.() ?? new Date();
  const count = await ctx.db.transaction().execute(async (trx) => {
    const deleted = await deleteCommentsWithin(
      trx,
      comments.map((c) => c.id),
    );
    for (const c of comments) {
      await writeAudit(trx, allowed.audit, { action: 'comment.delete', targetType: 'comment', targetId: c.id, details: { status: c.status, author: c.author_name, article: c.article_slug } }, now);
    }
    return deleted;
  });
  return { kind: 'deleted', count };
}

export interface StaffCommentEdit {
  commentId: number;
  author: string;
  email: string;
  url: string;
  comment: string;
}

export type StaffEditResult = Forbidden | Missing | { kind: 'invalid'; errors: FieldErrors } | { kind: 'saved'; changedFields: string[] };

/** A moderator's correction of a comment's author fields or text: the fields meet the form's rules; the status stays. */
export async function editCommentAsStaff(ctx: DiscussionContext, actor: CommandActor, input: StaffCommentEdit): Promise<StaffEditResult> {
  const allowed = allowedIn(actor, AREA);
  if (allowed.kind === 'forbidden') return allowed;
  const comment = await findComment(ctx.db, input.commentId);
  if (!comment) return { kind: 'missing' };
  const validation = validateCommentForm({ ...emptyCommentForm, author: input.author, email: input.email, url: input.url, comment: input.comment });
  if ('errors' in validation) return { kind: 'invalid', errors: validation.errors };
  const { draft } = validation;
  const edit: CommentEdit = { author_name: draft.authorName, author_email: draft.authorEmail, author_url: draft.authorUrl, body_markdown: draft.body, body_html: renderCommentMarkdown(draft.body) };
  const changedFields = (['author_name', 'author_email', 'author_url', 'body_markdown'] as const).filter((k) => edit[k] !== comment[k]);
  if (changedFields.length > 0) {
    const now = ctx.now?.() ?? new Date();
    await ctx.db.transaction().execute(async (trx) => {
      await updateCommentContent(trx, comment.id, edit);
      await writeAudit(trx, allowed.audit, { action: 'comment.edit', targetType: 'comment', targetId: comment.id, details: { fields: changedFields } }, now);
    });
  }
  return { kind: 'saved', changedFields };
}

export interface StaffReplyInput {
  parentId: number;
  body: string;
  /** Where the reply was sent from: its keyed hash and the user agent are stored as a reader's are. */
  clientAddress: string;
  userAgent: string;
}

export const replyMessages = {
  parentHidden: 'This comment is in the spam or the trash. Restore it before replying to it.',
  empty: 'Please type your reply.',
  notStaff: 'A reply is signed by a staff account; only a signed-in staff member can reply.',
} as const;

export type StaffReplyResult =
  | Forbidden
  | Missing
  | { kind: 'parent-hidden'; message: string }
  | { kind: 'needs-display-name' }
  | { kind: 'invalid'; message: string }
  | { kind: 'replied'; comment: Comment };

/** What is wrong with a reply's text, or null. */
export function replyProblem(body: string): string | null {
  if (!body) return replyMessages.empty;
  if (body.length > commentLimits.comment) return `Your reply is too long: ${body.length.toLocaleString('en')} characters, the limit is ${commentLimits.comment.toLocaleString('en')}.`;
  return null;
}

/**
 * A reply as staff: approved at once, signed with the staff member's display name and marked
 * with their id (readers see a Staff badge). Replying to a held comment approves it first.
 */
export async function replyAsStaff(ctx: DiscussionContext, actor: CommandActor, input: StaffReplyInput): Promise<StaffReplyResult> {
  const allowed = allowedIn(actor, AREA);
  if (allowed.kind === 'forbidden') return allowed;
  if (actor.kind !== 'staff') return { kind: 'forbidden', message: replyMessages.notStaff };
  const [parent] = await findCommentsByIds(ctx.db, [input.parentId]);
  if (!parent) return { kind: 'missing' };
  if (parent.status === 'spam' || parent.status === 'trash') return { kind: 'parent-hidden', message: replyMessages.parentHidden };
  const authorName = staffDisplayName(actor.user);
  if (authorName === null) return { kind: 'needs-display-name' };
  const body = input.body.replace(/\r\n?/g, '\n').trim();
  const problem = replyProblem(body);
  if (problem) return { kind: 'invalid', message: problem };

  if (parent.status === 'pending') await applyStatusChange(ctx, allowed.audit, parent.id, 'approved');
  const now = ctx.now?.() ?? new Date();
  const { comment, followUps } = await ctx.db.transaction().execute(async (trx) => {
    const stored = await insertComment(trx, {
      article_id: parent.article_id,
      parent_id: parent.id,
      author_name: authorName,
      author_email: actor.user.email,
      author_url: null,
      body_markdown: body,
      body_html: renderCommentMarkdown(body),
      status: 'approved',
      status_reason: `approved: staff reply by ${authorName}`,
      client_hash: clientHash(ctx.secret, input.clientAddress),
      user_agent: input.userAgent.slice(0, 255),
      created_at: now.toISOString(),
      user_id: actor.user.id,
      status_changed_at: now.toISOString(),
    });
    await writeAudit(trx, allowed.audit, { action: 'comment.reply', targetType: 'comment', targetId: stored.id, details: { parent: parent.id, article: parent.article_slug } }, now);
    const queued: CommentFollowUp[] = [{ kind: 'posted', comment: stored, subscribe: false }];
    await queueFollowUps({ ...ctx, db: trx }, queued);
    return { comment: stored, followUps: queued };
  });
  await afterCommit(ctx, followUps);
  return { kind: 'replied', comment };
}
