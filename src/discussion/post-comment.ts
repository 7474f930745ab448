import { readerActor } from '../commands/actor.js';
import { postComment as postAsReader, type PostCommentResult } from '../commands/reader-comments.js';
import type { DiscussionContext } from './context.js';
import type { PostCommentRequest } from './new-comment.js';

export type { DiscussionContext } from './context.js';
export type { PostCommentRequest } from './new-comment.js';
export type { PostCommentResult } from '../commands/reader-comments.js';

/**
 * A reader's post, in the shape the benchmarks and older tests use; the rules are the command's
 * (src/commands/reader-comments.ts) and the judgement's (new-comment.ts).
 */
export async function postComment(ctx: DiscussionContext, request: PostCommentRequest): Promise<PostCommentResult> {
  const actor = readerActor({ address: request.clientAddress, userAgent: request.userAgent, referrer: request.referrer });
  return postAsReader(ctx, actor, { article: request.article, form: request.form, now: request.now });
}
