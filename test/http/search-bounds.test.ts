import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setArticleHidden } from '../../src/store/admin-articles.js';
import { saveArticleText } from '../../src/store/search-index.js';
import { parseSearchQuery } from '../../src/store/search-query.js';
import { searchArticles } from '../../src/store/search.js';
import type { Article } from '../../src/store/schema.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

/*
 * A broad search ranks only its newest matches and stops counting at a bound, on both stores:
 * ranking every article two common words match took half a second on SQLite's event loop.
 * The bounds are small here so that a handful of articles shows them.
 */

describe('search bounds the work of a broad query', () => {
  let t: TestDesk;
  const articles: Article[] = [];

  before(async () => {
    t = await startTestDesk();
    const source = await makeSource(t.desk);
    // The oldest article matches best (the words in its title); the newer ones only in their text.
    for (let i = 0; i < 6; i++) {
      const article = await makeArticle(t.desk, source, { title: i === 0 ? 'Ferry harbour ferry harbour' : `Council notice ${i}` });
      await saveArticleText(t.desk.store.db, article.id, `Notes on the ferry and the harbour, number ${i}.`);
      articles.push(article);
    }
  });
  after(() => t.close());

  const search = (bounds: { rankedMatches?: number; countedMatches?: number }) => searchArticles(t.desk.store.db, { query: parseSearchQuery('ferry harbour'), filters: {}, page: 1, perPage: 10, ...bounds });

  test('without bounds in reach, every match is ranked and the best comes first', async () => {
    const all = await search({});
    assert.equal(all.total, 6);
    assert.equal(all.more, false);
    assert.equal(all.hits[0]?.id, articles[0]!.id);
  });

  test('only the newest matches are ranked, and the count stops at its bound', async () => {
    const bounded = await search({ rankedMatches: 3, countedMatches: 4 });
    assert.deepEqual(bounded.hits.map((h) => h.id).sort((a, b) => a - b), articles.slice(3).map((a) => a.id));
    assert.equal(bounded.total, 4);
    assert.equal(bounded.more, true);
  });

  test('the newest matches ranked are visible ones: a hidden article does not take a place among them', async () => {
    await setArticleHidden(t.desk.store.db, articles[5]!.id, true);
    try {
      const bounded = await search({ rankedMatches: 3 });
      assert.deepEqual(bounded.hits.map((h) => h.id).sort((a, b) => a - b), articles.slice(2, 5).map((a) => a.id));
      assert.equal(bounded.total, 5);
    } finally {
      await setArticleHidden(t.desk.store.db, articles[5]!.id, false);
    }
  });
});
