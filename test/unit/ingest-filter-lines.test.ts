import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterRulesFromLines, filterRulesToLines } from '../../src/ingest/filter-lines.js';

test('form lines become rules: words, one field, a regular expression', () => {
  const parsed = filterRulesFromLines({ keep: 'city council\r\n\n  author: Jane Doe  ', block: 'title: sponsored\n/^ad:/\nurl: /\\/promo\\//' });
  assert.deepEqual(parsed, {
    kind: 'rules',
    rules: [
      { action: 'keep', field: 'any', pattern: 'city council', regex: false },
      { action: 'keep', field: 'author', pattern: 'Jane Doe', regex: false },
      { action: 'block', field: 'title', pattern: 'sponsored', regex: false },
      { action: 'block', field: 'any', pattern: '^ad:', regex: true },
      { action: 'block', field: 'url', pattern: '\\/promo\\/', regex: true },
    ],
  });
});

test('a colon that names no field is part of the words', () => {
  const parsed = filterRulesFromLines({ keep: '', block: 'Breaking: storm' });
  assert.deepEqual(parsed, { kind: 'rules', rules: [{ action: 'block', field: 'any', pattern: 'Breaking: storm', regex: false }] });
});

test('a broken expression is refused with its box and line', () => {
  const parsed = filterRulesFromLines({ keep: 'fine\n/(open/', block: '' });
  assert.equal(parsed.kind, 'invalid');
  assert.equal(parsed.kind === 'invalid' && parsed.box, 'keep');
  assert.match(parsed.kind === 'invalid' ? parsed.message : '', /^line 2: /);
});

test('rules read back as the lines that make them', () => {
  const lines = { keep: 'content: opera\ntheatre', block: '/^ad:/' };
  const parsed = filterRulesFromLines(lines);
  assert.equal(parsed.kind, 'rules');
  assert.deepEqual(filterRulesToLines(parsed.kind === 'rules' ? parsed.rules : []), lines);
});
