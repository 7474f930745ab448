import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/store/database.js';
import { insertArticle } from '../../src/store/articles.js';
import { insertSource } from '../../src/store/sources.js';
import { assignedDocuments, findStories, fingerprintNeighbours, saveStoryAssignment, storiesUnderTerms, termDocuments, type StoryWrite } from '../../src/store/stories.js';
import { openScratchStore } from '../support/desk.js';
import { testStore } from '../support/postgres.js';

describe(`the stories' rows and indexes (${testStore})`, () => {
  let scratch: Awaited<ReturnType<typeof openScratchStore>>;
  let store: Store;
  const articleIds: number[] = [];

  before(async () => {
    scratch = await openScratchStore('newsdesk-store-stories-');
    store = scratch.store;
    const source = await insertSource(store.db, { slug: 'wire', title: 'Wire', site_url: 'https://wire.example/', feed_url: null, description: '', created_at: '2026-12-01T00:00:00.000Z' });
    for (let i = 0; i < 3; i++) {
      const at = `2026-12-0${i + 1}T08:00:00.000Z`;
      const article = await insertArticle(store.db, {
        source_id: source.id, guid_hash: `g${i}`, url: `https://wire.example/${i}`, canonical_url: `https://wire.example/${i}`, title: `Story ${i}`,
        author: null, excerpt_html: '<p>x</p>', image_url: null, published_at: at, fetched_at: at, updated_at: at, slug: `story-${i}`, language: 'en',
      });
      articleIds.push(article.id);
    }
  });
  after(() => scratch.close());

  const story = (over: Partial<StoryWrite>): StoryWrite => ({
    id: null, title: 'Harbour bridge closes', representativeArticleId: articleIds[0]!, representativeTerms: [['harbour', 2], ['bridge', 1]],
    centroid: [['harbour', 0.8], ['bridge', 0.6]], markers: ['harbour'], size: 1, firstSeenAt: '2026-12-01T08:00:00.000Z', lastSeenAt: '2026-12-01T08:00:00.000Z',
    sources: ['1'], indexedTerms: [['harbour', 0.8], ['bridge', 0.6]], ...over,
  });

  test('a new story is stored with its terms, its article and the counts; a join replaces its listed terms', async () => {
    const first = await saveStoryAssignment(store.db, story({}), { id: articleIds[0]!, terms: ['harbour', 'bridge', 'bridge'], quarters: [1, 2, 3, 4] }, '2026-12-01T09:00:00.000Z');
    assert.deepEqual([...(await storiesUnderTerms(store.db, ['harbour', 'ferry'], null))], [[first, ['harbour']]]);
    assert.equal(await assignedDocuments(store.db), 1);
    assert.deepEqual([...(await termDocuments(store.db, ['harbour', 'bridge', 'ferry']))].sort(), [['bridge', 1], ['harbour', 1]]);

    const joined = await saveStoryAssignment(
      store.db,
      story({ id: first, size: 2, lastSeenAt: '2026-12-02T08:00:00.000Z', indexedTerms: [['harbour', 1.1], ['ferry', 0.5]] }),
      { id: articleIds[1]!, terms: ['harbour', 'ferry'], quarters: [9, 2, 7, 7] },
      '2026-12-02T09:00:00.000Z',
    );
    assert.equal(joined, first);
    const listed = await storiesUnderTerms(store.db, ['bridge', 'ferry', 'harbour'], null);
    assert.deepEqual(listed.get(first)?.sort(), ['ferry', 'harbour']);
    assert.equal(await assignedDocuments(store.db), 2);
    assert.equal((await termDocuments(store.db, ['harbour'])).get('harbour'), 2);
    const [row] = await findStories(store.db, [first]);
    assert.equal(row?.size, 2);
    assert.equal(row?.last_seen_at, '2026-12-02T08:00:00.000Z');
    const articles = await store.db.selectFrom('articles').select(['id', 'story_id']).orderBy('id').execute();
    assert.deepEqual(articles.map((a) => a.story_id), [first, first, null]);
  });

  test('fingerprint neighbours share a quarter; stories last seen before the window are not candidates', async () => {
    const other = await saveStoryAssignment(
      store.db,
      story({ title: 'Old flood', firstSeenAt: '2025-01-01T00:00:00.000Z', lastSeenAt: '2025-01-01T00:00:00.000Z', indexedTerms: [['harbour', 0.3]] }),
      { id: articleIds[2]!, terms: ['harbour'], quarters: [50, 51, 52, 53] },
      '2026-12-03T09:00:00.000Z',
    );
    const near = await fingerprintNeighbours(store.db, [0, 2, 0, 0]);
    assert.deepEqual(near.map((n) => n.quarters).sort(), [[1, 2, 3, 4], [9, 2, 7, 7]]);
    assert.deepEqual(await fingerprintNeighbours(store.db, [5, 5, 5, 5]), []);
    assert.ok((await storiesUnderTerms(store.db, ['harbour'], null)).has(other));
    assert.ok(!(await storiesUnderTerms(store.db, ['harbour'], '2026-11-01T00:00:00.000Z')).has(other));
  });
});
