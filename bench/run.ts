/**
 * npm run bench: every figure with its ratio to a baseline measured in the same run, so
 * results compare across machines; targets from the issues are checked, not timed in tests.
 */
import { ingestBench, type BenchRow } from './ingest.js';
import { feedsBench } from './feeds.js';
import { footprintBench } from './footprint.js';
import { commentPostsBench } from './comment-posts.js';
import { pagesBench } from './pages.js';
import { searchBench } from './search.js';
import { spamModelBench } from './spam-model.js';
import { storiesBench } from './stories.js';
import { webBench } from './web.js';
import { workersBench } from './workers.js';

const only = process.argv[2];
const rows: BenchRow[] = [];
if (!only || only === 'web') rows.push(...(await webBench()));
if (!only || only === 'pages') rows.push(...(await pagesBench()));
if (!only || only === 'posts') rows.push(...(await commentPostsBench()));
if (!only || only === 'footprint') rows.push(...(await footprintBench()));
if (!only || only === 'ingest') rows.push(...(await ingestBench()));
if (!only || only === 'workers') rows.push(...(await workersBench()));
if (!only || only === 'feeds') rows.push(...(await feedsBench()));
if (!only || only === 'spam') rows.push(...(await spamModelBench()));
if (!only || only === 'search') rows.push(...(await searchBench()));
if (!only || only === 'stories') {
  const stories = await storiesBench();
  rows.push({ name: `assign one article among ${stories.stored.toLocaleString('en')} stored (median; baseline: into an empty index)`, value: stories.medianMs, unit: 'ms', baseline: stories.emptyIndexMedianMs, targetAtMost: 5 });
}

console.log('\n| case | figure | baseline | ratio | target |');
console.log('| --- | ---: | ---: | ---: | --- |');
let missed = 0;
for (const r of rows) {
  let meets = r.target === undefined ? '' : r.value >= r.target ? `≥ ${r.target} ✓` : `≥ ${r.target} ✗ MISSED`;
  if (r.target !== undefined && r.value < r.target) missed++;
  if (r.targetAtMost !== undefined) meets = r.value <= r.targetAtMost ? `≤ ${r.targetAtMost} ✓` : `≤ ${r.targetAtMost} ✗ MISSED`;
  if (r.targetAtMost !== undefined && r.value > r.targetAtMost) missed++;
  if (r.targetRatio !== undefined) {
    const ratio = r.value / r.baseline;
    meets = ratio >= r.targetRatio ? `ratio ≥ ${r.targetRatio} ✓` : `ratio ≥ ${r.targetRatio} ✗ MISSED`;
    if (ratio < r.targetRatio) missed++;
  }
  // Latencies in milliseconds need their tenths.
  const digits = r.unit === 'ms' || r.unit === 's' ? 1 : 0;
  console.log(`| ${r.name} | ${r.value.toFixed(digits)} ${r.unit} | ${r.baseline.toFixed(digits)} | ${(r.value / r.baseline).toFixed(3)} | ${meets} |`);
}
process.exitCode = missed > 0 ? 1 : 0;
