import type { Kysely } from 'kysely';
import type { ArticleToAnalyze } from '../store/analysis.js';
import type { Database } from '../store/schema.js';
import { htmlToText } from '../text/html.js';
import { assignArticle, type Assignment } from './assign.js';
import type { StoryOptions } from './options.js';
import { StoreStoryIndex } from './store-index.js';

const dayMs = 86_400_000;

/**
 * Assigns one stored article to a story in the database: its full text when kept, else its
 * excerpt. Stories whose last article is further back than the gap limit (plus the window) are
 * not read at all. An article already placed (an editor's pin, or an earlier run) is left alone.
 */
export async function assignStoredArticle(db: Kysely<Database>, article: ArticleToAnalyze, options: StoryOptions, now: () => Date): Promise<Assignment | null> {
  if (article.storyId !== null) return null;
  const published = Date.parse(article.publishedAt);
  const since = Number.isNaN(published) ? null : new Date(published - (options.maxGapDays + options.windowDays) * dayMs).toISOString();
  const index = new StoreStoryIndex(db, options, since, now);
  return assignArticle(
    index,
    { id: String(article.id), title: article.title, text: article.text ?? htmlToText(article.excerptHtml), publishedAt: Number.isNaN(published) ? null : new Date(published), source: String(article.sourceId) },
    options,
  );
}
