import type { Kysely } from 'kysely';
import type { Article, Comment, Database } from '../store/schema.js';
import type { Settings } from '../store/settings.js';
import { countCommentsFromClientSince, findComment, hasApprovedComment, insertComment, isDuplicateComment, lastCommentTime } from '../store/comments.js';
import { validateCommentForm, type CommentFormInput, type FieldErrors } from './comment-form.js';
import { checkFormToken } from './form-token.js';
import { clientHash } from './identity.js';
import { countLinks, renderCommentMarkdown } from './markdown.js';
import { afterCommentStored } from './hooks.js';
import { commentsOpenFor } from './open.js';
import { decideComment, type CommentFacts } from './moderation.js';
import { akismetCommentCheck, type AkismetComment } from './spam/akismet.js';
import { spamProbability } from './spam/bayes.js';
import { learnedModel } from './spam/bayes-store.js';
import { gatherContentFacts } from './spam/content.js';

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

export type PostCommentResult =
  | { kind: 'stored'; comment: Comment }
  | { kind: 'refused'; message: string; fieldErrors: FieldErrors };

export interface DiscussionContext {
  db: Kysely<Database>;
  secret: string;
  settings: Settings;
  /** The desk's public address, for links in mail. */
  publicUrl: string;
  /** The Akismet-compatible service, when a key is configured. */
  akismet?: { key: string; url: string } | undefined;
  now?: () => Date;
  /** Where problems that must not stop a reader or a moderator are reported (console.warn when absent). */
  warn?: ((message: string) => void) | undefined;
}

/** Comments one address may have stored within this window before the per-address limit refuses more. */
const RATE_WINDOW_MS = 60_000;

/** A reader's form becomes a comment row, or a refusal that says what to fix. */
export async function postComment(ctx: DiscussionContext, request: PostCommentRequest): Promise<PostCommentResult> {
  const { db, secret, settings } = ctx;
  const { article, form, now } = request;
  const validation = validateCommentForm(form);
  const draft = 'draft' in validation ? validation.draft : null;
  const fieldErrors = 'errors' in validation ? validation.errors : {};
  const client = clientHash(secret, request.clientAddress);
  const bodyHtml = draft ? renderCommentMarkdown(draft.body) : '';
  const content = draft
    ? gatherContentFacts(
        { draft, bodyHtml, clientAddress: request.clientAddress, userAgent: request.userAgent, articleLanguage: article.language ?? null },
        settings,
      )
    : null;

  const facts: CommentFacts = {
    commentsOpen: commentsOpenFor(article, settings.closeCommentsAfterDays, now),
    formToken: checkFormToken(secret, form.formToken, article.id, now.getTime(), {
      minFillSeconds: settings.minFillSeconds,
      maxAgeHours: settings.formTokenMaxAgeHours,
    }),
    honeypotFilled: form.trap.trim() !== '',
    duplicate: false,
    secondsSinceLastComment: null,
    authorHasApprovedComment: false,
    linkCount: content?.linkCount ?? countLinks(bodyHtml),
    recentCommentsFromAddress: 0,
    blockedAuthor: content?.blockedAuthor ?? null,
    disallowedWord: content?.disallowedWord ?? null,
    moderationWord: content?.moderationWord ?? null,
    spamScore: content?.spamScore ?? null,
  };
  if (draft) {
    if (draft.parentId !== null) {
      const parent = await findComment(db, draft.parentId);
      facts.parent = parent && parent.article_id === article.id ? { status: parent.status } : null;
    }
    const [duplicate, latest, known, recent] = await Promise.all([
      isDuplicateComment(db, { articleId: article.id, ...draft }),
      lastCommentTime(db, client, draft.authorEmail),
      hasApprovedComment(db, draft.authorName, draft.authorEmail),
      settings.commentsPerMinutePerAddress > 0 ? countCommentsFromClientSince(db, client, new Date(now.getTime() - RATE_WINDOW_MS).toISOString()) : 0,
    ]);
    facts.duplicate = duplicate;
    facts.recentCommentsFromAddress = recent;
    facts.secondsSinceLastComment = latest ? (now.getTime() - Date.parse(latest)) / 1000 : null;
    facts.authorHasApprovedComment = known;
    facts.learned = spamProbability(await learnedModel(db), {
      authorName: draft.authorName,
      authorEmail: draft.authorEmail,
      authorUrl: draft.authorUrl,
      body: draft.body,
      userAgent: request.userAgent,
    });
  }

  const decision = decideComment(draft, fieldErrors, facts, settings);
  if (decision.kind === 'refused' || !draft) {
    return { kind: 'refused', message: decision.kind === 'refused' ? decision.message : '', fieldErrors };
  }
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

  // The row and the mail it causes are committed together: a crash never keeps one without the other.
  const comment = await db.transaction().execute(async (trx) => {
    const row = await insertComment(trx, {
    article_id: article.id,
    parent_id: draft.parentId,
    author_name: draft.authorName,
    author_email: draft.authorEmail,
    author_url: draft.authorUrl,
    body_markdown: draft.body,
    body_html: bodyHtml,
    status,
    status_reason: reason,
    spam_score: content?.spamScore.score ?? null,
    client_hash: client,
    user_agent: request.userAgent.slice(0, 255),
    created_at: now.toISOString(),
    });
    await afterCommentStored({ ...ctx, db: trx }, row, form);
    return row;
  });
  return { kind: 'stored', comment };
}
