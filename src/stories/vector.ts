/*
 * Term weighting. Inverse document frequencies are learned from the articles the desk has seen so
 * far (counted as each one is assigned), not shipped: a desk's sources have their own vocabulary
 * (a local paper's town names are common to it and rare elsewhere), the counts cost one increment
 * per distinct term, and the first articles, which have no counts yet, simply weigh every term
 * alike.
 */

/** How many articles have been seen and in how many of them each term occurs. */
export interface TermStats {
  readonly documents: number;
  frequency(term: string): number;
}

/** Smoothed inverse document frequency: 1 for a term in every article (or when nothing is known yet), more for rarer ones. */
export function idf(stats: TermStats, term: string): number {
  return 1 + Math.log((stats.documents + 1) / (stats.frequency(term) + 1));
}

/** Euclidean length of a vector whose weights are multiplied by their terms' IDF. */
export function weightedNorm(vector: ReadonlyMap<string, number>, stats: TermStats): number {
  let sum = 0;
  for (const [term, weight] of vector) {
    const w = weight * idf(stats, term);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** Cosine of two vectors after IDF weighting; 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, stats: TermStats): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    const i = idf(stats, term);
    dot += weight * other * i * i;
  }
  if (dot === 0) return 0;
  return dot / (weightedNorm(a, stats) * weightedNorm(b, stats));
}

/** A vector already multiplied by IDF, with its length: compared against many stories, it is weighed once. */
export interface WeightedVector {
  weights: ReadonlyMap<string, number>;
  norm: number;
}

export function weighVector(vector: ReadonlyMap<string, number>, stats: TermStats): WeightedVector {
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [term, weight] of vector) {
    const w = weight * idf(stats, term);
    weights.set(term, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** The same cosine as `cosine`, with one side weighed beforehand. */
export function cosineWeighed(a: WeightedVector, b: ReadonlyMap<string, number>, stats: TermStats): number {
  if (a.norm === 0) return 0;
  let dot = 0;
  let sum = 0;
  for (const [term, weight] of b) {
    const w = weight * idf(stats, term);
    sum += w * w;
    const other = a.weights.get(term);
    if (other !== undefined) dot += other * w;
  }
  return dot === 0 ? 0 : dot / (a.norm * Math.sqrt(sum));
}

/** The vector scaled to length 1 (before IDF), so a long article weighs no more in a centroid than a short one. */
export function unitLength(vector: ReadonlyMap<string, number>): Map<string, number> {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  const norm = Math.sqrt(sum) || 1;
  const out = new Map<string, number>();
  for (const [term, weight] of vector) out.set(term, weight / norm);
  return out;
}

/** The `count` terms with the largest weight × IDF, heaviest first (ties by term, so the order is stable). */
export function heaviestTerms(vector: ReadonlyMap<string, number>, stats: TermStats, count: number): Array<[string, number]> {
  const scored: Array<[string, number]> = [];
  for (const [term, weight] of vector) scored.push([term, weight * idf(stats, term)]);
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, count);
}
