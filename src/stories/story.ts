import type { Fingerprint } from './fingerprint.js';
import type { StoryOptions } from './options.js';
import { cosine, heaviestTerms, unitLength, type TermStats } from './vector.js';

/** An article as the clustering sees it. */
export interface PreparedArticle {
  id: string;
  title: string;
  /** Term weights before IDF (src/stories/terms.ts). */
  weights: ReadonlyMap<string, number>;
  /** Which of those terms are names or numbers. */
  markers: ReadonlySet<string>;
  fingerprint: Fingerprint | null;
  /** Milliseconds since the epoch, or null when the article has no date. */
  publishedAt: number | null;
  source: string | null;
}

export interface Story {
  /** Null until the index stores it for the first time. */
  id: string | null;
  /** How many articles it holds. */
  size: number;
  /** Sum of its articles' unit-length vectors, cut to its heaviest terms. */
  centroid: ReadonlyMap<string, number>;
  /** The centroid's terms that were a name or a number in some article of the story. */
  markers: ReadonlySet<string>;
  /** The title of its most representative article: the one nearest the centroid. */
  title: string;
  representativeId: string;
  representativeWeights: ReadonlyMap<string, number>;
  firstSeen: number | null;
  lastSeen: number | null;
  /** Distinct sources, in the order they first reported it. */
  sources: readonly string[];
}

export function newStory(article: PreparedArticle): Story {
  return {
    id: null,
    size: 1,
    centroid: unitLength(article.weights),
    markers: article.markers,
    title: article.title,
    representativeId: article.id,
    representativeWeights: article.weights,
    firstSeen: article.publishedAt,
    lastSeen: article.publishedAt,
    sources: article.source === null ? [] : [article.source],
  };
}

/** The story with the article added: centroid, representative title, first/last seen and sources updated. */
export function joinStory(story: Story, article: PreparedArticle, stats: TermStats, options: StoryOptions): Story {
  const summed = new Map(story.centroid);
  for (const [term, weight] of unitLength(article.weights)) summed.set(term, (summed.get(term) ?? 0) + weight);
  const centroid = new Map(heaviestTerms(summed, stats, options.centroidTerms).map(([term]) => [term, summed.get(term)!]));
  const markers = new Set<string>();
  for (const term of centroid.keys()) if (story.markers.has(term) || article.markers.has(term)) markers.add(term);
  const keepsRepresentative = cosine(story.representativeWeights, centroid, stats) >= cosine(article.weights, centroid, stats);
  return {
    id: story.id,
    size: story.size + 1,
    centroid,
    markers,
    title: keepsRepresentative ? story.title : article.title,
    representativeId: keepsRepresentative ? story.representativeId : article.id,
    representativeWeights: keepsRepresentative ? story.representativeWeights : article.weights,
    firstSeen: earliest(story.firstSeen, article.publishedAt),
    lastSeen: latest(story.lastSeen, article.publishedAt),
    sources: article.source === null || story.sources.includes(article.source) ? story.sources : [...story.sources, article.source],
  };
}

function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function latest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

const dayMs = 86_400_000;

/**
 * How far the article's date lies outside the story's span, in days; null when either has no
 * date, so time then neither helps nor hurts.
 */
export function daysOutside(story: Story, publishedAt: number | null): number | null {
  if (publishedAt === null || story.firstSeen === null || story.lastSeen === null) return null;
  if (publishedAt < story.firstSeen) return (story.firstSeen - publishedAt) / dayMs;
  if (publishedAt > story.lastSeen) return (publishedAt - story.lastSeen) / dayMs;
  return 0;
}

/** The factor time applies to a similarity: 1 within the window or without dates, halving every half-life beyond, 0 past the gap limit. */
export function timeFactor(story: Story, publishedAt: number | null, options: StoryOptions): number {
  const gap = daysOutside(story, publishedAt);
  if (gap === null || gap <= options.windowDays) return 1;
  if (gap > options.maxGapDays) return 0;
  return 0.5 ** ((gap - options.windowDays) / options.halfLifeDays);
}
