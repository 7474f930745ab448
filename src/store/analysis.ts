import type { Kysely } from 'kysely';
import type { Database, IsoTime } from './schema.js';

/*
 * Which stored articles still wait for the analysis job (src/jobs/kinds/analyze-articles.ts),
 * and what it reads of each: the title, the full extracted text (article_texts, or the
 * excerpt's HTML when the text was never kept), the source and the date.
 */

export interface ArticleToAnalyze {
  id: number;
  title: string;
  /** The full extracted text; null when only the excerpt was kept (articles stored before migration 010). */
  text: string | null;
  excerptHtml: string;
  sourceId: number;
  publishedAt: IsoTime;
  storyId: number | null;
  pinned: boolean;
}

/** Articles never analysed, oldest first, so stories grow in the order events were reported. */
export async function articlesAwaitingAnalysis(db: Kysely<Database>, limit: number): Promise<ArticleToAnalyze[]> {
  const rows = await db
    .selectFrom('articles')
    .leftJoin('article_texts', 'article_texts.article_id', 'articles.id')
    .select(['articles.id', 'articles.title', 'article_texts.body_text', 'articles.excerpt_html', 'articles.source_id', 'articles.published_at', 'articles.story_id', 'articles.story_pinned'])
    .where('articles.analyzed_at', 'is', null)
    .orderBy('articles.published_at', 'asc')
    .orderBy('articles.id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    text: r.body_text,
    excerptHtml: r.excerpt_html,
    sourceId: r.source_id,
    publishedAt: r.published_at,
    storyId: r.story_id,
    pinned: r.story_pinned === 1,
  }));
}

export async function anyArticleAwaitingAnalysis(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('articles').select('id').where('analyzed_at', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function markArticleAnalyzed(db: Kysely<Database>, articleId: number, now: IsoTime): Promise<void> {
  await db.updateTable('articles').set({ analyzed_at: now }).where('id', '=', articleId).execute();
}

/** Marks every article as waiting for analysis again; returns how many there are. */
export async function forgetAnalyses(db: Kysely<Database>): Promise<number> {
  const result = await db.updateTable('articles').set({ analyzed_at: null }).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countArticlesAwaitingAnalysis(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('analyzed_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
