import type { Comment, CommentStatus } from '../store/schema.js';
import type { CommentFormInput } from './comment-form.js';
import type { DiscussionContext } from './post-comment.js';

/*
 * What happens around a comment beyond storing it: subscriptions and notification mail.
 * Both run after the comment's row is committed; what they send is queued in the outbox,
 * so a crash can delay mail but never lose or double it.
 */

/** A reader's comment was just stored (any status). */
export async function afterCommentStored(_ctx: DiscussionContext, _comment: Comment, _form: CommentFormInput): Promise<void> {}

/** A moderator (or the command line) changed a comment's status. */
export async function afterStatusChanged(_ctx: DiscussionContext, _comment: Comment, _from: CommentStatus): Promise<void> {}
