import { writeAudit, type Actor } from '../store/audit.js';
import { findComment } from '../store/comments.js';
import type { Comment, CommentStatus } from '../store/schema.js';
import { afterStatusChanged } from './hooks.js';
import type { DiscussionContext } from './post-comment.js';
import { reportModeratorVerdict } from './spam/feedback.js';

/**
 * The one way a comment's status changes after it was posted (admin screens, command line,
 * links in moderator mail): the row, the audit log, then what follows (spam feedback,
 * notifications once approved). Returns null when there is no such comment.
 */
export async function changeCommentStatus(ctx: DiscussionContext, commentId: number, status: CommentStatus, actor: Actor, reason?: string): Promise<Comment | null> {
  const before = await findComment(ctx.db, commentId);
  if (!before) return null;
  if (before.status === status) return before;
  const now = ctx.now?.() ?? new Date();
  // The status, its audit entry and the mail it causes are committed together.
  const after = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('comments')
      .set({ status, status_reason: reason ?? `${status}: by ${actor.label}`, status_changed_at: now.toISOString() })
      .where('id', '=', commentId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: `comment.${status}`, targetType: 'comment', targetId: commentId, details: { from: before.status } }, now);
    await afterStatusChanged({ ...ctx, db: trx }, row, before.status);
    return row;
  });
  // Feedback to the spam service crosses the network: outside the transaction, and never blocking moderation.
  await reportModeratorVerdict(ctx, after, before.status);
  return after;
}
