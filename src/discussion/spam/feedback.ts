import { findCommentArticle } from '../../store/comments.js';
import type { Comment, CommentStatus } from '../../store/schema.js';
import type { DiscussionContext } from '../context.js';
import { akismetSubmit, type AkismetComment } from './akismet.js';

/** Which verdict a status change teaches the spam service, if any. */
export function verdictFor(from: CommentStatus, to: CommentStatus): 'spam' | 'ham' | null {
  if (to === 'spam' && from !== 'spam') return 'spam';
  if (from === 'spam' && to === 'approved') return 'ham';
  return null;
}

/**
 * Tells the spam service what a moderator decided (Akismet's submit-spam / submit-ham):
 * a comment moved to spam from any other status is missed spam; one moved from spam to
 * approved is a false positive. A failure is logged and ignored: moderation never waits
 * on the service for longer than its timeout and never fails because of it.
 *
 * Limitation: the raw client address is never stored (only its keyed hash), so these
 * reports cannot carry user_ip, which Akismet documents as required; they carry what is
 * stored (author, email, website, text, user agent, date, permalink) and the service may
 * weigh them less, or refuse them, for it.
 */
export async function reportModeratorVerdict(ctx: DiscussionContext, comment: Comment, from: CommentStatus): Promise<void> {
  const verdict = verdictFor(from, comment.status);
  // The desk's own model learns from the same verdict in a job (src/commands/comment-status.ts).
  const service = ctx.akismet;
  if (!service || !verdict) return;
  try {
    const article = await findCommentArticle(ctx.db, comment.article_id);
    const fields: AkismetComment = {
      user_agent: comment.user_agent,
      permalink: article ? `${ctx.publicUrl}/articles/${article.slug}` : ctx.publicUrl,
      comment_type: comment.parent_id === null ? 'comment' : 'reply',
      comment_author: comment.author_name,
      comment_author_email: comment.author_email,
      comment_author_url: comment.author_url ?? undefined,
      comment_content: comment.body_markdown,
      comment_date_gmt: comment.created_at,
      blog_lang: article?.language ?? undefined,
    };
    await akismetSubmit(service, ctx.publicUrl, verdict, fields);
  } catch (error) {
    (ctx.warn ?? console.warn)(`spam feedback for comment #${comment.id} not sent: ${error instanceof Error ? error.message : String(error)}`);
  }
}
