import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes, MAX_INPUT_CHARS } from '../../src/analysis/quotes/index.js';

/*
 * Extraction must cost work linear in the length of the article, whatever the text. Not a
 * stopwatch: extractQuotes counts its loop steps in an injected counter, and each hostile text is
 * run at n and 2n characters. Linear work doubles (a ratio near 2); quadratic work quadruples.
 */

const hostile: Record<string, (size: number) => string> = {
  'many attributed quotes': (size) => repeatTo('"We will open the gates at dawn," Ortega said. ', size),
  'quotes split by cues': (size) => repeatTo('"One," she said, ', size),
  'opening marks only': (size) => repeatTo('"a ', size),
  'closing marks only': (size) => repeatTo('a" ', size),
  'paragraphs that each open a quote and never close it': (size) => repeatTo('“We went on and on\n', size),
  'one long run of capitalised words': (size) => repeatTo('Lena Hart Mira Kolb ', size),
  'many people sharing a surname and role': (size) => repeatTo('Minister Ana Holm met Minister Eva Holm. "Yes," Holm said. "No," the minister said. ', size),
  'pronouns after many people': (size) => repeatTo('Ms. Ana Holm and Ms. Eva Berg. "Yes," she said.\n', size),
  'no spaces or punctuation': (size) => 'x'.repeat(size),
  'commas and appositives': (size) => repeatTo('"Yes," said Ana Holm, the chair, the head, the boss, ', size),
};

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function steps(text: string): number {
  const work = { steps: 0 };
  extractQuotes(text, { work });
  return work.steps;
}

for (const [name, make] of Object.entries(hostile)) {
  test(`linear work: ${name}`, () => {
    const small = steps(make(20_000));
    const large = steps(make(40_000));
    assert.ok(small > 0, 'the counter counts');
    const ratio = large / small;
    assert.ok(ratio < 2.3, `${name}: 40,000 characters cost ${ratio.toFixed(2)} times 20,000`);
    // And a bound on the work per character, so a constant factor cannot hide a growing one.
    assert.ok(large / 40_000 < 20, `${name}: ${(large / 40_000).toFixed(1)} steps per character`);
  });
}

test('work stops growing at the input cap', () => {
  const at = steps(repeatTo('"Yes," she said. ', MAX_INPUT_CHARS));
  const beyond = steps(repeatTo('"Yes," she said. ', 2 * MAX_INPUT_CHARS));
  assert.equal(beyond, at);
});
