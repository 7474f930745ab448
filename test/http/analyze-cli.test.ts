import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { after, before, describe, test, type TestContext } from 'node:test';
import { analyzeCommand } from '../../src/cli/analyze.js';
import { analyzeAll, splitArticleInput } from '../../src/cli/analyze-stored.js';
import { loadConfig } from '../../src/config.js';
import { insertArticle } from '../../src/store/articles.js';
import { saveArticleText } from '../../src/store/search-index.js';
import { makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

/*
 * `newsdesk analyze --json` (one article on stdin, no database) and `--all` (every stored
 * article again through the job table), called in-process, and one real run as a process.
 */

const article = `Harbour board backs night ferries
Harbour master Marta Quell told the board on Monday that the crossings were safe after dark.
"We have run trials all winter and the numbers are good," Quell said.
The Lindholm Ferry Company said it would hire twelve crew.`;

function capture(t: TestContext): string[] {
  const lines: string[] = [];
  t.mock.method(console, 'log', (line: string) => lines.push(line));
  return lines;
}

describe('newsdesk analyze --json and --all', () => {
  let t: TestDesk;

  before(async () => {
    t = await startTestDesk();
    const source = await makeSource(t.desk);
    for (let i = 0; i < 3; i++) {
      const url = `https://example.org/ferry-${i}`;
      const at = new Date(Date.UTC(2026, 11, 1 + i)).toISOString();
      const stored = await insertArticle(t.desk.store.db, {
        source_id: source.id, guid_hash: createHash('sha256').update(url).digest('hex'), url, canonical_url: url, title: `Ferry report ${i}`,
        author: null, excerpt_html: '<p>Ferries.</p>', image_url: null, published_at: at, fetched_at: at, updated_at: at, slug: `ferry-${i}`, language: 'en',
      });
      await saveArticleText(t.desk.store.db, stored.id, article.split('\n').slice(1).join('\n'));
    }
  });
  after(() => t.close());

  test('--json prints the entities and the quotes with their speaker', async (tc) => {
    const lines = capture(tc);
    assert.equal(await analyzeCommand(['--json'], Readable.from([article])), 0);
    const printed = JSON.parse(lines[0]!) as { entities: { name: string; type: string; aliases: string[] }[]; quotes: { text: string; speaker: string | null }[] };
    assert.deepEqual(Object.keys(printed), ['entities', 'quotes']);
    assert.ok(printed.quotes.some((q) => q.text.startsWith('We have run trials') && q.speaker === 'Marta Quell'), JSON.stringify(printed.quotes));
    const quell = printed.entities.find((e) => e.name === 'Marta Quell');
    assert.equal(quell?.type, 'PERSON');
    assert.deepEqual(Object.keys(quell!), ['name', 'type', 'aliases']);
  });

  test('HTML input is read as its text; the title is the first line; empty input is a clear error', async (tc) => {
    assert.deepEqual(splitArticleInput('\n<h1>Title here</h1>\n<p>One &amp; two.</p>'), { title: 'Title here', body: 'One & two.' });
    const errors: string[] = [];
    tc.mock.method(console, 'error', (line: string) => errors.push(line));
    assert.equal(await analyzeCommand(['--json'], Readable.from(['  \n\n'])), 1);
    assert.match(errors[0] ?? '', /the input is empty/);
    await assert.rejects(analyzeCommand(['--frobnicate'], Readable.from([''])), /analyze needs --json, --cluster or --all/);
  });

  test('--all analyses every stored article through the job table, with progress', async (tc) => {
    const lines = capture(tc);
    let progress = '';
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => ((progress += chunk.toString()), done()) }) as unknown as NodeJS.WriteStream;
    assert.equal(await analyzeAll(loadConfig({ ...process.env, ...t.storeEnv }), stream), 0);
    assert.match(lines.join('\n'), /Analysed 3 articles\./);
    assert.match(progress, /100% 3\/3 articles/);
    const rows = await t.desk.store.db.selectFrom('articles').select(['analyzed_at', 'story_id']).execute();
    assert.ok(rows.every((r) => r.analyzed_at !== null && r.story_id !== null));
    const quotes = await t.desk.store.db.selectFrom('quotes').select('speaker_name').execute();
    assert.equal(quotes.filter((q) => q.speaker_name === 'Marta Quell').length, 3);
  });

  test('a real run: stdin in, one JSON line out', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'analyze', '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdin.end(article);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    assert.ok((JSON.parse(out) as { quotes: unknown[] }).quotes.length >= 1);
  });
});
