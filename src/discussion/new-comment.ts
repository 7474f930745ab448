import type { Article, CommentStatus } from '../store/schema.js';
import { findComment, findPosterHistory, hasApprovedComment } from '../store/comments.js';
import { validateCommentForm, type CommentDraft, type CommentFormInput, type FieldErrors } from './comment-form.js';
import type { DiscussionContext } from './context.js';
import { checkFormToken } from './form-token.js';
import { clientHash } from './identity.js';
import { renderCommentMarkdown } from './markdown.js';
import { commentsOpenFor } from './open.js';
import { admitComment, decideAdmitted, type AdmissionFacts } from './moderation.js';
import { examineContent } from './examine.js';
import { akismetCommentCheck, type AkismetComment } from './spam/akismet.js';
import { storedSpamVerdict, type SpamVerdict } from './spam/content.js';

export interface PostCommentRequest {
  /** slug and language, when given, go to the spam checks (permalink, the article's script). */
  article: Pick<Article, 'id' | 'comments_open' | 'published_at'> & Partial<Pick<Article, 'slug' | 'language'>>;
  form: CommentFormInput;
  /** The raw client address: matched against the lists and sent to the spam service, never stored. */
  clientAddress: string;
  userAgent: string;
  /** The Referer header of the post, when known (for the spam service). */
  referrer?: string | undefined;
  now: Date;
}

/** The row a new comment becomes, as the rules decided it; what storing it adds (ids, time) is the command's. */
export interface JudgedComment {
  draft: CommentDraft;
  status: CommentStatus;
  reason: string;
  bodyHtml: string;
  spamScore: number | null;
  /** The spam model version that scored it; null when not scored. */
  spamModelVersion: number | null;
  /** The features behind a score that held it or sent it to spam, as JSON; null otherwise. */
  spamFeatures: string | null;
  /** The client address's keyed hash: what is stored of the address. */
  client: string;
}

export type NewCommentJudgement = { kind: 'accepted'; comment: JudgedComment } | { kind: 'refused'; message: string; fieldErrors: FieldErrors };

/** Comments one address may have stored within this window before the per-address limit refuses more. */
const RATE_WINDOW_MS = 60_000;

/** What the store says about a post that the cheap rules need: its parent, a duplicate, the last comment, the recent count. */
async function admissionFacts(ctx: DiscussionContext, request: PostCommentRequest, draft: CommentDraft | null, client: string): Promise<AdmissionFacts> {
  const { db, secret, settings } = ctx;
  const { article, form, now } = request;
  const facts: AdmissionFacts = {
    commentsOpen: commentsOpenFor(article, settings.closeCommentsAfterDays, now),
    formToken: checkFormToken(secret, form.formToken, article.id, now.getTime(), {
      minFillSeconds: settings.minFillSeconds,
      maxAgeHours: settings.formTokenMaxAgeHours,
    }),
    honeypotFilled: form.trap.trim() !== '',
    duplicate: false,
    secondsSinceLastComment: null,
    recentCommentsFromAddress: 0,
  };
  // A closed article, a refused form or token needs nothing from the store.
  if (!draft || !facts.commentsOpen || facts.formToken !== 'ok') return facts;
  if (draft.parentId !== null) {
    const parent = await findComment(db, draft.parentId);
    facts.parent = parent && parent.article_id === article.id ? { status: parent.status } : null;
  }
  const history = await findPosterHistory(db, {
    articleId: article.id,
    ...draft,
    clientHash: client,
    recentSince: settings.commentsPerMinutePerAddress > 0 ? new Date(now.getTime() - RATE_WINDOW_MS).toISOString() : null,
  });
  facts.duplicate = history.duplicate;
  facts.recentCommentsFromAddress = history.recentFromClient;
  facts.secondsSinceLastComment = history.latest ? (now.getTime() - Date.parse(history.latest)) / 1000 : null;
  return facts;
}

/**
 * A reader's form becomes the comment row to store, or a refusal that says what to fix. The cheap rules
 * come first (closed, the form, the token, the parent, duplicates, floods, the per-address limit,
 * then the honeypot); only a post they all let through has its text examined, so a refused or
 * bot-caught post costs a few small queries whatever it contains.
 */
export async function judgeNewComment(ctx: DiscussionContext, request: PostCommentRequest): Promise<NewCommentJudgement> {
  const { db, secret, settings } = ctx;
  const { article, form, now } = request;
  const validation = validateCommentForm(form);
  const draft = 'draft' in validation ? validation.draft : null;
  const fieldErrors = 'errors' in validation ? validation.errors : {};
  const client = clientHash(secret, request.clientAddress);

  const admission = admitComment(draft, fieldErrors, await admissionFacts(ctx, request, draft, client), settings);
  if (admission.kind === 'refused' || !draft) {
    return { kind: 'refused', message: admission.kind === 'refused' ? admission.message : '', fieldErrors };
  }
  const accept = (status: CommentStatus, reason: string, bodyHtml: string, spam: SpamVerdict | null): NewCommentJudgement => ({
    kind: 'accepted',
    comment: { draft, status, reason, bodyHtml, client, ...storedSpamVerdict(spam) },
  });
  // Caught by the honeypot: kept as spam, its text rendered for a moderator but never examined.
  if (admission.kind === 'accepted') return accept(admission.status, admission.reason, renderCommentMarkdown(draft.body), null);

  const examined = await (ctx.examine ?? examineContent)(db, settings, {
    draft,
    clientAddress: request.clientAddress,
    userAgent: request.userAgent,
    articleLanguage: article.language ?? null,
  });
  // Only the prior-approval rule asks; with it off, no post pays for the lookup.
  const known = settings.requirePriorApproval ? await hasApprovedComment(db, draft.authorName, draft.authorEmail) : false;
  const decision = decideAdmitted({ ...examined.facts, authorHasApprovedComment: known }, settings);
  if (decision.kind === 'refused') return { kind: 'refused', message: decision.message, fieldErrors };
  let { status, reason } = decision;

  // The spam service, when configured, has the last word on what the rules let through. It
  // fails open: no answer, a wrong answer or a slow one holds the comment, never loses it.
  if (ctx.akismet && status !== 'spam') {
    const verdict = await akismetCommentCheck(ctx.akismet, ctx.publicUrl, {
      user_ip: request.clientAddress,
      user_agent: request.userAgent,
      referrer: request.referrer,
      permalink: article.slug ? `${ctx.publicUrl}/articles/${article.slug}` : ctx.publicUrl,
      comment_type: draft.parentId === null ? 'comment' : 'reply',
      comment_author: draft.authorName,
      comment_author_email: draft.authorEmail,
      comment_author_url: draft.authorUrl ?? undefined,
      comment_content: draft.body,
      comment_date_gmt: now.toISOString(),
      comment_post_modified_gmt: article.published_at,
      blog_lang: article.language ?? undefined,
    } satisfies AkismetComment);
    if (verdict.kind === 'spam') {
      status = 'spam';
      reason = verdict.discard ? 'spam: Akismet (blatant)' : 'spam: Akismet';
    } else if (verdict.kind === 'unavailable') {
      (ctx.warn ?? console.warn)(`spam check unavailable, comment held: ${verdict.detail}`);
      reason = status === 'approved' ? 'held: spam check unavailable' : `${reason}; spam check unavailable`;
      status = 'pending';
    }
  }
  return accept(status, reason, examined.bodyHtml, examined.facts.spamScore);
}

