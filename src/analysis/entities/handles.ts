import type { Facts } from './facts.js';
import type { Token } from './tokenize.js';

/*
 * A #tag or @handle is several words run together: "@BBCNewsnight", "@allisonjones_cp",
 * "#FergusonMissouri". Split into its pieces, it shows a first name, a place, or a word that
 * names outlets ("news", "radio"), which the whole handle, seen once, does not.
 */

const MAX_PIECES = 6;

function kindOf(ch: string): 'upper' | 'lower' | 'digit' | 'other' {
  if (ch >= '0' && ch <= '9') return 'digit';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return 'other';
  return ch === upper ? 'upper' : 'lower';
}

/** "BBCNewsnight" → ["BBC", "Newsnight"], "allisonjones_cp" → ["allisonjones", "cp"], "JP_Cork2" → ["JP", "Cork", "2"]. */
export function handlePieces(body: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const chars = [...body];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const kind = kindOf(ch);
    if (kind === 'other') {
      if (current) pieces.push(current);
      current = '';
      continue;
    }
    const prev = current ? kindOf(current[current.length - 1]!) : null;
    const next = chars[i + 1] === undefined ? null : kindOf(chars[i + 1]!);
    const split =
      prev !== null &&
      ((prev === 'digit') !== (kind === 'digit') ||
        (prev === 'lower' && kind === 'upper') ||
        // The last capital of a run of capitals starts the next word: "BBCNews" → "BBC", "News".
        (prev === 'upper' && kind === 'upper' && next === 'lower'));
    if (split) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces.slice(0, MAX_PIECES);
}

function styleOfHandle(body: string): string {
  if (body.includes('_')) return 'underscore';
  if (/\d/.test(body)) return 'digits';
  if (body === body.toLowerCase()) return 'lower';
  if (body === body.toUpperCase()) return 'upper';
  return 'mixed';
}

/** Features for each #tag and @handle from its pieces; nothing for other tokens. */
export function handleMarks(tokens: readonly Token[], facts: Facts): string[][] {
  return tokens.map((token) => {
    if (token.kind !== 'hashtag' && token.kind !== 'mention') return [];
    const body = token.text.slice(1);
    const pieces = handlePieces(body).map((p) => p.toLowerCase());
    const marks = [`handle-style=${styleOfHandle(body)}`, `handle-pieces=${Math.min(pieces.length, 4)}`];
    if (pieces.length > 1) marks.push(`piece-first=${pieces[0]}`, `piece-last=${pieces[pieces.length - 1]}`);
    for (const piece of pieces) {
      if (piece.length < 2) continue;
      if (pieces.length > 1) marks.push(`piece=${piece}`);
      if (facts.firstNames.has(piece)) marks.push('piece-first-name');
      const named = facts.names.get(piece);
      if (named) marks.push(`piece-fact=${named}`);
      if (facts.orgWords.has(piece)) marks.push('piece-org-word');
      if (facts.placeWords.has(piece)) marks.push('piece-place-word');
      if (facts.demonyms.has(piece)) marks.push('piece-demonym');
    }
    return marks;
  });
}
