/*
 * How well the entity tagger finds people, organizations and places: precision, recall and F1
 * per type and overall, counting a span right only if its start, end and type all match.
 *
 *   1. News posts (Broad Twitter Corpus, public part): 5-fold cross-validation, folds grouped by
 *      normalised text so near-duplicate posts stay together. Each fold's model learns from the
 *      other folds plus the dev half of our articles, as the shipped model does.
 *   2. The test half of the articles written by the Newsdesk project, with the shipped model.
 *
 * Each figure has a 95 % bootstrap interval (texts resampled, 1,000 draws, fixed seed). A
 * capitalised-run rule is scored beside the tagger for comparison.
 *
 *   npm run eval:entities            # the table
 *   npm run eval:entities -- --json  # the figures as JSON
 */
import { fileURLToPath } from 'node:url';
import { foldOf, loadNewsPosts, type LabeledText } from '../src/analysis/entities/corpus.js';
import { bodyLower, countNames, gazetteerOf, type Gazetteer } from '../src/analysis/entities/gazetteer.js';
import { defaultTrainOptions, type TrainOptions } from '../src/analysis/entities/perceptron.js';
import { mulberry32 } from '../src/text/seeded-random.js';
import { PerceptronTagger, shippedTagger } from '../src/analysis/entities/tagger.js';
import { tokenize } from '../src/analysis/entities/tokenize.js';
import { trainModel } from '../src/analysis/entities/training.js';
import { ENTITY_TYPES, type EntityTagger, type EntityType, type Span } from '../src/analysis/entities/types.js';
import { shippedTrainingTexts } from '../tools/train-entity-tagger.js';
import { loadArticles } from './entities/articles.js';
import { UNTOUCHED_OUTER_FOLD } from './entities/tune-split.js';

export const CV_FOLDS = 5;
const BOOTSTRAP_DRAWS = 1000;
const BOOTSTRAP_SEED = 1206;
const KINDS = [...ENTITY_TYPES, 'ALL'] as const;
type Kind = (typeof KINDS)[number];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-text counts, kept so the bootstrap can resample texts. */
export type TextCounts = Record<Kind, Counts>;

export interface Interval {
  value: number;
  low: number;
  high: number;
}

export interface TypeFigures {
  gold: number;
  predicted: number;
  precision: Interval;
  recall: Interval;
  f1: Interval;
}

export type Figures = Record<Kind, TypeFigures>;

function emptyCounts(): TextCounts {
  return { PERSON: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, PLACE: { tp: 0, fp: 0, fn: 0 }, ALL: { tp: 0, fp: 0, fn: 0 } };
}

export function countText(gold: readonly Span[], predicted: readonly Span[]): TextCounts {
  const counts = emptyCounts();
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  for (const s of dedupe(predicted)) {
    const hit = goldKeys.has(key(s)) ? 'tp' : 'fp';
    counts[s.type][hit]++;
    counts.ALL[hit]++;
  }
  for (const s of gold) {
    if (predictedKeys.has(key(s))) continue;
    counts[s.type].fn++;
    counts.ALL.fn++;
  }
  return counts;
}

function dedupe(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}:${s.type}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function ratios(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function sum(perText: readonly TextCounts[], kind: Kind, pick: (i: number) => number = (i) => i): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (let k = 0; k < perText.length; k++) {
    const c = perText[pick(k)]![kind];
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
}

/** Precision, recall and F1 with 95 % intervals from resampling the texts. */
export function summarise(perText: readonly TextCounts[]): Figures {
  const random = mulberry32(BOOTSTRAP_SEED);
  const draws = Array.from({ length: BOOTSTRAP_DRAWS }, () => Int32Array.from(perText, () => Math.floor(random() * perText.length)));
  const out = {} as Figures;
  for (const kind of KINDS) {
    const total = sum(perText, kind);
    const point = ratios(total);
    const samples = draws.map((draw) => ratios(sum(perText, kind, (k) => draw[k]!)));
    const interval = (metric: 'precision' | 'recall' | 'f1'): Interval => {
      const sorted = samples.map((s) => s[metric]).sort((a, b) => a - b);
      return { value: point[metric], low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) };
    };
    out[kind] = { gold: total.tp + total.fn, predicted: total.tp + total.fp, precision: interval('precision'), recall: interval('recall'), f1: interval('f1') };
  }
  return out;
}

/**
 * The baseline: every run of capitalised words (and every #tag or @handle) is a name; its type is
 * the one it had most often in the training texts, else PERSON for two or three capitalised
 * words, ORG for an all-capitals word, and PLACE otherwise.
 */
export class CapitalisedRunTagger implements EntityTagger {
  private readonly gazetteer: Gazetteer;

  constructor(training: readonly LabeledText[]) {
    const entries = training.flatMap((t) => {
      const tokens = tokenize(t.text);
      return t.spans.map((s) => ({ type: s.type, words: tokens.filter((k) => k.start < s.end && k.end > s.start).map(bodyLower) }));
    });
    this.gazetteer = gazetteerOf({ names: countNames(entries), commonWords: [] });
  }

  tag(text: string): Span[] {
    const tokens = tokenize(text);
    const spans: Span[] = [];
    const capitalised = (i: number) => {
      const t = tokens[i];
      if (!t || (t.kind !== 'word' && t.kind !== 'hashtag' && t.kind !== 'mention')) return false;
      const first = t.kind === 'word' ? t.text[0]! : (t.text[1] ?? '');
      return t.kind !== 'word' || first !== first.toLowerCase();
    };
    let i = 0;
    while (i < tokens.length) {
      if (!capitalised(i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && tokens[i]!.kind === 'word' && tokens[j]!.kind === 'word' && capitalised(j)) j++;
      const run = tokens.slice(i, j);
      const words = run.map(bodyLower);
      const known = this.gazetteer.names.get(words.join(' '));
      const allCaps = run.length === 1 && run[0]!.text.length > 1 && run[0]!.text === run[0]!.text.toUpperCase();
      const type: EntityType = known ?? (run.length >= 2 && run.length <= 3 ? 'PERSON' : allCaps ? 'ORG' : 'PLACE');
      spans.push({ start: run[0]!.start, end: run[run.length - 1]!.end, type });
      i = j;
    }
    return spans;
  }
}

export interface CrossValidated {
  tagger: TextCounts[];
  baseline: TextCounts[];
}

export interface CrossValidatedByFold extends CrossValidated {
  /** The fold each scored text was held out in. */
  folds: number[];
}

/** Grouped k-fold cross-validation on the news posts; `extra` joins every fold's training data. */
export function crossValidateNewsPosts(options: TrainOptions = defaultTrainOptions, extra: readonly LabeledText[] = loadArticles('dev')): CrossValidatedByFold {
  const posts = loadNewsPosts();
  const fold = posts.map((p) => foldOf(p.text, CV_FOLDS));
  const tagger: TextCounts[] = [];
  const baseline: TextCounts[] = [];
  const folds: number[] = [];
  for (let k = 0; k < CV_FOLDS; k++) {
    const training = [...posts.filter((_, i) => fold[i] !== k), ...extra];
    const model = new PerceptronTagger(trainModel(training, options));
    const rule = new CapitalisedRunTagger(training);
    for (const [i, post] of posts.entries()) {
      if (fold[i] !== k) continue;
      tagger.push(countText(post.spans, model.tag(post.text)));
      baseline.push(countText(post.spans, rule.tag(post.text)));
      folds.push(k);
    }
  }
  return { tagger, baseline, folds };
}

/** The shipped model on the test half of our articles; the baseline learns types from the shipped model's training data. */
export function scoreArticlesTestHalf(training: readonly LabeledText[]): CrossValidated {
  const articles = loadArticles('test');
  const model = shippedTagger();
  const rule = new CapitalisedRunTagger(training);
  return {
    tagger: articles.map((a) => countText(a.spans, model.tag(a.text))),
    baseline: articles.map((a) => countText(a.spans, rule.tag(a.text))),
  };
}

function formatTable(title: string, figures: Figures): string {
  const pct = (i: Interval) => `${(i.value * 100).toFixed(1)} [${(i.low * 100).toFixed(1)}–${(i.high * 100).toFixed(1)}]`.padEnd(20);
  const lines = [title, `  ${'type'.padEnd(7)}${'gold'.padStart(6)}${'found'.padStart(7)}   ${'precision'.padEnd(20)}${'recall'.padEnd(20)}F1`];
  for (const kind of KINDS) {
    const f = figures[kind];
    lines.push(`  ${kind.padEnd(7)}${String(f.gold).padStart(6)}${String(f.predicted).padStart(7)}   ${pct(f.precision)}${pct(f.recall)}${pct(f.f1)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const posts = crossValidateNewsPosts();
  const articles = scoreArticlesTestHalf(shippedTrainingTexts());
  const report = {
    newsPosts: { tagger: summarise(posts.tagger), baseline: summarise(posts.baseline), texts: posts.tagger.length },
    // The fold eval/entities/tune.ts never reads: a figure no feature choice has seen.
    newsPostsUntouchedFold: summarise(posts.tagger.filter((_, i) => posts.folds[i] === UNTOUCHED_OUTER_FOLD)),
    articlesTest: { tagger: summarise(articles.tagger), baseline: summarise(articles.baseline), texts: articles.tagger.length },
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log('Exact span and type match; percentages with 95 % bootstrap intervals.\n');
    console.log(formatTable(`News posts (Broad Twitter Corpus, ${report.newsPosts.texts} posts), ${CV_FOLDS}-fold grouped cross-validation — tagger`, report.newsPosts.tagger));
    console.log(formatTable('  … capitalised-run baseline', report.newsPosts.baseline));
    console.log(formatTable(`  … fold ${UNTOUCHED_OUTER_FOLD} alone, whose posts no feature choice was measured on (eval/entities/tune.ts)`, report.newsPostsUntouchedFold));
    console.log();
    console.log(formatTable(`Articles written by the Newsdesk project, test half (${report.articlesTest.texts} articles), shipped model — tagger`, report.articlesTest.tagger));
    console.log(formatTable('  … capitalised-run baseline', report.articlesTest.baseline));
  }
}
