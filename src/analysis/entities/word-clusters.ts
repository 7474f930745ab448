import { readFileSync } from 'node:fs';

/*
 * Word classes learned from unlabeled news text by tools/build-word-clusters.ts
 * (data/entities/word-clusters.tsv): for each lower-cased word seen often enough there, its class
 * at a few granularities, coarse to fine. They tell the tagger which words behave alike, also for
 * words its labeled data never shows.
 */

export interface WordClusters {
  /** Lower-cased word → its class at each granularity, coarse to fine. */
  classes: ReadonlyMap<string, readonly string[]>;
}

export const noWordClusters: WordClusters = { classes: new Map() };

export const wordClustersFile = new URL('../../../data/entities/word-clusters.tsv', import.meta.url);

/** Lines `word<TAB>class/class/…`; lines starting with # are comments. */
export function parseWordClusters(content: string): WordClusters {
  const classes = new Map<string, string[]>();
  for (const line of content.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) classes.set(line.slice(0, tab), line.slice(tab + 1).split('/'));
  }
  return { classes };
}

let shipped: WordClusters | undefined;

/** The shipped word classes, read once per process. */
export function shippedWordClusters(): WordClusters {
  shipped ??= parseWordClusters(readFileSync(wordClustersFile, 'utf8'));
  return shipped;
}
