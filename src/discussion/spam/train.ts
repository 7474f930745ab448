import { FEATURE_DIMS, featurize, type ModelInput, type SparseVector } from './features.js';
import type { SpamModel } from './model.js';
import { mulberry32 } from '../../text/seeded-random.js';

/*
 * Trains the spam model: logistic regression by stochastic gradient descent with AdaGrad steps
 * and L2 shrinkage. Deterministic: the examples are visited in an order drawn from a fixed seed
 * (mulberry32, never Math.random), and the same examples in the same order give the same
 * weights bit for bit.
 */

export interface Example {
  input: ModelInput;
  label: 'spam' | 'ham';
  /** How much this example counts; 1 unless said. */
  weight?: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Passes over the data shrink as it grows, to about this many steps (never fewer than two passes): a desk's 100,000 verdicts need no more. */
  maxSteps: number;
  /** Scale each feature by its naive-Bayes log-count ratio before fitting (NBSVM); the shipped weights fold the scale in. */
  nbScale: boolean;
}

export const defaultTrainOptions: TrainOptions = { epochs: 12, learningRate: 0.1, l2: 1e-3, seed: 20261206, maxSteps: 65_000, nbScale: true };


export interface PreparedExample {
  vector: SparseVector;
  y: 0 | 1;
  weight: number;
}

export function prepare(examples: readonly Example[]): PreparedExample[] {
  return examples.map((e) => ({ vector: featurize(e.input), y: e.label === 'spam' ? 1 : 0, weight: e.weight ?? 1 }));
}

/** Naive Bayes log-count ratios over feature presence, smoothed by one. */
function logCountRatios(prepared: readonly PreparedExample[]): Float64Array {
  const spam = new Float64Array(FEATURE_DIMS).fill(1);
  const ham = new Float64Array(FEATURE_DIMS).fill(1);
  for (const { vector, y, weight } of prepared) {
    const counts = y === 1 ? spam : ham;
    for (let i = 0; i < vector.indices.length; i++) counts[vector.indices[i]!]! += weight;
  }
  let spamTotal = 0;
  let hamTotal = 0;
  for (let f = 0; f < FEATURE_DIMS; f++) {
    spamTotal += spam[f]!;
    hamTotal += ham[f]!;
  }
  const ratios = new Float64Array(FEATURE_DIMS);
  for (let f = 0; f < FEATURE_DIMS; f++) ratios[f] = Math.log(spam[f]! / spamTotal / (ham[f]! / hamTotal));
  return ratios;
}

export function trainPrepared(prepared: readonly PreparedExample[], options: TrainOptions = defaultTrainOptions, version = 0): SpamModel {
  const scale = options.nbScale ? logCountRatios(prepared) : new Float64Array(FEATURE_DIMS).fill(1);
  const w = new Float64Array(FEATURE_DIMS);
  const g2 = new Float64Array(FEATURE_DIMS).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = Int32Array.from(prepared.keys());
  const random = mulberry32(options.seed);
  const epochs = Math.min(options.epochs, Math.max(2, Math.ceil(options.maxSteps / Math.max(1, prepared.length))));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const k of order) {
      const { vector, y, weight } = prepared[k]!;
      const { indices, values } = vector;
      let margin = bias;
      for (let i = 0; i < indices.length; i++) margin += w[indices[i]!]! * values[i]! * scale[indices[i]!]!;
      const p = 1 / (1 + Math.exp(-margin));
      const err = (p - y) * weight;
      for (let i = 0; i < indices.length; i++) {
        const f = indices[i]!;
        const grad = err * values[i]! * scale[f]! + options.l2 * w[f]!;
        g2[f]! += grad * grad;
        w[f]! -= (options.learningRate * grad) / Math.sqrt(g2[f]!);
      }
      biasG2 += err * err;
      bias -= (options.learningRate * err) / Math.sqrt(biasG2);
    }
  }
  for (let f = 0; f < FEATURE_DIMS; f++) w[f] = w[f]! * scale[f]!;
  return { version, bias: Math.fround(bias), weights: Float32Array.from(w) };
}

export function train(examples: readonly Example[], options: TrainOptions = defaultTrainOptions, version = 0): SpamModel {
  return trainPrepared(prepare(examples), options, version);
}
