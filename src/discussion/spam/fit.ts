import { foldOf, publicExample, type PublicRow } from './corpus.js';
import { marginOf, type SpamModel } from './model.js';
import { chooseThresholds, type ScoredHam, type Thresholds } from './thresholds.js';
import { prepare, trainPrepared, type Example, type PreparedExample } from './train.js';

/*
 * The whole offline procedure, the same for the shipped model (tools/train-spam-model.ts) and
 * for each outer fold of the evaluation (eval/run.ts): thresholds from grouped k-fold
 * cross-validation on the rows given, then one model trained on all of them.
 */

export const THRESHOLD_FOLDS = 5;

export interface Fitted {
  model: SpamModel;
  thresholds: Thresholds;
  /** The out-of-fold margins of the genuine rows the thresholds were chosen on. */
  outOfFoldHam: ScoredHam[];
}

export function fit(rows: readonly PublicRow[], extra: readonly Example[] = [], prepared?: readonly PreparedExample[]): Fitted {
  const vectors = prepared ?? prepare(rows.map(publicExample));
  const extraPrepared = prepare(extra);
  // A different salt from the evaluation's outer folds, so inner folds cut across them.
  const fold = rows.map((row) => foldOf(row.text, THRESHOLD_FOLDS, 1));
  const outOfFoldHam: ScoredHam[] = [];
  for (let f = 0; f < THRESHOLD_FOLDS; f++) {
    const model = trainPrepared([...vectors.filter((_, i) => fold[i] !== f), ...extraPrepared]);
    rows.forEach((row, i) => {
      if (fold[i] === f && row.label === 'ham') outOfFoldHam.push({ set: row.source, margin: marginOf(model, vectors[i]!.vector) });
    });
  }
  return { model: trainPrepared([...vectors, ...extraPrepared]), thresholds: chooseThresholds(outOfFoldHam), outOfFoldHam };
}
