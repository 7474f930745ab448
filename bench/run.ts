/**
 * npm run bench: every figure with its ratio to a baseline measured in the same run, so
 * results compare across machines; targets from the issues are checked, not timed in tests.
 */
import { ingestBench, type BenchRow } from './ingest.js';
import { feedsBench } from './feeds.js';
import { spamModelBench } from './spam-model.js';
import { webBench } from './web.js';
import { workersBench } from './workers.js';

const only = process.argv[2];
const rows: BenchRow[] = [];
if (!only || only === 'web') rows.push(...(await webBench()));
if (!only || only === 'ingest') rows.push(...(await ingestBench()));
if (!only || only === 'workers') rows.push(...(await workersBench()));
if (!only || only === 'feeds') rows.push(...(await feedsBench()));
if (!only || only === 'spam') rows.push(...(await spamModelBench()));

console.log('\n| case | figure | baseline | ratio | target |');
console.log('| --- | ---: | ---: | ---: | --- |');
let missed = 0;
for (const r of rows) {
  const meets = r.target === undefined ? '' : r.value >= r.target ? `≥ ${r.target} ✓` : `≥ ${r.target} ✗ MISSED`;
  if (r.target !== undefined && r.value < r.target) missed++;
  console.log(`| ${r.name} | ${r.value.toFixed(0)} ${r.unit} | ${r.baseline.toFixed(0)} | ${(r.value / r.baseline).toFixed(3)} | ${meets} |`);
}
process.exitCode = missed > 0 ? 1 : 0;
