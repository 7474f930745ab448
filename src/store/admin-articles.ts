import { sql, type Kysely } from 'kysely';
import { containsPattern } from './admin-comments.js';
import type { Article, Database } from './schema.js';

export const ADMIN_ARTICLES_PER_PAGE = 25;

export interface AdminArticleRow {
  id: number;
  slug: string;
  title: string;
  url: string;
  published_at: string;
  hidden: number;
  comments_open: number;
  source_title: string;
  approved_count: number;
  pending_count: number;
}

function matching(db: Kysely<Database>, q: string) {
  let query = db.selectFrom('articles').innerJoin('sources', 'sources.id', 'articles.source_id');
  if (q.trim()) query = query.where(sql`lower(${sql.ref('articles.title')})`, 'like', sql<string>`${containsPattern(q.trim())} escape '!'`);
  return query;
}

export async function searchArticles(db: Kysely<Database>, q: string, limit: number, offset: number): Promise<{ rows: AdminArticleRow[]; total: number }> {
  const countRow = await matching(db, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await matching(db, q)
    .select((eb) => [
      'articles.id',
      'articles.slug',
      'articles.title',
      'articles.url',
      'articles.published_at',
      'articles.hidden',
      'articles.comments_open',
      'sources.title as source_title',
      eb.selectFrom('comments').whereRef('comments.article_id', '=', 'articles.id').where('comments.status', '=', 'approved').select((s) => s.fn.countAll<number>().as('n')).as('approved_count'),
      eb.selectFrom('comments').whereRef('comments.article_id', '=', 'articles.id').where('comments.status', '=', 'pending').select((s) => s.fn.countAll<number>().as('n')).as('pending_count'),
    ])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    rows: rows.map((r) => ({ ...r, approved_count: Number(r.approved_count ?? 0), pending_count: Number(r.pending_count ?? 0) })),
    total: Number(countRow.n),
  };
}

export async function findArticleById(db: Kysely<Database>, id: number): Promise<Article | undefined> {
  return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setArticleHidden(db: Kysely<Database>, id: number, hidden: boolean): Promise<boolean> {
  const result = await db.updateTable('articles').set({ hidden: hidden ? 1 : 0 }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setArticleCommentsOpen(db: Kysely<Database>, id: number, open: boolean): Promise<boolean> {
  const result = await db.updateTable('articles').set({ comments_open: open ? 1 : 0 }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A staff edit of the title and excerpt (already sanitized by the caller). */
export async function updateArticleText(db: Kysely<Database>, id: number, title: string, excerptHtml: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('articles').set({ title, excerpt_html: excerptHtml, updated_at: now.toISOString() }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
