import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { crossValidateNewsPosts, scoreArticlesTestHalf, summarise } from '../../eval/entities.js';
import { shippedTrainingTexts } from '../../tools/train-entity-tagger.js';

/*
 * The quality targets of issue 12, measured as `npm run eval:entities` measures them (same folds,
 * same epochs, exact span and type match). A target not yet met is marked todo with the figure
 * measured when this was written; the floor below it is not todo, so a change that makes the
 * tagger worse fails here.
 */

const posts = crossValidateNewsPosts();
const postFigures = { tagger: summarise(posts.tagger), baseline: summarise(posts.baseline) };
const articles = scoreArticlesTestHalf(shippedTrainingTexts());
const articleFigures = { tagger: summarise(articles.tagger), baseline: summarise(articles.baseline) };

describe('entity tagger quality on the Broad Twitter Corpus news posts (5-fold grouped cross-validation)', () => {
  test('F1 at least 0.80 overall', { todo: 'measured 0.760 [0.745–0.776] at commit time (0.748 before the wider fact lists and word clusters, 0.723 before the fact lists)' }, () => {
    assert.ok(postFigures.tagger.ALL.f1.value >= 0.8, `F1 ${postFigures.tagger.ALL.f1.value.toFixed(3)}`);
  });

  test('no worse than F1 0.74, and well above the capitalised-run baseline', () => {
    const f1 = postFigures.tagger.ALL.f1.value;
    assert.ok(f1 >= 0.74, `F1 ${f1.toFixed(3)}`);
    assert.ok(f1 >= postFigures.baseline.ALL.f1.value + 0.2, `F1 ${f1.toFixed(3)} against the baseline's ${postFigures.baseline.ALL.f1.value.toFixed(3)}`);
  });
});

describe('entity tagger quality on the test half of the articles written by the Newsdesk project (shipped model)', () => {
  // Measured 0.864 [0.840–0.887] on the 128 test articles (0.869 on the first 101, where it was 0.848 before this change).
  test('F1 at least 0.85 overall', () => {
    assert.ok(articleFigures.tagger.ALL.f1.value >= 0.85, `F1 ${articleFigures.tagger.ALL.f1.value.toFixed(3)}`);
  });

  test('well above the capitalised-run baseline', () => {
    const f1 = articleFigures.tagger.ALL.f1.value;
    assert.ok(f1 >= articleFigures.baseline.ALL.f1.value + 0.2, `F1 ${f1.toFixed(3)} against the baseline's ${articleFigures.baseline.ALL.f1.value.toFixed(3)}`);
  });

  test('every 95 % interval holds its point estimate', () => {
    for (const figures of [postFigures.tagger, articleFigures.tagger]) {
      for (const f of Object.values(figures)) {
        for (const i of [f.precision, f.recall, f.f1]) assert.ok(i.low <= i.value && i.value <= i.high, JSON.stringify(i));
      }
    }
  });
});
