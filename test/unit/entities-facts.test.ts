import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { factMarks, factsOf, loadFactLists } from '../../src/analysis/entities/facts.js';
import { featurize, isTitleCase } from '../../src/analysis/entities/features.js';
import { LABELS, restartsSameType } from '../../src/analysis/entities/labels.js';
import { decode, train, TABLE_SIZE, TRANSITION_ROWS } from '../../src/analysis/entities/perceptron.js';
import { tokenize } from '../../src/analysis/entities/tokenize.js';

const label = (name: string) => LABELS.indexOf(name as (typeof LABELS)[number]);

describe('the fact lists written by the project', () => {
  const facts = factsOf({
    places: ['New York', 'US'],
    orgs: ['Red Cross', 'WHO'],
    orgWords: ['council'],
    placeWords: ['river'],
    titles: ['dr', 'president'],
    firstNames: ['ruth'],
    demonyms: ['french'],
  });

  test('the shipped lists load, sorted and without repeats', () => {
    const lists = loadFactLists();
    for (const [name, entries] of Object.entries(lists)) {
      assert.ok(entries.length > 0, name);
      assert.deepEqual(entries, [...new Set(entries)].sort(), name);
    }
  });

  test('a listed name is marked over its words; a name in capitals only in capitals', () => {
    const tokens = tokenize('Dr. Ruth Hale of the Red Cross left New York for the US, who knew WHO said who.');
    const marks = factMarks(tokens, facts);
    const at = (word: string) => marks[tokens.findIndex((t) => t.text === word)]!;
    assert.ok(at('Red').includes('fact=B-ORG') && at('Cross').includes('fact=I-ORG'));
    assert.ok(at('New').includes('fact=B-PLACE') && at('York').includes('fact=I-PLACE'));
    assert.ok(at('US').includes('fact=B-PLACE'));
    assert.ok(at('WHO').includes('fact=B-ORG'));
    assert.ok(!at('who').some((m) => m.startsWith('fact=')), 'a lower-case "who" is no organization');
    assert.ok(at('Ruth').includes('fact-first-name') && at('Ruth').includes('fact-after-title'), 'a title then a point then the name');
  });

  test('the word ending a run of capitalised words says what kind of name it may be', () => {
    const tokens = tokenize('members of Harrowgate Town Council met by the Calder River today');
    const features = featurize(tokens, undefined, 'article', facts);
    const plain = featurize(tokens, undefined, 'article');
    assert.ok(features.indices.length > plain.indices.length);
    const marks = factMarks(tokens, facts);
    assert.ok(marks[4]!.includes('fact-org-word') && marks[9]!.includes('fact-place-word'));
  });

  test('nationality words are marked whether capitalised or not', () => {
    const marks = factMarks(tokenize('French wine and french fries'), facts);
    assert.ok(marks[0]!.includes('fact-demonym+cap=true') && marks[3]!.includes('fact-demonym+cap=false'));
  });
});

describe('title case and decoding', () => {
  test('a headline in title case is told from a sentence', () => {
    assert.ok(isTitleCase(tokenize('Police Arrest Three After Dawn Raid In Leeds')));
    assert.ok(!isTitleCase(tokenize('Police arrested three people after a raid in Leeds')));
  });

  test('no name of a type opens right after one of the same type between two plain words', () => {
    assert.ok(restartsSameType(label('I-PERSON'), label('B-PERSON')));
    assert.ok(restartsSameType(label('B-ORG'), label('B-ORG')));
    assert.ok(!restartsSameType(label('B-PLACE'), label('B-ORG')));
    assert.ok(!restartsSameType(label('O'), label('B-ORG')));
    // Weights that favour B-PERSON on every token: between plain words the decoder must continue the name.
    const L = LABELS.length;
    const emission = new Float32Array(TABLE_SIZE * L);
    emission[0 * L + label('B-PERSON')] = 2;
    emission[0 * L + label('I-PERSON')] = 1.5;
    const weights = { emission, transition: new Float32Array(TRANSITION_ROWS * L) };
    const sequence = { indices: Int32Array.from([0, 0, 0]), offsets: Int32Array.from([0, 1, 2, 3]) };
    assert.deepEqual([...decode(weights, sequence)].map((l) => LABELS[l]), ['B-PERSON', 'B-PERSON', 'B-PERSON']);
    const joined = { ...sequence, joined: Uint8Array.from([0, 1, 1]) };
    assert.deepEqual([...decode(weights, joined)].map((l) => LABELS[l]), ['B-PERSON', 'I-PERSON', 'I-PERSON']);
  });

  test('no name runs on past a full stop, except after an abbreviation ("Dr. Ruth Hale")', () => {
    const L = LABELS.length;
    const emission = new Float32Array(TABLE_SIZE * L);
    emission[0 * L + label('B-ORG')] = 1;
    emission[0 * L + label('I-ORG')] = 2;
    const weights = { emission, transition: new Float32Array(TRANSITION_ROWS * L) };
    // Every token gets the one feature 0, which favours continuing an organization's name.
    const at = (text: string) => {
      const n = tokenize(text).length;
      const sequence = { ...featurize(tokenize(text)), indices: new Int32Array(n), offsets: Int32Array.from({ length: n + 1 }, (_, i) => i) };
      return [...decode(weights, sequence)].map((l) => LABELS[l]);
    };
    assert.deepEqual(at('Arab League. Blinken'), ['B-ORG', 'I-ORG', 'I-ORG', 'B-ORG']);
    assert.deepEqual(at('Mt. Gox'), ['B-ORG', 'I-ORG', 'I-ORG']);
  });

  test('perceptrons averaged over several orders give the same weights on every run and learn the data', () => {
    const tokens = tokenize('Ruth Hale visited Cork');
    const sequence = { features: featurize(tokens), labels: Uint8Array.from([label('B-PERSON'), label('I-PERSON'), 0, label('B-PLACE')]) };
    const other = { features: featurize(tokenize('Ann Berg left Oslo')), labels: Uint8Array.from([label('B-PERSON'), label('I-PERSON'), 0, label('B-PLACE')]) };
    const a = train([sequence, other], { epochs: 3, seed: 5, runs: 3 });
    const b = train([sequence, other], { epochs: 3, seed: 5, runs: 3 });
    assert.deepEqual(a.emission, b.emission);
    assert.deepEqual([...decode(a, sequence.features)], [...sequence.labels]);
  });
});
