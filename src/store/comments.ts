import type { Kysely } from 'kysely';
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
  return db.insertInto('comments').values(comment).returningAll().executeTakeFirstOrThrow();
}

export async function findComment(db: Kysely<Database>, id: number): Promise<Comment | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setCommentStatus(db: Kysely<Database>, id: number, status: CommentStatus, reason: string): Promise<boolean> {
  const result = await db.updateTable('comments').set({ status, status_reason: reason }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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

/** The same words from the same person under the same parent (WordPress's duplicate check). */
export async function isDuplicateComment(
  db: Kysely<Database>,
  c: { articleId: number; parentId: number | null; authorName: string; authorEmail: string; body: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where('article_id', '=', c.articleId)
    .where((eb) => (c.parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', c.parentId)))
    .where((eb) => eb.or([eb('author_name', '=', c.authorName), eb('author_email', '=', c.authorEmail)]))
    .where('body_markdown', '=', c.body)
    .where('status', '!=', 'trash')
    .executeTakeFirst();
  return row !== undefined;
}

/** Time of the newest comment sent from this address or with this email, if any. */
export async function lastCommentTime(db: Kysely<Database>, clientHash: string, email: string): Promise<string | null> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.max('created_at').as('latest'))
    .where((eb) => eb.or([eb('client_hash', '=', clientHash), eb('author_email', '=', email)]))
    .executeTakeFirst();
  return (row?.latest as string | null | undefined) ?? null;
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
