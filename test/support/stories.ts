import type { Desk } from '../../src/desk.js';
import type { Article } from '../../src/store/schema.js';
import { saveStoryAssignment } from '../../src/store/stories.js';

/**
 * Stores a story of these articles, in this order, as the analysis job records assignments
 * (one saveStoryAssignment per article); the first article's title is the story's. Returns its id.
 */
export async function makeStory(desk: Desk, articles: readonly Article[]): Promise<number> {
  const first = articles[0]!;
  const sources: string[] = [];
  let id: number | null = null;
  let lastSeenAt = first.published_at;
  for (const [i, article] of articles.entries()) {
    if (!sources.includes(String(article.source_id))) sources.push(String(article.source_id));
    if (article.published_at > lastSeenAt) lastSeenAt = article.published_at;
    const terms = [['story', 1]] as const;
    id = await saveStoryAssignment(
      desk.store.db,
      { id, title: first.title, representativeArticleId: first.id, representativeTerms: terms, centroid: terms, markers: [], indexedTerms: terms, size: i + 1, firstSeenAt: first.published_at, lastSeenAt, sources: [...sources] },
      { id: article.id, terms: ['story'], quarters: null },
      new Date().toISOString(),
    );
  }
  return id!;
}
