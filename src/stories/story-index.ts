import type { Fingerprint } from './fingerprint.js';
import type { PreparedArticle, Story } from './story.js';
import type { TermStats } from './vector.js';

/**
 * Where stories live while articles are assigned to them. The assigner (assign.ts) only calls
 * these; the in-memory index (memory-index.ts) serves the CLI, the evaluation and the bench, and
 * a database-backed one can take its place without the assigner changing. Methods are async so
 * that a store that reads over a connection fits the same shape.
 */
export interface StoryIndex {
  /** Document frequencies covering at least these terms (an index may load only those). */
  termStats(terms: Iterable<string>): Promise<TermStats>;
  /** Stories holding an article whose fingerprint is at most `maxBits` from this one, nearest first. */
  nearCopies(fingerprint: Fingerprint, maxBits: number): Promise<Story[]>;
  /**
   * Stories listed under any of these terms in the inverted index, ranked by the summed weight
   * of the terms they share with the query, at most `limit`.
   */
  candidates(query: ReadonlyArray<readonly [term: string, weight: number]>, limit: number): Promise<Story[]>;
  /**
   * Stores the story (new when its id is null) with the article as its newest member, counts
   * the article's terms in the document frequencies, and returns the story's id.
   */
  save(story: Story, article: PreparedArticle): Promise<string>;
}
