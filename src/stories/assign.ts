import { maxBandedBits, simHash } from './fingerprint.js';
import type { StoryOptions } from './options.js';
import { joinStory, newStory, timeFactor, type PreparedArticle, type Story } from './story.js';
import type { StoryIndex } from './story-index.js';
import { articleTerms, plainWords } from './terms.js';
import { cosineWeighed, heaviestTerms, weighVector, type TermStats } from './vector.js';

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
  /**
   * The similarity (after time and marker agreement) to the story it joined; when it started one,
   * the best candidate's cosine after time (before the agreement), 0 with none.
   */
  similarity: number;
  story: Story;
}

export function prepareArticle(input: ArticleInput, options: StoryOptions): PreparedArticle {
  const time = input.publishedAt?.getTime();
  const { weights, markers } = articleTerms(input, options);
  return {
    id: input.id,
    title: input.title.trim() || firstLine(input.text),
    weights,
    markers,
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
  return assignPrepared(index, prepareArticle(input, options), options);
}

/** assignArticle for an article already read (prepareArticle with the same options). */
export async function assignPrepared(index: StoryIndex, article: PreparedArticle, options: StoryOptions): Promise<Assignment> {
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
  const stats = await index.termStats(comparedTerms(article, candidates));
  const weighed = weighVector(article.weights, stats);
  const articleTop = topMarkers(article.weights, article.markers, stats, options);
  let best: Story | null = null;
  let bestSimilarity = 0;
  let closest = 0;
  for (const story of candidates) {
    const factor = timeFactor(story, article.publishedAt, options);
    if (factor === 0) continue;
    const upper = cosineWeighed(weighed, story.centroid, stats) * factor;
    closest = Math.max(closest, upper);
    // The agreement is at most 1: a story that cannot win even without it is not weighed further.
    if (upper < options.joinThreshold || upper <= bestSimilarity) continue;
    const similarity = upper * agreement(articleTop, article.weights, story, stats, options);
    if (similarity > bestSimilarity) {
      best = story;
      bestSimilarity = similarity;
    }
  }
  if (best !== null && bestSimilarity >= options.joinThreshold) return { story: best, reason: 'similar', similarity: bestSimilarity };
  return { story: null, reason: 'new', similarity: closest };
}

/** The terms of the article and its candidates, yielded as read: an index that holds every count reads none of them. */
function* comparedTerms(article: PreparedArticle, candidates: readonly Story[]): Generator<string> {
  yield* article.weights.keys();
  for (const story of candidates) yield* story.centroid.keys();
}

/**
 * 1 when the article's heaviest names and numbers are in the story and the story's are in the
 * article; less by `markerPenalty` × the mean share (by weight) of those missing on either side.
 * Two events of one kind share their vocabulary and often their best-known name (the champion
 * who defends his title twice); the other names and the numbers are what differ.
 */
export function markerAgreement(article: PreparedArticle, story: Story, stats: TermStats, options: StoryOptions): number {
  return agreement(topMarkers(article.weights, article.markers, stats, options), article.weights, story, stats, options);
}

type WeightedTerms = ReadonlyArray<readonly [string, number]>;

function topMarkers(weights: ReadonlyMap<string, number>, markers: ReadonlySet<string>, stats: TermStats, options: StoryOptions): WeightedTerms {
  const marked = new Map<string, number>();
  for (const [term, weight] of weights) if (markers.has(term)) marked.set(term, weight);
  return heaviestTerms(marked, stats, options.markerTerms);
}

function agreement(articleTop: WeightedTerms, articleWeights: ReadonlyMap<string, number>, story: Story, stats: TermStats, options: StoryOptions): number {
  if (options.markerPenalty === 0) return 1;
  const share = (missingShare(articleTop, story.centroid) + missingShare(topMarkers(story.centroid, story.markers, stats, options), articleWeights)) / 2;
  return 1 - options.markerPenalty * share;
}

/** The share of these terms' weight that the other side lacks; 0 when there are none. */
function missingShare(top: WeightedTerms, other: ReadonlyMap<string, number>): number {
  let total = 0;
  let absent = 0;
  for (const [term, weight] of top) {
    total += weight;
    if (!other.has(term)) absent += weight;
  }
  return total === 0 ? 0 : absent / total;
}
