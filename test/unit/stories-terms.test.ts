import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprintBands, hammingDistance, simHash } from '../../src/stories/fingerprint.js';
import { defaultStoryOptions, storyOptions } from '../../src/stories/options.js';
import { foldAccents, nameTerms, plainWords, stem, termWeights, tokenise } from '../../src/stories/terms.js';

test('tokenise: lower case, accents folded, stop words and possessives dropped, numbers kept whole', () => {
  const terms = tokenise("Zürich's mayor said the 1,200 café workers' strike walked off at 3.5 percent.").map((t) => t.term);
  assert.deepEqual(terms, ['zurich', 'mayor', '1200', 'cafe', 'worker', 'strike', 'walk', '3.5']);
  assert.equal(foldAccents('Ångström São Paulo'), 'Angstrom Sao Paulo');
});

test('stem: plurals and -ing/-ed meet, short words stay', () => {
  assert.deepEqual(['checks', 'checked', 'checking', 'check'].map(stem), ['check', 'check', 'check', 'check']);
  assert.equal(stem('earthquakes'), 'earthquake');
  assert.equal(stem('injuries'), 'injury');
  assert.equal(stem('bus'), 'bus');
  assert.equal(stem('glass'), 'glass');
});

test('names: capitalised away from a sentence start, not on a title-case line', () => {
  const lines = ['Police said Tara Reid entered Promises in Malibu.', 'Lindsay Lohan Checks Into Betty Ford Rehab Center', 'Officers arrived later.'].map(tokenise);
  const names = nameTerms(lines);
  assert.deepEqual([...names].sort(), ['malibu', 'promise', 'reid', 'tara']);
});

test('tokenise runs in time linear in hostile input', () => {
  const hostile = `${"'".repeat(50_000)}${'1,'.repeat(50_000)}${'a'.repeat(50_000)}`;
  const started = performance.now();
  tokenise(hostile);
  assert.ok(performance.now() - started < 2000);
});

test('term weights: the title and lead count more, and names and numbers weigh more than plain words', () => {
  const weights = termWeights({ title: 'Strike at the port', text: 'Dockers walked out.\nDockers met Sarah Palin on 12 May.\nLater lines.\nDockers and Palin.' }, defaultStoryOptions);
  assert.ok(weights.get('strike')! > weights.get('later')!, 'a title word outweighs a body word');
  assert.ok(weights.get('palin')! > weights.get('docker')! / 2, 'a name is raised');
  const flat = termWeights({ title: 'x', text: 'Dockers met Sarah Palin on 12 May.' }, storyOptions({ nameWeight: 1, numberWeight: 1 }));
  const raised = termWeights({ title: 'x', text: 'Dockers met Sarah Palin on 12 May.' }, storyOptions({ nameWeight: 2, numberWeight: 3 }));
  assert.equal(raised.get('palin'), flat.get('palin')! * 2);
  assert.equal(raised.get('12'), flat.get('12')! * 3);
  assert.equal(raised.get('docker'), flat.get('docker'));
});

test('fingerprints: a near-copy is a few bits away and shares a quarter; a different text is far', () => {
  const text = [
    'The magnitude 6.1 earthquake struck off the coast of West Java on Tuesday afternoon, shaking buildings in Jakarta and killing at least twelve people, officials at the national disaster agency said.',
    'Rescuers searched collapsed homes in Cianjur and nearby villages through the night, using their hands where the roads were too damaged for heavy machinery to pass.',
    'The agency said more than two thousand houses were damaged and that several hundred families had moved into tents set up on the grounds of schools and mosques.',
    'A tsunami warning was not issued, the geophysics office said, because the quake was centred inland at a depth of about ten kilometres beneath the hills south of the city.',
    'Hospitals in the district reported dozens of injured patients, most with broken bones, and asked for blood donations as aftershocks continued into Wednesday morning.',
  ].join('\n');
  const copy = text.replace('Wednesday morning', 'Wednesday');
  const other = 'Lindsay Lohan checked into the Betty Ford Center on Friday, her lawyer said, beginning a court-ordered stay of ninety days after a judge ruled she had violated her probation by lying to police about a car crash in Santa Monica last summer.';
  const a = simHash(plainWords(text), 10)!;
  const b = simHash(plainWords(copy), 10)!;
  const c = simHash(plainWords(other), 10)!;
  assert.ok(hammingDistance(a, b) <= defaultStoryOptions.nearCopyBits, `copy distance ${hammingDistance(a, b)}`);
  assert.ok(hammingDistance(a, c) > 2 * defaultStoryOptions.nearCopyBits, `other distance ${hammingDistance(a, c)}`);
  const bands = new Set(fingerprintBands(a));
  assert.ok(fingerprintBands(b).some((band) => bands.has(band)));
  assert.equal(simHash(plainWords('too short to judge'), 10), null);
});

test('hamming distance counts differing bits in both halves', () => {
  assert.equal(hammingDistance({ high: 0xffffffff, low: 0 }, { high: 0, low: 1 }), 33);
  assert.equal(hammingDistance({ high: 0x80000001, low: 0xf0 }, { high: 0x80000001, low: 0xf0 }), 0);
  assert.equal(hammingDistance({ high: 0b1011, low: 0 }, { high: 0, low: 0x80000000 }), 4);
});
