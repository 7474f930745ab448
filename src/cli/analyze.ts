import { createInterface } from 'node:readline';
import { assignArticle, type ArticleInput } from '../stories/assign.js';
import { MemoryStoryIndex } from '../stories/memory-index.js';
import { defaultStoryOptions } from '../stories/options.js';
import { loadConfig, type Config } from '../config.js';
import { analyzeAll, analyzeJson } from './analyze-stored.js';
import { readJsonLineObject } from './json-lines.js';
import { UsageError } from './shared.js';

export async function analyzeCommand(args: string[], input: NodeJS.ReadableStream = process.stdin, config?: Config): Promise<number> {
  if (args.length === 1 && args[0] === '--cluster') return clusterLines(input);
  if (args.length === 1 && args[0] === '--json') return analyzeJson(input);
  if (args.length === 1 && args[0] === '--all') return analyzeAll(config ?? loadConfig());
  throw new UsageError('analyze needs --json, --cluster or --all');
}

/**
 * One JSON line in, one out, in order: the story each article joins when they arrive in this
 * order, in a fresh in-memory index (no database). A line that cannot be read gets an "error"
 * line in its place (and a line on stderr), is not clustered, and makes the exit code 1.
 */
async function clusterLines(input: NodeJS.ReadableStream): Promise<number> {
  const options = defaultStoryOptions;
  const index = new MemoryStoryIndex(options);
  let failed = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseArticle(line);
    if ('error' in parsed) {
      failed++;
      console.log(JSON.stringify({ id: parsed.id, line: lineNumber, error: parsed.error }));
      console.error(`newsdesk analyze: line ${lineNumber}: ${parsed.error}`);
      continue;
    }
    const assignment = await assignArticle(index, parsed.article, options);
    console.log(JSON.stringify({ id: parsed.id, story: Number(assignment.storyId) }));
  }
  return failed > 0 ? 1 : 0;
}

type Parsed = { id: unknown; article: ArticleInput } | { id: unknown; error: string };

function parseArticle(line: string): Parsed {
  const read = readJsonLineObject(line);
  if ('error' in read) return read;
  const { id, record } = read;
  if (typeof id !== 'string' && typeof id !== 'number') return { id, error: '"id" must be a string or a number' };
  for (const field of ['title', 'text'] as const) {
    if (typeof record[field] !== 'string') return { id, error: `"${field}" must be a string` };
  }
  if (record.source !== undefined && record.source !== null && typeof record.source !== 'string') return { id, error: '"source" must be a string' };
  let publishedAt: Date | null = null;
  if (record.published_at !== undefined && record.published_at !== null) {
    publishedAt = typeof record.published_at === 'string' ? new Date(record.published_at) : new Date(NaN);
    if (Number.isNaN(publishedAt.getTime())) return { id, error: '"published_at" must be a date (ISO 8601)' };
  }
  const title = record.title as string;
  const text = record.text as string;
  if (title.trim() === '' && text.trim() === '') return { id, error: '"title" and "text" are both empty' };
  return { id, article: { id: String(id), title, text, publishedAt, source: (record.source as string | null | undefined) ?? null } };
}
