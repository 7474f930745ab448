/**
 * Issue 13's page figures: each public page of a prepared desk served by `serve --no-worker`
 * (as npm start serves it) against the ceiling, a bare node:http server sending the same bytes
 * from memory (bench/ceiling-server.ts), with the same autocannon settings, alternating rounds;
 * the median of the rounds' ratios is reported. Also the article page while a reader posts a
 * comment every second (each post followed by a GET of its redirect target, which must show it).
 *   npm run build && node --import tsx bench/pages.ts
 *   BENCH_PAGES=article BENCH_ROUNDS=1 BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" …   one case, profiled
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { BenchRow } from './ingest.js';
import { startServer } from './server.js';
import { knownPosterEmail, knownPosterName, prepareDesk } from './web.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function requestsPerSecond(url: string): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const wrong = result.errors + result.timeouts + result.non2xx;
  if (wrong > result.requests.total / 100) throw new Error(`${url}: ${wrong} of ${result.requests.total} answers failed`);
  return result.requests.average;
}

function startCeiling(file: string, contentType: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ceiling-server.ts', file, contentType, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`ceiling server exited with ${code}`)));
  });
}

interface Ratio {
  page: number;
  ceiling: number;
  ratio: number;
}

/** Alternates page and ceiling ROUNDS times; `during` runs beside each page round (a poster). */
async function measureAgainstCeiling(dir: string, pageUrl: string, ceilingPort: number, during?: () => { stop(): Promise<void> }): Promise<Ratio> {
  const response = await fetch(pageUrl);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`);
  const file = join(dir, `ceiling-${ceilingPort}.bin`);
  writeFileSync(file, bytes);
  const ceiling = await startCeiling(file, response.headers.get('content-type') ?? 'text/html', ceilingPort);
  try {
    const pages: number[] = [];
    const ceilings: number[] = [];
    const ratios: number[] = [];
    await requestsPerSecond(pageUrl); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      const side = during?.();
      const page = await requestsPerSecond(pageUrl);
      await side?.stop();
      const top = await requestsPerSecond(`http://127.0.0.1:${ceilingPort}/`);
      pages.push(page);
      ceilings.push(top);
      ratios.push(page / top);
    }
    return { page: median(pages), ceiling: median(ceilings), ratio: median(ratios) };
  } finally {
    ceiling.kill('SIGTERM');
  }
}

/** Posters prepared (one post each): enough for a post a second through every round. */
const KNOWN_POSTERS = 200;
/** The desk's default minimum time between showing the form and a post (minFillSeconds), with a margin. */
const FORM_AGE_MS = 3_300;

/** A form as a reader got it: when, its tokens and the cookies that came with it. */
interface HeldForm {
  at: number;
  formToken: string;
  csrf: string;
  cookies: string;
}

async function fetchForm(base: string, slug: string): Promise<HeldForm> {
  const page = await fetch(`${base}/articles/${slug}`);
  const html = await page.text();
  const field = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';
  return { at: Date.now(), formToken: field('form_token'), csrf: field('_csrf'), cookies: page.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ') };
}

/**
 * Readers posting a comment every second, each from an address of its own (the desk trusts the
 * bench's X-Forwarded-For, so the flood rules apply per address as behind a proxy), each with
 * a form fetched long enough before to pass the anti-bot timing; every redirect target is fetched
 * with the poster's cookies and must show the new comment.
 */
function posterEverySecond(base: string, slug: string): () => { stop(): Promise<void> } {
  let address = 0;
  // Kept between rounds: a form fetched late in one round is old enough early in the next.
  const forms: HeldForm[] = [];
  return () => {
    let running = true;
    let posted = 0;
    const loop = (async () => {
      while (running) {
        const started = Date.now();
        forms.push(await fetchForm(base, slug));
        const form = forms[0]!;
        if (Date.now() - form.at >= FORM_AGE_MS) {
          if (address + 1 >= KNOWN_POSTERS) throw new Error('the bench ran out of prepared posters');
          forms.shift();
          address++;
          const from = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
          const text = `Bench comment ${address}, posted while the page is under load.`;
          const answer = await fetch(`${base}/articles/${slug}/comments`, {
            method: 'POST',
            redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookies, 'x-forwarded-for': from },
            body: new URLSearchParams({ form_token: form.formToken, _csrf: form.csrf, comment: text, author: knownPosterName(address), email: knownPosterEmail(address) }).toString(),
          });
          const location = answer.headers.get('location');
          if (answer.status !== 303 || !location) {
            writeFileSync(join(tmpdir(), 'newsdesk-bench-refused-post.html'), await answer.text());
            throw new Error(`the post was answered ${answer.status} (the page is in ${join(tmpdir(), 'newsdesk-bench-refused-post.html')})`);
          }
          const cookies = [form.cookies, ...answer.headers.getSetCookie().map((line) => line.split(';')[0])].join('; ');
          const landing = await (await fetch(base + location.replace(/#.*$/, ''), { headers: { cookie: cookies, 'x-forwarded-for': from } })).text();
          if (!landing.includes(text)) throw new Error('the page the post redirected to does not show the new comment');
          posted++;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))));
      }
    })();
    return {
      async stop() {
        running = false;
        await loop;
        if (posted === 0) throw new Error('no comment was posted during the round');
      },
    };
  };
}

export async function pagesBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-pages-'));
  const dbPath = join(dir, 'bench.db');
  const port = 3900 + Math.floor(Math.random() * 50);
  let server: ChildProcess | undefined;
  try {
    const slug = await prepareDesk(dbPath, { knownPosters: KNOWN_POSTERS });
    server = await startServer(dbPath, port, { NEWSDESK_TRUST_PROXY: '1' });
    const base = `http://127.0.0.1:${port}`;
    const rows: BenchRow[] = [];
    const cases = [
      ['article page, 50 comments', `/articles/${slug}`, undefined],
      ['home page', '/', undefined],
      ['/feed.xml', '/feed.xml', undefined],
      ['article page, 50 comments, while a reader posts a comment every second', `/articles/${slug}`, posterEverySecond(base, slug)],
    ] as const;
    let ceilingPort = port + 50;
    // BENCH_PAGES=article,home picks cases by the first word of their name (to profile one).
    const picked = process.env.BENCH_PAGES?.split(',');
    for (const [name, path, during] of cases) {
      if (picked && !picked.some((word) => name.startsWith(word) || path === word)) continue;
      const figures = await measureAgainstCeiling(dir, base + path, ceilingPort++, during);
      const target = during ? 0.3 : 0.6;
      rows.push({ name: `pages: ${name}, ${CONNECTIONS} connections, medians of ${ROUNDS} alternating rounds (baseline: node:http sending the same bytes)`, value: figures.page, unit: 'requests/s', baseline: figures.ceiling, targetRatio: target });
    }
    return rows;
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await pagesBench()) console.log(`| ${row.name} | ${row.value.toFixed(0)} ${row.unit} | ${row.baseline.toFixed(0)} | ${(row.value / row.baseline).toFixed(3)} |`);
}
