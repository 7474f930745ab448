/*
 * Builds eval/entities/articles.jsonl from the marked-up articles in eval/entities/source/.
 * The articles were written by the Newsdesk project; in the source each name is marked
 * {Name|P}, {Name|O} or {Name|L} (PERSON, ORG, PLACE). Offsets in the output count Unicode
 * code points, as in data/entities/btc-news-public.jsonl. Each article's half (dev or test)
 * comes from a hash of its id, fixed before any tagger was run on it.
 *
 *   node --import tsx eval/entities/build-articles.ts           # writes articles.jsonl
 *   node --import tsx eval/entities/build-articles.ts --check   # exits 1 if it differs
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = { P: 'PERSON', O: 'ORG', L: 'PLACE' };
const sourceDirectory = new URL('source/', import.meta.url);
export const articlesFile = new URL('articles.jsonl', import.meta.url);

export interface ArticleRow {
  id: string;
  split: 'dev' | 'test';
  text: string;
  entities: { start: number; end: number; text: string; type: string }[];
  source: 'newsdesk-written';
}

export function splitOf(id: string): 'dev' | 'test' {
  return createHash('sha256').update(`newsdesk-articles-split-v1:${id}`).digest()[0]! % 2 === 0 ? 'dev' : 'test';
}

/** One marked-up article to its plain text and entities (offsets in code points). */
export function parseMarked(id: string, marked: string): ArticleRow {
  const chars = [...marked];
  let text = '';
  let length = 0;
  const entities: ArticleRow['entities'] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '}') throw new Error(`${id}: unmatched "}".`);
    if (ch !== '{') {
      text += ch;
      length++;
      continue;
    }
    const bar = chars.indexOf('|', i);
    const close = chars.indexOf('}', i);
    if (bar < 0 || close < 0 || bar > close || chars.slice(i + 1, close).includes('{')) throw new Error(`${id}: bad mark near "${chars.slice(i, i + 30).join('')}".`);
    const name = chars.slice(i + 1, bar).join('');
    const type = TYPES[chars.slice(bar + 1, close).join('')];
    if (!type || name.trim() !== name || name === '') throw new Error(`${id}: bad mark "${chars.slice(i, close + 1).join('')}".`);
    entities.push({ start: length, end: length + [...name].length, text: name, type });
    text += name;
    length += [...name].length;
    i = close;
  }
  return { id, split: splitOf(id), text, entities, source: 'newsdesk-written' };
}

export function buildArticles(): string {
  const rows: ArticleRow[] = [];
  for (const file of readdirSync(sourceDirectory).filter((f) => f.endsWith('.txt')).sort()) {
    const content = readFileSync(new URL(file, sourceDirectory), 'utf8');
    for (const block of content.split(/^=== /m).slice(1)) {
      const newline = block.indexOf('\n');
      const id = block.slice(0, newline).trim();
      const paragraphs = block
        .slice(newline + 1)
        .split('\n\n')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      rows.push(parseMarked(id, paragraphs.join('\n\n')));
    }
  }
  const ids = new Set(rows.map((r) => r.id));
  if (ids.size !== rows.length) throw new Error('Two articles share an id.');
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = buildArticles();
  if (process.argv.includes('--check')) {
    const same = readFileSync(articlesFile, 'utf8') === built;
    console.log(same ? 'eval/entities/articles.jsonl matches its source.' : 'eval/entities/articles.jsonl differs from its source.');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(articlesFile, built);
    const rows = built.trim().split('\n').map((l) => JSON.parse(l) as ArticleRow);
    const count = (split: string) => rows.filter((r) => r.split === split).length;
    console.log(`Wrote ${rows.length} articles (${count('dev')} dev, ${count('test')} test), ${rows.reduce((n, r) => n + r.entities.length, 0)} entities.`);
  }
}
