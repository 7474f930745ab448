import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { deskJobs } from '../../src/jobs/desk-jobs.js';
import type { JobContext, JobServices } from '../../src/jobs/registry.js';
import { enqueueDueWork } from '../../src/jobs/schedule.js';
import { assignArticle } from '../../src/stories/assign.js';
import { bcubed } from '../../src/stories/bcubed.js';
import { MemoryStoryIndex } from '../../src/stories/memory-index.js';
import { defaultStoryOptions } from '../../src/stories/options.js';
import { insertArticle } from '../../src/store/articles.js';
import { saveArticleText } from '../../src/store/search-index.js';
import type { Article, Source } from '../../src/store/schema.js';
import { loadStoryRows, type StoryRow } from '../../eval/stories.js';
import { makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

/*
 * The analysis job over stored articles: real ECB+ reports (data/stories/, CC BY 3.0), two
 * topics with two events each, stored from four sources with their full text. The database
 * index must cluster them exactly as the in-memory index does in the same order (the one the
 * evaluation measures), and a second run must change nothing.
 */

/** Four stories (two topics, each with its two look-alike events), at most five reports each. */
function sample(): StoryRow[] {
  const rows = loadStoryRows().filter((row) => row.topic === 1 || row.topic === 3);
  const byStory = new Map<string, StoryRow[]>();
  for (const row of rows) byStory.set(row.story, [...(byStory.get(row.story) ?? []), row]);
  return [...byStory.values()].flatMap((story) => story.slice(0, 5));
}

/** Which items share a group, as a set of sorted member lists: equal partitions compare equal whatever the group names. */
function partition(groups: ReadonlyMap<string, string>): string[] {
  const members = new Map<string, string[]>();
  for (const [item, group] of groups) members.set(group, [...(members.get(group) ?? []), item]);
  return [...members.values()].map((list) => list.sort().join(',')).sort();
}

describe('the analysis job assigns stored articles to stories', () => {
  let t: TestDesk;
  const stored: { row: StoryRow; article: Article }[] = [];
  const job = deskJobs().get('analyze-articles')!;
  const context = (): JobContext => ({ db: t.desk.store.db, services: {} as JobServices, signal: new AbortController().signal, now: () => new Date('2026-12-06T12:00:00Z'), log: () => {} });

  before(async () => {
    t = await startTestDesk();
    const sources: Source[] = [];
    for (let i = 0; i < 4; i++) sources.push(await makeSource(t.desk));
    // One date for all (ECB+ has none): time neither helps nor hurts, as in the evaluation.
    const at = '2026-12-05T08:00:00.000Z';
    for (const [i, row] of sample().entries()) {
      const url = `https://example.org/${row.id}`;
      const article = await insertArticle(t.desk.store.db, {
        source_id: sources[i % 4]!.id, guid_hash: createHash('sha256').update(url).digest('hex'), url, canonical_url: url, title: row.title,
        author: null, excerpt_html: `<p>${row.title}</p>`, image_url: null, published_at: at, fetched_at: at, updated_at: at, slug: `ecb-${i}`, language: 'en',
      });
      await saveArticleText(t.desk.store.db, article.id, row.text);
      stored.push({ row, article });
    }
  });
  after(() => t.close());

  test('the scheduler queues one analysis run while articles wait', async () => {
    assert.equal((await enqueueDueWork(t.desk.store.db, new Date())).analysis, true);
    assert.equal((await enqueueDueWork(t.desk.store.db, new Date())).analysis, false, 'one at a time');
    await t.desk.store.db.deleteFrom('jobs').where('kind', '=', 'analyze-articles').execute();
  });

  test('stories in the database match the in-memory assigner on the same reports in the same order', async () => {
    assert.match((await job.execute({}, context())) ?? '', new RegExp(`analysed ${stored.length} articles`));
    const rows = await t.desk.store.db.selectFrom('articles').select(['id', 'story_id', 'analyzed_at']).execute();
    const storyOf = new Map(rows.map((r) => [String(r.id), String(r.story_id)]));
    assert.ok(rows.every((r) => r.story_id !== null && r.analyzed_at !== null), 'every article is placed and marked');

    // The order the job reads them in: published_at, then id.
    const memory = new MemoryStoryIndex(defaultStoryOptions);
    const inMemory = new Map<string, string>();
    for (const { row, article } of [...stored].sort((a, b) => a.article.id - b.article.id)) {
      const assignment = await assignArticle(memory, { id: String(article.id), title: row.title, text: row.text, publishedAt: new Date(article.published_at), source: String(article.source_id) }, defaultStoryOptions);
      inMemory.set(String(article.id), assignment.storyId);
    }
    assert.deepEqual(partition(storyOf), partition(inMemory));

    // Real reports: the two events of one topic are mostly told apart.
    const score = bcubed(stored.map(({ row, article }) => ({ predicted: storyOf.get(String(article.id))!, gold: row.story })));
    assert.ok(score.f1 >= 0.7, `B-cubed F1 ${score.f1.toFixed(3)} on ${stored.length} reports`);
    const counted = await t.desk.store.db.selectFrom('stories').select(['size', 'source_count']).execute();
    assert.equal(counted.reduce((sum, s) => sum + s.size, 0), stored.length, 'every article counted once');
    assert.ok(counted.some((s) => s.source_count >= 2), 'some story has several sources');
  });

  test('people, organizations, places and quotes are stored per article; analysing again replaces them, and no story moves', async () => {
    const db = t.desk.store.db;
    const count = async (table: 'article_entities' | 'quotes' | 'entities') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const named = await db.selectFrom('entities').select(['name', 'type']).execute();
    assert.ok(named.some((e) => e.type === 'PERSON' && e.name.includes('Reid')), `Tara Reid is among ${named.length} entities`);
    const [links, quotes, entities] = [await count('article_entities'), await count('quotes'), await count('entities')];
    assert.ok(links >= stored.length && quotes > 0, `${links} article-entity links, ${quotes} quotes`);
    const stories = await db.selectFrom('articles').select(['id', 'story_id']).orderBy('id').execute();

    await db.updateTable('articles').set({ analyzed_at: null }).execute();
    await job.execute({}, context());
    assert.deepEqual([await count('article_entities'), await count('quotes'), await count('entities')], [links, quotes, entities]);
    assert.deepEqual(await db.selectFrom('articles').select(['id', 'story_id']).orderBy('id').execute(), stories);
  });

  test('a second run finds nothing to do and changes nothing', async () => {
    const before = await t.desk.store.db.selectFrom('articles').select(['id', 'story_id']).orderBy('id').execute();
    assert.equal(await job.execute({}, context()), undefined);
    assert.deepEqual(await t.desk.store.db.selectFrom('articles').select(['id', 'story_id']).orderBy('id').execute(), before);
    assert.equal((await enqueueDueWork(t.desk.store.db, new Date())).analysis, false);
  });
});
