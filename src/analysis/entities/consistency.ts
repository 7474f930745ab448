import type { Token } from './tokenize.js';
import type { EntityType, Span } from './types.js';

/*
 * One article names the same thing the same way. After tagging, within one text:
 *   - the same words tagged with different types take the type they were given most often
 *     (the first one on a tie);
 *   - a lone capitalised word that is the last word of a tagged person's name ("Blinken" after
 *     "Antony Blinken") is a person, whether or not the tagger marked it. (The same rule for the
 *     first word of an organization's name did worse on the development articles: "New" from
 *     "New York".)
 *   - likewise a capitalised word tagged alone somewhere in the text ("Kazatomprom") takes that
 *     type where the tagger missed it, unless it was claimed for two types.
 */

function surface(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function harmonise(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const span of spans) {
    const key = surface(text, span);
    const byType = votes.get(key) ?? new Map<EntityType, number>();
    byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
    votes.set(key, byType);
  }
  const typeOf = (key: string, fallback: EntityType): EntityType => {
    let best = fallback;
    let most = 0;
    for (const [type, n] of votes.get(key) ?? []) {
      if (n > most) {
        best = type;
        most = n;
      }
    }
    return best;
  };
  // Surnames of people named in full in this text.
  const shortForms = new Map<string, EntityType | null>();
  const claim = (word: string, type: EntityType) => {
    const had = shortForms.get(word);
    shortForms.set(word, had === undefined || had === type ? type : null);
  };
  for (const span of spans) {
    const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    if (inside.length < 2) continue;
    const type = typeOf(surface(text, span), span.type);
    if (type === 'PERSON') claim(inside[inside.length - 1]!.text, type);
  }
  for (const span of spans) {
    const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    if (inside.length === 1 && inside[0]!.kind === 'word') claim(inside[0]!.text, typeOf(surface(text, span), span.type));
  }
  const out: Span[] = [];
  let s = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const token of tokens) {
    while (s < sorted.length && sorted[s]!.end <= token.start) s++;
    const span = sorted[s];
    if (span && span.start <= token.start && token.start < span.end) {
      if (span.start === token.start) {
        const single = span.end === token.end;
        const short = single ? shortForms.get(token.text) : undefined;
        out.push({ ...span, type: short ?? typeOf(surface(text, span), span.type) });
      }
      continue;
    }
    const short = shortForms.get(token.text);
    const first = token.text[0];
    if (short && token.kind === 'word' && first !== undefined && first !== first.toLowerCase()) out.push({ start: token.start, end: token.end, type: short });
  }
  return out;
}
