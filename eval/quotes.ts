/*
 * npm run eval:quotes — how quotation and speaker extraction (src/analysis/quotes/) fares on the
 * set in eval/quotes/articles.jsonl: 65 invented news articles WRITTEN BY US (Newsdesk), not
 * public data. The set was split before the extractor ever ran on it: the development half (even
 * articles) may be inspected and tuned on; the test half (odd articles) is only measured, and its
 * figures are the headline ones.
 *
 * A found quote matches a gold one when their character ranges overlap (one to one, largest
 * overlap first in gold order). Speaker precision: of the found quotes given a speaker, the share
 * that match a gold quote with that speaker. Recall: of the gold quotes, the share matched by a
 * found quote with the right speaker (null for null included). Intervals: Wilson 95 %.
 *
 *   npm run eval:quotes               # the tables
 *   npm run eval:quotes -- --misses   # also every error, development half first
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes, type Quote } from '../src/analysis/quotes/index.js';
import { wilson, type Interval } from './run.js';

export interface GoldQuote {
  text: string;
  pieces: string[];
  speaker: string | null;
  patterns: string[];
}

export interface Article {
  id: string;
  half: 'dev' | 'test';
  marks: string;
  text: string;
  quotes: GoldQuote[];
  notQuotes: string[];
}

export function loadArticles(): Article[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const lines = readFileSync(join(here, 'quotes', 'articles.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  return lines.map((line) => JSON.parse(line) as Article);
}

interface Range {
  start: number;
  end: number;
}

/** Where each gold quote sits in its article: from its first piece to its last, searched in order. */
export function goldRanges(article: Article): Range[] {
  let cursor = 0;
  return article.quotes.map((quote) => {
    let start = -1;
    let end = -1;
    for (const piece of quote.pieces) {
      const at = article.text.indexOf(piece, cursor);
      if (at < 0) throw new Error(`${article.id}: gold piece not in the text: ${piece}`);
      if (start < 0) start = at;
      end = at + piece.length;
      cursor = end;
    }
    return { start, end };
  });
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export type MissKind = 'not found' | 'wrong speaker' | 'no speaker';

export interface Miss {
  article: string;
  gold: GoldQuote;
  found: Quote | null;
  kind: MissKind;
}

export interface WrongAttribution {
  article: string;
  found: Quote;
  gold: GoldQuote | null;
}

export interface HalfResult {
  articles: number;
  gold: number;
  found: number;
  attributed: number;
  attributedRight: number;
  recalled: number;
  /** Gold quotes matched by any found quote, whatever its speaker. */
  located: number;
  /** Found quotes that match no gold quote. */
  falseQuotes: number;
  /** Titles, scare quotes and slogans the extractor took for quotations. */
  notQuotesFound: number;
  notQuotes: number;
  precision: Interval;
  recall: Interval;
  patternTotals: Map<string, number>;
  patternMisses: Map<string, number>;
  misses: Miss[];
  wrong: WrongAttribution[];
}

export function evaluateHalf(articles: readonly Article[]): HalfResult {
  const result: HalfResult = {
    articles: articles.length, gold: 0, found: 0, attributed: 0, attributedRight: 0, recalled: 0, located: 0,
    falseQuotes: 0, notQuotesFound: 0, notQuotes: 0, precision: wilson(0, 0), recall: wilson(0, 0),
    patternTotals: new Map(), patternMisses: new Map(), misses: [], wrong: [],
  };
  for (const article of articles) {
    const found = extractQuotes(article.text);
    const golds = goldRanges(article);
    const matchOf = new Map<number, number>();
    const goldOf = new Map<number, number>();
    golds.forEach((range, g) => {
      let best = -1;
      let bestOverlap = 0;
      found.forEach((quote, f) => {
        const o = overlap(range, quote);
        if (o > bestOverlap && !goldOf.has(f)) {
          best = f;
          bestOverlap = o;
        }
      });
      if (best >= 0) {
        matchOf.set(g, best);
        goldOf.set(best, g);
      }
    });
    result.gold += golds.length;
    result.found += found.length;
    article.quotes.forEach((gold, g) => {
      // The article's quotation marks count as one more pattern, so straight, curly and «» are compared too.
      const patterns = [...gold.patterns, `marks:${article.marks}`];
      for (const pattern of patterns) result.patternTotals.set(pattern, (result.patternTotals.get(pattern) ?? 0) + 1);
      const f = matchOf.get(g);
      const quote = f === undefined ? null : found[f]!;
      if (quote !== null) result.located++;
      if (quote !== null && quote.speaker === gold.speaker) {
        result.recalled++;
        return;
      }
      for (const pattern of patterns) result.patternMisses.set(pattern, (result.patternMisses.get(pattern) ?? 0) + 1);
      const kind: MissKind = quote === null ? 'not found' : quote.speaker === null ? 'no speaker' : 'wrong speaker';
      result.misses.push({ article: article.id, gold, found: quote, kind });
    });
    found.forEach((quote, f) => {
      const g = goldOf.get(f);
      if (g === undefined) result.falseQuotes++;
      if (quote.speaker === null) return;
      result.attributed++;
      const gold = g === undefined ? null : article.quotes[g]!;
      if (gold !== null && gold.speaker === quote.speaker) result.attributedRight++;
      else result.wrong.push({ article: article.id, found: quote, gold });
    });
    let cursor = 0;
    for (const phrase of article.notQuotes) {
      const at = article.text.indexOf(phrase, cursor);
      cursor = at + phrase.length;
      result.notQuotes++;
      if (found.some((quote) => overlap(quote, { start: at, end: at + phrase.length }) > 0)) result.notQuotesFound++;
    }
  }
  result.precision = wilson(result.attributedRight, result.attributed);
  result.recall = wilson(result.recalled, result.gold);
  return result;
}

/**
 * The article with its double quotation marks in the other style: curly and «» become straight,
 * straight become curly (opening after a space, a line break or an opening bracket). Offsets do not
 * move. The halves happen to differ in style (even articles mostly curly, odd mostly straight),
 * so this shows whether the style, rather than the half, moves the figures.
 */
export function swapMarks(article: Article): Article {
  let text = '';
  for (let i = 0; i < article.text.length; i++) {
    const ch = article.text[i]!;
    const before = i === 0 ? ' ' : article.text[i - 1]!;
    if (ch === '“' || ch === '”' || ch === '«' || ch === '»') text += '"';
    else if (ch === '"') text += before === ' ' || before === '\n' || before === '(' ? '“' : '”';
    else text += ch;
  }
  return { ...article, text, marks: article.marks === 'straight' ? 'curly' : 'straight' };
}

export function evaluate(): { dev: HalfResult; test: HalfResult } {
  const articles = loadArticles();
  return {
    dev: evaluateHalf(articles.filter((a) => a.half === 'dev')),
    test: evaluateHalf(articles.filter((a) => a.half === 'test')),
  };
}

const show = (x: Interval) => `${x.value.toFixed(3)} [${x.low.toFixed(3)}, ${x.high.toFixed(3)}]`;

function report(name: string, r: HalfResult): void {
  console.log(`\n${name}: ${r.articles} articles, ${r.gold} gold quotes, ${r.found} found (${r.located} of the gold located, ${r.falseQuotes} found quotes match no gold; ${r.notQuotesFound} of ${r.notQuotes} titles/scare quotes taken for quotes)`);
  console.log(`  speaker precision on attributed quotes: ${r.attributedRight}/${r.attributed} = ${show(r.precision)}   (target ≥ 0.95)`);
  console.log(`  recall (overlapping quote with the right speaker): ${r.recalled}/${r.gold} = ${show(r.recall)}   (target ≥ 0.80)`);
  const patterns = [...r.patternTotals.keys()].sort();
  console.log(`  misses by pattern: ${patterns.map((p) => `${p} ${r.patternMisses.get(p) ?? 0}/${r.patternTotals.get(p)}`).join(', ')}`);
}

function listErrors(name: string, r: HalfResult): void {
  console.log(`\n${name}: ${r.misses.length} gold quotes missed, ${r.wrong.length} wrong attributions`);
  for (const m of r.misses) {
    const got = m.found === null ? '' : ` → found with speaker ${JSON.stringify(m.found.speaker)}`;
    console.log(`- ${m.article} [${m.kind}; ${m.gold.patterns.join(' ')}] gold ${JSON.stringify(m.gold.speaker)}${got} :: ${m.gold.text.slice(0, 100)}`);
  }
  for (const w of r.wrong) {
    const gold = w.gold === null ? 'no gold quote' : `gold ${JSON.stringify(w.gold.speaker)}`;
    console.log(`- ${w.article} [attributed ${JSON.stringify(w.found.speaker)}; ${gold}] :: ${w.found.text.slice(0, 100)}`);
  }
}

function main(): void {
  const { dev, test } = evaluate();
  console.log('Who said what — eval/quotes/articles.jsonl, a set WRITTEN BY US (invented articles), not public data.');
  report('Development half (inspected and tuned on)', dev);
  report('Test half (held out: only measured; the headline figures)', test);
  const articles = loadArticles();
  for (const half of ['dev', 'test'] as const) {
    const swapped = evaluateHalf(articles.filter((a) => a.half === half).map(swapMarks));
    console.log(`\n${half} half with straight and curly marks swapped: precision ${swapped.attributedRight}/${swapped.attributed} = ${show(swapped.precision)}, recall ${swapped.recalled}/${swapped.gold} = ${show(swapped.recall)}`);
  }
  if (process.argv.includes('--misses')) {
    listErrors('Development half', dev);
    listErrors('Test half', test);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
