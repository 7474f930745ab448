import type { CommentStatus } from '../store/schema.js';
import type { CommentDraft, FieldErrors } from './comment-form.js';
import type { FormTokenCheck } from './form-token.js';

/** What the store knows that bears on a new comment; gathered before the rules run. */
export interface CommentFacts {
  commentsOpen: boolean;
  formToken: FormTokenCheck;
  honeypotFilled: boolean;
  /** Undefined when the comment is not a reply; null when the parent is not on this article. */
  parent?: { status: CommentStatus } | null;
  duplicate: boolean;
  /** Seconds since the last comment from the same address or email, if any. */
  secondsSinceLastComment: number | null;
  authorHasApprovedComment: boolean;
  linkCount: number;
}

export interface ModerationSettings {
  floodSeconds: number;
  requirePriorApproval: boolean;
  commentMaxLinks: number;
}

export type CommentDecision =
  | { kind: 'refused'; message: string; fieldErrors?: FieldErrors }
  | { kind: 'accepted'; status: CommentStatus; reason: string };

export const messages = {
  closed: 'Sorry, comments are closed for this item.',
  duplicate: 'Duplicate comment detected; it looks as though you’ve already said that!',
  flood: 'You are posting comments too quickly. Slow down.',
  unapprovedParent: 'Sorry, replies to unapproved comments are not allowed.',
  missingParent: 'The comment you are replying to is no longer here. Your text is kept below; you can post it as a new comment.',
  tokenTooFast:
    'That was quicker than people usually type, so we could not tell you from a bot. Your comment is kept below: wait a few seconds and press “Post Comment” again.',
  tokenStale:
    'This form was open for too long or did not come from this page. Your comment is kept below: press “Post Comment” again to send it.',
} as const;

/**
 * Decides what happens to a comment, in WordPress's order: closed articles first, then
 * the reader's own mistakes, then bot signals, then duplicates and floods, then holds.
 */
export function decideComment(draft: CommentDraft | null, fieldErrors: FieldErrors, facts: CommentFacts, settings: ModerationSettings): CommentDecision {
  if (!facts.commentsOpen) return { kind: 'refused', message: messages.closed };
  // A filled honeypot is kept as spam rather than refused, so a rare person caught by it loses nothing.
  if (draft && facts.honeypotFilled) return { kind: 'accepted', status: 'spam', reason: 'spam: hidden field filled' };

  const tokenMessage = facts.formToken === 'ok' ? null : facts.formToken === 'too-fast' ? messages.tokenTooFast : messages.tokenStale;
  if (!draft) return { kind: 'refused', message: tokenMessage ?? 'Please correct the marked fields.', fieldErrors };
  if (tokenMessage) return { kind: 'refused', message: tokenMessage };

  if (facts.parent === null) return { kind: 'refused', message: messages.missingParent };
  if (facts.parent && facts.parent.status !== 'approved') return { kind: 'refused', message: messages.unapprovedParent };
  if (facts.duplicate) return { kind: 'refused', message: messages.duplicate };
  if (facts.secondsSinceLastComment !== null && facts.secondsSinceLastComment < settings.floodSeconds) {
    return { kind: 'refused', message: messages.flood };
  }

  if (settings.commentMaxLinks > 0 && facts.linkCount >= settings.commentMaxLinks) {
    return { kind: 'accepted', status: 'pending', reason: `held: ${facts.linkCount} links` };
  }
  if (settings.requirePriorApproval && !facts.authorHasApprovedComment) {
    return { kind: 'accepted', status: 'pending', reason: 'held: first comment' };
  }
  return { kind: 'accepted', status: 'approved', reason: 'approved: known author' };
}
