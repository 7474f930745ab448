import type { Token } from './tokenize.js';
import { ENTITY_TYPES, type EntityType, type Span } from './types.js';

/*
 * BIO labels: "B-" opens an entity, "I-" continues one of the same type, "O" is outside.
 */

export const LABELS = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])] as const;
export const LABEL_COUNT = LABELS.length;

export function typeOfLabel(label: number): EntityType | null {
  return label === 0 ? null : ENTITY_TYPES[(label - 1) >> 1]!;
}

export function isInside(label: number): boolean {
  return label !== 0 && (label - 1) % 2 === 1;
}

/** May `label` follow `previous` (-1 for the start)? "I-X" only after "B-X" or "I-X". */
export function allowedAfter(previous: number, label: number): boolean {
  if (!isInside(label)) return true;
  return previous > 0 && typeOfLabel(previous) === typeOfLabel(label);
}

/**
 * Does `label` open a new name of the same type right after one ("B-PERSON" after "I-PERSON")?
 * Between two plain words that never happens in the labeled data: "Ali Bongo Ondimba" is one
 * name, not two. The decoder forbids it there.
 */
export function restartsSameType(previous: number, label: number): boolean {
  return previous > 0 && label !== 0 && !isInside(label) && typeOfLabel(previous) === typeOfLabel(label);
}

/** Gold spans to one label per token: a token belongs to a span it overlaps. */
export function labelsOfSpans(tokens: readonly Token[], spans: readonly Span[]): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  let lastSpan = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (s < sorted.length && sorted[s]!.end <= token.start) s++;
    const span = sorted[s];
    if (!span || span.start >= token.end) continue;
    const typeIndex = ENTITY_TYPES.indexOf(span.type);
    labels[i] = 1 + typeIndex * 2 + (lastSpan === s && i > 0 && labels[i - 1] !== 0 ? 1 : 0);
    lastSpan = s;
  }
  return labels;
}

/** Labels back to spans over the tokens' offsets. */
export function spansOfLabels(tokens: readonly Token[], labels: ArrayLike<number>): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const label = labels[i]!;
    const type = typeOfLabel(label);
    if (open && (type === null || !isInside(label) || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (type !== null) {
      if (open) open.end = tokens[i]!.end;
      else open = { start: tokens[i]!.start, end: tokens[i]!.end, type };
    }
  }
  if (open) spans.push(open);
  return spans;
}
