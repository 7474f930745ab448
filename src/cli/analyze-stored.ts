import { setTimeout as sleep } from 'node:timers/promises';
import { analyzeArticle } from '../analysis/analyze-article.js';
import { shippedTagger } from '../analysis/entities/tagger.js';
import type { Config } from '../config.js';
import { ANALYZE_ARTICLES_KEY, enqueue } from '../jobs/enqueue.js';
import { analyzeArticlesJob } from '../jobs/kinds/analyze-articles.js';
import { jobRegistry } from '../jobs/registry.js';
import { startJobWorker } from '../jobs/worker.js';
import { createMailTransport } from '../mail/sender.js';
import { countArticlesAwaitingAnalysis, forgetAnalyses } from '../store/analysis.js';
import { htmlToText, stripTags } from '../text/html.js';
import { progressReporter } from './progress.js';
import { withDesk } from './shared.js';

/*
 * `newsdesk analyze --json` (one article from standard input, no database) and `newsdesk
 * analyze --all` (every stored article again, through the job table, so a worker running
 * beside it never analyses the same article at the same time).
 */

/** More than this on standard input is not one article. */
const MAX_INPUT_BYTES = 2_000_000;
/** --all gives up when no article was analysed for this long (a job failing again and again). */
const STALL_MS = 120_000;

async function readInput(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new Error(`the input is over ${MAX_INPUT_BYTES.toLocaleString('en')} bytes; give one article at a time`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The title is the first line that says something; the rest is the body, as text even when it came as HTML. */
export function splitArticleInput(raw: string): { title: string; body: string } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return { title: '', body: '' };
  const rest = lines.slice(first + 1).join('\n');
  const looksLikeHtml = /<\/?[a-z][a-z0-9]*[\s/>]/i.test(rest.slice(0, 5000));
  return { title: stripTags(lines[first]!).trim(), body: looksLikeHtml ? htmlToText(rest) : rest };
}

export async function analyzeJson(input: NodeJS.ReadableStream): Promise<number> {
  const { title, body } = splitArticleInput(await readInput(input));
  if (title === '') {
    console.error('newsdesk analyze: the input is empty; give the title on the first line and the article after it');
    return 1;
  }
  const analysis = analyzeArticle(title, body, shippedTagger());
  console.log(
    JSON.stringify({
      entities: analysis.entities.map(({ name, type, aliases }) => ({ name, type, aliases })),
      quotes: analysis.quotes.map(({ text, speaker }) => ({ text, speaker })),
    }),
  );
  return 0;
}

export async function analyzeAll(config: Config, progress: NodeJS.WriteStream = process.stderr): Promise<number> {
  return withDesk(config, async ({ store, context }) => {
    const db = store.db;
    const total = await forgetAnalyses(db);
    const transport = createMailTransport(context.config);
    const worker = startJobWorker({
      db,
      registry: jobRegistry([analyzeArticlesJob]),
      services: { ingestDeps: () => Promise.reject(new Error('the analysis fetches nothing')), mailTransport: transport },
      concurrency: 1,
      scheduleEveryMs: null,
      pollMs: 100,
    });
    const reporter = progressReporter(progress);
    try {
      let waiting = total;
      let movedAt = Date.now();
      for (;;) {
        const now = await countArticlesAwaitingAnalysis(db);
        if (now !== waiting) movedAt = Date.now();
        waiting = now;
        reporter.update({ done: total - waiting, total });
        if (waiting === 0) break;
        if (Date.now() - movedAt > STALL_MS) {
          reporter.end();
          console.error(`newsdesk analyze: no article was analysed for ${STALL_MS / 1000} s; ${waiting} still wait (see the jobs in /admin or the worker's log)`);
          return 1;
        }
        await enqueue(db, 'analyze-articles', {}, { dedupeKey: ANALYZE_ARTICLES_KEY });
        await sleep(200);
      }
      reporter.end();
      console.log(`Analysed ${total.toLocaleString('en')} articles.`);
      return 0;
    } finally {
      await worker.stop();
      transport.close();
    }
  });
}
