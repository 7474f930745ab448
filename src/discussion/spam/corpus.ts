import { readFileSync } from 'node:fs';
import type { Example } from './train.js';

/*
 * The public labeled data the shipped model learns from (data/spam/, CC BY 4.0; see its
 * README and NOTICE), and the grouping that keeps copies of one text in one fold.
 */

export interface PublicRow {
  id: string;
  text: string;
  author?: string;
  label: 'spam' | 'ham';
  source: 'youtube-spam-collection' | 'sms-spam-collection';
}

export const publicSets = ['youtube-spam-collection', 'sms-spam-collection'] as const;
export type PublicSet = (typeof publicSets)[number];

/** The same from src/ and from dist/: both sit two levels below the project. */
export const dataDirectory = new URL('../../../data/spam/', import.meta.url);

/**
 * YouTube comments count twice: the desk's readers write comments, and without it the 3,385
 * short text messages of the SMS set teach the model mostly what a text message looks like.
 * Chosen by cross-validation (tools/train-spam-model.ts).
 */
export const SOURCE_WEIGHT: Record<PublicSet, number> = { 'youtube-spam-collection': 2, 'sms-spam-collection': 1 };

export function loadPublicRows(directory: URL = dataDirectory): PublicRow[] {
  return publicSets.flatMap((set) =>
    readFileSync(new URL(`${set}.jsonl`, directory), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as PublicRow),
  );
}

export function publicExample(row: PublicRow): Example {
  return { input: { text: row.text }, label: row.label, weight: SOURCE_WEIGHT[row.source] };
}

/** Copies of one text are one group: lowercased, U+FEFF removed, whitespace collapsed. */
export function groupKey(text: string): string {
  return text.toLowerCase().replaceAll('\ufeff', '').split(/\s+/).filter(Boolean).join(' ');
}

/** The fold of a group: a hash of its key, so the assignment never depends on row order. */
export function foldOf(text: string, folds: number, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  const key = groupKey(text);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}
