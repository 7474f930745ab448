import type { Article } from '../store/schema.js';

/** Comments are open when the article allows them and it is not older than the closing age (0 = never closes). */
export function commentsOpenFor(article: Pick<Article, 'comments_open' | 'published_at'>, closeAfterDays: number, now: Date): boolean {
  if (article.comments_open !== 1) return false;
  if (closeAfterDays > 0 && now.getTime() - Date.parse(article.published_at) > closeAfterDays * 86_400_000) return false;
  return true;
}
