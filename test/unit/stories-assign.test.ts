import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignArticle, markerAgreement, prepareArticle, type ArticleInput } from '../../src/stories/assign.js';
import { MemoryStoryIndex } from '../../src/stories/memory-index.js';
import { defaultStoryOptions, storyOptions } from '../../src/stories/options.js';
import { newStory, timeFactor, type Story } from '../../src/stories/story.js';

/* The incremental assigner over the in-memory index. The articles are written by us for these tests. */

const quake: ArticleInput = {
  id: 'quake-1',
  title: 'Earthquake kills 12 in West Java',
  text: [
    'A magnitude 6.1 earthquake struck West Java on Tuesday, killing at least 12 people, the national disaster agency said.',
    'Rescuers searched collapsed homes in Cianjur through the night, and hospitals in Sukabumi treated dozens of injured.',
    'The agency said more than 2,000 houses were damaged; no tsunami warning was issued.',
    'Aftershocks continued into Wednesday as families moved into tents outside their damaged homes.',
    'Officials in Cianjur asked for blood donations and heavy machinery to clear the roads.',
  ].join('\n'),
  source: 'wire',
};

const rehab: ArticleInput = {
  id: 'rehab-1',
  title: 'Lindsay Lohan checks into Betty Ford Center',
  text: 'Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Friday, her lawyer Shawn Holley said.\nThe stay is ordered by a Los Angeles judge after a probation violation.',
  source: 'gossip',
};

test('a near-copy joins the story of its original at once', async () => {
  const index = new MemoryStoryIndex(defaultStoryOptions);
  const first = await assignArticle(index, quake, defaultStoryOptions);
  const copy = await assignArticle(index, { ...quake, id: 'quake-copy', title: 'Deadly quake in Indonesia', text: `${quake.text}\n(Reporting by the wire desk.)`, source: 'paper' }, defaultStoryOptions);
  assert.equal(first.isNew, true);
  assert.equal(copy.isNew, false);
  assert.equal(copy.reason, 'near-copy');
  assert.equal(copy.storyId, first.storyId);
  assert.deepEqual(copy.story.sources, ['wire', 'paper']);
  assert.equal(copy.story.size, 2);
});

test('an unrelated article starts a new story; a rewrite of the same event joins by similarity', async () => {
  const index = new MemoryStoryIndex(defaultStoryOptions);
  const first = await assignArticle(index, quake, defaultStoryOptions);
  const other = await assignArticle(index, rehab, defaultStoryOptions);
  assert.equal(other.isNew, true);
  assert.notEqual(other.storyId, first.storyId);
  const rewrite = await assignArticle(
    index,
    {
      id: 'quake-2',
      title: 'West Java quake death toll reaches 12',
      text: 'At least 12 people died when a 6.1 magnitude earthquake hit West Java on Tuesday, Indonesia\'s disaster agency said.\nMost of the damage was in Cianjur, where rescuers worked through the night.',
    },
    defaultStoryOptions,
  );
  assert.equal(rewrite.reason, 'similar');
  assert.equal(rewrite.storyId, first.storyId);
  assert.equal(index.storyCount, 2);
});

test('the threshold decides: with a threshold above any cosine, every article starts its own story', async () => {
  const options = storyOptions({ joinThreshold: 1.01, nearCopyBits: -1 });
  const index = new MemoryStoryIndex(options);
  await assignArticle(index, quake, options);
  const again = await assignArticle(index, { ...quake, id: 'quake-again' }, options);
  assert.equal(again.isNew, true);
  assert.ok(again.similarity > 0.9, `similarity ${again.similarity}`);
});

test('first and last seen follow the dates; the time decay is neutral without dates and rules out a far story', async () => {
  const index = new MemoryStoryIndex(defaultStoryOptions);
  const a = await assignArticle(index, { ...quake, publishedAt: new Date('2026-03-02T10:00:00Z') }, defaultStoryOptions);
  const b = await assignArticle(index, { ...quake, id: 'quake-b', publishedAt: new Date('2026-03-01T08:00:00Z') }, defaultStoryOptions);
  assert.equal(b.storyId, a.storyId);
  assert.equal(b.story.firstSeen, Date.parse('2026-03-01T08:00:00Z'));
  assert.equal(b.story.lastSeen, Date.parse('2026-03-02T10:00:00Z'));
  const story: Story = b.story;
  assert.equal(timeFactor(story, null, defaultStoryOptions), 1);
  assert.equal(timeFactor(story, Date.parse('2026-03-04T10:00:00Z'), defaultStoryOptions), 1);
  const later = timeFactor(story, Date.parse('2026-03-09T10:00:00Z'), defaultStoryOptions);
  assert.ok(later > 0 && later < 1, `decayed factor ${later}`);
  assert.equal(timeFactor(story, Date.parse('2026-06-01T10:00:00Z'), defaultStoryOptions), 0);
  const far = await assignArticle(index, { ...quake, id: 'quake-next-year', publishedAt: new Date('2027-03-02T10:00:00Z') }, defaultStoryOptions);
  assert.equal(far.isNew, true, 'the same text a year later is a new story');
});

test('the story title is its most representative article\'s', async () => {
  const index = new MemoryStoryIndex(defaultStoryOptions);
  const briefing = { id: 'briefing', title: 'Morning briefing', text: `Also today: markets, weather and the cup final.\n${quake.text.split('\n').slice(0, 2).join('\n')}` };
  const second = { id: 'quake-2', title: 'Quake toll rises to 12 in West Java', text: quake.text.split('\n').slice(0, 4).join('\n') };
  await assignArticle(index, briefing, defaultStoryOptions);
  await assignArticle(index, quake, defaultStoryOptions);
  const joined = await assignArticle(index, second, defaultStoryOptions);
  assert.equal(index.storyCount, 1);
  assert.equal(joined.story.size, 3);
  assert.notEqual(joined.story.title, briefing.title, 'the article with the off-topic opening does not name the story');
});

test('marker agreement: the same event\'s names keep the similarity, another event\'s names lower it', () => {
  const options = storyOptions({ markerPenalty: 0.5 });
  const index = new MemoryStoryIndex(options);
  const fight = (id: string, opponent: string, place: string, round: string): ArticleInput => ({
    id,
    title: `Klitschko stops ${opponent} in ${round} round`,
    text: `Wladimir Klitschko stopped ${opponent} in the ${round} round in ${place} on Saturday to keep his heavyweight titles.\nThe champion said ${opponent} fought bravely before the referee ended the bout in ${place}.`,
  });
  const story = newStory(prepareArticle(fight('a', 'Hasim Rahman', 'Mannheim', '7th'), options));
  const same = markerAgreement(prepareArticle(fight('b', 'Hasim Rahman', 'Mannheim', '7th'), options), story, index, options);
  const other = markerAgreement(prepareArticle(fight('c', 'Tony Thompson', 'Bern', '6th'), options), story, index, options);
  assert.equal(same, 1);
  assert.ok(other < 0.9 && other >= 0.5, `another event's names: ${other}`);
  assert.equal(markerAgreement(prepareArticle(fight('d', 'Tony Thompson', 'Bern', '6th'), options), story, index, storyOptions({ markerPenalty: 0 })), 1);
});

test('the inverted index finds stories by their heaviest terms, ranks them by shared weight, and skips over-common terms', async () => {
  const options = storyOptions({ indexedTerms: 5, maxPostings: 2 });
  const index = new MemoryStoryIndex(options);
  const one = (id: string, words: string): ArticleInput => ({ id, title: words, text: words });
  const a = await assignArticle(index, one('a', 'volcano eruption Etna lava'), storyOptions({ ...options, joinThreshold: 2 }));
  const b = await assignArticle(index, one('b', 'volcano eruption Stromboli ash'), storyOptions({ ...options, joinThreshold: 2 }));
  const c = await assignArticle(index, one('c', 'volcano election ballot count'), storyOptions({ ...options, joinThreshold: 2 }));
  assert.equal(index.storyCount, 3);
  const byEtna = await index.candidates([['etna', 1], ['lava', 1], ['eruption', 0.5]], 10);
  assert.deepEqual(byEtna.map((s) => s.id), [a.storyId, b.storyId]);
  // "volcano" is listed for 3 stories, more than maxPostings: it finds nothing by itself.
  assert.deepEqual(await index.candidates([['volcano', 1]], 10), []);
  assert.deepEqual((await index.candidates([['ballot', 1]], 10)).map((s) => s.id), [c.storyId]);
  assert.equal((await index.candidates([['eruption', 1], ['etna', 1]], 1)).length, 1);
});

test('candidates: the heaviest shared weight first, ties to the older story, and no more than the limit', async () => {
  const options = storyOptions({ indexedTerms: 5, joinThreshold: 2 });
  const index = new MemoryStoryIndex(options);
  const one = (id: string, words: string): ArticleInput => ({ id, title: words, text: words });
  const ids: string[] = [];
  for (const [i, words] of ['harbour barrier storm', 'harbour barrier tide', 'harbour ferry strike', 'harbour barrier flood', 'harbour barrier repair'].entries()) {
    ids.push((await assignArticle(index, one(`h${i}`, words), options)).storyId);
  }
  const query = [['barrier', 2], ['harbour', 1], ['ferry', 0.5]] as const;
  // Four stories share barrier + harbour (3); the ferry story shares harbour + ferry (1.5).
  assert.deepEqual((await index.candidates(query, 10)).map((s) => s.id), [ids[0], ids[1], ids[3], ids[4], ids[2]]);
  assert.deepEqual((await index.candidates(query, 2)).map((s) => s.id), [ids[0], ids[1]]);
  // Equal weights, found in the other order (tide's story first): the older story still leads, as in the database index.
  assert.deepEqual((await index.candidates([['tide', 1], ['storm', 1]], 10)).map((s) => s.id), [ids[0], ids[1]]);
  assert.deepEqual((await index.candidates([['ferry', 1], ['barrier', 0.1]], 1)).map((s) => s.id), [ids[2]]);
  assert.deepEqual(await index.candidates(query, 0), []);
});
