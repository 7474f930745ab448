/**
 * Search figures on each store: how fast articles are written with their text and indexed,
 * and how long a reader's two-word search takes (count, rank, one page of 20, snippets) at
 * SEARCH_BENCH_ARTICLES generated articles (100,000 by default). The corpus is generated: words
 * drawn from a Zipf law over a made-up vocabulary, like the skew of real text. Baselines from the
 * same run: writing the same rows with the index's triggers dropped, and the index lookup alone
 * (a count of the matches, no ranking or snippets). PostgreSQL runs when the tests' database is
 * named (NEWSDESK_TEST_DATABASE_URL) or CI=true, in a scratch schema dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openStore, type Store } from '../src/store/database.js';
import { isPostgres } from '../src/store/dialect.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { Database } from '../src/store/schema.js';
import { countSearchMatches, searchArticles } from '../src/store/search.js';
import { parseSearchQuery } from '../src/store/search-query.js';
import { postgresSkip, scratchSchema } from '../test/support/postgres.js';
import type { BenchRow } from './ingest.js';
import { mulberry32 as random } from '../src/text/seeded-random.js';

const ARTICLES = Number(process.env.SEARCH_BENCH_ARTICLES ?? 100_000);
const BASELINE_ARTICLES = Math.min(ARTICLES, 20_000);
const SOURCES = 50;
const VOCABULARY = 20_000;
const QUERIES = 300;
const WARMUP = 20;
const COMMON_QUERIES = 60;
const BATCH = 500;
const PER_PAGE = 20;
const TARGET_P95_MS = 30;


const syllables = 'ba be bi bo bu ca ce ci co da de di do du fa fe fi fo ga ge go ha he hi ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zo ré ça fé lë nö'.split(' ');

/** VOCABULARY distinct made-up words, the most frequent first. */
export function vocabulary(): string[] {
  const next = random(7);
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += syllables[Math.floor(next() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

/** Draws word ranks with probability proportional to 1/rank (Zipf, s = 1). */
function zipfSampler(next: () => number, from = 0): () => number {
  const cumulative = new Float64Array(VOCABULARY - from);
  let sum = 0;
  for (let r = from; r < VOCABULARY; r++) cumulative[r - from] = sum += 1 / (r + 1);
  return () => {
    const target = next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo + from;
  };
}

interface GeneratedArticle {
  title: string;
  author: string;
  text: string;
  sourceIndex: number;
  publishedAt: string;
}

function corpus(words: string[], count: number, seed: number): (n: number) => GeneratedArticle {
  const next = random(seed);
  const rank = zipfSampler(next);
  const phrase = (length: number) => Array.from({ length }, () => words[rank()]!).join(' ');
  const start = Date.parse('2024-01-01T00:00:00Z');
  return (n) => {
    const sentences: string[] = [];
    const textWords = 120 + Math.floor(next() * 160);
    for (let w = 0; w < textWords; w += 12) sentences.push(`${phrase(12)}.`);
    return {
      title: phrase(6 + Math.floor(next() * 5)),
      author: `${words[100 + (n % 300)]} ${words[500 + (n % 97)]}`,
      text: sentences.join(' '),
      sourceIndex: n % SOURCES,
      publishedAt: new Date(start + Math.floor((n / count) * 700 * 86_400_000)).toISOString(),
    };
  };
}

async function addSources(db: Kysely<Database>, words: string[]): Promise<number[]> {
  const rows = Array.from({ length: SOURCES }, (_, i) => ({
    slug: `bench-source-${i}`,
    title: `${words[2000 + i]} ${words[3000 + i]}`,
    site_url: `https://bench-${i}.example/`,
    feed_url: null,
    description: '',
    created_at: new Date().toISOString(),
  }));
  return (await db.insertInto('sources').values(rows).returning('id').execute()).map((r) => r.id);
}

/** Writes `count` articles with their texts, in batches of BATCH per transaction; articles per second. */
export async function writeArticles(db: Kysely<Database>, words: string[], count: number, label: string): Promise<number> {
  const sourceIds = await addSources(db, words);
  const make = corpus(words, count, 11);
  const started = performance.now();
  for (let first = 0; first < count; first += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - first) }, (_, i) => ({ n: first + i, article: make(first + i) }));
    await db.transaction().execute(async (trx) => {
      const ids = await trx
        .insertInto('articles')
        .values(
          batch.map(({ n, article }) => ({
            source_id: sourceIds[article.sourceIndex]!,
            guid_hash: `bench-${n}`,
            slug: `bench-${n}`,
            url: `https://bench.example/${n}`,
            canonical_url: `https://bench.example/${n}`,
            title: article.title,
            author: article.author,
            published_at: article.publishedAt,
            fetched_at: article.publishedAt,
            updated_at: article.publishedAt,
            excerpt_html: `<p>${article.text.slice(0, 200)}</p>`,
            image_url: null,
            language: 'en',
          })),
        )
        .returning('id')
        .execute();
      await trx
        .insertInto('article_texts')
        .values(ids.map((row, i) => ({ article_id: row.id, body_text: batch[i]!.article.text })))
        .execute();
    });
    if ((first / BATCH) % 20 === 0) process.stderr.write(`\rsearch bench: ${label}: ${first.toLocaleString('en')}/${count.toLocaleString('en')} articles written`);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`\rsearch bench: ${label}: ${count.toLocaleString('en')} articles in ${seconds.toFixed(1)} s${' '.repeat(20)}\n`);
  return count / seconds;
}

/** Drops the triggers that keep the index, for the baseline: the same writes without indexing. */
async function dropIndexTriggers(db: Kysely<Database>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger article_search_article on articles`.execute(db);
    await sql`drop trigger article_search_text on article_texts`.execute(db);
    return;
  }
  for (const name of ['article_search_insert', 'article_search_update', 'article_search_text_insert', 'article_search_text_update']) {
    await sql`drop trigger ${sql.id(name)}`.execute(db);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[at]!;
}

/** The percentile and a 95% bootstrap interval for it (2,000 resamples, seeded). */
function percentileWithInterval(samples: readonly number[], p: number): { value: number; low: number; high: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const next = random(99);
  const estimates: number[] = [];
  for (let b = 0; b < 2000; b++) {
    const resample = Array.from({ length: samples.length }, () => samples[Math.floor(next() * samples.length)]!).sort((x, y) => x - y);
    estimates.push(percentile(resample, p));
  }
  estimates.sort((a, b) => a - b);
  return { value: percentile(sorted, p), low: percentile(estimates, 0.025), high: percentile(estimates, 0.975) };
}

interface Timings {
  searchMs: number[];
  countMs: number[];
  matches: number[];
}

async function timeQueries(db: Kysely<Database>, queries: string[]): Promise<Timings> {
  const timings: Timings = { searchMs: [], countMs: [], matches: [] };
  for (const [i, q] of queries.entries()) {
    const query = parseSearchQuery(q);
    const started = performance.now();
    const results = await searchArticles(db, { query, filters: {}, page: 1, perPage: PER_PAGE });
    const searched = performance.now();
    await countSearchMatches(db, query);
    const counted = performance.now();
    if (i < WARMUP) continue;
    timings.searchMs.push(searched - started);
    timings.countMs.push(counted - searched);
    timings.matches.push(results.total);
  }
  return timings;
}

/** Two-word queries: words drawn by their frequency in the corpus, leaving out the 100 most common (a reader's stop words). */
export function readerQueries(words: string[]): string[] {
  const rank = zipfSampler(random(23), 100);
  return Array.from({ length: QUERIES + WARMUP }, () => `${words[rank()]} ${words[rank()]}`);
}

/** The worst case: two of the 20 most common words, each in most articles. */
export function commonQueries(words: string[]): string[] {
  const next = random(31);
  return Array.from({ length: COMMON_QUERIES + WARMUP }, () => `${words[Math.floor(next() * 20)]} ${words[Math.floor(next() * 20)]}`);
}

interface StoreCase {
  name: string;
  open(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

function sqliteCase(): StoreCase {
  return {
    name: 'SQLite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-search-'));
      const store = openStore({ sqlitePath: join(dir, 'desk.db') });
      await migrateToLatest(store);
      return {
        store,
        dispose: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

function postgresCase(): StoreCase {
  return {
    name: 'PostgreSQL',
    async open() {
      const schema = await scratchSchema();
      const store = openStore({ sqlitePath: ':memory:', databaseUrl: schema.url, pgStatementTimeoutMs: 0 });
      await migrateToLatest(store);
      return {
        store,
        dispose: async () => {
          await store.close();
          await schema.drop();
        },
      };
    },
  };
}

function ms(value: number): string {
  return value.toFixed(1);
}

async function benchStore(storeCase: StoreCase, words: string[]): Promise<BenchRow[]> {
  const baselineDesk = await storeCase.open();
  let baselineRate: number;
  try {
    await dropIndexTriggers(baselineDesk.store.db);
    baselineRate = await writeArticles(baselineDesk.store.db, words, BASELINE_ARTICLES, `${storeCase.name}, no index (baseline)`);
  } finally {
    await baselineDesk.dispose();
  }
  const desk = await storeCase.open();
  try {
    const db = desk.store.db;
    const rate = await writeArticles(db, words, ARTICLES, `${storeCase.name}, indexed`);
    if (isPostgres(db)) await sql`analyze`.execute(db);
    const reader = await timeQueries(db, readerQueries(words));
    const common = await timeQueries(db, commonQueries(words));
    const rows: BenchRow[] = [
      {
        name: `search, ${storeCase.name}: write ${ARTICLES.toLocaleString('en')} articles with their text and index them (baseline: the same writes without the index, ${BASELINE_ARTICLES.toLocaleString('en')} articles)`,
        value: rate,
        unit: 'articles/s',
        baseline: baselineRate,
      },
    ];
    for (const [label, timings] of [
      ['two-word reader queries', reader],
      ['two of the 20 commonest words', common],
    ] as const) {
      const p50 = percentileWithInterval(timings.searchMs, 0.5);
      const p95 = percentileWithInterval(timings.searchMs, 0.95);
      const countP95 = percentileWithInterval(timings.countMs, 0.95);
      const matches = [...timings.matches].sort((a, b) => a - b);
      console.log(
        `search bench: ${storeCase.name}, ${label} at ${ARTICLES.toLocaleString('en')} articles (${timings.searchMs.length} queries; matches median ${percentile(matches, 0.5)}, p95 ${percentile(matches, 0.95)}): ` +
          `p50 ${ms(p50.value)} ms [95% CI ${ms(p50.low)}–${ms(p50.high)}], p95 ${ms(p95.value)} ms [95% CI ${ms(p95.low)}–${ms(p95.high)}]; count alone p95 ${ms(countP95.value)} ms`,
      );
      rows.push({
        name: `search, ${storeCase.name}: ${label}, p50 at ${ARTICLES.toLocaleString('en')} articles, 95% CI ${ms(p50.low)}–${ms(p50.high)} ms (baseline: count of matches alone, p50)`,
        value: p50.value,
        unit: 'ms',
        baseline: percentile([...timings.countMs].sort((a, b) => a - b), 0.5),
      });
      rows.push({
        name: `search, ${storeCase.name}: ${label}, p95 at ${ARTICLES.toLocaleString('en')} articles, 95% CI ${ms(p95.low)}–${ms(p95.high)} ms (baseline: count of matches alone, p95)`,
        value: p95.value,
        unit: 'ms',
        baseline: countP95.value,
        ...(label === 'two-word reader queries' ? { targetAtMost: TARGET_P95_MS } : {}),
      });
    }
    return rows;
  } finally {
    await desk.dispose();
  }
}

export async function searchBench(): Promise<BenchRow[]> {
  const words = vocabulary();
  // SEARCH_BENCH_STORES=postgres (or sqlite) measures one store only.
  const only = process.env.SEARCH_BENCH_STORES;
  const rows = only === 'postgres' ? [] : await benchStore(sqliteCase(), words);
  if (only === 'sqlite') return rows;
  if (postgresSkip) console.log(`search bench: no PostgreSQL rows (${postgresSkip})`);
  else rows.push(...(await benchStore(postgresCase(), words)));
  return rows;
}
