import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { crossValidate, type CrossValidation } from '../../eval/run.js';

/*
 * Issue 11's targets, on the shipped public data by nested, grouped cross-validation through the
 * content decision a posted comment meets (eval/run.ts; thresholds chosen on the other folds
 * only). A target not met yet is a todo with its figure, so it shows in every run without
 * failing the suite; when it is met, the todo passes and should become a plain test.
 */

let cv: CrossValidation;
before(() => {
  cv = crossValidate();
});

const set = (name: string) => cv.bySet[name]!;
const show = (x: { value: number; low: number; high: number }) => `${x.value.toFixed(3)} [${x.low.toFixed(3)}, ${x.high.toFixed(3)}]`;

test('YouTube comments, held or spam: false-positive rate ≤ 0.02', () => {
  const f = set('youtube-spam-collection').heldOrSpam;
  assert.ok(f.fpr.value <= 0.02, `FPR ${show(f.fpr)}`);
});

test('YouTube comments, held or spam: recall ≥ 0.92', { todo: 'not met: recall is about 0.89 at the chosen thresholds (README, Spam defence)' }, () => {
  const f = set('youtube-spam-collection').heldOrSpam;
  assert.ok(f.recall.value >= 0.92, `recall ${show(f.recall)}`);
});

test('SMS, held or spam: recall ≥ 0.93 at a false-positive rate ≤ 0.005', () => {
  const f = set('sms-spam-collection').heldOrSpam;
  assert.ok(f.fpr.value <= 0.005, `FPR ${show(f.fpr)}`);
  assert.ok(f.recall.value >= 0.93, `recall ${show(f.recall)}`);
});

test('"spam" alone: false-positive rate ≤ 0.002 on both sets', () => {
  for (const name of ['youtube-spam-collection', 'sms-spam-collection']) {
    const f = set(name).spam;
    assert.ok(f.fpr.value <= 0.002, `${name}: FPR ${show(f.fpr)}`);
    assert.ok(f.recall.value > 0, `${name}: the spam decision catches something`);
  }
});

test('every public row passes the form, so every row is measured', () => {
  assert.equal(cv.invalid, 0);
  assert.equal(set('youtube-spam-collection').rows.length, 1255);
  assert.equal(set('sms-spam-collection').rows.length, 3920);
});
