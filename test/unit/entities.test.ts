import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { harmonise } from '../../src/analysis/entities/consistency.js';
import { entityJson, findEntities } from '../../src/analysis/entities/index.js';
import { foldOf, groupKey, parseLabeledJsonl } from '../../src/analysis/entities/corpus.js';
import { featureNames, styleOf } from '../../src/analysis/entities/features.js';
import { countNames, gazetteerMarks, gazetteerOf } from '../../src/analysis/entities/gazetteer.js';
import { labelsOfSpans, LABELS, spansOfLabels } from '../../src/analysis/entities/labels.js';
import { mergeAcrossArticles, mergeMentions, wordsOf } from '../../src/analysis/entities/merge.js';
import { dataDirectory, decodeWeights, encodeWeights, readWeightBytes } from '../../src/analysis/entities/model-file.js';
import { train } from '../../src/analysis/entities/perceptron.js';
import { featurize } from '../../src/analysis/entities/features.js';
import { PerceptronTagger, shippedTagger } from '../../src/analysis/entities/tagger.js';
import { sentences, tokenize, type TokenizeStats } from '../../src/analysis/entities/tokenize.js';
import { trainModel } from '../../src/analysis/entities/training.js';
import type { Span } from '../../src/analysis/entities/types.js';
import { buildArticles, articlesFile } from '../../eval/entities/build-articles.js';
import { buildShippedFiles } from '../../tools/train-entity-tagger.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('the entity tokenizer', () => {
  test('every token is the slice of the text at its offsets', () => {
    const text = 'Antony Blinken’s talks in the U.S. — see https://t.co/AbC1 (via @Reuters_World) #Gaza, 3.5 % at 1,000 a.m. al-Sadr O\'Neill 🙂 end.';
    const tokens = tokenize(text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i]!.start >= tokens[i - 1]!.end);
    assert.deepEqual(texts(text), ['Antony', 'Blinken', '’s', 'talks', 'in', 'the', 'U.S.', '—', 'see', 'https://t.co/AbC1', '(', 'via', '@Reuters_World', ')', '#Gaza', ',', '3.5', '%', 'at', '1,000', 'a.m.', 'al-Sadr', "O'Neill", '🙂', 'end', '.']);
  });

  test('kinds: links, #tags, @handles, numbers and words', () => {
    const kinds = tokenize('www.example.org/x. #Tag @who 42 Word').map((t) => `${t.text}:${t.kind}`);
    assert.deepEqual(kinds, ['www.example.org/x:url', '.:punct', '#Tag:hashtag', '@who:mention', '42:number', 'Word:word']);
  });

  test('a point after a capitalised word ends the sentence; inner points only join single letters', () => {
    assert.deepEqual(texts('Mr. Smith saw NSW. Then U.K.'), ['Mr', '.', 'Smith', 'saw', 'NSW', '.', 'Then', 'U.K.']);
    assert.deepEqual(texts("don't stop-start it's"), ["don't", 'stop-start', 'it', "'s"]);
  });

  test('the work grows linearly with the text (steps counted, no clocks)', () => {
    const pieces = ['a.', 'U.S.', "a'", 'a-', '#', '@', 'http://x ', '1,', '.', "'s ", 'Ab ', '\u{1F642}', ' '];
    for (const piece of pieces) {
      const steps = (n: number) => {
        const stats: TokenizeStats = { steps: 0 };
        tokenize(piece.repeat(n), stats);
        return stats.steps;
      };
      const small = steps(2000);
      const large = steps(4000);
      assert.ok(small > 0, piece);
      assert.ok(large <= 2.2 * small, `${JSON.stringify(piece)}: ${small} steps for 2,000 copies, ${large} for 4,000`);
      assert.ok(large <= 6 * 4000 * piece.length, `${JSON.stringify(piece)}: ${large} steps for ${4000 * piece.length} characters`);
    }
  });
});

describe('pieces, styles and folds', () => {
  test('articles are tagged sentence by sentence and paragraph by paragraph; posts only split at line breaks', () => {
    const text = 'Ms. Okafor spoke. Then the U.S. envoy left!\n\nNew paragraph here';
    const pieces = (atStops: boolean) => sentences(text, tokenize(text), atStops).map((p) => p.map((t) => t.text).join(' '));
    assert.deepEqual(pieces(true), ['Ms .', 'Okafor spoke .', 'Then the U.S. envoy left !', 'New paragraph here']);
    assert.deepEqual(pieces(false), ['Ms . Okafor spoke . Then the U.S. envoy left !', 'New paragraph here']);
    assert.equal(styleOf('Cousin of Reeva Steenkamp speaks http://t.co/x'), 'post');
    assert.equal(styleOf('One paragraph.\n\nAnother.'), 'article');
  });

  test('near-duplicate posts share a fold: links, handles, case and punctuation are ignored', () => {
    const a = 'Ebola nurse given blood from survivor http://t.co/AAA @bbc';
    const b = 'EBOLA nurse given blood, from survivor! http://t.co/BBB';
    assert.equal(groupKey(a), groupKey(b));
    assert.equal(foldOf(a, 5), foldOf(b, 5));
    assert.notEqual(groupKey(a), groupKey('Ebola nurse given blood from a survivor'));
  });
});

describe('labels and features', () => {
  test('gold spans become BIO labels and come back as the same spans', () => {
    const text = 'Antony Blinken met officials in New York and Paris.';
    const tokens = tokenize(text);
    const spans: Span[] = [
      { start: 0, end: 14, type: 'PERSON' },
      { start: 32, end: 40, type: 'PLACE' },
      { start: 45, end: 50, type: 'PLACE' },
    ];
    const labels = labelsOfSpans(tokens, spans);
    assert.deepEqual([...labels].map((l) => LABELS[l]), ['B-PERSON', 'I-PERSON', 'O', 'O', 'O', 'B-PLACE', 'I-PLACE', 'O', 'B-PLACE', 'O']);
    assert.deepEqual(spansOfLabels(tokens, labels), spans);
  });

  test('features name the word, its shape, affixes, capitals and neighbours', () => {
    const tokens = tokenize('said Antony Blinken, the #UN envoy');
    const f = new Set(featureNames(tokens, 2));
    for (const name of ['w=blinken', 'shape=Xx', 'p2=bl', 's3=ken', 'cap', 'cap+inner', 'w-1=antony', 'w+1=,', 'sh-1=Xx']) assert.ok(f.has(name), name);
    const tag = new Set(featureNames(tokens, 5));
    assert.ok(tag.has('w=un') && tag.has('kind=hashtag') && tag.has('allcaps'));
    assert.ok(new Set(featureNames(tokens, 0)).has('initial'));
  });

  test('the gazetteer marks the longest known name, but not a lower-case common word', () => {
    const gazetteer = gazetteerOf({
      names: countNames([
        { words: ['new', 'york'], type: 'PLACE' },
        { words: ['york'], type: 'PLACE' },
        { words: ['police'], type: 'ORG' },
      ]),
      commonWords: ['police'],
    });
    const tokens = tokenize('New York police and York Police');
    const marks = gazetteerMarks(tokens, gazetteer);
    assert.deepEqual(marks[0]!.filter((m) => m.startsWith('gaz=')), ['gaz=B-PLACE']);
    assert.deepEqual(marks[1]!.filter((m) => m.startsWith('gaz=')), ['gaz=I-PLACE']);
    assert.deepEqual(marks[2]!.filter((m) => m.startsWith('gaz=')), []);
    assert.deepEqual(marks[5]!.filter((m) => m.startsWith('gaz=')), ['gaz=B-ORG']);
    assert.ok(marks[5]!.includes('common-word') && !marks[2]!.includes('common-word') && !marks[4]!.includes('common-word'), 'a capitalised common word is marked');
  });
});

describe('the perceptron and its model file', () => {
  const toy = parseLabeledJsonl(
    [
      { id: '1', text: 'Anna Berg visited Oslo.', entities: [{ start: 0, end: 9, type: 'PERSON' }, { start: 18, end: 22, type: 'PLACE' }] },
      { id: '2', text: 'Carl Dahl left Bergen for Oslo.', entities: [{ start: 0, end: 9, type: 'PERSON' }, { start: 15, end: 21, type: 'PLACE' }, { start: 26, end: 30, type: 'PLACE' }] },
      { id: '3', text: 'Statoil hired Erik Lund in Bergen.', entities: [{ start: 0, end: 7, type: 'ORG' }, { start: 14, end: 23, type: 'PERSON' }, { start: 27, end: 33, type: 'PLACE' }] },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
    'toy',
  );

  test('training learns the toy data and is the same on every run', () => {
    const a = trainModel(toy, { epochs: 8, seed: 7 });
    const b = trainModel(toy, { epochs: 8, seed: 7 });
    assert.deepEqual(encodeWeights(a.weights), encodeWeights(b.weights));
    const tagger = new PerceptronTagger(a);
    for (const row of toy) assert.deepEqual(tagger.tag(row.text), row.spans, row.text);
  });

  test('the weights survive the file format', () => {
    const tokens = tokenize('Anna Berg visited Oslo.');
    const weights = train([{ features: featurize(tokens), labels: labelsOfSpans(tokens, toy[0]!.spans) }], { epochs: 3, seed: 1 });
    const back = decodeWeights(encodeWeights(weights));
    assert.deepEqual(Array.from(back.transition), Array.from(weights.transition));
    assert.deepEqual(Array.from(back.emission), Array.from(weights.emission));
    const broken = encodeWeights(weights);
    broken.writeUInt32LE(0, 0);
    assert.throws(() => decodeWeights(broken), /magic/);
  });

  test('the shipped files are reproduced bit for bit by tools/train-entity-tagger.ts', () => {
    const built = buildShippedFiles();
    assert.equal(Buffer.compare(readWeightBytes(dataDirectory), built.bin), 0, 'the weights in model.bin.gz');
    assert.equal(readFileSync(new URL('lexicon.json', dataDirectory), 'utf8'), built.lexicon, 'lexicon.json');
    assert.equal(readFileSync(new URL('model.json', dataDirectory), 'utf8'), built.json, 'model.json');
  });

  test('the articles file is built from its marked-up source', () => {
    assert.equal(readFileSync(articlesFile, 'utf8'), buildArticles());
  });

  test('the shipped tagger finds people, organizations and places in news prose', () => {
    const text = 'Secretary of State Antony Blinken arrived in Cairo on Monday for talks with the Arab League. Blinken said the United Nations would help.';
    const found = shippedTagger().tag(text).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
    for (const want of ['Antony Blinken/PERSON', 'Cairo/PLACE', 'Blinken/PERSON']) assert.ok(found.includes(want), `${want} in ${found.join(', ')}`);
  });
});

describe('agreement within one text', () => {
  test('the same words take their most frequent type, and a surname alone joins the person named in full', () => {
    const text = 'Jamie Holloway of Ghana won. Ghana cheered and Ghana celebrated. Holloway smiled; Jamie waved.';
    const tokens = tokenize(text);
    const at = (surface: string, from: number, type: Span['type']): Span => ({ start: text.indexOf(surface, from), end: text.indexOf(surface, from) + surface.length, type });
    const spans = [at('Jamie Holloway', 0, 'PERSON'), at('Ghana', 0, 'PLACE'), at('Ghana', 20, 'ORG'), at('Ghana', 40, 'PLACE')];
    const out = harmonise(text, tokens, spans).map((s) => `${text.slice(s.start, s.end)}@${s.start}/${s.type}`);
    assert.deepEqual(out, ['Jamie Holloway@0/PERSON', 'Ghana@18/PLACE', 'Ghana@29/PLACE', 'Ghana@47/PLACE', 'Holloway@65/PERSON']);
  });
});

describe('merging mentions into entities', () => {
  const spanOf = (text: string, surface: string, type: Span['type'], from = 0): Span => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, surface);
    return { start, end: start + surface.length, type };
  };

  test('a later surname joins the earlier full name (Antony Blinken = Blinken)', () => {
    const text = 'Antony Blinken met Wang Yi. Later Blinken flew home; Wang stayed.';
    const entities = mergeMentions(text, [spanOf(text, 'Antony Blinken', 'PERSON'), spanOf(text, 'Wang Yi', 'PERSON'), spanOf(text, 'Blinken', 'PERSON', 20), spanOf(text, 'Wang', 'PERSON', 30)]);
    assert.deepEqual(entities.map((e) => [e.name, e.aliases, e.mentions.length]), [
      ['Antony Blinken', ['Blinken'], 2],
      ['Wang Yi', ['Wang'], 2],
    ]);
  });

  test('a surname before the full name joins it too, but one shared by two people stays apart', () => {
    const text = 'Smith spoke first. Anna Smith and John Smith then voted. Okafor, later Denise Okafor, agreed.';
    const entities = mergeMentions(text, [
      spanOf(text, 'Smith', 'PERSON'),
      spanOf(text, 'Anna Smith', 'PERSON'),
      spanOf(text, 'John Smith', 'PERSON'),
      spanOf(text, 'Okafor', 'PERSON'),
      spanOf(text, 'Denise Okafor', 'PERSON'),
    ]);
    assert.deepEqual(entities.map((e) => e.name), ['Smith', 'Anna Smith', 'John Smith', 'Denise Okafor']);
    assert.deepEqual(entities.find((e) => e.name === 'Denise Okafor')!.aliases, ['Okafor']);
  });

  test('acronyms, dotted abbreviations and #tags join their full names; other types stay apart', () => {
    const text = 'The Environmental Protection Agency (EPA) and the United States. The U.S. and #Pistorius: Oscar Pistorius. Jordan in Jordan.';
    const entities = mergeMentions(text, [
      spanOf(text, 'Environmental Protection Agency', 'ORG'),
      spanOf(text, 'EPA', 'ORG'),
      spanOf(text, 'United States', 'PLACE'),
      spanOf(text, 'U.S.', 'PLACE'),
      spanOf(text, '#Pistorius', 'PERSON'),
      spanOf(text, 'Oscar Pistorius', 'PERSON'),
      spanOf(text, 'Jordan', 'PERSON'),
      spanOf(text, 'Jordan', 'PLACE', text.indexOf('Jordan') + 1),
    ]);
    assert.deepEqual(entities.map((e) => `${e.name}/${e.type}:${e.aliases.join('|')}`), [
      'Environmental Protection Agency/ORG:EPA',
      'United States/PLACE:U.S.',
      'Oscar Pistorius/PERSON:#Pistorius',
      'Jordan/PERSON:',
      'Jordan/PLACE:',
    ]);
    assert.deepEqual(wordsOf('#BorisJohnson'), ['Boris', 'Johnson']);
  });

  test('findEntities tags and merges with any tagger behind the interface', () => {
    const text = 'Denise Okafor chairs the committee. Okafor said the Environmental Protection Agency (EPA) agreed.';
    const fixed = { tag: () => [spanOf(text, 'Denise Okafor', 'PERSON'), spanOf(text, 'Okafor', 'PERSON', 20), spanOf(text, 'Environmental Protection Agency', 'ORG'), spanOf(text, 'EPA', 'ORG')] };
    assert.deepEqual(findEntities(text, fixed).map(entityJson), [
      { name: 'Denise Okafor', type: 'PERSON', aliases: ['Okafor'] },
      { name: 'Environmental Protection Agency', type: 'ORG', aliases: ['EPA'] },
    ]);
  });

  test('across articles, entities join by type and canonical name, and a name that is an alias joins its owner', () => {
    const merged = mergeAcrossArticles([
      [{ name: 'Antony Blinken', type: 'PERSON', aliases: ['Blinken'], mentions: [] }],
      [{ name: 'Blinken', type: 'PERSON', aliases: ['@SecBlinken'], mentions: [] }, { name: 'Cairo', type: 'PLACE', aliases: [], mentions: [] }],
      [{ name: 'antony blinken', type: 'PERSON', aliases: [], mentions: [] }, { name: 'Blinken', type: 'ORG', aliases: [], mentions: [] }],
    ]);
    assert.deepEqual(merged.map((e) => `${e.name}/${e.type}:${e.aliases.join('|')}`).sort(), ['Antony Blinken/PERSON:@SecBlinken|Blinken', 'Blinken/ORG:', 'Cairo/PLACE:']);
  });
});
