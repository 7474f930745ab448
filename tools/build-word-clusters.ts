/*
 * Builds data/entities/word-clusters.tsv: word classes learned from unlabeled news text, for the
 * entity tagger's features (src/analysis/entities/word-clusters.ts).
 *
 * Text: the ECB+ articles in data/stories/ecbplus-public.jsonl (real news, CC BY 3.0, see
 * data/entities/NOTICE) and the demo articles and comments of src/demo/content.ts (written by the
 * Newsdesk project). Never the entity tagger's labeled or evaluation texts.
 *
 * Classes by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998), a cheap
 * relative of Brown clustering: every word in turn moves to the class that most raises the
 * likelihood of a class bigram model, sum N(c,d) log N(c,d) - 2 sum N(c) log N(c), until no word
 * moves or after PASSES passes. It runs once for each size in CLASS_COUNTS, coarse to fine. Words
 * are lower-cased; numbers are one word, and words seen once are replaced by their shape.
 * Deterministic, with no random choices: words start in class (frequency rank mod size) and are
 * visited in frequency order (ties by spelling).
 *
 *   node --import tsx tools/build-word-clusters.ts           # writes the file
 *   node --import tsx tools/build-word-clusters.ts --check   # exits 1 if the file differs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoArticles, type DemoComment } from '../src/demo/content.js';
import { shapeOf } from '../src/analysis/entities/features.js';
import { sentences, tokenize, type Token } from '../src/analysis/entities/tokenize.js';
import { wordClustersFile } from '../src/analysis/entities/word-clusters.js';

/** Class counts, coarse to fine: each word gets one class from each. */
const CLASS_COUNTS = [64, 400];
const PASSES = 15;
/** Only words seen this often are written out. */
const MIN_COUNT = 3;

const ecbFile = new URL('../data/stories/ecbplus-public.jsonl', import.meta.url);

/** The HTML's text: tags dropped, the few entities the demo uses decoded; one pass over the characters. */
function textOfHtml(html: string): string {
  let out = '';
  let inTag = false;
  for (const ch of html) {
    if (ch === '<') inTag = true;
    else if (ch === '>') {
      if (inTag) out += ' ';
      inTag = false;
    } else if (!inTag) out += ch;
  }
  return out.replaceAll('&amp;', '&').replaceAll('&nbsp;', ' ').replaceAll('&quot;', '"');
}

function commentTexts(comments: readonly DemoComment[] | undefined): string[] {
  return (comments ?? []).flatMap((c) => [c.body, ...commentTexts(c.replies)]);
}

/** The unlabeled texts, one string each. */
export function unlabeledTexts(): string[] {
  const ecb = readFileSync(ecbFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const demo = demoArticles.flatMap((a) => [a.title, ...textOfHtml(a.bodyHtml).split('\n'), ...commentTexts(a.comments)]);
  return [...ecb, ...demo];
}

function keyOf(token: Token): string {
  if (token.kind === 'word') return token.text.toLowerCase();
  if (token.kind === 'hashtag' || token.kind === 'mention') return token.text.slice(1).toLowerCase();
  if (token.kind === 'number') return '<num>';
  if (token.kind === 'url') return '<url>';
  return token.text;
}

const BOUNDARY = '<b>';
const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

/** Each word's class among `classes`, by the exchange algorithm over the sentences' word bigrams (ids into the vocabulary). */
function exchangeClasses(sentenceIds: readonly Int32Array[], vocabularySize: number, classes: number): Int32Array {
  const V = vocabularySize;
  const K = classes;
  const unigram = new Float64Array(V);
  const right = Array.from({ length: V }, () => new Map<number, number>());
  const left = Array.from({ length: V }, () => new Map<number, number>());
  for (const ids of sentenceIds) {
    for (let i = 0; i + 1 < ids.length; i++) {
      const a = ids[i]!;
      const b = ids[i + 1]!;
      unigram[b]!++;
      right[a]!.set(b, (right[a]!.get(b) ?? 0) + 1);
      left[b]!.set(a, (left[b]!.get(a) ?? 0) + 1);
    }
  }
  const of = Int32Array.from({ length: V }, (_, w) => w % K);
  const count = new Float64Array(K);
  const bigram = new Float64Array(K * K);
  for (let w = 0; w < V; w++) {
    count[of[w]!]! += unigram[w]!;
    for (const [v, n] of right[w]!) bigram[of[w]! * K + of[v]!]! += n;
  }
  const R = new Float64Array(K);
  const L = new Float64Array(K);
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = 0;
    // Word 0 is the sentence boundary: it keeps its class.
    for (let w = 1; w < V; w++) {
      const from = of[w]!;
      let self = 0;
      const rs: number[] = [];
      const ls: number[] = [];
      for (const [v, n] of right[w]!) {
        if (v === w) self += n;
        else {
          if (R[of[v]!] === 0) rs.push(of[v]!);
          R[of[v]!]! += n;
        }
      }
      for (const [v, n] of left[w]!) {
        if (v === w) continue;
        if (L[of[v]!] === 0) ls.push(of[v]!);
        L[of[v]!]! += n;
      }
      const place = (k: number, sign: 1 | -1) => {
        for (const c of rs) bigram[k * K + c]! += sign * R[c]!;
        for (const c of ls) bigram[c * K + k]! += sign * L[c]!;
        bigram[k * K + k]! += sign * self;
        count[k]! += sign * unigram[w]!;
      };
      place(from, -1);
      let best = from;
      let bestGain = -Infinity;
      for (let k = 0; k < K; k++) {
        let gain = 0;
        for (const c of rs) if (c !== k) gain += xlogx(bigram[k * K + c]! + R[c]!) - xlogx(bigram[k * K + c]!);
        for (const c of ls) if (c !== k) gain += xlogx(bigram[c * K + k]! + L[c]!) - xlogx(bigram[c * K + k]!);
        gain += xlogx(bigram[k * K + k]! + R[k]! + L[k]! + self) - xlogx(bigram[k * K + k]!);
        gain -= 2 * (xlogx(count[k]! + unigram[w]!) - xlogx(count[k]!));
        if (gain > bestGain + 1e-9) [bestGain, best] = [gain, k];
      }
      place(best, 1);
      if (best !== from) moved++;
      of[w] = best;
      for (const c of rs) R[c] = 0;
      for (const c of ls) L[c] = 0;
    }
    if (moved === 0) break;
  }
  return of;
}

/** The file's text: one line per word seen MIN_COUNT times, `word<TAB>class/class/…` (one class per size in CLASS_COUNTS). */
export function buildWordClusters(texts: readonly string[]): string {
  const keyed = texts.flatMap((text) => sentences(text, tokenize(text), true).map((sentence) => sentence.map((t) => ({ key: keyOf(t), word: t.kind === 'word' }))));
  const frequency = new Map<string, number>();
  for (const sentence of keyed) for (const { key } of sentence) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const rareKey = (key: string) => `<rare:${shapeOf(key)}>`;
  const byFrequency = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = [BOUNDARY, ...byFrequency.filter(([, n]) => n >= 2).map(([w]) => w)];
  vocabulary.push(...new Set(byFrequency.filter(([, n]) => n < 2).map(([w]) => rareKey(w))));
  const id = new Map(vocabulary.map((w, i) => [w, i]));
  const sentenceIds = keyed.map((sentence) => Int32Array.from([0, ...sentence.map(({ key }) => id.get(key) ?? id.get(rareKey(key))!), 0]));
  const runs = CLASS_COUNTS.map((k) => exchangeClasses(sentenceIds, vocabulary.length, k));
  const words = new Set<string>();
  for (const sentence of keyed) for (const { key, word } of sentence) if (word && frequency.get(key)! >= MIN_COUNT) words.add(key);
  const lines = [...words].sort().map((w) => `${w}\t${runs.map((of) => of[id.get(w)!]).join('/')}`);
  const header = [
    '# Word classes for the entity tagger, built by tools/build-word-clusters.ts from unlabeled text: the ECB+',
    '# articles (data/stories/ecbplus-public.jsonl, CC BY 3.0, see data/entities/NOTICE) and the demo content.',
    `# word<TAB>its class among ${CLASS_COUNTS.join(', then among ')}, by the exchange algorithm over word bigrams`,
  ];
  return `${[...header, ...lines].join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = buildWordClusters(unlabeledTexts());
  if (process.argv.includes('--check')) {
    const same = readFileSync(wordClustersFile, 'utf8') === built;
    console.log(same ? 'word-clusters.tsv is up to date' : 'word-clusters.tsv differs from what the tool builds');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(wordClustersFile, built);
  console.log(`wrote ${fileURLToPath(wordClustersFile)}: ${built.split('\n').length - 4} words`);
}
