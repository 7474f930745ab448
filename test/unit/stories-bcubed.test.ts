import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubed, bcubedItemScores } from '../../src/stories/bcubed.js';

/* B-cubed against examples worked out by hand. */

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

test('a perfect clustering scores 1, whatever the cluster names', () => {
  const result = bcubed([
    { predicted: 'x', gold: 'a' },
    { predicted: 'x', gold: 'a' },
    { predicted: 'y', gold: 'b' },
  ]);
  assert.deepEqual(result, { precision: 1, recall: 1, f1: 1 });
});

test('everything in one cluster: recall 1, precision the mean share of each item\'s gold cluster', () => {
  // Gold a,a,b,b,b in one predicted cluster of 5: precision per item 2/5,2/5,3/5,3/5,3/5 → 13/25.
  const items = ['a', 'a', 'b', 'b', 'b'].map((gold) => ({ predicted: 'all', gold }));
  const result = bcubed(items);
  close(result.precision, 13 / 25);
  close(result.recall, 1);
  close(result.f1, (2 * (13 / 25)) / (13 / 25 + 1));
});

test('every item alone: precision 1, recall the mean 1/|gold cluster|', () => {
  // Gold sizes 2,2,1 → recall per item 1/2,1/2,1 → 2/3.
  const result = bcubed([
    { predicted: '1', gold: 'a' },
    { predicted: '2', gold: 'a' },
    { predicted: '3', gold: 'b' },
  ]);
  close(result.precision, 1);
  close(result.recall, 2 / 3);
  close(result.f1, 0.8);
});

test('a mixed case, item by item', () => {
  // Predicted {1,2,3} {4,5}; gold {1,2} {3,4,5}.
  const items = [
    { predicted: 'p', gold: 'a' },
    { predicted: 'p', gold: 'a' },
    { predicted: 'p', gold: 'b' },
    { predicted: 'q', gold: 'b' },
    { predicted: 'q', gold: 'b' },
  ];
  const perItem = bcubedItemScores(items);
  const expected = [
    [2 / 3, 1],
    [2 / 3, 1],
    [1 / 3, 1 / 3],
    [1, 2 / 3],
    [1, 2 / 3],
  ];
  perItem.forEach((score, i) => {
    close(score.precision, expected[i]![0]!);
    close(score.recall, expected[i]![1]!);
  });
  const result = bcubed(items);
  close(result.precision, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  close(result.recall, (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
});

test('a predicted label equal to a gold label of another cluster does not count as agreement', () => {
  const result = bcubed([
    { predicted: 'a', gold: 'b' },
    { predicted: 'b', gold: 'b' },
  ]);
  close(result.precision, 1);
  close(result.recall, 0.5);
});
