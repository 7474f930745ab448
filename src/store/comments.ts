import type { Kysely } from 'kysely';
import { markCommentEdited } from './feed-versions.js';
import { preparedQuery } from './prepared.js';
import type { Comment, CommentStatus, Database, NewComment } from './schema.js';

/** A comment as public pages may show it: no email, no address, no user agent. */
export type PublicComment = Pick<Comment, 'id' | 'article_id' | 'parent_id' | 'author_name' | 'author_url' | 'body_html' | 'status' | 'created_at' | 'user_id'> & {
  /** Keyed hash of the email, for the avatar; computed by the caller. */
  avatar: string;
};

const publicColumns = ['id', 'article_id', 'parent_id', 'author_name', 'author_url', 'body_html', 'status', 'created_at', 'user_id', 'author_email'] as const;

/**
 * The comments a reader sees under an article: every approved one, plus held ones
 * whose ids the reader's own cookie proves they wrote.
 */
export async function listThreadComments(
  db: Kysely<Database>,
  articleId: number,
  ownPendingIds: readonly number[],
  avatarOf: (email: string) => string,
): Promise<PublicComment[]> {
  const rows = await db
    .selectFrom('comments')
    .select(publicColumns)
    .where('article_id', '=', articleId)
    .where((eb) =>
      ownPendingIds.length > 0
        ? eb.or([eb('status', '=', 'approved'), eb.and([eb('status', '=', 'pending'), eb('id', 'in', ownPendingIds)])])
        : eb('status', '=', 'approved'),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(({ author_email, ...rest }) => ({ ...rest, avatar: avatarOf(author_email) }));
}

export async function insertComment(db: Kysely<Database>, comment: NewComment): Promise<Comment> {
  const row = (await insertCommentQuery(db, comment)).rows[0];
  if (!row) throw new Error('the comment insert returned no row');
  return row;
}

// Every comment post runs this: built once for each set of columns given.
const insertCommentQuery = preparedQuery(
  (comment: NewComment) =>
    Object.keys(comment)
      .filter((column) => comment[column as keyof NewComment] !== undefined)
      .sort()
      .join(','),
  (db, comment, columns) =>
    db
      .insertInto('comments')
      .values(Object.fromEntries(columns.split(',').map((column) => [column, comment[column as keyof NewComment]])) as NewComment)
      .returningAll(),
);

export async function findComment(db: Kysely<Database>, id: number): Promise<Comment | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setCommentStatus(db: Kysely<Database>, id: number, status: CommentStatus, reason: string): Promise<boolean> {
  const result = await db.updateTable('comments').set({ status, status_reason: reason }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A moderation verdict: the new status, why, and when; returns the row as it now is. */
export async function updateCommentStatus(db: Kysely<Database>, id: number, change: { status: CommentStatus; reason: string; at: Date }): Promise<Comment | undefined> {
  return db
    .updateTable('comments')
    .set({ status: change.status, status_reason: change.reason, status_changed_at: change.at.toISOString() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export interface CommentListFilter {
  status?: CommentStatus | undefined;
  limit: number;
}

export async function listComments(db: Kysely<Database>, filter: CommentListFilter) {
  let query = db
    .selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id')
    .select([
      'comments.id',
      'comments.status',
      'comments.status_reason',
      'comments.author_name',
      'comments.author_email',
      'comments.created_at',
      'comments.body_markdown',
      'articles.slug as article_slug',
    ])
    .orderBy('comments.created_at', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(filter.limit);
  if (filter.status) query = query.where('comments.status', '=', filter.status);
  return query.execute();
}

/** What a new comment's flood and duplicate rules need to know of its author's earlier comments. */
export interface PosterHistory {
  /** The same words from the same person under the same parent, not in the trash (WordPress's duplicate check). */
  duplicate: boolean;
  /** Time of the newest reader's comment sent from this address or with this email, if any. */
  latest: string | null;
  /** Readers' comments stored from this address at or after `recentSince` (0 when not asked). */
  recentFromClient: number;
}

interface PosterHistoryQuery {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  clientHash: string;
  recentSince: string | null;
}

const posterHistoryQuery = preparedQuery(
  (c: PosterHistoryQuery) => `${c.parentId === null ? 'thread' : 'reply'}${c.recentSince === null ? '' : '+recent'}` as const,
  (db, c, shape) => {
    // By the email, then by the name: each through its own index, reading that author's comments only.
    const sameText = (by: 'author_email' | 'author_name', value: string) =>
      db
        .selectFrom('comments')
        .select('id')
        .where(by, '=', value)
        .where('article_id', '=', c.articleId)
        .where((eb) => (shape.startsWith('thread') ? eb('parent_id', 'is', null) : eb('parent_id', '=', c.parentId)))
        .where('body_markdown', '=', c.body)
        .where('status', '!=', 'trash');
    return db.selectNoFrom((eb) => [
      eb.exists(sameText('author_email', c.authorEmail).unionAll(sameText('author_name', c.authorName))).as('duplicate'),
      eb
        .selectFrom('comments')
        .select((inner) => inner.fn.max('created_at').as('latest'))
        .where('user_id', 'is', null)
        .where((inner) => inner.or([inner('client_hash', '=', c.clientHash), inner('author_email', '=', c.authorEmail)]))
        .as('latest'),
      shape.endsWith('+recent')
        ? eb
            .selectFrom('comments')
            .select((inner) => inner.fn.countAll<number | string | bigint>().as('n'))
            .where('client_hash', '=', c.clientHash)
            .where('user_id', 'is', null)
            .where('created_at', '>=', c.recentSince)
            .as('recent')
        : eb.lit(0).as('recent'),
    ]);
  },
);

/**
 * The poster's history in one statement (a post pays for one round trip, not three). Staff
 * replies (user_id set) are not readers' posts and never count as the latest or the recent ones.
 */
export async function findPosterHistory(db: Kysely<Database>, c: PosterHistoryQuery): Promise<PosterHistory> {
  const { rows } = await posterHistoryQuery(db, c);
  const row = rows[0];
  if (!row) throw new Error('the poster history query returned no row');
  return { duplicate: Boolean(row.duplicate), latest: (row.latest as string | null) ?? null, recentFromClient: Number(row.recent ?? 0) };
}

export async function hasApprovedComment(db: Kysely<Database>, authorName: string, authorEmail: string): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where('author_name', '=', authorName)
    .where('author_email', '=', authorEmail)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return row !== undefined;
}

/* Readers' own data: editing one's own comment, comment feeds and pages, privacy requests. */

/** Replaces a comment's text; returns the row as it now is. */
export async function updateCommentBody(db: Kysely<Database>, id: number, bodyMarkdown: string, bodyHtml: string): Promise<Comment | undefined> {
  const row = await db.updateTable('comments').set({ body_markdown: bodyMarkdown, body_html: bodyHtml }).where('id', '=', id).returningAll().executeTakeFirst();
  if (row) await markCommentEdited(db);
  return row;
}

/**
 * Saves an author's edit: the new text and its score, and `statusReason` when the rules object
 * to the new text but the comment already has the status they ask for. A change of status is
 * the caller's, in the same transaction (commands/comment-status.ts). Returns the row as it now is.
 */
export async function saveEditedComment(
  db: Kysely<Database>,
  id: number,
  edit: { bodyMarkdown: string; bodyHtml: string; spamScore: number | null; spamModelVersion: number | null; spamFeatures: string | null; statusReason?: string | undefined },
): Promise<Comment | undefined> {
  const row = await db
    .updateTable('comments')
    .set({
      body_markdown: edit.bodyMarkdown,
      body_html: edit.bodyHtml,
      spam_score: edit.spamScore,
      spam_model_version: edit.spamModelVersion,
      spam_features: edit.spamFeatures,
      ...(edit.statusReason !== undefined ? { status_reason: edit.statusReason } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (row) await markCommentEdited(db);
  return row;
}

/** An approved comment as a comment feed publishes it: no email, no address, no user agent. */
export interface FeedComment {
  id: number;
  parent_id: number | null;
  article_id: number;
  author_name: string;
  body_html: string;
  created_at: string;
  article_slug: string;
  article_title: string;
}

/** The newest approved comments on visible articles, one article's or the desk's. */
export async function listFeedComments(db: Kysely<Database>, scope: { articleId?: number }, limit: number): Promise<FeedComment[]> {
  return feedCommentsQuery(db, scope, limit)
    .select(['comments.id', 'comments.parent_id', 'comments.article_id', 'comments.author_name', 'comments.body_html', 'comments.created_at', 'articles.slug as article_slug', 'articles.title as article_title'])
    .execute();
}

/** A feed comment as far as its comment feed's version is concerned: all the feed shows of it but the text. */
export type CommentFeedStamp = Omit<FeedComment, 'body_html'>;

/**
 * The comments listFeedComments returns, without their text: what a comment feed's version is
 * made of (an edit of the text changes commentEditsVersion in feed-versions.ts instead).
 */
export async function commentFeedStamps(db: Kysely<Database>, scope: { articleId?: number }, limit: number): Promise<CommentFeedStamp[]> {
  return feedCommentsQuery(db, scope, limit)
    .select(['comments.id', 'comments.parent_id', 'comments.article_id', 'comments.author_name', 'comments.created_at', 'articles.slug as article_slug', 'articles.title as article_title'])
    .execute();
}

/** Which comments a comment feed lists, in its order: the list and its version come from one query. */
function feedCommentsQuery(db: Kysely<Database>, scope: { articleId?: number }, limit: number) {
  const query = db
    .selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id')
    .where('comments.status', '=', 'approved')
    .where('articles.hidden', '=', 0)
    .orderBy('comments.created_at', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(limit);
  return scope.articleId === undefined ? query : query.where('comments.article_id', '=', scope.articleId);
}

/** Just enough of every approved comment on these articles to work out which comment page each is on. */
export async function listApprovedCommentShapes(db: Kysely<Database>, articleIds: readonly number[]): Promise<{ id: number; parent_id: number | null; article_id: number; created_at: string }[]> {
  if (articleIds.length === 0) return [];
  return db
    .selectFrom('comments')
    .select(['id', 'parent_id', 'article_id', 'created_at'])
    .where('status', '=', 'approved')
    .where('article_id', 'in', [...new Set(articleIds)])
    .execute();
}

/** Every comment written with this email (compared without regard to case), any status, oldest first, with its article. */
export async function listCommentsByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id')
    .select([
      'comments.id',
      'comments.parent_id',
      'comments.author_name',
      'comments.author_email',
      'comments.author_url',
      'comments.body_markdown',
      'comments.status',
      'comments.created_at',
      'comments.user_agent',
      'comments.article_id',
      'articles.slug as article_slug',
      'articles.title as article_title',
      'articles.hidden as article_hidden',
    ])
    .where((eb) => eb(eb.fn('lower', ['comments.author_email']), '=', email.trim().toLowerCase()))
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .execute();
}

/**
 * Removes the person from their comments as WordPress's eraser does: the text stays, the author
 * becomes "Anonymous", and email, website, address hash and user agent are blanked. Returns the ids.
 */
export async function anonymizeCommentsByEmail(db: Kysely<Database>, email: string): Promise<number[]> {
  const rows = await db
    .updateTable('comments')
    .set({ author_name: 'Anonymous', author_email: '', author_url: null, client_hash: '', user_agent: '' })
    .where((eb) => eb(eb.fn('lower', ['author_email']), '=', email.trim().toLowerCase()))
    .returning('id')
    .execute();
  if (rows.length > 0) await markCommentEdited(db);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** What the spam service is told about a stored comment when a moderator judges it. */
export async function findCommentArticle(db: Kysely<Database>, articleId: number): Promise<{ slug: string; language: string | null } | undefined> {
  return db.selectFrom('articles').select(['slug', 'language']).where('id', '=', articleId).executeTakeFirst();
}

/** Whether any comment was written with this (lowercased) email. */
export async function hasCommentByEmail(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['author_email']), '=', email))
    .executeTakeFirst();
  return row !== undefined;
}
