import type { DiscussionContext } from '../discussion/context.js';
import { enqueue, spamModelRefreshKey } from '../jobs/enqueue.js';
import { commandLine, writeAudit, type Actor } from '../store/audit.js';
import { findComment, updateCommentStatus } from '../store/comments.js';
import type { Comment, CommentStatus } from '../store/schema.js';
import { afterCommit, queueFollowUps, type CommentFollowUp } from './follow-ups.js';
import type { Missing } from './results.js';

/*
 * The one way a stored comment's status changes, for every command that changes one (staff
 * moderation, the author's delete, a staff reply approving its parent, an author's edit the
 * rules object to). Callers have checked who may ask; this writes the row, its audit entry and
 * its follow-ups together.
 */

export type StatusChange = { kind: 'changed'; comment: Comment; from: CommentStatus } | { kind: 'unchanged'; comment: Comment } | Missing;

export interface StatusChangeRequest {
  status: CommentStatus;
  /** Why, as the row records it; "<status>: by <who>" when absent. */
  reason?: string | undefined;
  /** The author's edit caused the change: the rules' reason goes into the audit entry, and moderators hear it was edited. */
  edited?: boolean;
}

/**
 * The change inside a transaction the caller holds (ctx.db is that transaction): the row, its
 * audit entry, its queued follow-ups. Returns the follow-ups for afterCommit once the caller has
 * committed; null when the row is gone. `before` is the row as it is in that transaction.
 */
export async function changeStatusWithin(
  ctx: DiscussionContext,
  audit: Actor,
  before: Comment,
  change: StatusChangeRequest,
): Promise<{ row: Comment; followUps: CommentFollowUp[] } | null> {
  const now = ctx.now?.() ?? new Date();
  const reason = change.reason ?? `${change.status}: by ${audit.label}`;
  const row = await updateCommentStatus(ctx.db, before.id, { status: change.status, reason, at: now });
  if (!row) return null;
  const details = change.edited ? { from: before.status, reason } : { from: before.status };
  await writeAudit(ctx.db, audit, { action: `comment.${change.status}`, targetType: 'comment', targetId: before.id, details }, now);
  if (!change.edited && teachesSpamModel(audit, before.status, change.status)) {
    // Verdicts in quick succession make one retraining: the job waits a little and is queued once.
    await enqueue(ctx.db, 'spam-model-refresh', {}, { dedupeKey: spamModelRefreshKey, runAt: new Date(now.getTime() + SPAM_REFRESH_DELAY_MS) }, now);
  }
  const followUps: CommentFollowUp[] = [{ kind: 'status-changed', comment: row, from: before.status, edited: change.edited === true }];
  await queueFollowUps(ctx, followUps);
  return { row, followUps };
}

/** How long a retraining waits after the verdict that asked for it, to take in the ones that follow. */
const SPAM_REFRESH_DELAY_MS = 30_000;

/**
 * A moderator's verdict (approve, spam, "not spam") or one taken back: a status change into or
 * out of approved or spam by staff or the command line. Readers' own deletes and the rules'
 * decisions teach nothing (spam/verdicts.ts).
 */
function teachesSpamModel(audit: Actor, from: CommentStatus, to: CommentStatus): boolean {
  const moderator = audit.userId !== null || audit.label === commandLine.label;
  const verdictStatuses: readonly CommentStatus[] = ['approved', 'spam'];
  return moderator && (verdictStatuses.includes(to) || verdictStatuses.includes(from));
}

export async function applyStatusChange(ctx: DiscussionContext, audit: Actor, commentId: number, status: CommentStatus, reason?: string): Promise<StatusChange> {
  const before = await findComment(ctx.db, commentId);
  if (!before) return { kind: 'missing' };
  if (before.status === status) return { kind: 'unchanged', comment: before };
  // The status, its audit entry and the mail it causes are committed together.
  const result = await ctx.db.transaction().execute((trx) => changeStatusWithin({ ...ctx, db: trx }, audit, before, { status, reason }));
  if (!result) return { kind: 'missing' };
  await afterCommit(ctx, result.followUps);
  return { kind: 'changed', comment: result.row, from: before.status };
}
