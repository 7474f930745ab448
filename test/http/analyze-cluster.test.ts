import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { analyzeCommand } from '../../src/cli/analyze.js';
import { main } from '../../src/cli.js';
import { loadConfig } from '../../src/config.js';

/* `newsdesk analyze --cluster`: JSON lines in, the story of each out, in order, no database. Articles written by us. */

const articles = [
  { id: 'q1', title: 'Earthquake kills 12 in West Java', text: 'A magnitude 6.1 earthquake struck West Java on Tuesday, killing at least 12 people, the disaster agency said.\nRescuers searched collapsed homes in Cianjur through the night.', published_at: '2026-03-03T08:00:00Z', source: 'wire' },
  { id: 'r1', title: 'Lindsay Lohan checks into Betty Ford Center', text: 'Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Friday, her lawyer Shawn Holley said.\nA Los Angeles judge ordered the stay.' },
  { id: 7, title: 'West Java quake toll reaches 12', text: 'At least 12 people died when a 6.1 magnitude earthquake hit West Java on Tuesday, the disaster agency said.\nMost damage was in Cianjur, where rescuers worked through the night.', published_at: '2026-03-03T15:30:00Z', source: 'paper' },
];

async function inProcess(input: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (line: string) => void out.push(line);
  console.error = (line: string) => void err.push(line);
  try {
    const code = await analyzeCommand(['--cluster'], Readable.from([input]));
    return { code, out, err };
  } finally {
    console.log = log;
    console.error = error;
  }
}

test('one story per line, in order: the rewrite joins the first story, the unrelated one starts another', async () => {
  const { code, out } = await inProcess(`${articles.map((a) => JSON.stringify(a)).join('\n')}\n\n`);
  assert.equal(code, 0);
  assert.deepEqual(
    out.map((line) => JSON.parse(line)),
    [
      { id: 'q1', story: 1 },
      { id: 'r1', story: 2 },
      { id: 7, story: 1 },
    ],
  );
});

test('a malformed line gets an error line in its place, the others are still clustered, exit code 1', async () => {
  const input = [JSON.stringify(articles[0]), '{not json', JSON.stringify({ id: 'x', title: 'No text' }), JSON.stringify({ id: 'd', title: 't', text: 'x', published_at: 'someday' }), JSON.stringify(articles[2])].join('\n');
  const { code, out, err } = await inProcess(input);
  assert.equal(code, 1);
  const printed = out.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(printed[0], { id: 'q1', story: 1 });
  assert.deepEqual(printed[1], { id: null, line: 2, error: 'not a JSON line' });
  assert.deepEqual(printed[2], { id: 'x', line: 3, error: '"text" must be a string' });
  assert.deepEqual(printed[3], { id: 'd', line: 4, error: '"published_at" must be a date (ISO 8601)' });
  assert.deepEqual(printed[4], { id: 7, story: 1 });
  assert.equal(err.length, 3);
  assert.match(err[0]!, /line 2: not a JSON line/);
});

test('analyze without --cluster is a usage error (exit code 2), and help lists the command', async () => {
  const error = console.error;
  const log = console.log;
  const err: string[] = [];
  const out: string[] = [];
  console.error = (line: string) => void err.push(line);
  console.log = (line: string) => void out.push(line);
  try {
    assert.equal(await main(['analyze'], loadConfig({})), 2);
    assert.match(err.join('\n'), /analyze needs --json, --cluster or --all/);
    assert.equal(await main(['help', 'analyze'], loadConfig({})), 0);
    assert.match(out.join('\n'), /analyze --cluster/);
  } finally {
    console.error = error;
    console.log = log;
  }
});

test('end to end: a spawned `newsdesk analyze --cluster` reads stdin and writes JSON lines', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'analyze', '--cluster'], { env: { ...process.env, NEWSDESK_DB: '/nonexistent/never.db', DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(articles.map((a) => JSON.stringify(a)).join('\n'));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.deepEqual(
    stdout.trim().split('\n').map((line) => JSON.parse(line)),
    [
      { id: 'q1', story: 1 },
      { id: 'r1', story: 2 },
      { id: 7, story: 1 },
    ],
  );
});
