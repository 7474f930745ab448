import type { DiscussionContext } from '../discussion/context.js';
import { writeAudit, type Actor } from '../store/audit.js';
import { findComment, updateCommentStatus } from '../store/comments.js';
import type { Comment, CommentStatus } from '../store/schema.js';
import { afterCommit, queueFollowUps, type CommentFollowUp } from './follow-ups.js';

/*
 * The one way a stored comment's status changes, for every command that changes one (staff
 * moderation, the author's delete, a staff reply approving its parent). Callers have checked
 * who may ask; this writes the row, its audit entry and its follow-ups together.
 */

export type StatusChange = { kind: 'changed'; comment: Comment; from: CommentStatus } | { kind: 'unchanged'; comment: Comment } | { kind: 'missing' };

export async function applyStatusChange(ctx: DiscussionContext, audit: Actor, commentId: number, status: CommentStatus, reason?: string): Promise<StatusChange> {
  const before = await findComment(ctx.db, commentId);
  if (!before) return { kind: 'missing' };
  if (before.status === status) return { kind: 'unchanged', comment: before };
  const now = ctx.now?.() ?? new Date();
  // The status, its audit entry and the mail it causes are committed together.
  const result = await ctx.db.transaction().execute(async (trx) => {
    const row = await updateCommentStatus(trx, commentId, { status, reason: reason ?? `${status}: by ${audit.label}`, at: now });
    if (!row) return null;
    await writeAudit(trx, audit, { action: `comment.${status}`, targetType: 'comment', targetId: commentId, details: { from: before.status } }, now);
    const followUps: CommentFollowUp[] = [{ kind: 'status-changed', comment: row, from: before.status }];
    await queueFollowUps({ ...ctx, db: trx }, followUps);
    return { row, followUps };
  });
  if (!result) return { kind: 'missing' };
  await afterCommit(ctx, result.followUps);
  return { kind: 'changed', comment: result.row, from: before.status };
}
