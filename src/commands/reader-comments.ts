import { emptyCommentForm, followScope, validateCommentForm, type CommentFormInput, type FieldErrors } from '../discussion/comment-form.js';
import type { DiscussionContext } from '../discussion/context.js';
import { examineContent } from '../discussion/examine.js';
import { decideEdit } from '../discussion/moderation.js';
import { judgeNewComment, type PostCommentRequest } from '../discussion/new-comment.js';
import { storedSpamVerdict } from '../discussion/spam/content.js';
import { commentAuthor, commentGone, ownCommentAccess, type EditGrant, type OwnCommentRefusal } from '../discussion/own-comments.js';
import { findComment, insertComment, saveEditedComment } from '../store/comments.js';
import { writeInGroup } from '../store/grouped-writes.js';
import type { Article, Comment } from '../store/schema.js';
import type { ReaderActor } from './actor.js';
import { applyStatusChange, changeStatusWithin } from './comment-status.js';
import { afterCommit, queueFollowUps, type CommentFollowUp } from './follow-ups.js';

/*
 * What a reader does with comments: post one, and edit or delete their own within its window.
 * A reader's post is not written to the audit log: the row itself records it, and a bot must
 * not be able to fill the log. A change of status that a reader's edit causes is.
 */

export interface PostCommentInput {
  article: PostCommentRequest['article'];
  form: CommentFormInput;
  now?: Date | undefined;
}

export type PostCommentResult = { kind: 'stored'; comment: Comment } | { kind: 'refused'; message: string; fieldErrors: FieldErrors };

/** A reader's form becomes a comment (approved, held or kept as spam by the rules), or a refusal that says what to fix. */
export async function postComment(ctx: DiscussionContext, actor: ReaderActor, input: PostCommentInput): Promise<PostCommentResult> {
  const now = input.now ?? ctx.now?.() ?? new Date();
  const judged = await judgeNewComment(ctx, {
    article: input.article,
    form: input.form,
    clientAddress: actor.address,
    userAgent: actor.userAgent,
    referrer: actor.referrer,
    now,
  });
  if (judged.kind === 'refused') return judged;
  const { draft, status, reason, bodyHtml, spamScore, spamModelVersion, spamFeatures, client } = judged.comment;
  // The row and the mail it causes are committed together: a crash never keeps one without the other.
  // Posts that arrive together share a commit (grouped-writes.ts); none is answered before it.
  const { comment, followUps } = await writeInGroup(ctx.db, async (trx) => {
    const stored = await insertComment(trx, {
      article_id: input.article.id,
      parent_id: draft.parentId,
      author_name: draft.authorName,
      author_email: draft.authorEmail,
      author_url: draft.authorUrl,
      body_markdown: draft.body,
      body_html: bodyHtml,
      status,
      status_reason: reason,
      spam_score: spamScore,
      spam_model_version: spamModelVersion,
      spam_features: spamFeatures,
      client_hash: client,
      user_agent: actor.userAgent.slice(0, 255),
      created_at: now.toISOString(),
    });
    const scope = followScope(input.form);
    const queued: CommentFollowUp[] = [{ kind: 'posted', comment: stored, subscribe: scope === 'replies' ? 'replies' : scope === 'article' }];
    await queueFollowUps({ ...ctx, db: trx }, queued);
    return { comment: stored, followUps: queued };
  });
  await afterCommit(ctx, followUps);
  return { kind: 'stored', comment };
}

/** The comment a reader wants to change, named as the page names it, and the rights their browser holds. */
export interface OwnCommentTarget {
  article: Pick<Article, 'id' | 'language'>;
  commentId: number;
  grants: readonly EditGrant[];
}

export type { OwnCommentRefusal } from '../discussion/own-comments.js';

export type EditOwnResult = OwnCommentRefusal | { kind: 'invalid'; message: string } | { kind: 'saved'; comment: Comment };

async function ownComment(ctx: DiscussionContext, target: OwnCommentTarget): Promise<{ kind: 'granted'; comment: Comment } | OwnCommentRefusal> {
  const comment = await findComment(ctx.db, target.commentId);
  const access = ownCommentAccess(target.grants, comment, target.article.id, (ctx.now?.() ?? new Date()).getTime());
  if (access.kind === 'refused') return access;
  return comment ? { kind: 'granted', comment } : commentGone;
}

/**
 * Saves a reader's new text for their own comment. The text meets the rules a new comment's text
 * meets (examineContent, then decideEdit: the lists, blocked authors, links, the spam model's
 * score, hold-all): where they object, the comment goes to moderation (or to spam) with
 * the reason, in the transaction that saves the text. An edit never approves a comment.
 */
export async function editOwnComment(ctx: DiscussionContext, actor: ReaderActor, input: OwnCommentTarget & { text: string }): Promise<EditOwnResult> {
  const own = await ownComment(ctx, input);
  if (own.kind === 'refused') return own;
  const { comment } = own;
  const validation = validateCommentForm({ ...emptyCommentForm, comment: input.text, author: comment.author_name, email: comment.author_email, url: comment.author_url ?? '' });
  if ('errors' in validation && validation.errors.comment) return { kind: 'invalid', message: validation.errors.comment };
  // Only the text is being changed: the stored name and addresses are judged with it, as they were when it was posted.
  const body = 'draft' in validation ? validation.draft.body : input.text.replace(/\r\n?/g, '\n').trim();
  const examined = await (ctx.examine ?? examineContent)(ctx.db, ctx.settings, {
    draft: { body, authorName: comment.author_name, authorEmail: comment.author_email, authorUrl: comment.author_url },
    clientAddress: actor.address,
    userAgent: actor.userAgent,
    articleLanguage: input.article.language,
  });
  const verdict = decideEdit(examined.facts, ctx.settings);
  // The new text is saved, then any change of status made, in one transaction: the text is never public under the old status.
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const keptReason = verdict && verdict.status === comment.status ? verdict.reason : undefined;
    const row = await saveEditedComment(trx, comment.id, { bodyMarkdown: body, bodyHtml: examined.bodyHtml, ...storedSpamVerdict(examined.facts.spamScore), statusReason: keptReason });
    if (!row || !verdict || row.status === verdict.status) return { row, followUps: [] };
    const change = await changeStatusWithin({ ...ctx, db: trx }, commentAuthor, row, { status: verdict.status, reason: verdict.reason, edited: true });
    return change ? { row: change.row, followUps: change.followUps } : { row, followUps: [] };
  });
  await afterCommit(ctx, saved.followUps);
  return { kind: 'saved', comment: saved.row ?? comment };
}

export type DeleteOwnResult = OwnCommentRefusal | { kind: 'deleted'; comment: Comment };

/** The author's delete: to the trash, where moderators can still restore it. */
export async function deleteOwnComment(ctx: DiscussionContext, _actor: ReaderActor, input: OwnCommentTarget): Promise<DeleteOwnResult> {
  const own = await ownComment(ctx, input);
  if (own.kind === 'refused') return own;
  const change = await applyStatusChange(ctx, commentAuthor, own.comment.id, 'trash', 'trash: deleted by its author');
  if (change.kind === 'missing') return commentGone;
  return { kind: 'deleted', comment: change.comment };
}
