/** Hostile HTML for the ingest tests, and the measure of what came out of it. */
import { Parser } from 'htmlparser2';

/**
 * The deepest nesting of elements in `html` as htmlparser2 builds it — the parser under both
 * sanitize-html and linkedom, so this is the depth they would see. Counted with the parser's
 * own open and close events.
 */
export function htmlDepth(html: string): { depth: number; elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        depth++;
        if (depth > deepest) deepest = depth;
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { depth: deepest, elements };
}

/** `depth` elements nested in one another (alternately div and blockquote, which the sanitizer keeps), around `inner`. */
export function nestedHtml(depth: number, inner: string): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    const name = i % 2 === 0 ? 'div' : 'blockquote';
    open.push(`<${name}>`);
    close.push(`</${name}>`);
  }
  return open.join('') + inner + close.reverse().join('');
}

/** An article's worth of text: `count` paragraphs of some forty words, each numbered. */
export function paragraphs(count: number, word = 'harbour'): string {
  return Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1}: ${`${word} tide ferry quay `.repeat(10).trim()}.</p>`).join('');
}
