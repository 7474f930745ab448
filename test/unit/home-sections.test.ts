import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary } from '../../src/store/articles.js';
import { homeSections, topicPath } from '../../src/web/pages/home-sections.js';

let n = 0;
function article(source: string, topics: string[]): ArticleSummary {
  n++;
  return { id: n, slug: `a-${n}`, title: `Article ${n}`, url: `https://x.example/${n}`, author: null, publishedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0) - n * 60_000).toISOString(), excerptHtml: '', sourceTitle: source, sourceSlug: source.toLowerCase(), commentCount: 0, imageUrl: null, topics: JSON.stringify(topics) };
}

describe('the front page’s sections', () => {
  test('one per source, the source that published last first, each its newest few', () => {
    const newest = [article('B', []), article('A', []), article('B', []), article('C', []), article('B', []), article('B', [])];
    const { sources } = homeSections(newest, { sections: 2, perSection: 3 });
    assert.deepEqual(sources.map((s) => [s.title, s.href, s.articles.map((a) => a.id)]), [
      ['B', '/sources/b', [newest[0]!.id, newest[2]!.id, newest[4]!.id]],
      ['A', '/sources/a', [newest[1]!.id]],
    ]);
  });

  test('a desk of one source has no source sections: they would repeat the latest list', () => {
    assert.deepEqual(homeSections([article('A', ['x']), article('A', ['x'])]).sources, []);
  });

  test('topics at least two articles share, the most shared first, ties to the most recent', () => {
    const newest = [article('A', ['rare', 'harbour']), article('B', ['culture']), article('A', ['harbour', 'transport']), article('B', ['culture', 'transport']), article('A', ['transport']), article('A', ['not json'])];
    newest[5]!.topics = 'not json';
    const { topics } = homeSections(newest);
    assert.deepEqual(topics.map((s) => [s.title, s.articles.length]), [['transport', 3], ['harbour', 2], ['culture', 2]]);
    assert.equal(topics[0]!.href, '/topics/transport');
  });

  test('topic addresses are escaped', () => {
    assert.equal(topicPath('a/b c?'), '/topics/a%2Fb%20c%3F');
  });
});
