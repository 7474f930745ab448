import { FEATURE_DIMS, featurize, namedFeatures, type ModelInput, type SparseVector } from './features.js';

/*
 * The one spam model: a logistic regression over the hashed features of features.ts. Pure: the
 * weights, a score for a comment, and the features that pushed it most. Where the weights come
 * from (the shipped file, a desk's retrained version) is model-store.ts's business.
 */

export interface SpamModel {
  /** 0 is the model as shipped; a desk's retrained versions count up from 1. */
  version: number;
  bias: number;
  /** FEATURE_DIMS weights. */
  weights: Float32Array;
}

export interface ModelScore {
  /** 0 (genuine) … 100 (spam): 50 + 5 × the log-odds, rounded and clamped. */
  score: number;
  /** The log-odds itself. */
  margin: number;
  version: number;
}

export function marginOf(model: SpamModel, vector: SparseVector): number {
  let sum = model.bias;
  const { indices, values } = vector;
  for (let i = 0; i < indices.length; i++) sum += model.weights[indices[i]!]! * values[i]!;
  return sum;
}

/** The integer score moderators see and the thresholds compare with. */
export function scoreOfMargin(margin: number): number {
  return Math.min(100, Math.max(0, Math.round(50 + 5 * margin)));
}

export function scoreComment(model: SpamModel, input: ModelInput): ModelScore {
  const margin = marginOf(model, featurize(input));
  return { score: scoreOfMargin(margin), margin, version: model.version };
}

/** The features that pushed the score up most (or down, with `toward: 'ham'`), by contribution. */
export function topFeatures(model: SpamModel, input: ModelInput, count = 5, toward: 'spam' | 'ham' = 'spam'): { feature: string; weight: number }[] {
  const byName = new Map<string, number>();
  for (const { name, index, value } of namedFeatures(input)) byName.set(name, (byName.get(name) ?? 0) + model.weights[index]! * value);
  const sign = toward === 'spam' ? 1 : -1;
  return [...byName]
    .filter(([, weight]) => weight * sign > 0)
    .sort((a, b) => b[1] * sign - a[1] * sign || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([feature, weight]) => ({ feature, weight: Math.round(weight * 100) / 100 }));
}

/** The features as a short phrase for a status reason or the admin view. */
export function explainFeatures(features: readonly { feature: string; weight: number }[]): string {
  return features.map((f) => `${f.feature} ${f.weight >= 0 ? '+' : ''}${f.weight.toFixed(2)}`).join(', ');
}

export function emptyWeights(): Float32Array {
  return new Float32Array(FEATURE_DIMS);
}
