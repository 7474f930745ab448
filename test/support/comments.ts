import { readerActor } from '../../src/commands/actor.js';
import { applyStatusChange } from '../../src/commands/comment-status.js';
import { postComment as postAsReader, type PostCommentResult } from '../../src/commands/reader-comments.js';
import type { DiscussionContext } from '../../src/discussion/context.js';
import type { PostCommentRequest } from '../../src/discussion/new-comment.js';
import type { Actor } from '../../src/store/audit.js';
import type { Comment, CommentStatus } from '../../src/store/schema.js';

/** A status change under an audit name, as the command line makes it; null when there is no such comment. */
export async function changeCommentStatus(ctx: DiscussionContext, commentId: number, status: CommentStatus, actor: Actor, reason?: string): Promise<Comment | null> {
  const change = await applyStatusChange(ctx, actor, commentId, status, reason);
  return change.kind === 'missing' ? null : change.comment;
}

/** A reader's post through the command, from the client the request names. */
export async function postComment(ctx: DiscussionContext, request: PostCommentRequest): Promise<PostCommentResult> {
  const actor = readerActor({ address: request.clientAddress, userAgent: request.userAgent, referrer: request.referrer });
  return postAsReader(ctx, actor, { article: request.article, form: request.form, now: request.now });
}
