/**
 * The spam model's costs (issue 11): comments classified per second on one core (the model
 * alone, and the whole content decision a posted comment meets), the shipped model's load
 * time and memory, and the time to retrain a desk's model from 100,000 verdicts (what the
 * spam-model-refresh job does, in the background).
 *
 *   node --import tsx bench/spam-model.ts          (standalone)
 *   spamModelBench() returns BenchRow[] for bench/run.ts
 */
import { renderCommentMarkdown } from '../src/discussion/markdown.js';
import { classifyComment } from '../src/discussion/spam/classify.js';
import { loadPublicRows } from '../src/discussion/spam/corpus.js';
import { loadShippedModel } from '../src/discussion/spam/model-file.js';
import { scoreComment } from '../src/discussion/spam/model.js';
import { retrainWith } from '../src/discussion/spam/retrain.js';
import type { Verdict } from '../src/discussion/spam/verdicts.js';
import type { BenchRow } from './ingest.js';

const VERDICTS = Number(process.env.BENCH_SPAM_VERDICTS ?? 100_000);
const SECONDS = 1.5;

/** Calls per second of `each` over the texts, for about SECONDS. */
function rate(texts: readonly string[], each: (text: string) => unknown): number {
  for (const text of texts.slice(0, 500)) each(text);
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    for (let i = 0; i < 200; i++) each(texts[(calls + i) % texts.length]!);
    calls += 200;
  }
  return calls / ((performance.now() - started) / 1000);
}

export async function spamModelBench(): Promise<BenchRow[]> {
  const memoryBefore = process.memoryUsage();
  const loadStarted = performance.now();
  const { model } = loadShippedModel();
  const loadMs = performance.now() - loadStarted;
  const memoryAfter = process.memoryUsage();
  const modelMb = (memoryAfter.heapUsed + memoryAfter.arrayBuffers - memoryBefore.heapUsed - memoryBefore.arrayBuffers) / 1e6;

  const texts = loadPublicRows().map((row) => row.text);
  const markdownRate = rate(texts, (text) => renderCommentMarkdown(text));
  const modelRate = rate(texts, (text) => scoreComment(model, { text }));
  const decisionRate = rate(texts, (text) => classifyComment({ text }, model));

  // A desk's history: real texts, each made a distinct comment, labeled as moderators might.
  const rows = loadPublicRows();
  const verdicts: Verdict[] = Array.from({ length: VERDICTS }, (_, i) => {
    const row = rows[i % rows.length]!;
    return { commentId: i + 1, label: row.label, text: `${row.text} (${i})`, url: null };
  });
  const retrainStarted = performance.now();
  retrainWith(verdicts, 1);
  const retrainSeconds = (performance.now() - retrainStarted) / 1000;

  console.log(`shipped model: loaded in ${loadMs.toFixed(0)} ms, ${modelMb.toFixed(1)} MB in memory`);
  console.log(`one core: ${modelRate.toFixed(0)} comments/s scored by the model, ${decisionRate.toFixed(0)} comments/s through the whole content decision (Markdown alone: ${markdownRate.toFixed(0)}/s)`);
  console.log(`retraining from ${VERDICTS} verdicts and the public data: ${retrainSeconds.toFixed(1)} s`);
  return [
    { name: 'spam: comments scored by the model per second, one core (baseline: Markdown renders/s)', value: modelRate, unit: '/s', baseline: markdownRate, target: 5000 },
    { name: 'spam: comments through the whole content decision per second, one core', value: decisionRate, unit: '/s', baseline: markdownRate, target: 5000 },
    { name: `spam: verdicts retrained per second (${VERDICTS} verdicts in ${retrainSeconds.toFixed(1)} s; ≥ 10,000/s is ≤ 10 s)`, value: VERDICTS / retrainSeconds, unit: '/s', baseline: markdownRate, target: 10_000 },
    { name: `spam: shipped model load (${loadMs.toFixed(0)} ms) and memory (${modelMb.toFixed(1)} MB)`, value: loadMs, unit: 'ms', baseline: loadMs },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) await spamModelBench();
