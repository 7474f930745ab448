import { maxBandedBits, simHash } from './fingerprint.js';
import type { StoryOptions } from './options.js';
import { joinStory, newStory, timeFactor, type PreparedArticle, type Story } from './story.js';
import type { StoryIndex } from './story-index.js';
import { plainWords, termWeights } from './terms.js';
import { cosineWeighed, heaviestTerms, weighVector } from './vector.js';

export interface ArticleInput {
  id: string;
  title: string;
  text: string;
  publishedAt?: Date | null | undefined;
  source?: string | null | undefined;
}

export interface Assignment {
  storyId: string;
  /** True when the article started the story. */
  isNew: boolean;
  /** Why it joined: a near-copy of one of the story's articles, or the similarity to its centroid. */
  reason: 'near-copy' | 'similar' | 'new';
  /** The similarity (after time) to the story it joined, or to the best candidate when it started one; 0 with none. */
  similarity: number;
  story: Story;
}

export function prepareArticle(input: ArticleInput, options: StoryOptions): PreparedArticle {
  const time = input.publishedAt?.getTime();
  return {
    id: input.id,
    title: input.title.trim() || firstLine(input.text),
    weights: termWeights(input, options),
    fingerprint: simHash(plainWords(input.text.slice(0, options.maxTextChars)), options.nearCopyMinShingles),
    publishedAt: time === undefined || Number.isNaN(time) ? null : time,
    source: input.source ?? null,
  };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end === -1 ? text : text.slice(0, end)).trim().slice(0, 200);
}

/**
 * Assigns one arriving article: to the story of a near-copy if there is one in time, else to the
 * candidate story most similar to it if that reaches the threshold, else to a new story; then
 * stores the result in the index.
 */
export async function assignArticle(index: StoryIndex, input: ArticleInput, options: StoryOptions): Promise<Assignment> {
  const article = prepareArticle(input, options);
  const decision = await decide(index, article, options);
  const story = decision.story === null ? newStory(article) : joinStory(decision.story, article, await index.termStats(decision.story.centroid.keys()), options);
  const storyId = await index.save(story, article);
  return { storyId, isNew: decision.story === null, reason: decision.reason, similarity: decision.similarity, story: { ...story, id: storyId } };
}

interface Decision {
  story: Story | null;
  reason: Assignment['reason'];
  similarity: number;
}

async function decide(index: StoryIndex, article: PreparedArticle, options: StoryOptions): Promise<Decision> {
  if (article.fingerprint !== null) {
    const copies = await index.nearCopies(article.fingerprint, Math.min(options.nearCopyBits, maxBandedBits));
    const inTime = copies.find((story) => timeFactor(story, article.publishedAt, options) > 0);
    if (inTime) return { story: inTime, reason: 'near-copy', similarity: 1 };
  }
  const articleStats = await index.termStats(article.weights.keys());
  const query = heaviestTerms(article.weights, articleStats, options.queryTerms);
  const candidates = await index.candidates(query, options.candidateLimit);
  if (candidates.length === 0) return { story: null, reason: 'new', similarity: 0 };
  const terms = new Set(article.weights.keys());
  for (const story of candidates) for (const term of story.centroid.keys()) terms.add(term);
  const stats = await index.termStats(terms);
  const weighed = weighVector(article.weights, stats);
  let best: Story | null = null;
  let bestSimilarity = 0;
  for (const story of candidates) {
    const factor = timeFactor(story, article.publishedAt, options);
    if (factor === 0) continue;
    const similarity = cosineWeighed(weighed, story.centroid, stats) * factor;
    if (similarity > bestSimilarity) {
      best = story;
      bestSimilarity = similarity;
    }
  }
  if (best !== null && bestSimilarity >= options.joinThreshold) return { story: best, reason: 'similar', similarity: bestSimilarity };
  return { story: null, reason: 'new', similarity: bestSimilarity };
}
