/** Finding the stretches between quotation marks, and joining those a quote carries over several paragraphs. */
import type { Token } from './tokens.js';

/**
 * One stretch of quoted text. `close` is null when the paragraph ends with the quote still open:
 * by the typographic convention, it goes on in the next paragraph if that one opens with a mark.
 */
export interface Segment {
  open: number;
  close: number | null;
  /** Token indices of the first and last quoted token. */
  first: number;
  last: number;
  paragraph: number;
}

/** Segments that belong to one quotation across paragraphs, in order. */
export type Chain = Segment[];

export function findChains(tokens: readonly Token[], work: { steps: number }): Chain[] {
  const chains: Chain[] = [];
  let openAt = -1;
  /** A chain whose last segment reached its paragraph's end still open, waiting for the next paragraph. */
  let pending: Chain | null = null;
  let current: Chain | null = null;
  for (let i = 0; i < tokens.length; i++) {
    work.steps++;
    const token = tokens[i]!;
    if (token.kind === 'break') {
      if (openAt >= 0 && i - 1 > openAt) {
        const segment: Segment = { open: openAt, close: null, first: openAt + 1, last: i - 1, paragraph: token.paragraph };
        pending = current ?? [];
        pending.push(segment);
      } else {
        pending = null;
      }
      openAt = -1;
      current = null;
      continue;
    }
    const firstOfParagraph = i === 0 || tokens[i - 1]!.kind === 'break';
    if (firstOfParagraph) {
      if (pending && token.kind === 'open') current = pending;
      pending = null;
    }
    if (token.kind === 'open') {
      // A second opening mark before a closing one: the first was a stray mark, so its stretch is dropped.
      if (openAt >= 0 && !firstOfParagraph) current = null;
      openAt = i;
    } else if (token.kind === 'close' && openAt >= 0) {
      if (i - 1 > openAt) {
        const segment: Segment = { open: openAt, close: i, first: openAt + 1, last: i - 1, paragraph: token.paragraph };
        const chain = current ?? [];
        chain.push(segment);
        chains.push(chain);
      }
      current = null;
      openAt = -1;
    }
  }
  return chains;
}
