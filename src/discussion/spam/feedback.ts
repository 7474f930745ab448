import type { Comment, CommentStatus } from '../../store/schema.js';
import type { DiscussionContext } from '../post-comment.js';

/** Tells the spam service what a moderator decided (Akismet's submit-spam / submit-ham). */
export async function reportModeratorVerdict(_ctx: DiscussionContext, _comment: Comment, _from: CommentStatus): Promise<void> {}
