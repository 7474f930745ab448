import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedTurns } from '../../src/store/shared-turns.js';

test('callers arriving during a run share the next run, never the one under way', async () => {
  let started = 0;
  const releases: (() => void)[] = [];
  const turn = sharedTurns(() => {
    const run = ++started;
    return new Promise<number>((resolve) => releases.push(() => resolve(run)));
  });
  const first = turn();
  const second = turn();
  const third = turn();
  assert.equal(started, 1, 'one run under way');
  releases[0]!();
  assert.equal(await first, 1);
  const [b, c] = [second, third];
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(started, 2, 'the callers that arrived meanwhile got one new run');
  releases[1]!();
  assert.deepEqual([await b, await c], [2, 2]);
  const fourth = turn();
  assert.equal(started, 3, 'with nothing under way a caller starts a run at once');
  releases[2]!();
  assert.equal(await fourth, 3);
});

test('a failed run is reported to its callers, and the next caller runs again', async () => {
  let calls = 0;
  const turn = sharedTurns(async () => {
    calls++;
    if (calls === 1) throw new Error('down');
    return calls;
  });
  await assert.rejects(turn(), /down/);
  assert.equal(await turn(), 2);
});
