import type { Kysely } from 'kysely';
import { commandLine } from '../../store/audit.js';
import type { Database } from '../../store/schema.js';
import { commentAuditEntries, commentsForTraining, latestAuditId, type CommentAuditEntry, type TrainingCommentRow } from '../../store/spam-history.js';

/*
 * The desk's own verdicts, as the spam model learns them: a comment a moderator (a signed-in
 * staff member or the command line) marked spam is spam; one a moderator approved, or moved out
 * of spam to approved ("not spam"), is genuine. Only the latest status change counts, and only
 * while the comment still bears it. Nothing else teaches: not the rules' own decisions, not a
 * reader's, not a clean-up, not staff members' own comments; so what the honeypot caught (kept
 * as spam by the rules, never by a moderator) never trains it, and the token and flood rules
 * refuse a post before there is a row at all.
 */

export type Label = 'spam' | 'ham';

export interface Verdict {
  commentId: number;
  label: Label;
  text: string;
  url: string | null;
}

/** Verdicts read at most on each side, the newest first. */
export const VERDICT_LIMIT = 100_000;
/** Audit entries read per query. */
const PAGE = 1000;

const statusActions = new Set(['comment.approved', 'comment.spam', 'comment.pending', 'comment.trash']);

function byModerator(entry: Pick<CommentAuditEntry, 'userId' | 'actor'>): boolean {
  return entry.userId !== null || entry.actor === commandLine.label;
}

export function trainingLabel(row: Pick<TrainingCommentRow, 'status' | 'user_id'>, latestStatusChange: Pick<CommentAuditEntry, 'action' | 'userId' | 'actor'> | undefined): Label | null {
  if (!latestStatusChange || row.user_id !== null || !byModerator(latestStatusChange)) return null;
  if (row.status === 'spam' && latestStatusChange.action === 'comment.spam') return 'spam';
  if (row.status === 'approved' && latestStatusChange.action === 'comment.approved') return 'ham';
  return null;
}

/** Every standing moderator verdict, oldest comment first (a fixed order, so training is repeatable). */
export async function deskVerdicts(db: Kysely<Database>): Promise<Verdict[]> {
  const upToId = await latestAuditId(db);
  const latest = new Map<number, CommentAuditEntry>();
  let afterId = 0;
  for (;;) {
    const page = await commentAuditEntries(db, { afterId, upToId, limit: PAGE });
    for (const entry of page) if (entry.commentId !== null && statusActions.has(entry.action)) latest.set(entry.commentId, entry);
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.id;
  }
  const candidates = [...latest.values()].filter((e) => byModerator(e) && (e.action === 'comment.spam' || e.action === 'comment.approved'));
  candidates.sort((a, b) => b.id - a.id);
  const rows = new Map((await commentsForTraining(db, candidates.map((e) => e.commentId!))).map((row) => [row.id, row]));
  const counts = { spam: 0, ham: 0 };
  const verdicts: Verdict[] = [];
  for (const entry of candidates) {
    const row = rows.get(entry.commentId!);
    const label = row ? trainingLabel(row, entry) : null;
    if (!row || !label || counts[label] >= VERDICT_LIMIT) continue;
    counts[label]++;
    verdicts.push({ commentId: row.id, label, text: row.body_markdown, url: row.author_url });
  }
  return verdicts.sort((a, b) => a.commentId - b.commentId);
}
