import { clip, composeMail } from '../mail/compose.js';
import { enqueueMail } from '../mail/outbox.js';
import { findComment } from '../store/comments.js';
import type { Comment } from '../store/schema.js';
import { findArticleForMail, listModerators, listNotifiableSubscriptions } from '../store/subscriptions.js';
import type { DiscussionContext } from './context.js';
import { normalizeEmail } from './identity.js';
import { unsubscribeLink } from './subscriptions.js';

/*
 * Mail about comments. Everything is queued in the outbox under a key naming the comment and the
 * recipient, so approving a comment twice (or a retried request) never mails anyone twice.
 * The comment is quoted from its Markdown source as escaped text, never as its rendered HTML.
 */

export function commentUrl(publicUrl: string, articleSlug: string, commentId: number): string {
  return `${publicUrl}/articles/${encodeURIComponent(articleSlug)}#comment-${commentId}`;
}

/**
 * Tells every confirmed subscriber of the article, except the comment's author, of a newly
 * approved comment. Returns how many mails were queued.
 */
export async function notifySubscribers(ctx: DiscussionContext, comment: Comment): Promise<number> {
  if (comment.status !== 'approved') return 0;
  const parent = comment.parent_id !== null ? await findComment(ctx.db, comment.parent_id) : undefined;
  const answered = parent && parent.status === 'approved' ? parent : undefined;
  // Most comments have nobody to tell: the recipients are looked up first, the article only for them.
  const recipients = await listNotifiableSubscriptions(ctx.db, comment.article_id, normalizeEmail(comment.author_email), answered ? normalizeEmail(answered.author_email) : '');
  if (recipients.length === 0) return 0;
  const article = await findArticleForMail(ctx.db, comment.article_id);
  if (!article) return 0;
  const now = ctx.now?.() ?? new Date();
  const site = ctx.settings.siteName;
  const title = clip(article.title);
  const author = clip(comment.author_name, 80);
  const url = commentUrl(ctx.publicUrl, article.slug, comment.id);
  let queued = 0;
  for (const recipient of recipients) {
    const stopOne = unsubscribeLink(ctx, { kind: 'one', subscriptionId: recipient.id });
    const stopAll = unsubscribeLink(ctx, { kind: 'all', email: recipient.email });
    const toReplies = recipient.scope === 'replies';
    const mail = composeMail(toReplies ? `New reply to your comment on “${title}”` : `New comment on “${title}”`, [
      { kind: 'text', text: answered ? `${author} replied to ${toReplies ? 'you' : clip(answered.author_name, 80)} on “${title}”:` : `${author} commented on “${title}”:` },
      { kind: 'quote', text: comment.body_markdown },
      { kind: 'link', label: 'Read it and reply', url },
      {
        kind: 'footer',
        lines: [
          toReplies
            ? `You get this email because you asked ${site} to notify you of replies to your comments on this article.`
            : `You get this email because you asked ${site} to notify you of new comments on this article.`,
          { label: 'Stop emails about this article', url: stopOne },
          { label: `Stop all emails from ${site}`, url: stopAll },
        ],
      },
    ]);
    const added = await enqueueMail(
      ctx.db,
      {
        idempotencyKey: `reply:${comment.id}:${recipient.email}`,
        to: recipient.email,
        ...mail,
        // RFC 2369 and RFC 8058: mail programs show an "Unsubscribe" button that POSTs to this link.
        headers: { 'List-Unsubscribe': `<${stopOne}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      },
      now,
    );
    if (added) queued++;
  }
  return queued;
}

export function moderationLinks(publicUrl: string, commentId: number): { review: string; approve: string; spam: string } {
  return {
    review: `${publicUrl}/admin/comments?status=pending#comment-${commentId}`,
    approve: `${publicUrl}/admin/comments/${commentId}/approve`,
    spam: `${publicUrl}/admin/comments/${commentId}/spam`,
  };
}

/**
 * Why a comment is held, as a moderator reads it in mail: the stored reason without its status
 * word ("held: first comment" reads "first comment"; "held: score 62 (…)" reads "score 62 (…)").
 */
export function heldBecause(statusReason: string): string {
  const reason = statusReason.replace(/^(?:held|pending|spam|approved|trash):\s?/, '').trim();
  return reason === '' ? 'no reason was recorded' : reason;
}

/** Asks every admin and moderator to look at a held comment (when settings.notifyModeratorsOfHeld); `edited` when its author's edit held it. */
export async function notifyModerators(ctx: DiscussionContext, comment: Comment, options: { edited?: boolean } = {}): Promise<number> {
  if (comment.status !== 'pending' || !ctx.settings.notifyModeratorsOfHeld) return 0;
  const moderators = await listModerators(ctx.db);
  if (moderators.length === 0) return 0;
  const article = await findArticleForMail(ctx.db, comment.article_id);
  const now = ctx.now?.() ?? new Date();
  const site = ctx.settings.siteName;
  const title = clip(article?.title ?? `article #${comment.article_id}`);
  const links = moderationLinks(ctx.publicUrl, comment.id);
  const mail = composeMail(`[${site}] Please moderate: “${title}”`, [
    {
      kind: 'text',
      text: options.edited ? `A comment on “${title}” was edited by its author and is waiting for your approval.` : `A new comment on “${title}” is waiting for your approval.`,
    },
    {
      kind: 'text',
      text: [`Author: ${clip(comment.author_name, 80)} <${comment.author_email}>`, comment.author_url ? `Website: ${comment.author_url}` : null, `Held because: ${heldBecause(comment.status_reason)}`]
        .filter((line): line is string => line !== null)
        .join('\n'),
    },
    { kind: 'quote', text: comment.body_markdown },
    { kind: 'link', label: 'Review the held comments', url: links.review },
    { kind: 'link', label: 'Approve it', url: links.approve },
    { kind: 'link', label: 'Mark it as spam', url: links.spam },
    { kind: 'footer', lines: [`You get this email as a moderator of ${site}. The links ask you to sign in first.`] },
  ]);
  let queued = 0;
  for (const moderator of moderators) {
    const to = normalizeEmail(moderator.email);
    // A comment held once, approved, then held again by its author's edit is news again: the edit has a key of its own.
    const key = options.edited ? `held:${comment.id}:edit-${now.getTime()}:${to}` : `held:${comment.id}:${to}`;
    if (await enqueueMail(ctx.db, { idempotencyKey: key, to, ...mail }, now)) queued++;
  }
  return queued;
}
