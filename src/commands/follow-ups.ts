import type { DiscussionContext } from '../discussion/context.js';
import { notifyModerators, notifySubscribers } from '../discussion/notifications.js';
import { reportModeratorVerdict } from '../discussion/spam/feedback.js';
import { subscribeToReplies } from '../discussion/subscriptions.js';
import type { Comment, CommentStatus } from '../store/schema.js';
import { endSubscriptionsOfComment } from '../store/subscriptions.js';

/*
 * The one place where a comment command's follow-up work is queued. A command names what
 * happened (a follow-up below); this module decides what work that causes. Today the work is
 * mail in the outbox and feedback to the spam filters; when the job table lands, each case here
 * becomes an enqueued job, and no command changes.
 */

export type CommentFollowUp =
  /** A comment was stored; `subscribe` when its author asked for mail (true: the whole article; 'replies': replies to their comments). */
  | { kind: 'posted'; comment: Comment; subscribe: boolean | 'replies' }
  /** A comment's status changed (moderation, the author's delete); `edited` when the rules sent its author's edit to moderation or spam. */
  | { kind: 'status-changed'; comment: Comment; from: CommentStatus; edited: boolean };

/**
 * Runs inside the transaction of the change (ctx.db is that transaction) and only queues: a crash
 * can delay mail, never lose or double it. Nothing here may touch the network.
 */
export async function queueFollowUps(ctx: DiscussionContext, followUps: readonly CommentFollowUp[]): Promise<void> {
  const now = ctx.now?.() ?? new Date();
  for (const followUp of followUps) {
    const { comment } = followUp;
    if (followUp.kind === 'posted') {
      // Spam and trash subscribe nobody: a bot must not be able to mail confirmations to strangers.
      if (followUp.subscribe && (comment.status === 'approved' || comment.status === 'pending')) {
        await subscribeToReplies(ctx, { email: comment.author_email, articleId: comment.article_id, commentId: comment.id, scope: followUp.subscribe === 'replies' ? 'replies' : 'article' });
      }
      if (comment.status === 'approved') await notifySubscribers(ctx, comment);
      if (comment.status === 'pending') await notifyModerators(ctx, comment);
    } else if (followUp.kind === 'status-changed') {
      if (comment.status === 'approved' && followUp.from !== 'approved') await notifySubscribers(ctx, comment);
      if (comment.status === 'spam') await endSubscriptionsOfComment(ctx.db, comment.id, now);
      if (comment.status === 'pending' && followUp.edited) await notifyModerators(ctx, comment, { edited: true });
    }
  }
}

/**
 * After the change is committed: what crosses the network or refreshes a process's cache (the
 * spam service's feedback). Never fails the command.
 */
export async function afterCommit(ctx: DiscussionContext, followUps: readonly CommentFollowUp[]): Promise<void> {
  for (const followUp of followUps) {
    // The rules' verdict on an edit is not a moderator's: the spam service is not told of it.
    if (followUp.kind === 'status-changed' && !followUp.edited) await reportModeratorVerdict(ctx, followUp.comment, followUp.from);
  }
}
