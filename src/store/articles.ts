import type { Kysely } from 'kysely';
import type { Article, Database, NewArticle, Source } from './schema.js';
import { firstFreeSlug, slugify } from './slugs.js';

/** An article as the listing pages show it. */
export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  url: string;
  author: string | null;
  publishedAt: string;
  excerptHtml: string;
  sourceTitle: string;
  sourceSlug: string;
  commentCount: number;
}

export interface ArticleWithSource {
  article: Article;
  source: Source;
}

function visibleArticles(db: Kysely<Database>) {
  return db
    .selectFrom('articles')
    .innerJoin('sources', 'sources.id', 'articles.source_id')
    .where('articles.hidden', '=', 0);
}

export async function countVisibleArticles(db: Kysely<Database>): Promise<number> {
  const row = await visibleArticles(db).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest first; ties broken by id so pages never overlap. */
export async function listLatestArticles(db: Kysely<Database>, limit: number, offset: number): Promise<ArticleSummary[]> {
  const rows = await visibleArticles(db)
    .select((eb) => [
      'articles.id',
      'articles.slug',
      'articles.title',
      'articles.url',
      'articles.author',
      'articles.published_at',
      'articles.excerpt_html',
      'sources.title as source_title',
      'sources.slug as source_slug',
      eb
        .selectFrom('comments')
        .whereRef('comments.article_id', '=', 'articles.id')
        .where('comments.status', '=', 'approved')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .as('comment_count'),
    ])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    url: r.url,
    author: r.author,
    publishedAt: r.published_at,
    excerptHtml: r.excerpt_html,
    sourceTitle: r.source_title,
    sourceSlug: r.source_slug,
    commentCount: Number(r.comment_count ?? 0),
  }));
}

export async function findVisibleArticleBySlug(db: Kysely<Database>, slug: string): Promise<ArticleWithSource | undefined> {
  const article = await db.selectFrom('articles').selectAll().where('slug', '=', slug).where('hidden', '=', 0).executeTakeFirst();
  if (!article) return undefined;
  const source = await db.selectFrom('sources').selectAll().where('id', '=', article.source_id).executeTakeFirstOrThrow();
  return { article, source };
}

export async function listAllArticleSlugs(db: Kysely<Database>): Promise<string[]> {
  const rows = await visibleArticles(db).select('articles.slug').orderBy('articles.published_at', 'desc').execute();
  return rows.map((r) => r.slug);
}

export type NewArticleInput = Omit<NewArticle, 'slug'> & { slug?: string };

/** Inserts an article under a free slug made from its title (or the slug it brings). */
export async function insertArticle(db: Kysely<Database>, input: NewArticleInput): Promise<Article> {
  const slug = await firstFreeSlug(input.slug ?? slugify(input.title), async (candidate) =>
    Boolean(await db.selectFrom('articles').select('id').where('slug', '=', candidate).executeTakeFirst()),
  );
  return db.insertInto('articles').values({ ...input, slug }).returningAll().executeTakeFirstOrThrow();
}

export async function setCommentsOpen(db: Kysely<Database>, articleId: number, open: boolean): Promise<void> {
  await db.updateTable('articles').set({ comments_open: open ? 1 : 0 }).where('id', '=', articleId).execute();
}
