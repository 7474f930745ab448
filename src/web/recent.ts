import type { Kysely } from 'kysely';
import { newestArticleDate } from '../store/articles.js';
import type { Database } from '../store/schema.js';

/**
 * The start of "the last `days` days" for the story and entity listings, counted back from now
 * or, on a desk whose feeds have gone quiet, from its newest article: a week without news
 * should show the last week that had some, not an empty page.
 */
export async function recentSince(db: Kysely<Database>, days: number, now: Date = new Date()): Promise<string> {
  const newest = await newestArticleDate(db);
  const end = newest === null ? now.getTime() : Math.min(now.getTime(), Date.parse(newest));
  return new Date(end - days * 86_400_000).toISOString();
}
