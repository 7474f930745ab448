import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { spamCommand } from '../../src/cli/spam.js';
import { loadConfig } from '../../src/config.js';
import { classifyComment } from '../../src/discussion/spam/classify.js';
import { loadShippedModel } from '../../src/discussion/spam/model-file.js';

/* `newsdesk spam classify`: JSON lines in, one verdict per line out, the shipped model, no database. */

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-spam-cli-'));
const dbPath = join(dir, 'never.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const lines = [
  { id: 'prize', text: 'URGENT! You have won a 1 week FREE membership in our £100,000 Prize Jackpot! Txt the word: CLAIM to No: 81010' },
  { id: 7, text: 'The bridge vote was closer than reported; the minutes show 27 to 19.', author: 'Ines', email: 'ines@example.org' },
  { id: 'site', text: 'Great post! Check my site.', url: 'https://mid.example.net/' },
  { id: 'links', text: 'see https://a.example.com/1 and https://b.example.com/2' },
];

/** Runs the command in this process, with what it prints to stdout. */
async function inProcess(input: string): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const log = console.log;
  console.log = (line: string) => void out.push(line);
  try {
    const code = await spamCommand({ ...loadConfig({}), sqlitePath: dbPath }, ['classify'], Readable.from([input]));
    return { code, out };
  } finally {
    console.log = log;
  }
}

test('one verdict per line, in order, as the content decision gives it for a known author', async () => {
  const { code, out } = await inProcess(lines.map((l) => JSON.stringify(l)).join('\n') + '\n\n');
  assert.equal(code, 0);
  const { model } = loadShippedModel();
  const printed = out.map((line) => JSON.parse(line) as { id: unknown; verdict: string; score: number });
  assert.deepEqual(
    printed.map((p) => p.id),
    lines.map((l) => l.id),
  );
  for (const [i, line] of lines.entries()) {
    const expected = classifyComment(line, model);
    assert.ok(expected.kind === 'judged');
    assert.deepEqual(printed[i], { id: line.id, verdict: expected.verdict, score: expected.score });
  }
  assert.deepEqual(
    printed.map((p) => p.verdict),
    ['spam', 'approve', 'hold', 'hold'],
  );
  assert.ok(!existsSync(dbPath), 'no database was opened');
});

test('a line that cannot be judged says why, the others are still judged, and the exit code is 1', async () => {
  const { code, out } = await inProcess(['not json', JSON.stringify({ id: 'x', text: 42 }), JSON.stringify({ id: 'empty', text: '   ' }), JSON.stringify(lines[1])].join('\n'));
  assert.equal(code, 1);
  const printed = out.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(printed[0], { id: null, error: 'not a JSON line' });
  assert.deepEqual(printed[1], { id: 'x', error: '"text" must be a string' });
  assert.equal(printed[2]!.id, 'empty');
  assert.equal(typeof printed[2]!.error, 'string');
  assert.equal(printed[3]!.verdict, 'approve');
});

test('end to end: a spawned `newsdesk spam classify` reads stdin and writes JSON lines', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'spam', 'classify'], { env: { ...process.env, NEWSDESK_DB: dbPath, DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(lines.map((l) => JSON.stringify(l)).join('\n'));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  const printed = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: unknown; verdict: string; score: number });
  assert.deepEqual(
    printed.map((p) => [p.id, p.verdict]),
    [
      ['prize', 'spam'],
      [7, 'approve'],
      ['site', 'hold'],
      ['links', 'hold'],
    ],
  );
  assert.ok(printed.every((p) => Number.isInteger(p.score) && p.score >= 0 && p.score <= 100));
  assert.ok(!existsSync(dbPath), 'no database was opened');
});

test('spam versions and spam rollback on a desk that has only the shipped model', async () => {
  const out: string[] = [];
  const log = console.log;
  console.log = (line: string) => void out.push(line);
  const config = { ...loadConfig({}), sqlitePath: join(dir, 'desk.db'), databaseUrl: undefined };
  try {
    assert.equal(await spamCommand(config, ['versions']), 0);
    assert.equal(await spamCommand(config, ['rollback']), 0);
  } finally {
    console.log = log;
  }
  assert.deepEqual(out, ['v0\tshipped\tactive', 'The shipped model (v0) is in use; there is nothing to roll back.']);
  await assert.rejects(spamCommand(config, ['frobnicate']), /spam needs classify, versions or rollback/);
});
