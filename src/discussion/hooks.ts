import type { Comment, CommentStatus } from '../store/schema.js';
import { endSubscriptionsOfComment } from '../store/subscriptions.js';
import type { CommentFormInput } from './comment-form.js';
import { notifyModerators, notifySubscribers } from './notifications.js';
import type { DiscussionContext } from './post-comment.js';
import { subscribeToReplies } from './subscriptions.js';

/*
 * What happens around a comment beyond storing it: subscriptions and notification mail.
 * Both run inside the transaction of the change that causes them (ctx.db is that
 * transaction) and only queue mail in the outbox: a crash can delay mail, never lose or
 * double it. Nothing here may touch the network.
 */

/** A reader's comment was just stored (any status). */
export async function afterCommentStored(ctx: DiscussionContext, comment: Comment, form: CommentFormInput): Promise<void> {
  // Spam and trash subscribe nobody: a bot must not be able to mail confirmations to strangers.
  if (form.notify && (comment.status === 'approved' || comment.status === 'pending')) {
    await subscribeToReplies(ctx, { email: comment.author_email, articleId: comment.article_id, commentId: comment.id });
  }
  if (comment.status === 'approved') await notifySubscribers(ctx, comment);
  if (comment.status === 'pending') await notifyModerators(ctx, comment);
}

/** A moderator (or the command line) changed a comment's status. */
export async function afterStatusChanged(ctx: DiscussionContext, comment: Comment, from: CommentStatus): Promise<void> {
  if (comment.status === 'approved' && from !== 'approved') await notifySubscribers(ctx, comment);
  if (comment.status === 'spam') await endSubscriptionsOfComment(ctx.db, comment.id, ctx.now?.() ?? new Date());
}
