import type { CommentStatus } from '../store/schema.js';
import type { CommentDraft, FieldErrors } from './comment-form.js';
import type { FormTokenCheck } from './form-token.js';
import type { SpamVerdict } from './spam/content.js';
import type { ListMatch } from './spam/lists.js';
import { explainFeatures } from './spam/model.js';

/**
 * What is known about a post before anything in its text is examined: the form, the store's
 * few cheap answers (duplicate, last comment, recent count). Refusals come from these alone.
 */
export interface AdmissionFacts {
  commentsOpen: boolean;
  formToken: FormTokenCheck;
  honeypotFilled: boolean;
  /** Undefined when the comment is not a reply; null when the parent is not on this article. */
  parent?: { status: CommentStatus } | null;
  duplicate: boolean;
  /** Seconds since the last reader's comment from the same address or email, if any. */
  secondsSinceLastComment: number | null;
  /** Readers' comments stored from the same client address (its keyed hash) in the last 60 seconds. */
  recentCommentsFromAddress: number;
}

/** What the text itself says (spam/content.ts), the spam model's score included: the costly part, gathered only for an admitted post or an edit. */
export interface ContentVerdictFacts {
  linkCount: number;
  /** Whether the blocked-authors list matched the email or the address. */
  blockedAuthor: 'email' | 'address' | null;
  disallowedWord: ListMatch | null;
  moderationWord: ListMatch | null;
  /** The spam model's verdict; null when there is no valid comment to score. */
  spamScore: SpamVerdict | null;
}

/** Everything the rules weigh for a new comment. */
export interface CommentFacts extends AdmissionFacts, ContentVerdictFacts {
  authorHasApprovedComment: boolean;
}

export interface ModerationSettings {
  floodSeconds: number;
  requirePriorApproval: boolean;
  commentMaxLinks: number;
  /** 0 turns the per-address limit off. */
  commentsPerMinutePerAddress: number;
  holdAllComments: boolean;
  /** A spam model score at or above this holds the comment; 0 turns it off. */
  spamScoreHold: number;
  /** A spam model score at or above this sends the comment to spam; 0 turns it off. */
  spamScoreSpam: number;
}

export type CommentDecision =
  | { kind: 'refused'; message: string; fieldErrors?: FieldErrors }
  | { kind: 'accepted'; status: CommentStatus; reason: string };

/** The first step's outcome: refused, kept as spam without a look at its text (the honeypot), or admitted to the content rules. */
export type Admission = { kind: 'refused'; message: string; fieldErrors?: FieldErrors } | { kind: 'accepted'; status: 'spam'; reason: string } | { kind: 'admitted' };

/** What the content rules make of a text that they object to; null when they let it through. */
export interface ContentVerdict {
  status: 'spam' | 'pending';
  reason: string;
}

export const HONEYPOT_REASON = 'spam: hidden field filled';

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
 * The cheap first step, in WordPress's order: closed articles, the reader's own mistakes, the
 * form token, the parent, duplicates, floods and the per-address limit. Only a post that passes
 * all of them is looked at further; a filled honeypot is then kept as spam without a look at its
 * text, so a bot that fills it meets every limit a person meets and costs no more than a refusal.
 */
export function admitComment(draft: CommentDraft | null, fieldErrors: FieldErrors, facts: AdmissionFacts, settings: ModerationSettings): Admission {
  if (!facts.commentsOpen) return { kind: 'refused', message: messages.closed };

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
  // Kept as spam rather than refused, so a rare person caught by it loses nothing.
  if (facts.honeypotFilled) return { kind: 'accepted', status: 'spam', reason: HONEYPOT_REASON };
  return { kind: 'admitted' };
}

/**
 * The rules on what a text says, the same for a new comment and for an edit: what sends it to
 * spam (blocked author, disallowed word, a score at spamScoreSpam), then what holds it (links,
 * moderation word, a score at spamScoreHold). Null when none objects.
 */
export function judgeContent(facts: ContentVerdictFacts, settings: ModerationSettings): ContentVerdict | null {
  // Spam: kept (nothing is lost, a moderator can still approve it) but never shown or mailed.
  if (facts.blockedAuthor) return { status: 'spam', reason: `spam: blocked author (${facts.blockedAuthor})` };
  if (facts.disallowedWord) return { status: 'spam', reason: listReason('spam: disallowed word', facts.disallowedWord) };
  const score = facts.spamScore;
  if (score && settings.spamScoreSpam > 0 && score.score >= settings.spamScoreSpam) {
    return { status: 'spam', reason: `spam: score ${score.score}${scoreDetail(score)}` };
  }

  if (settings.commentMaxLinks > 0 && facts.linkCount >= settings.commentMaxLinks) {
    return { status: 'pending', reason: `held: ${facts.linkCount} links` };
  }
  if (facts.moderationWord) return { status: 'pending', reason: listReason('held: moderation word', facts.moderationWord) };
  if (score && settings.spamScoreHold > 0 && score.score >= settings.spamScoreHold) {
    return { status: 'pending', reason: `held: score ${score.score}${scoreDetail(score)}` };
  }
  return null;
}

/** The model version and its strongest features, as a status reason shows them. */
function scoreDetail(score: SpamVerdict): string {
  const features = score.features.slice(0, 3);
  return ` (model v${score.version}${features.length > 0 ? `: ${explainFeatures(features)}` : ''})`;
}

/** After the content rules, a new comment is held when every comment is, or when it is its author's first. */
export function decideAdmitted(facts: ContentVerdictFacts & { authorHasApprovedComment: boolean }, settings: ModerationSettings): CommentDecision {
  const verdict = judgeContent(facts, settings);
  if (verdict) return { kind: 'accepted', ...verdict };
  if (settings.holdAllComments) return { kind: 'accepted', status: 'pending', reason: 'held: every comment is held' };
  if (settings.requirePriorApproval && !facts.authorHasApprovedComment) {
    return { kind: 'accepted', status: 'pending', reason: 'held: first comment' };
  }
  return { kind: 'accepted', status: 'approved', reason: 'approved: known author' };
}

/**
 * Decides what happens to a new comment: the cheap first step (admitComment), then the content
 * rules (judgeContent), then hold-all and the first-comment rule. postComment runs the same two
 * steps apart, so that a refused post never has its text examined.
 */
export function decideComment(draft: CommentDraft | null, fieldErrors: FieldErrors, facts: CommentFacts, settings: ModerationSettings): CommentDecision {
  const admission = admitComment(draft, fieldErrors, facts, settings);
  return admission.kind === 'admitted' ? decideAdmitted(facts, settings) : admission;
}

/**
 * What an author's edit of their own comment leads to: the content rules a new comment meets,
 * and hold-all. Null when the comment may keep its status. (The first-comment rule does not
 * apply: the author is the one who already posted it.)
 */
export function decideEdit(facts: ContentVerdictFacts, settings: ModerationSettings): ContentVerdict | null {
  const verdict = judgeContent(facts, settings) ?? (settings.holdAllComments ? { status: 'pending' as const, reason: 'held: every comment is held' } : null);
  return verdict && { status: verdict.status, reason: `${verdict.reason}, after an edit` };
}
