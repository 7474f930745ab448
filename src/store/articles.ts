import { sql, type Kysely } from 'kysely';
import { preparedQuery } from './prepared.js';
import type { Article, Database, NewArticle, Source } from './schema.js';
import { insertWithFreeSlug, slugify } from './slugs.js';

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
  /** The lead image's https address, when the source gave one. */
  imageUrl: string | null;
  /** JSON array text of topic words, as stored. */
  topics: string;
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

/** The id of the article stored from this link, hidden or not. */
export async function findArticleIdByUrl(db: Kysely<Database>, url: string): Promise<number | undefined> {
  return (await db.selectFrom('articles').select('id').where('url', '=', url).executeTakeFirst())?.id;
}

export async function findVisibleArticleBySlug(db: Kysely<Database>, slug: string): Promise<ArticleWithSource | undefined> {
  const article = (await visibleArticleQuery(db, { slug })).rows[0];
  if (!article) return undefined;
  const source = (await sourceByIdQuery(db, { id: article.source_id })).rows[0];
  if (!source) throw new Error(`article ${article.id} names source ${article.source_id}, which is not stored`);
  return { article, source };
}

// Every article page render and every comment post reads these: built once.
const visibleArticleQuery = preparedQuery(
  () => 'one',
  (db, v: { slug: string }) => db.selectFrom('articles').selectAll().where('slug', '=', v.slug).where('hidden', '=', 0),
);
const sourceByIdQuery = preparedQuery(
  () => 'one',
  (db, v: { id: number }) => db.selectFrom('sources').selectAll().where('id', '=', v.id),
);

export type NewArticleInput = Omit<NewArticle, 'slug'> & { slug?: string };

/** Inserts an article under a free slug made from its title (or the slug it brings). */
export async function insertArticle(db: Kysely<Database>, input: NewArticleInput): Promise<Article> {
  const { slug, ...row } = input;
  const article = await insertUnderFreeSlug(db, row, slug ?? slugify(input.title));
  if (!article) throw new Error(`Source ${row.source_id} already has an article with this identity.`);
  return article;
}

/**
 * Inserts an article under the first free slug of `baseSlug` and a tag made from its source
 * and identity: one query to find it, one to insert, however many articles share a title.
 * Null when the source already holds an article with this identity (another worker stored
 * it first). The unique slug index decides a race; the loser takes a random tag, once.
 */
export async function insertUnderFreeSlug(db: Kysely<Database>, row: Omit<NewArticle, 'slug'>, baseSlug: string): Promise<Article | null> {
  return insertWithFreeSlug(db, {
    table: 'articles',
    base: baseSlug,
    uniqueKey: `${row.source_id}:${row.guid_hash}`,
    insert: (slug) => db.insertInto('articles').values({ ...row, slug }).onConflict((oc) => oc.doNothing()).returningAll().executeTakeFirst(),
    alreadyStored: async () => (await db.selectFrom('articles').select('id').where('source_id', '=', row.source_id).where('guid_hash', '=', row.guid_hash).executeTakeFirst()) !== undefined,
    describe: `the article "${row.title}"`,
  });
}

export async function setCommentsOpen(db: Kysely<Database>, articleId: number, open: boolean): Promise<void> {
  await db.updateTable('articles').set({ comments_open: open ? 1 : 0 }).where('id', '=', articleId).execute();
}

/** An article as feeds and the sitemap publish it, with the source it came from. */
export interface FeedArticle {
  id: number;
  slug: string;
  title: string;
  /** The original article, at its publisher. */
  url: string;
  author: string | null;
  publishedAt: string;
  updatedAt: string;
  excerptHtml: string;
  imageUrl: string | null;
  language: string | null;
  /** JSON array text of topic words, as stored. */
  topics: string;
  sourceTitle: string;
  sourceSlug: string;
  sourceSiteUrl: string;
  sourceFeedUrl: string | null;
}

/** Filters shared by the public listings; none means the whole desk. */
export interface ArticleScope {
  sourceId?: number;
  storyId?: number;
  /** Articles naming this entity. */
  entityId?: number;
  /** Articles the feed filed under this topic word (one of articles.topics), among the newest TOPIC_POOL. */
  topic?: string;
}

/** A topic's articles are looked for among this many newest visible articles. */
export const TOPIC_POOL = 2000;

/** A LIKE pattern for one element of a JSON array of strings, with LIKE's own wildcards escaped. */
export function topicPattern(topic: string): string {
  return `%${JSON.stringify(topic).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function scopedArticles(db: Kysely<Database>, scope: ArticleScope) {
  let query = visibleArticles(db);
  if (scope.sourceId !== undefined) query = query.where('articles.source_id', '=', scope.sourceId);
  if (scope.storyId !== undefined) query = query.where('articles.story_id', '=', scope.storyId);
  const { entityId } = scope;
  if (entityId !== undefined) {
    query = query.where((eb) => eb.exists(eb.selectFrom('article_entities').select('article_entities.article_id').whereRef('article_entities.article_id', '=', 'articles.id').where('article_entities.entity_id', '=', entityId)));
  }
  // The topics are a short JSON text per article, matched with LIKE (the same on SQLite and
  // PostgreSQL) among the newest TOPIC_POOL articles only: no index serves it, so it stays a bounded scan.
  if (scope.topic !== undefined) {
    const newest = db.selectFrom('articles').select('articles.id').where('articles.hidden', '=', 0).orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(TOPIC_POOL);
    query = query.where('articles.id', 'in', newest).where(sql<boolean>`articles.topics like ${topicPattern(scope.topic)} escape '\\'`);
  }
  return query;
}

/** Newest visible articles in a scope, with what a feed entry needs. */
export async function listFeedArticles(db: Kysely<Database>, scope: ArticleScope, limit: number): Promise<FeedArticle[]> {
  const rows = await scopedArticles(db, scope)
    .select([
      'articles.id',
      'articles.slug',
      'articles.title',
      'articles.url',
      'articles.author',
      'articles.published_at',
      'articles.updated_at',
      'articles.excerpt_html',
      'articles.image_url',
      'articles.language',
      'articles.topics',
      'sources.title as source_title',
      'sources.slug as source_slug',
      'sources.site_url as source_site_url',
      'sources.feed_url as source_feed_url',
    ])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    url: r.url,
    author: r.author,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    excerptHtml: r.excerpt_html,
    imageUrl: r.image_url,
    language: r.language,
    topics: r.topics,
    sourceTitle: r.source_title,
    sourceSlug: r.source_slug,
    sourceSiteUrl: r.source_site_url,
    sourceFeedUrl: r.source_feed_url,
  }));
}

/** What the sitemap lists for each visible article. */
export interface SitemapArticle {
  slug: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
  language: string | null;
}

/** Every visible article, newest first, up to `limit` (a sitemap holds at most 50,000 addresses). */
export async function listSitemapArticles(db: Kysely<Database>, limit: number): Promise<SitemapArticle[]> {
  const rows = await visibleArticles(db)
    .select(['articles.slug', 'articles.title', 'articles.published_at', 'articles.updated_at', 'articles.language'])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: r.published_at, updatedAt: r.updated_at, language: r.language }));
}

export async function countArticles(db: Kysely<Database>, scope: ArticleScope): Promise<number> {
  const row = await scopedArticles(db, scope).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest first (or earliest), within a scope (the whole desk, one source, one story); ties broken by id so pages never overlap. */
export async function listArticles(db: Kysely<Database>, scope: ArticleScope, limit: number, offset: number, order: 'newest' | 'earliest' = 'newest'): Promise<ArticleSummary[]> {
  const direction = order === 'newest' ? 'desc' : 'asc';
  const rows = await scopedArticles(db, scope)
    .select((eb) => [
      'articles.id',
      'articles.slug',
      'articles.title',
      'articles.url',
      'articles.author',
      'articles.published_at',
      'articles.excerpt_html',
      'articles.image_url',
      'articles.topics',
      'sources.title as source_title',
      'sources.slug as source_slug',
      eb
        .selectFrom('comments')
        .whereRef('comments.article_id', '=', 'articles.id')
        .where('comments.status', '=', 'approved')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .as('comment_count'),
    ])
    .orderBy('articles.published_at', direction)
    .orderBy('articles.id', direction)
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
    imageUrl: r.image_url,
    topics: r.topics,
  }));
}

/** When the newest visible article was published; null on an empty desk. One read of an index's end. */
export async function newestArticleDate(db: Kysely<Database>): Promise<string | null> {
  const row = await visibleArticles(db).select('articles.published_at').orderBy('articles.published_at', 'desc').limit(1).executeTakeFirst();
  return row?.published_at ?? null;
}
