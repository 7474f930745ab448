import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataDirectory } from './model-file.js';
import { ENTITY_TYPES, type EntityType, type Span } from './types.js';

/*
 * Labeled texts for training and evaluation. The files give offsets in Unicode code points
 * (as Python counts them); here they become UTF-16 offsets, as JavaScript strings count them.
 */

export interface LabeledText {
  id: string;
  text: string;
  spans: Span[];
}

interface RawRow {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text?: string }[];
}

/** UTF-16 offset of every code point offset 0..length. */
function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let unit = 0;
  for (const ch of text) {
    offsets.push(unit);
    unit += ch.length;
  }
  offsets.push(unit);
  return offsets;
}

export function parseLabeledJsonl(content: string, source: string): LabeledText[] {
  const rows: LabeledText[] = [];
  for (const [n, line] of content.split('\n').entries()) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as RawRow;
    const offsets = codePointOffsets(raw.text);
    const spans: Span[] = [];
    for (const e of raw.entities) {
      if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) continue;
      const span = { start: offsets[e.start]!, end: offsets[e.end]!, type: e.type as EntityType };
      if (span.start === undefined || span.end === undefined || (e.text !== undefined && raw.text.slice(span.start, span.end) !== e.text)) {
        throw new Error(`${source} line ${n + 1}: entity offsets do not match its text.`);
      }
      spans.push(span);
    }
    rows.push({ id: raw.id, text: raw.text, spans });
  }
  return rows;
}

export const newsPostsFile = new URL('btc-news-public.jsonl', dataDirectory);

/** The Broad Twitter Corpus news posts shipped in data/entities/. */
export function loadNewsPosts(): LabeledText[] {
  return parseLabeledJsonl(readFileSync(newsPostsFile, 'utf8'), 'data/entities/btc-news-public.jsonl');
}

/** Lower-cased letters and digits only, links and handles dropped: near-duplicate posts share it. */
export function groupKey(text: string): string {
  const words: string[] = [];
  for (const word of text.toLowerCase().split(/\s+/)) {
    if (word.startsWith('http') || word.startsWith('@')) continue;
    let kept = '';
    for (const ch of word) if (/[\p{L}\p{N}]/u.test(ch)) kept += ch;
    if (kept) words.push(kept);
  }
  return words.join(' ');
}

/** The fold (0..folds-1) of a text, by a hash of its group key. */
export function foldOf(text: string, folds: number): number {
  return createHash('sha256').update(groupKey(text)).digest().readUInt32BE(0) % folds;
}
