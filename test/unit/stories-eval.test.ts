import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossValidate, loadStoryRows, score, splitTopics } from '../../eval/stories.js';
import { bcubed } from '../../src/stories/bcubed.js';

/*
 * The target on real data: B-cubed F1 ≥ 0.92 on ECB+ (data/stories/), measured held out
 * (2-fold by topic, parameters chosen on the other half), as npm run eval:stories does but with
 * its smaller (--quick) grid to keep this test short.
 */

const rows = loadStoryRows();
const folds = crossValidate(rows, true);

test('the two halves of the topics are disjoint and cover every article', () => {
  const [a, b] = splitTopics(rows);
  assert.equal(new Set([...a, ...b]).size, a.length + b.length);
  assert.equal(rows.filter((row) => a.includes(row.topic) || b.includes(row.topic)).length, rows.length);
  assert.ok(Math.abs(a.length - b.length) <= 1);
});

test('held out, the clustering is far better than one story per article or one per topic (regression floor, not the target)', async () => {
  const pooled = score((await folds).flatMap((fold) => fold.byOrder[0]!));
  const perArticle = bcubed(rows.map((row) => ({ predicted: row.id, gold: row.story })));
  const perTopic = bcubed(rows.map((row) => ({ predicted: String(row.topic), gold: row.story })));
  assert.ok(pooled.f1 >= perTopic.f1 + 0.15, `pooled held-out F1 ${pooled.f1.toFixed(3)}, one story per topic ${perTopic.f1.toFixed(3)}`);
  assert.ok(pooled.f1 >= perArticle.f1 + 0.5, `pooled held-out F1 ${pooled.f1.toFixed(3)}, one story per article ${perArticle.f1.toFixed(3)}`);
  assert.ok(pooled.f1 >= 0.85, `pooled held-out F1 ${pooled.f1.toFixed(3)}`);
});

// Not met yet. Pooled held-out F1 in the headline order: 0.893 (95% bootstrap interval 0.833–0.946)
// with this quick grid; 0.905 (0.853–0.951) with npm run eval:stories' full grid. Measured again
// after the lookup speed-ups of issue 12's second round, which left every assignment here as it was.
test('held out, B-cubed F1 reaches the target 0.92', { todo: 'target 0.92 not met: measured 0.893 held out here (quick grid), 0.905 with the full grid' }, async () => {
  const pooled = score((await folds).flatMap((fold) => fold.byOrder[0]!));
  assert.ok(pooled.f1 >= 0.92, `pooled held-out F1 ${pooled.f1.toFixed(3)}`);
});
