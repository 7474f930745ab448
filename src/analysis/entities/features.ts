import { factMarks, noFacts, type Facts } from './facts.js';
import { emptyGazetteer, gazetteerMarks, type Gazetteer } from './gazetteer.js';
import type { Token } from './tokenize.js';
import { noWordClusters, type WordClusters } from './word-clusters.js';

/*
 * What the tagger looks at for each token: the word, its shape, affixes, capitals, its place in
 * the sentence, the words and shapes around it, and the classes of it and its neighbours learned
 * from unlabeled news (word-clusters.ts). Each feature is a string hashed into a fixed
 * table (FEATURE_BITS wide), so the model has no vocabulary to ship.
 */

export const FEATURE_BITS = 18;
const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a over the string's UTF-16 units: fixed, fast, and the same on every machine. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & FEATURE_MASK;
}

function charClass(ch: string): string {
  if (ch >= '0' && ch <= '9') return 'd';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return ch;
}

/** The word's shape with runs collapsed: "Blinken" → "Xx", "U.S." → "X.X.", "2014" → "d". */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) shape += c;
    last = c;
    if (shape.length > 8) break;
  }
  return shape;
}

/** A coarse class for the neighbours: capitalised, all capitals, lower, number, or other. */
function coarseShape(token: Token | undefined): string {
  if (!token) return 'none';
  if (token.kind !== 'word') return token.kind === 'punct' ? token.text : token.kind;
  const shape = shapeOf(token.text);
  if (shape === 'Xx') return 'Xx';
  if (shape === 'X' || shape === 'X.X.' || shape === 'X.') return 'X';
  if (shape === 'x') return 'x';
  return 'mixed';
}

function bodyOf(token: Token): string {
  return token.kind === 'hashtag' || token.kind === 'mention' ? token.text.slice(1) : token.text;
}

const SENTENCE_ENDS = new Set(['.', '!', '?', ':', '\u2026', '|', '"', '\u201c']);

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

const RUN_CONNECTIVES = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'der', '&']);

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number') && isCapitalised(token.text);
}

/**
 * Features from the run of capitalised words a token sits in ("Ocean Keepers", "Bureau of
 * Meteorology"): its first and last words, length and the token's place in it. The last word
 * often gives the type away ("Trust", "Council", "River", "County").
 */
export function runMarks(tokens: readonly Token[], facts: Facts = noFacts): string[][] {
  const marks: string[][] = tokens.map(() => []);
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      if (isNameWord(tokens[j])) j++;
      else if (RUN_CONNECTIVES.has(tokens[j]!.text.toLowerCase()) && isNameWord(tokens[j + 1])) j += 2;
      else break;
    }
    const first = tokens[i]!.text.toLowerCase();
    const last = tokens[j - 1]!.text.toLowerCase();
    const length = Math.min(j - i, 5);
    const before = tokens[i - 1]?.text.toLowerCase() ?? '<s>';
    const lastKind = facts.orgWords.has(last) ? 'org' : facts.placeWords.has(last) ? 'place' : 'none';
    const after = tokens[j]?.text.toLowerCase() ?? '</s>';
    for (let k = i; k < j; k++) {
      const place = j - i === 1 ? 'S' : k === i ? 'B' : k === j - 1 ? 'E' : 'I';
      marks[k]!.push(`run=${place}${length}`, `run-last=${last}`, `run-first=${first}`, `run-last+place=${last},${place}`, `run-before=${before}`, `run-after=${after}`, `run-last-kind=${lastKind},${place}`);
    }
    i = j;
  }
  return marks;
}

/**
 * Features from the word classes learned from unlabeled news (word-clusters.ts): the token's
 * class at each granularity (or that it has none), and the coarsest and finest class of the
 * words either side.
 */
export function clusterMarks(tokens: readonly Token[], clusters: WordClusters): string[][] {
  if (clusters.classes.size === 0) return tokens.map(() => []);
  const classes = tokens.map((t) => (t.kind === 'word' || t.kind === 'hashtag' || t.kind === 'mention' ? clusters.classes.get(bodyOf(t).toLowerCase()) : undefined));
  return tokens.map((_, i) => {
    const own = classes[i];
    const marks = own === undefined ? ['cl=none'] : own.map((c, level) => `cl${level}=${c}`);
    for (const [side, near] of [
      ['-1', classes[i - 1]],
      ['+1', classes[i + 1]],
    ] as const) {
      if (near !== undefined) marks.push(`cl${side}:0=${near[0]}`, `cl${side}=${near[near.length - 1]}`);
    }
    return marks;
  });
}

/** Named features for token i; tests read these, training and tagging use the hashed form. */
export function featureNames(tokens: readonly Token[], i: number, marks: readonly string[] = []): string[] {
  const token = tokens[i]!;
  const body = bodyOf(token);
  const lower = body.toLowerCase();
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const shape = shapeOf(body);
  const f = ['bias', `w=${lower}`, `shape=${shape}`, `kind=${token.kind}`];
  if (token.kind === 'url') return f;
  for (const mark of marks) f.push(mark, `${mark}+${coarseShape(token)}`);
  for (let k = 1; k <= 4 && k < lower.length; k++) {
    f.push(`p${k}=${lower.slice(0, k)}`, `s${k}=${lower.slice(-k)}`);
  }
  const capitalised = isCapitalised(body);
  const initial = prev === undefined || SENTENCE_ENDS.has(prev.text) || prev.text.includes('\n');
  if (capitalised) f.push('cap', initial ? 'cap+initial' : 'cap+inner');
  if (body.length > 1 && body === body.toUpperCase() && body !== body.toLowerCase()) f.push('allcaps');
  if (initial) f.push('initial');
  if (token.kind === 'hashtag' || token.kind === 'mention') f.push(`${token.kind}+cap=${capitalised}`);
  if (body.includes('-')) f.push('hyphen');
  f.push(`len=${Math.min(body.length, 8)}`);
  const prev2 = tokens[i - 2];
  const next2 = tokens[i + 2];
  f.push(
    `w-1=${prev ? bodyOf(prev).toLowerCase() : '<s>'}`,
    `w+1=${next ? bodyOf(next).toLowerCase() : '</s>'}`,
    `sh-1=${coarseShape(prev)}`,
    `sh+1=${coarseShape(next)}`,
    `sh-2=${coarseShape(prev2)}`,
    `sh+2=${coarseShape(next2)}`,
    `w-1,w=${prev ? bodyOf(prev).toLowerCase() : '<s>'},${lower}`,
    `w,w+1=${lower},${next ? bodyOf(next).toLowerCase() : '</s>'}`,
    `sh-1,0,+1=${coarseShape(prev)},${coarseShape(token)},${coarseShape(next)}`,
  );
  return f;
}

/** Hashed feature indices for every token of a sequence, flattened, with each token's offset into the list. */
export interface FeaturizedSequence {
  indices: Int32Array;
  /** offsets[i]..offsets[i+1] are token i's features. */
  offsets: Int32Array;
  /** 1 where token i and the one before it are both plain words or numbers: one name cannot end and another of its type start there. */
  joined?: Uint8Array;
  /** 1 where token i follows a full stop (or ! or ?) after a word longer than an abbreviation: no name runs on into it. */
  afterStop?: Uint8Array;
}

const STOPS = new Set(['.', '!', '?']);
/** "Dr.", "Sen.", "Mt.": a point after a word this short may sit inside a name. */
const ABBREVIATION_MAX_LENGTH = 3;

function followsStop(tokens: readonly Token[], i: number): boolean {
  const stop = tokens[i - 1];
  const before = tokens[i - 2];
  return stop !== undefined && STOPS.has(stop.text) && !(before !== undefined && before.kind === 'word' && before.text.length <= ABBREVIATION_MAX_LENGTH);
}

function isPlain(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

/**
 * Short posts (headlines, tweets) and long-form articles follow different conventions: the
 * posts' labels mark nationalities ("Australian") as places, headlines capitalise common words.
 * Every feature also gets a copy tagged with the text's style, so the model can learn what the
 * two share and where they differ (Daumé's feature augmentation).
 */
export type TextStyle = 'post' | 'article';

/** A text with a paragraph break or longer than a long post is an article. */
export function styleOf(text: string): TextStyle {
  return text.length > 320 || text.includes('\n') ? 'article' : 'post';
}

const TITLE_CASE_MIN_WORDS = 3;
const TITLE_CASE_SHARE = 0.75;

/**
 * Is the sentence written in title case, as many headlines are ("Police Arrest Man After Bank
 * Raid")? There a capital says little, so such sentences get a third copy of every feature.
 * Only words of four letters or more are counted: short function words stay lower case in many
 * title-case styles.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return words >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words;
}

export function featurize(tokens: readonly Token[], gazetteer: Gazetteer = emptyGazetteer, style: TextStyle = 'article', facts: Facts = noFacts, clusters: WordClusters = noWordClusters): FeaturizedSequence {
  const all: number[] = [];
  const gazetteerFeatures = gazetteerMarks(tokens, gazetteer);
  const runFeatures = runMarks(tokens, facts);
  const factFeatures = factMarks(tokens, facts);
  const clusterFeatures = clusterMarks(tokens, clusters);
  const marks = tokens.map((_, i) => [...gazetteerFeatures[i]!, ...runFeatures[i]!, ...factFeatures[i]!, ...clusterFeatures[i]!]);
  const offsets = new Int32Array(tokens.length + 1);
  const titleCase = isTitleCase(tokens);
  for (let i = 0; i < tokens.length; i++) {
    offsets[i] = all.length;
    for (const name of featureNames(tokens, i, marks[i])) {
      all.push(hashFeature(name), hashFeature(`${style}|${name}`));
      if (titleCase) all.push(hashFeature(`title|${name}`));
    }
  }
  offsets[tokens.length] = all.length;
  const joined = Uint8Array.from(tokens, (t, i) => (i > 0 && isPlain(t) && isPlain(tokens[i - 1]!) ? 1 : 0));
  const afterStop = Uint8Array.from(tokens, (_, i) => (followsStop(tokens, i) ? 1 : 0));
  return { indices: Int32Array.from(all), offsets, joined, afterStop };
}
