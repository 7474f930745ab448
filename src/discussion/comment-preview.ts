import { commentLimits, type CommentFormInput } from './comment-form.js';
import { renderCommentMarkdown } from './markdown.js';

/*
 * "Preview": the comment as it would be shown, rendered by the very renderer that renders it when
 * it is posted. Nothing is stored and no rule that counts posts (floods, the per-address limit,
 * the spam checks) looks at it, so previewing never costs the reader a post.
 */

export type CommentPreview = { kind: 'shown'; bodyHtml: string; authorName: string } | { kind: 'refused'; error: string };

export function previewComment(input: Pick<CommentFormInput, 'comment' | 'author'>): CommentPreview {
  // Trimmed and with line endings as validateCommentForm leaves them: what would be stored.
  const body = input.comment.replace(/\r\n?/g, '\n').trim();
  if (!body) return { kind: 'refused', error: 'Please type your comment before previewing it.' };
  if (body.length > commentLimits.comment) {
    return { kind: 'refused', error: `Your comment is too long: ${body.length.toLocaleString('en')} characters, the limit is ${commentLimits.comment.toLocaleString('en')}.` };
  }
  const bodyHtml = renderCommentMarkdown(body);
  const authorName = input.author.replace(/\s+/g, ' ').trim().slice(0, commentLimits.author);
  return { kind: 'shown', bodyHtml, authorName: authorName || 'You' };
}
