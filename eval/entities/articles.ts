import { readFileSync } from 'node:fs';
import { parseLabeledJsonl, type LabeledText } from '../../src/analysis/entities/corpus.js';
import { articlesFile } from './build-articles.js';

/** The articles written by the Newsdesk project, one half of them. */
export function loadArticles(split: 'dev' | 'test'): LabeledText[] {
  const content = readFileSync(articlesFile, 'utf8');
  const wanted = new Set(
    content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; split: string })
      .filter((row) => row.split === split)
      .map((row) => row.id),
  );
  return parseLabeledJsonl(content, 'eval/entities/articles.jsonl').filter((row) => wanted.has(row.id));
}
