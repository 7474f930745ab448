import type { CommentStatus } from '../store/schema.js';
import type { CommentDraft, FieldErrors } from './comment-form.js';
import type { FormTokenCheck } from './form-token.js';
import { explainVerdict, LEARNED_AGREE_PROBABILITY, LEARNED_HOLD_PROBABILITY, type BayesVerdict } from './spam/bayes.js';
import type { ListMatch } from './spam/lists.js';
import { explainScore, type SpamScore } from './spam/score.js';

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
  /** Comments stored from the same client address (its keyed hash) in the last 60 seconds. */
  recentCommentsFromAddress: number;
  /** Whether the blocked-authors list matched the email or the address. */
  blockedAuthor: 'email' | 'address' | null;
  disallowedWord: ListMatch | null;
  moderationWord: ListMatch | null;
  /** The content score; null when there is no valid comment to score. */
  spamScore: SpamScore | null;
  /** The learned filter's verdict (spam/bayes.ts); absent or null when it was not asked. */
  learned?: BayesVerdict | null;
}

export interface ModerationSettings {
  floodSeconds: number;
  requirePriorApproval: boolean;
  commentMaxLinks: number;
  /** 0 turns the per-address limit off. */
  commentsPerMinutePerAddress: number;
  holdAllComments: boolean;
  /** A score at or above this holds the comment; 0 turns it off. */
  spamScoreHold: number;
  /** A score at or above this sends the comment to spam; 0 turns it off. */
  spamScoreSpam: number;
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

/** The per-address limit's refusal: the reader's text is kept, as with every refusal. */
export function rateLimitMessage(count: number): string {
  return `You have posted ${count} ${count === 1 ? 'comment' : 'comments'} in the last minute; please wait a minute and post again.`;
}

/** How a list match reads in a status reason. A match in the address does not name the word, which would record where the comment came from. */
function listReason(kind: string, match: ListMatch): string {
  return match.field === 'address' ? `${kind} in the address` : `${kind} "${match.word}" in ${match.field}`;
}

/**
 * Decides what happens to a comment, in WordPress's order: closed articles first, then
 * the reader's own mistakes, then bot signals, then duplicates, floods and the per-address
 * limit, then what sends a comment to spam (blocked author, disallowed word, content score),
 * then what holds it (links, moderation word, content score, learned filter, hold-all, first comment).
 */
/** A content score at or above this (or spamScoreHold, if lower) holds a comment the learned filter leans against. */
export const AGREEING_SCORE = 30;

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
  if (settings.commentsPerMinutePerAddress > 0 && facts.recentCommentsFromAddress >= settings.commentsPerMinutePerAddress) {
    return { kind: 'refused', message: rateLimitMessage(facts.recentCommentsFromAddress) };
  }

  // Spam: kept (nothing is lost, a moderator can still approve it) but never shown or mailed.
  if (facts.blockedAuthor) return { kind: 'accepted', status: 'spam', reason: `spam: blocked author (${facts.blockedAuthor})` };
  if (facts.disallowedWord) return { kind: 'accepted', status: 'spam', reason: listReason('spam: disallowed word', facts.disallowedWord) };
  const score = facts.spamScore;
  if (score && settings.spamScoreSpam > 0 && score.score >= settings.spamScoreSpam) {
    return { kind: 'accepted', status: 'spam', reason: `spam: score ${score.score} (${explainScore(score)})` };
  }

  if (settings.commentMaxLinks > 0 && facts.linkCount >= settings.commentMaxLinks) {
    return { kind: 'accepted', status: 'pending', reason: `held: ${facts.linkCount} links` };
  }
  if (facts.moderationWord) return { kind: 'accepted', status: 'pending', reason: listReason('held: moderation word', facts.moderationWord) };
  if (score && settings.spamScoreHold > 0 && score.score >= settings.spamScoreHold) {
    return { kind: 'accepted', status: 'pending', reason: `held: score ${score.score} (${explainScore(score)})` };
  }
  // The learned filter only holds: it is never the sole reason a comment is hidden as spam.
  if (facts.learned && facts.learned.probability >= LEARNED_HOLD_PROBABILITY) {
    return { kind: 'accepted', status: 'pending', reason: `held: looks like spam to the learned filter (${explainVerdict(facts.learned)})` };
  }
  // Two judges that are each unsure but agree: a middling score and a leaning learned filter.
  if (score && facts.learned && settings.spamScoreHold > 0 && score.score >= Math.min(AGREEING_SCORE, settings.spamScoreHold) && facts.learned.probability >= LEARNED_AGREE_PROBABILITY) {
    return { kind: 'accepted', status: 'pending', reason: `held: score ${score.score} and the learned filter agree (${explainScore(score, 2)}; ${explainVerdict(facts.learned, 2)})` };
  }
  if (settings.holdAllComments) return { kind: 'accepted', status: 'pending', reason: 'held: every comment is held' };
  if (settings.requirePriorApproval && !facts.authorHasApprovedComment) {
    return { kind: 'accepted', status: 'pending', reason: 'held: first comment' };
  }
  return { kind: 'accepted', status: 'approved', reason: 'approved: known author' };
}
