import type { Kysely } from 'kysely';
import type { Article, Comment, Database } from '../store/schema.js';
import type { Settings } from '../store/settings.js';
import { findComment, hasApprovedComment, insertComment, isDuplicateComment, lastCommentTime } from '../store/comments.js';
import { validateCommentForm, type CommentFormInput, type FieldErrors } from './comment-form.js';
import { checkFormToken } from './form-token.js';
import { clientHash } from './identity.js';
import { countLinks, renderCommentMarkdown } from './markdown.js';
import { afterCommentStored } from './hooks.js';
import { commentsOpenFor } from './open.js';
import { decideComment, type CommentFacts } from './moderation.js';

export interface PostCommentRequest {
  article: Pick<Article, 'id' | 'comments_open' | 'published_at'>;
  form: CommentFormInput;
  clientAddress: string;
  userAgent: string;
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
}

/** A reader's form becomes a comment row, or a refusal that says what to fix. */
export async function postComment(ctx: DiscussionContext, request: PostCommentRequest): Promise<PostCommentResult> {
  const { db, secret, settings } = ctx;
  const { article, form, now } = request;
  const validation = validateCommentForm(form);
  const draft = 'draft' in validation ? validation.draft : null;
  const fieldErrors = 'errors' in validation ? validation.errors : {};
  const client = clientHash(secret, request.clientAddress);
  const bodyHtml = draft ? renderCommentMarkdown(draft.body) : '';

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
    linkCount: countLinks(bodyHtml),
  };
  if (draft) {
    if (draft.parentId !== null) {
      const parent = await findComment(db, draft.parentId);
      facts.parent = parent && parent.article_id === article.id ? { status: parent.status } : null;
    }
    const [duplicate, latest, known] = await Promise.all([
      isDuplicateComment(db, { articleId: article.id, ...draft }),
      lastCommentTime(db, client, draft.authorEmail),
      hasApprovedComment(db, draft.authorName, draft.authorEmail),
    ]);
    facts.duplicate = duplicate;
    facts.secondsSinceLastComment = latest ? (now.getTime() - Date.parse(latest)) / 1000 : null;
    facts.authorHasApprovedComment = known;
  }

  const decision = decideComment(draft, fieldErrors, facts, settings);
  if (decision.kind === 'refused' || !draft) {
    return { kind: 'refused', message: decision.kind === 'refused' ? decision.message : '', fieldErrors };
  }
  const comment = await insertComment(db, {
    article_id: article.id,
    parent_id: draft.parentId,
    author_name: draft.authorName,
    author_email: draft.authorEmail,
    author_url: draft.authorUrl,
    body_markdown: draft.body,
    body_html: bodyHtml,
    status: decision.status,
    status_reason: decision.reason,
    client_hash: client,
    user_agent: request.userAgent.slice(0, 255),
    created_at: now.toISOString(),
  });
  await afterCommentStored(ctx, comment, form);
  return { kind: 'stored', comment };
}
