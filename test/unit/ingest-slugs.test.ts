import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fallbackSlug, pickSlug, slugCandidates, slugify } from '../../src/store/slugs.js';

describe('slugify cuts long titles at a word boundary', () => {
  test('a title longer than the limit ends with its last whole word that fits', () => {
    const title = 'Harbour authority approves the extension of the northern breakwater after a decade of consultations';
    const slug = slugify(title);
    assert.ok(slug.length <= 80, `length ${slug.length}`);
    assert.equal(slug, 'harbour-authority-approves-the-extension-of-the-northern-breakwater-after-a');
    const words = new Set(slugify(title, 1000).split('-'));
    for (const word of slug.split('-')) assert.ok(words.has(word), `"${word}" is not a word of the title`);
  });

  test('a hyphen right after the limit counts as a boundary', () => {
    assert.equal(slugify('abcd efgh', 4), 'abcd');
  });

  test('one word longer than the limit is cut where it must be', () => {
    assert.equal(slugify('Pneumonoultramicroscopicsilicovolcanoconiosis', 10), 'pneumonoul');
    // A boundary that would keep less than half the limit is not used.
    assert.equal(slugify('a pneumonoultramicroscopicsilicovolcanoconiosis', 10), 'a-pneumono');
  });

  test('a very long title costs no more than its first characters', () => {
    const slug = slugify(`${'word '.repeat(20)}${'x'.repeat(5_000_000)}`);
    assert.ok(slug.startsWith('word-word') && slug.length <= 80);
  });
});

describe('slug candidates', () => {
  test('the base, then the base with a tag made from the row’s unique key', () => {
    const [base, tagged] = slugCandidates('budget-vote', '3:abc');
    assert.equal(base, 'budget-vote');
    assert.match(tagged, /^budget-vote-[0-9a-f]{8}$/);
    assert.deepEqual(slugCandidates('budget-vote', '3:abc'), [base, tagged], 'the same key gives the same tag');
    assert.notEqual(slugCandidates('budget-vote', '4:abc')[1], tagged);
  });

  test('3,000 rows of one title get 3,000 distinct candidates', () => {
    const tags = new Set(Array.from({ length: 3000 }, (_, i) => slugCandidates('same-title', `1:${i}`)[1]));
    assert.equal(tags.size, 3000);
  });

  test('the first free candidate is picked; when both are taken, a random tag', () => {
    const candidates = slugCandidates('budget-vote', 'k');
    assert.equal(pickSlug(candidates, new Set()), 'budget-vote');
    assert.equal(pickSlug(candidates, new Set(['budget-vote'])), candidates[1]);
    const third = pickSlug(candidates, new Set(candidates));
    assert.match(third, /^budget-vote-[0-9a-f]{10}$/);
    assert.notEqual(fallbackSlug('budget-vote'), fallbackSlug('budget-vote'));
  });
});
