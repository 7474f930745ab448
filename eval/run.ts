/*
 * npm run eval:spam — how the spam defence fares on real, labeled comments.
 *
 * Headline: the public sets shipped in data/spam/ (YouTube Spam Collection, SMS Spam Collection;
 * CC BY 4.0), by nested, grouped k-fold cross-validation: for each outer fold, the thresholds are
 * chosen by an inner cross-validation on the other folds only (src/discussion/spam/fit.ts, the
 * same procedure that made the shipped model), a model is trained on those folds, and the
 * held-out fold is judged. Folds are grouped by the normalised text, so copies of one message
 * never sit on both sides. Nothing is tuned on the fold it is measured on.
 *
 * Each comment goes the way a posted one does (src/discussion/spam/classify.ts, as `newsdesk spam
 * classify` does): the form's validation, the Markdown rendering, the content facts (links,
 * lists, the model's score) and decideComment with the desk's default settings. What cannot
 * apply to a labeled row is set to "nothing objects" (valid token, no honeypot, no duplicate, no
 * flood) and the author HAS an approved comment, so the first-comment rule does not hold
 * everyone. Public rows have no email (the form requires one): a stand-in is used, which the
 * model does not read.
 *
 * Secondary: our own written splits (eval/spam-comments*.jsonl), written by us, judged by the
 * shipped model; and split F judged by a desk model that learned splits A–E as its verdicts.
 *
 *   npm run eval:spam               # the tables
 *   npm run eval:spam -- --misses   # also the public rows the cross-validation gets wrong
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModerationSettings } from '../src/discussion/moderation.js';
import { classifyComment } from '../src/discussion/spam/classify.js';
import type { ContentSettings } from '../src/discussion/spam/content.js';
import { foldOf, loadPublicRows, publicExample, publicSets, type PublicRow } from '../src/discussion/spam/corpus.js';
import { fit } from '../src/discussion/spam/fit.js';
import { loadShippedModel } from '../src/discussion/spam/model-file.js';
import type { SpamModel } from '../src/discussion/spam/model.js';
import { retrainWith } from '../src/discussion/spam/retrain.js';
import type { Thresholds } from '../src/discussion/spam/thresholds.js';
import { prepare } from '../src/discussion/spam/train.js';
import { defaultSettings } from '../src/store/settings.js';

export const OUTER_FOLDS = 5;

export interface LabeledComment {
  label: 'spam' | 'ham';
  text: string;
  author?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
  userAgent?: string | undefined;
}

export type Outcome = 'spam' | 'held' | 'approved' | 'invalid';

export interface Judged {
  outcome: Outcome;
  reason: string;
  score: number | null;
}

/** One labeled comment through the path a posted comment takes (classifyComment), with this model and these thresholds. */
export function judge(row: LabeledComment, model: SpamModel, thresholds: Thresholds, settings: ModerationSettings & ContentSettings = defaultSettings): Judged {
  const at = { ...settings, spamScoreHold: thresholds.hold, spamScoreSpam: thresholds.spam };
  const result = classifyComment(row, model, at);
  if (result.kind === 'invalid') return { outcome: 'invalid', reason: result.message, score: null };
  const outcome: Outcome = result.verdict === 'spam' ? 'spam' : result.verdict === 'hold' ? 'held' : 'approved';
  return { outcome, reason: result.reason, score: result.score };
}

export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** Wilson's 95 % score interval for k of n. */
export function wilson(k: number, n: number): Interval {
  if (n === 0) return { value: 0, low: 0, high: 1 };
  const z = 1.959964;
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface Figures {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: Interval;
  recall: Interval;
  fpr: Interval;
}

export function figures(judged: readonly { label: 'spam' | 'ham'; caught: boolean }[]): Figures {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const j of judged) {
    if (j.label === 'spam') {
      if (j.caught) tp++;
      else fn++;
    } else if (j.caught) fp++;
    else tn++;
  }
  return { n: judged.length, tp, fp, fn, tn, precision: wilson(tp, tp + fp), recall: wilson(tp, tp + fn), fpr: wilson(fp, fp + tn) };
}

export interface Decided {
  label: 'spam' | 'ham';
  judged: Judged;
}

/** "Held or spam" and "spam" alone, for one set of decisions. */
export function bothDecisions(decided: readonly Decided[]): { heldOrSpam: Figures; spam: Figures } {
  return {
    heldOrSpam: figures(decided.map((d) => ({ label: d.label, caught: d.judged.outcome === 'spam' || d.judged.outcome === 'held' }))),
    spam: figures(decided.map((d) => ({ label: d.label, caught: d.judged.outcome === 'spam' }))),
  };
}

export interface CrossValidation {
  bySet: Record<string, { heldOrSpam: Figures; spam: Figures; rows: (Decided & { row: PublicRow })[] }>;
  thresholds: Thresholds[];
  invalid: number;
}

/** Nested, grouped cross-validation on the shipped public data. */
export function crossValidate(rows: readonly PublicRow[] = loadPublicRows()): CrossValidation {
  const prepared = prepare(rows.map(publicExample));
  const fold = rows.map((row) => foldOf(row.text, OUTER_FOLDS));
  const decided: (Decided & { row: PublicRow })[] = [];
  const thresholds: Thresholds[] = [];
  for (let f = 0; f < OUTER_FOLDS; f++) {
    const inside = rows.flatMap((row, i) => (fold[i] !== f ? [i] : []));
    const fitted = fit(
      inside.map((i) => rows[i]!),
      [],
      inside.map((i) => prepared[i]!),
    );
    thresholds.push(fitted.thresholds);
    rows.forEach((row, i) => {
      if (fold[i] === f) decided.push({ row, label: row.label, judged: judge({ label: row.label, text: row.text, author: row.author }, fitted.model, fitted.thresholds) });
    });
  }
  const bySet: CrossValidation['bySet'] = {};
  for (const set of publicSets) {
    const own = decided.filter((d) => d.row.source === set && d.judged.outcome !== 'invalid');
    bySet[set] = { ...bothDecisions(own), rows: own };
  }
  return { bySet, thresholds, invalid: decided.filter((d) => d.judged.outcome === 'invalid').length };
}

const f3 = (x: number) => x.toFixed(3);
const interval = (i: Interval) => `${f3(i.value)} [${f3(i.low)}, ${f3(i.high)}]`;

function tableRow(name: string, decision: string, f: Figures): string {
  return `| ${name} | ${decision} | ${f.tp + f.fn} / ${f.fp + f.tn} | ${interval(f.precision)} | ${interval(f.recall)} | ${interval(f.fpr)} |`;
}

const tableHead = ['| set | decision | spam / genuine | precision [95% CI] | recall [95% CI] | false-positive rate [95% CI] |', '| --- | --- | ---: | --- | --- | --- |'];

interface WrittenRow extends LabeledComment {
  split: string;
}

function loadWrittenSplits(): WrittenRow[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return ['spam-comments.jsonl', 'spam-comments-d.jsonl', 'spam-comments-e.jsonl', 'spam-comments-f.jsonl'].flatMap((file) =>
    readFileSync(join(here, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as WrittenRow),
  );
}

function main(): void {
  const started = Date.now();
  const cv = crossValidate();
  console.log(`Public data (data/spam/), nested ${OUTER_FOLDS}-fold cross-validation grouped by normalised text; per outer fold the thresholds came from an inner cross-validation on the other folds:`);
  console.log(`  thresholds (hold / spam) per outer fold: ${cv.thresholds.map((t) => `${t.hold}/${t.spam}`).join(', ')}; rows the form refused: ${cv.invalid}\n`);
  console.log(tableHead.join('\n'));
  for (const [set, result] of Object.entries(cv.bySet)) {
    console.log(tableRow(set, 'held or spam', result.heldOrSpam));
    console.log(tableRow(set, 'spam', result.spam));
  }

  const shipped = loadShippedModel();
  const thresholds = { hold: defaultSettings.spamScoreHold, spam: defaultSettings.spamScoreSpam };
  console.log(`\nOur written splits (eval/spam-comments*.jsonl, written by us, not real comments): the shipped model, thresholds ${thresholds.hold}/${thresholds.spam} (model.json: ${shipped.info.thresholds.hold}/${shipped.info.thresholds.spam}):\n`);
  console.log(tableHead.join('\n'));
  const written = loadWrittenSplits();
  const splits = [...new Set(written.map((r) => r.split))].sort();
  for (const split of splits) {
    const decided = written.filter((r) => r.split === split).map((row) => ({ label: row.label, judged: judge(row, shipped.model, thresholds) }));
    const both = bothDecisions(decided);
    console.log(tableRow(`written ${split}`, 'held or spam', both.heldOrSpam));
    console.log(tableRow(`written ${split}`, 'spam', both.spam));
  }
  const history = written.filter((r) => r.split !== 'F').map((r, i) => ({ commentId: i + 1, label: r.label, text: r.text, url: r.url || null }));
  const desk = retrainWith(history, 1);
  const onF = bothDecisions(written.filter((r) => r.split === 'F').map((row) => ({ label: row.label, judged: judge(row, desk, thresholds) })));
  console.log(tableRow('written F, desk model that learned A–E as verdicts', 'held or spam', onF.heldOrSpam));
  console.log(tableRow('written F, desk model that learned A–E as verdicts', 'spam', onF.spam));

  if (process.argv.includes('--misses')) {
    for (const [set, result] of Object.entries(cv.bySet)) {
      const wrong = result.rows.filter((d) => (d.label === 'spam') !== (d.judged.outcome !== 'approved'));
      console.log(`\n${set}: ${wrong.length} wrong`);
      for (const d of wrong) console.log(`- ${d.label} → ${d.judged.outcome} (${d.judged.reason}) :: ${d.row.text.replace(/\s+/g, ' ').slice(0, 140)}`);
    }
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
