import { createInterface } from 'node:readline';
import type { Config } from '../config.js';
import { operator } from '../commands/actor.js';
import { rollbackSpamModel } from '../commands/spam-model.js';
import { classifyComment, type ClassifyInput } from '../discussion/spam/classify.js';
import { loadShippedModel } from '../discussion/spam/model-file.js';
import { activeSpamModelVersion, listSpamModels } from '../store/spam-models.js';
import { UsageError, withDesk } from './shared.js';
import { readJsonLineObject } from './json-lines.js';

export async function spamCommand(config: Config, args: string[], input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const [action] = args;
  if (action === 'classify') return classifyLines(input);
  if (action === 'versions') {
    return withDesk(config, async ({ store }) => {
      const active = await activeSpamModelVersion(store.db);
      console.log(`v0\tshipped${active === 0 ? '\tactive' : ''}`);
      for (const v of (await listSpamModels(store.db)).reverse()) {
        const state = v.rolled_back_at ? `rolled back ${v.rolled_back_at}` : v.id === active ? 'active' : '';
        console.log(`v${v.id}\t${v.created_at}\t${v.spam_verdicts} spam, ${v.ham_verdicts} genuine verdicts\t${state}`);
      }
    });
  }
  if (action === 'rollback') {
    return withDesk(config, async ({ store }) => {
      const result = await rollbackSpamModel(store.db, operator);
      if (result.kind === 'forbidden') throw new UsageError(result.message);
      console.log(result.kind === 'shipped' ? 'The shipped model (v0) is in use; there is nothing to roll back.' : `Rolled back v${result.from}; v${result.to} decides now.`);
    });
  }
  throw new UsageError('spam needs classify, versions or rollback');
}

/** One JSON line in, one out, in order; a line that cannot be judged gets an "error" and exit code 1. */
async function classifyLines(input: NodeJS.ReadableStream): Promise<number> {
  const { model } = loadShippedModel();
  let failed = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if ('error' in parsed) {
      failed++;
      console.log(JSON.stringify({ id: parsed.id, error: parsed.error }));
      continue;
    }
    const result = classifyComment(parsed.input, model);
    if (result.kind === 'invalid') {
      failed++;
      console.log(JSON.stringify({ id: parsed.id, error: result.message }));
    } else console.log(JSON.stringify({ id: parsed.id, verdict: result.verdict, score: result.score }));
  }
  return failed > 0 ? 1 : 0;
}

type Parsed = { id: unknown; input: ClassifyInput } | { id: unknown; error: string };

function parseLine(line: string): Parsed {
  const read = readJsonLineObject(line);
  if ('error' in read) return read;
  const { id, record } = read;
  if (typeof record.text !== 'string') return { id, error: '"text" must be a string' };
  for (const field of ['author', 'email', 'url'] as const) {
    if (record[field] !== undefined && typeof record[field] !== 'string') return { id, error: `"${field}" must be a string` };
  }
  return { id, input: { text: record.text, author: record.author as string | undefined, email: record.email as string | undefined, url: record.url as string | undefined } };
}
