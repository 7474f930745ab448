import type { Kysely } from 'kysely';
import type { CommentStatus, Database } from './schema.js';

/*
 * What the spam model's retraining reads (src/discussion/spam/verdicts.ts): the audit log's
 * entries about comments, which is where a moderator's verdict is recorded with who gave it,
 * and the comments those entries name.
 */

export interface CommentAuditEntry {
  id: number;
  /** The comment's id; null for entries about many comments at once (privacy erasure, emptying the trash). */
  commentId: number | null;
  action: string;
  userId: number | null;
  actor: string;
}

export interface TrainingCommentRow {
  id: number;
  status: CommentStatus;
  user_id: number | null;
  author_name: string;
  author_email: string;
  author_url: string | null;
  body_markdown: string;
  user_agent: string;
}

/** Actions on many comments at once: recorded without a comment id. */
const bulkCommentActions = ['privacy.erase'];

/** The newest audit entry's id (0 for an empty log). */
export async function latestAuditId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('top'))
    .executeTakeFirst();
  return Number(row?.top ?? 0);
}

/**
 * Audit entries about comments with afterId < id ≤ upToId, oldest first, at most `limit`:
 * every entry on a comment (status changes, edits, deletions) and the bulk ones that change
 * comments without naming them. Pages by id; the primary key bounds the scan.
 */
export async function commentAuditEntries(db: Kysely<Database>, range: { afterId: number; upToId?: number; limit: number }): Promise<CommentAuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'target_type', 'target_id', 'action', 'user_id', 'actor'])
    .where('id', '>', range.afterId)
    .where((eb) => eb.or([eb('target_type', '=', 'comment'), eb('action', 'in', bulkCommentActions)]));
  if (range.upToId !== undefined) query = query.where('id', '<=', range.upToId);
  const rows = await query.orderBy('id', 'asc').limit(range.limit).execute();
  return rows.map((r) => {
    const id = r.target_type === 'comment' && /^\d{1,15}$/.test(r.target_id) ? Number(r.target_id) : null;
    return { id: Number(r.id), commentId: id, action: r.action, userId: r.user_id, actor: r.actor };
  });
}

/** The comments with these ids that still exist, with what the filter reads of them. */
export async function commentsForTraining(db: Kysely<Database>, ids: readonly number[]): Promise<TrainingCommentRow[]> {
  const rows: TrainingCommentRow[] = [];
  const CHUNK = 500;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    rows.push(
      ...(await db
        .selectFrom('comments')
        .select(['id', 'status', 'user_id', 'author_name', 'author_email', 'author_url', 'body_markdown', 'user_agent'])
        .where('id', 'in', chunk)
        .execute()),
    );
  }
  return rows;
}
