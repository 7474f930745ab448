import { readFileSync } from 'node:fs';
import { bodyLower, MAX_NAME_WORDS } from './gazetteer.js';
import type { FactLists } from './fact-lists.js';
import { tokenize, type Token } from './tokenize.js';

export type { FactLists } from './fact-lists.js';

/*
 * Facts about the world written down by the Newsdesk project (data/entities/facts/*.txt, one
 * entry a line): countries, regions, capitals and large cities; well-known organizations; the
 * words that end organizations' and places' names ("Council", "River"); titles that come before
 * a person's name; common first names; and nationality words. Unlike the gazetteer counted from
 * the training texts, these cover names the labeled data never shows.
 */

export interface Facts {
  /** Lower-cased names, words joined by one space → type. An all-capitals entry ("US") matches only in capitals. */
  names: Map<string, 'PLACE' | 'ORG'>;
  /** Names whose entry is in capitals ("US", "WHO"): they match only a word in capitals. */
  capitalsOnly: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
}

const FILES: Record<keyof FactLists, string> = {
  places: 'places.txt',
  orgs: 'orgs.txt',
  orgWords: 'org-words.txt',
  placeWords: 'place-words.txt',
  titles: 'titles.txt',
  firstNames: 'first-names.txt',
  demonyms: 'demonyms.txt',
};

export const factsDirectory = new URL('../../../data/entities/facts/', import.meta.url);

export function loadFactLists(directory: URL = factsDirectory): FactLists {
  const read = (file: string) =>
    readFileSync(new URL(file, directory), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  const lists = {} as FactLists;
  for (const key of Object.keys(FILES) as (keyof FactLists)[]) lists[key] = [...new Set(read(FILES[key]))].sort();
  return lists;
}

function nameKey(entry: string): string[] {
  return tokenize(entry).map(bodyLower);
}

export function factsOf(lists: FactLists): Facts {
  const names = new Map<string, 'PLACE' | 'ORG'>();
  const capitalsOnly = new Set<string>();
  for (const [entries, type] of [
    [lists.places, 'PLACE'],
    [lists.orgs, 'ORG'],
  ] as const) {
    for (const entry of entries) {
      const words = nameKey(entry);
      if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
      const key = words.join(' ');
      // A name on both lists (a city and its football club) stays a place.
      if (!names.has(key)) names.set(key, type);
      if (entry === entry.toUpperCase()) capitalsOnly.add(key);
    }
  }
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  return {
    names,
    capitalsOnly,
    orgWords: lower(lists.orgWords),
    placeWords: lower(lists.placeWords),
    titles: lower(lists.titles),
    firstNames: lower(lists.firstNames),
    demonyms: lower(lists.demonyms),
  };
}

export const noFacts: Facts = factsOf({ places: [], orgs: [], orgWords: [], placeWords: [], titles: [], firstNames: [], demonyms: [] });

function capitalised(token: Token): boolean {
  const text = token.kind === 'hashtag' || token.kind === 'mention' ? token.text.slice(1) : token.text;
  const first = text[0] ?? '';
  return first !== first.toLowerCase();
}

/** Features from the fact lists per token: a listed name over it, a title before it, and what kind of word it is. */
export function factMarks(tokens: readonly Token[], facts: Facts): string[][] {
  const marks: string[][] = tokens.map(() => []);
  const lower = tokens.map(bodyLower);
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    if (capitalised(tokens[i]!)) {
      for (let len = Math.min(MAX_NAME_WORDS, tokens.length - i); len >= 1; len--) {
        const key = lower.slice(i, i + len).join(' ');
        const type = facts.names.get(key);
        if (type === undefined) continue;
        if (facts.capitalsOnly.has(key) && tokens.slice(i, i + len).some((t) => t.text !== t.text.toUpperCase())) continue;
        marks[i]!.push(`fact=B-${type}`);
        for (let k = 1; k < len; k++) marks[i + k]!.push(`fact=I-${type}`);
        matched = len;
        break;
      }
    }
    i += Math.max(1, matched);
  }
  for (let k = 0; k < tokens.length; k++) {
    const word = lower[k]!;
    const cap = capitalised(tokens[k]!);
    if (facts.demonyms.has(word)) marks[k]!.push(`fact-demonym+cap=${cap}`);
    if (!cap) continue;
    if (facts.firstNames.has(word)) marks[k]!.push('fact-first-name');
    if (facts.orgWords.has(word)) marks[k]!.push('fact-org-word');
    if (facts.placeWords.has(word)) marks[k]!.push('fact-place-word');
    // "Dr. Smith" puts a point between the title and the name.
    const before = lower[k - 1] === '.' ? lower[k - 2] : lower[k - 1];
    if (before !== undefined && facts.titles.has(before)) marks[k]!.push('fact-after-title');
  }
  return marks;
}
