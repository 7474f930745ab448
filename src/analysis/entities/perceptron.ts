import { FEATURE_BITS, type FeaturizedSequence } from './features.js';
import { allowedAfter, isInside, LABEL_COUNT, restartsSameType } from './labels.js';
import { mulberry32 } from '../../text/seeded-random.js';

/*
 * A structured averaged perceptron over BIO labels: per-token feature weights for each label plus
 * label-to-label transition weights, decoded exactly by Viterbi. Training visits the sequences
 * in an order drawn from a fixed seed, so the same data gives the same weights bit for bit.
 */

export const TABLE_SIZE = 1 << FEATURE_BITS;
/** Transition rows: one per previous label plus one for the start. */
export const TRANSITION_ROWS = LABEL_COUNT + 1;
const START = LABEL_COUNT;

export interface PerceptronWeights {
  /** TABLE_SIZE × LABEL_COUNT, feature-major. */
  emission: Float32Array | Float64Array;
  /** TRANSITION_ROWS × LABEL_COUNT; row LABEL_COUNT is the start. */
  transition: Float32Array | Float64Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /**
   * How many perceptrons, each visiting the data in its own order (seed, seed + 1, …), are
   * averaged into one. One perceptron's errors depend on its order; the average's less so.
   */
  runs?: number;
}

export const defaultTrainOptions: TrainOptions = { epochs: 12, seed: 20261206, runs: 3 };

export interface TrainingSequence {
  features: FeaturizedSequence;
  labels: Uint8Array;
}

export function decode(weights: PerceptronWeights, features: FeaturizedSequence): Uint8Array {
  const n = features.offsets.length - 1;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const L = LABEL_COUNT;
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  const emit = new Float64Array(L);
  const { emission, transition } = weights;
  const { joined, afterStop } = features;
  for (let i = 0; i < n; i++) {
    const plainPair = joined !== undefined && joined[i] === 1;
    const stopBefore = afterStop !== undefined && afterStop[i] === 1;
    emit.fill(0);
    for (let k = features.offsets[i]!; k < features.offsets[i + 1]!; k++) {
      const base = features.indices[k]! * L;
      for (let y = 0; y < L; y++) emit[y]! += emission[base + y]!;
    }
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = -1;
      if (stopBefore && isInside(y)) {
        score[i * L + y] = -Infinity;
        back[i * L + y] = -1;
        continue;
      }
      if (i === 0) {
        if (allowedAfter(-1, y)) best = transition[START * L + y]!;
      } else {
        for (let p = 0; p < L; p++) {
          if (!allowedAfter(p, y) || (plainPair && restartsSameType(p, y))) continue;
          const s = score[(i - 1) * L + p]! + transition[p * L + y]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[i * L + y] = best + emit[y]!;
      back[i * L + y] = arg;
    }
  }
  let bestLast = 0;
  for (let y = 1; y < L; y++) if (score[(n - 1) * L + y]! > score[(n - 1) * L + bestLast]!) bestLast = y;
  out[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}


export function train(sequences: readonly TrainingSequence[], options: TrainOptions = defaultTrainOptions): PerceptronWeights {
  const runs = options.runs ?? 1;
  if (runs <= 1) return trainOnce(sequences, options.epochs, options.seed);
  const sum = { emission: new Float64Array(TABLE_SIZE * LABEL_COUNT), transition: new Float64Array(TRANSITION_ROWS * LABEL_COUNT) };
  for (let r = 0; r < runs; r++) {
    const one = trainOnce(sequences, options.epochs, options.seed + r);
    for (let k = 0; k < sum.emission.length; k++) sum.emission[k]! += one.emission[k]!;
    for (let k = 0; k < sum.transition.length; k++) sum.transition[k]! += one.transition[k]!;
  }
  return { emission: Float32Array.from(sum.emission, (v) => v / runs), transition: Float32Array.from(sum.transition, (v) => v / runs) };
}

function trainOnce(sequences: readonly TrainingSequence[], epochs: number, seed: number): PerceptronWeights {
  const L = LABEL_COUNT;
  const w = { emission: new Float64Array(TABLE_SIZE * L), transition: new Float64Array(TRANSITION_ROWS * L) };
  // Sums of (step × update), so the average is w − u / steps without touching every weight each step.
  const u = { emission: new Float64Array(TABLE_SIZE * L), transition: new Float64Array(TRANSITION_ROWS * L) };
  const order = Int32Array.from(sequences.keys());
  const random = mulberry32(seed);
  let step = 1;
  const add = (features: FeaturizedSequence, i: number, label: number, previous: number, delta: number) => {
    const d = delta * step;
    for (let k = features.offsets[i]!; k < features.offsets[i + 1]!; k++) {
      const at = features.indices[k]! * L + label;
      w.emission[at]! += delta;
      u.emission[at]! += d;
    }
    const t = (previous < 0 ? START : previous) * L + label;
    w.transition[t]! += delta;
    u.transition[t]! += d;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    for (const index of order) {
      const { features, labels } = sequences[index]!;
      const predicted = decode(w, features);
      for (let i = 0; i < labels.length; i++) {
        const gold = labels[i]!;
        const guess = predicted[i]!;
        const goldPrevious = i === 0 ? -1 : labels[i - 1]!;
        const guessPrevious = i === 0 ? -1 : predicted[i - 1]!;
        if (gold === guess && goldPrevious === guessPrevious) continue;
        add(features, i, gold, goldPrevious, 1);
        add(features, i, guess, guessPrevious, -1);
      }
      step++;
    }
  }
  const averaged = (weights: Float64Array, sums: Float64Array) => {
    const out = new Float32Array(weights.length);
    for (let k = 0; k < weights.length; k++) out[k] = weights[k]! - sums[k]! / step;
    return out;
  };
  return { emission: averaged(w.emission, u.emission), transition: averaged(w.transition, u.transition) };
}
