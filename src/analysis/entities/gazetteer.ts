import type { FactLists } from './fact-lists.js';
import type { Token } from './tokenize.js';
import { ENTITY_TYPES, type EntityType } from './types.js';

/*
 * Names seen in the training data, by type: whole names ("hong kong" → PLACE) and the words
 * inside them ("abbott" → PERSON). Built from training data only. While training, each
 * sequence sees a gazetteer built without its own part of the data (see training.ts), so the
 * model learns how far a gazetteer hit can be trusted for a name it has not seen.
 */

export const MAX_NAME_WORDS = 4;

export interface Gazetteer {
  /** Lower-cased words joined by one space → its most frequent type. */
  names: Map<string, EntityType>;
  /** Lower-cased word → the types of the names it occurs in. */
  words: Map<string, EntityType[]>;
  /** Words seen written in lower case (common words: "homes", "trust", "minister"); a person's name seldom is. */
  common: ReadonlySet<string>;
}

/** What the tagger knows besides its weights, all counted from its training texts. */
export interface Lexicon {
  names: NameCounts;
  /** Words seen in lower case at least COMMON_MIN_COUNT times, sorted. */
  commonWords: string[];
  /** The fact lists of data/entities/facts/ the model was trained with. */
  facts?: FactLists;
}

export const COMMON_MIN_COUNT = 2;

/** Lower-case words of the texts (not links, tags or handles) seen at least COMMON_MIN_COUNT times. */
export function commonWordsOf(tokenLists: Iterable<readonly Token[]>): string[] {
  const counts = new Map<string, number>();
  for (const tokens of tokenLists) {
    for (const t of tokens) {
      if (t.kind !== 'word' || t.text.length < 2 || t.text !== t.text.toLowerCase() || t.text === t.text.toUpperCase()) continue;
      counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= COMMON_MIN_COUNT).map(([w]) => w).sort();
}

export function bodyLower(token: Token): string {
  const text = token.kind === 'hashtag' || token.kind === 'mention' ? token.text.slice(1) : token.text;
  return text.toLowerCase();
}

/** How often each name (lower-cased words joined by one space) was seen as PERSON, ORG and PLACE. */
export type NameCounts = Map<string, [number, number, number]>;

export function countNames(entries: Iterable<{ words: readonly string[]; type: EntityType }>): NameCounts {
  const counts: NameCounts = new Map();
  for (const { words, type } of entries) {
    if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
    const key = words.join(' ');
    const c = counts.get(key) ?? [0, 0, 0];
    c[ENTITY_TYPES.indexOf(type)]!++;
    counts.set(key, c);
  }
  return counts;
}

export function gazetteerOf({ names: counts, commonWords }: Lexicon): Gazetteer {
  const names = new Map<string, EntityType>();
  const wordTypes = new Map<string, Set<EntityType>>();
  for (const [key, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let best = 0;
    for (let t = 1; t < c.length; t++) if (c[t]! > c[best]!) best = t;
    names.set(key, ENTITY_TYPES[best]!);
    for (const w of key.split(' ')) {
      if (w.length < 2) continue;
      const set = wordTypes.get(w) ?? new Set();
      for (let t = 0; t < c.length; t++) if (c[t]! > 0) set.add(ENTITY_TYPES[t]!);
      wordTypes.set(w, set);
    }
  }
  const words = new Map<string, EntityType[]>();
  for (const [w, set] of wordTypes) words.set(w, ENTITY_TYPES.filter((t) => set.has(t)));
  return { names, words, common: new Set(commonWords) };
}

export const emptyGazetteer: Gazetteer = { names: new Map(), words: new Map(), common: new Set() };

/** Gazetteer features per token: the longest whole-name match over it (B/I and type), and its word's types. */
export function gazetteerMarks(tokens: readonly Token[], gazetteer: Gazetteer): string[][] {
  const marks: string[][] = tokens.map(() => []);
  const lower = tokens.map(bodyLower);
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let len = Math.min(MAX_NAME_WORDS, tokens.length - i); len >= 1; len--) {
      const type = gazetteer.names.get(lower.slice(i, i + len).join(' '));
      if (type === undefined) continue;
      // A lower-case common word that was once part of a name ("police") is not a name here.
      const first = tokens[i]!.text.replace(/^[#@]/, '')[0] ?? '';
      if (first === first.toLowerCase() && tokens[i]!.kind === 'word') continue;
      marks[i]!.push(`gaz=B-${type}`, `gaz-len=${len}`);
      for (let k = 1; k < len; k++) marks[i + k]!.push(`gaz=I-${type}`);
      matched = len;
      break;
    }
    i += Math.max(1, matched);
  }
  for (let k = 0; k < tokens.length; k++) {
    for (const type of gazetteer.words.get(lower[k]!) ?? []) marks[k]!.push(`gword=${type}`);
    if (tokens[k]!.kind === 'word' && gazetteer.common.has(lower[k]!) && lower[k] !== tokens[k]!.text) marks[k]!.push('common-word');
  }
  return marks;
}
