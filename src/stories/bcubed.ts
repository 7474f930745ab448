/*
 * B-cubed scores of a clustering against gold clusters (Bagga & Baldwin 1998): for each item,
 * precision is the share of its predicted cluster that shares its gold cluster, recall the share
 * of its gold cluster that shares its predicted cluster; both are averaged over items.
 */

export interface BCubedItem {
  predicted: string;
  gold: string;
}

/** One item's precision and recall, kept apart so that subsets of items can be averaged (bootstrap). */
export interface ItemScore {
  precision: number;
  recall: number;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

export function bcubedItemScores(items: readonly BCubedItem[]): ItemScore[] {
  const predictedSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const both = new Map<string, number>();
  const pairKey = (item: BCubedItem): string => JSON.stringify([item.predicted, item.gold]);
  for (const item of items) {
    predictedSize.set(item.predicted, (predictedSize.get(item.predicted) ?? 0) + 1);
    goldSize.set(item.gold, (goldSize.get(item.gold) ?? 0) + 1);
    both.set(pairKey(item), (both.get(pairKey(item)) ?? 0) + 1);
  }
  return items.map((item) => {
    const shared = both.get(pairKey(item))!;
    return { precision: shared / predictedSize.get(item.predicted)!, recall: shared / goldSize.get(item.gold)! };
  });
}

/** Averages item scores; F1 is the harmonic mean of the averaged precision and recall. */
export function averageScores(scores: readonly ItemScore[]): BCubed {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 };
  let precision = 0;
  let recall = 0;
  for (const score of scores) {
    precision += score.precision;
    recall += score.recall;
  }
  precision /= scores.length;
  recall /= scores.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function bcubed(items: readonly BCubedItem[]): BCubed {
  return averageScores(bcubedItemScores(items));
}
