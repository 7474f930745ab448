import { applyStatusChange } from '../commands/comment-status.js';
import type { Actor } from '../store/audit.js';
import type { Comment, CommentStatus } from '../store/schema.js';
import type { DiscussionContext } from './context.js';

/**
 * A status change by an audit name, for the benchmarks and tests that predate the command layer.
 * Pages and the command line use moderateComments (src/commands/comments.ts), which also checks
 * who asks. Returns null when there is no such comment.
 */
export async function changeCommentStatus(ctx: DiscussionContext, commentId: number, status: CommentStatus, actor: Actor, reason?: string): Promise<Comment | null> {
  const change = await applyStatusChange(ctx, actor, commentId, status, reason);
  return change.kind === 'missing' ? null : change.comment;
}
