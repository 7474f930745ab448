import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { writeAudit } from './audit.js';
import { markCommentEdited } from './feed-versions.js';
import { commentStatuses, type Comment, type CommentStatus, type Database } from './schema.js';
import { commentMatchIds, type CommentIndexField } from './search-comments.js';
import { isSearchable, parseSearchQuery } from './search-query.js';

/** Rows on each page of the comment queue. */
export const ADMIN_COMMENTS_PER_PAGE = 25;

export const commentSearchFields = ['any', 'text', 'author', 'email', 'article'] as const;
export type CommentSearchField = (typeof commentSearchFields)[number];

export interface AdminCommentFilter {
  status: CommentStatus;
  /** A search in the readers' syntax (search-query.ts); blank lists everything in the status. */
  q: string;
  field: CommentSearchField;
  /** Only the comments on this article. */
  articleId?: number | null | undefined;
  /** Only one reader's comments, named by one of them: every comment with that comment's email. */
  readerOf?: number | null | undefined;
  /** Only the comments held or sent to spam for this kind of reason. */
  reason?: CommentReason | '' | undefined;
  /** Only the comments among whose strongest spam-model features this one is (its name in spam_features). */
  feature?: string | undefined;
}

/**
 * The kinds of reason the rules write into status_reason (discussion/moderation.ts,
 * new-comment.ts, comment-status.ts), each with a LIKE pattern that finds them. The patterns
 * keep the exact case written there: PostgreSQL's LIKE is case-sensitive.
 */
export const commentReasonPatterns = {
  first: 'held: first comment%',
  'hold-all': 'held: every comment is held%',
  links: 'held: % links%',
  'moderation-word': '%moderation word%',
  'disallowed-word': '%disallowed word%',
  'blocked-author': '%blocked author%',
  'spam-model': '%: score %',
  honeypot: '%hidden field filled%',
  akismet: '%Akismet%',
  'check-unavailable': '%spam check unavailable%',
  staff: '%: by %',
  edited: '%after an edit%',
} as const;
export type CommentReason = keyof typeof commentReasonPatterns;

export function isCommentReason(value: string): value is CommentReason {
  return Object.hasOwn(commentReasonPatterns, value);
}

/** A comment as staff see it in the queue: with its email, without its address hash or user agent. */
export interface AdminCommentRow {
  id: number;
  status: CommentStatus;
  status_reason: string;
  spam_score: number | null;
  spam_model_version: number | null;
  spam_features: string | null;
  author_name: string;
  author_email: string;
  author_url: string | null;
  body_html: string;
  created_at: string;
  parent_id: number | null;
  user_id: number | null;
  article_id: number;
  article_slug: string;
  article_title: string;
  article_hidden: number;
}

/** A LIKE pattern matching `text` anywhere, with its wildcards escaped ('!' is the escape). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The comment index's fields each choice searches. */
const indexFieldsOf: Record<CommentSearchField, readonly CommentIndexField[] | undefined> = {
  any: undefined,
  text: ['body'],
  author: ['author'],
  email: ['email'],
  article: ['article'],
};

/** The filters besides status and search: article, reader and reason. */
export type CommentScope = Pick<AdminCommentFilter, 'articleId' | 'readerOf' | 'reason' | 'feature'>;

/** A LIKE pattern for one feature's entry in spam_features' JSON, as JSON.stringify wrote it. */
function featurePattern(feature: string): string {
  return `%${`"feature":${JSON.stringify(feature)}`.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a query before its select has no columns yet
type CommentsWithArticles = SelectQueryBuilder<Database, 'comments' | 'articles', {}>;

function scoped(db: Kysely<Database>, query: CommentsWithArticles, scope: CommentScope): CommentsWithArticles {
  let out = query;
  if (scope.articleId) out = out.where('comments.article_id', '=', scope.articleId);
  if (scope.readerOf) {
    const email = db.selectFrom('comments as named').select('named.author_email').where('named.id', '=', scope.readerOf);
    out = out.where('comments.author_email', '=', email);
  }
  if (scope.reason) out = out.where('comments.status_reason', 'like', commentReasonPatterns[scope.reason]);
  if (scope.feature) out = out.where('comments.spam_features', 'like', sql<string>`${featurePattern(scope.feature)} escape '!'`);
  return out;
}

function matching(db: Kysely<Database>, filter: AdminCommentFilter) {
  const query = scoped(db, db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id').where('comments.status', '=', filter.status), filter);
  if (!filter.q.trim()) return query;
  // The readers' search syntax: words, "phrases", -excluded and OR, accents folded.
  const parsed = parseSearchQuery(filter.q);
  if (!isSearchable(parsed)) return query.where(sql<boolean>`1 = 0`);
  return query.where(sql<boolean>`comments.id in (${commentMatchIds(db, parsed, indexFieldsOf[filter.field])})`);
}

/** What a row of the moderation queue shows (emails included: staff pages only). */
const adminCommentColumns = [
  'comments.id',
  'comments.status',
  'comments.status_reason',
  'comments.spam_score',
  'comments.spam_model_version',
  'comments.spam_features',
  'comments.author_name',
  'comments.author_email',
  'comments.author_url',
  'comments.body_html',
  'comments.created_at',
  'comments.parent_id',
  'comments.user_id',
  'comments.article_id',
  'articles.slug as article_slug',
  'articles.title as article_title',
  'articles.hidden as article_hidden',
] as const;

export async function searchComments(db: Kysely<Database>, filter: AdminCommentFilter, limit: number, offset: number): Promise<{ rows: AdminCommentRow[]; total: number }> {
  const countRow = await matching(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await matching(db, filter)
    .select(adminCommentColumns)
    .orderBy('comments.created_at', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: Number(countRow.n) };
}

/** Comments in each status, within the filters besides status and search (all of them without any). */
export async function countCommentsByStatus(db: Kysely<Database>, scope: CommentScope = {}): Promise<Record<CommentStatus, number>> {
  const rows = await scoped(db, db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id'), scope)
    .select(['comments.status as status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('comments.status')
    .execute();
  const counts = Object.fromEntries(commentStatuses.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

export async function findCommentsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<AdminCommentRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id')
    .select(adminCommentColumns)
    .where('comments.id', 'in', ids)
    .orderBy('comments.created_at', 'desc')
    .orderBy('comments.id', 'desc')
    .execute();
}

/** What the queue says about its article and reader filters: the article's title, the reader's name and email. */
export async function describeCommentScope(db: Kysely<Database>, scope: CommentScope): Promise<{ article: { id: number; title: string } | null; reader: { name: string; email: string } | null }> {
  const [article, reader] = await Promise.all([
    scope.articleId ? db.selectFrom('articles').select(['id', 'title']).where('id', '=', scope.articleId).executeTakeFirst() : undefined,
    scope.readerOf ? db.selectFrom('comments').select(['author_name as name', 'author_email as email']).where('id', '=', scope.readerOf).executeTakeFirst() : undefined,
  ]);
  return { article: article ?? null, reader: reader ?? null };
}

export type CommentEdit = Pick<Comment, 'author_name' | 'author_email' | 'author_url' | 'body_markdown' | 'body_html'>;

export async function updateCommentContent(db: Kysely<Database>, id: number, edit: CommentEdit): Promise<boolean> {
  const result = await db.updateTable('comments').set(edit).where('id', '=', id).executeTakeFirst();
  const updated = Number(result.numUpdatedRows) > 0;
  if (updated) await markCommentEdited(db);
  return updated;
}

/**
 * Deletes comments for good. Replies to a deleted comment move up to its nearest
 * ancestor that stays (as WordPress does), so a thread never loses its answers.
 * Returns how many rows were deleted.
 */
export async function deleteCommentsForever(db: Kysely<Database>, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction().execute((trx) => deleteCommentsWithin(trx, ids));
}

/** deleteCommentsForever inside a transaction the caller holds (with the audit entries of the deletion). */
export async function deleteCommentsWithin(trx: Kysely<Database>, ids: readonly number[]): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return 0;
  const doomed = await trx.selectFrom('comments').select(['id', 'parent_id']).where('id', 'in', unique).execute();
  const parentOf = new Map(doomed.map((c) => [c.id, c.parent_id]));
  for (const comment of doomed) {
    let heir = comment.parent_id;
    const seen = new Set<number>();
    while (heir !== null && parentOf.has(heir) && !seen.has(heir)) {
      seen.add(heir);
      heir = parentOf.get(heir) ?? null;
    }
    await trx.updateTable('comments').set({ parent_id: heir }).where('parent_id', '=', comment.id).where('id', 'not in', unique).execute();
  }
  const result = await trx.deleteFrom('comments').where('id', 'in', unique).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Deletes trash and spam that have been there longer than `days` (by when their status
 * last changed, else when they were posted). 0 days keeps everything. The worker's hourly
 * housekeeping job calls it; a page never does.
 * Returns how many comments were deleted.
 */
export async function emptyOldTrash(db: Kysely<Database>, days: number, now: Date): Promise<number> {
  if (!(days > 0)) return 0;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  let deleted = 0;
  for (;;) {
    const batch = await db
      .selectFrom('comments')
      .select('id')
      .where('status', 'in', ['trash', 'spam'])
      .where((eb) => eb(eb.fn.coalesce('status_changed_at', 'created_at'), '<', cutoff))
      .orderBy('id')
      .limit(500)
      .execute();
    if (batch.length === 0) break;
    deleted += await deleteCommentsForever(
      db,
      batch.map((r) => r.id),
    );
  }
  if (deleted > 0) {
    await writeAudit(db, { userId: null, label: 'automatic clean-up' }, { action: 'comment.empty_trash', targetType: 'comment', details: { deleted, olderThanDays: days } }, now);
  }
  return deleted;
}
