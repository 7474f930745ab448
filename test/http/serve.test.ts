import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { freePort } from '../support/net.js';
import Database from 'better-sqlite3';

test('serve seeds a new desk once, answers, and Ctrl-C (SIGINT) shuts it down cleanly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-serve-'));
  const dbPath = join(dir, 'desk.db');
  try {
    for (const run of [1, 2]) {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
        env: { ...process.env, NEWSDESK_DB: dbPath, PORT: String(port), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const deadline = Date.now() + 30_000;
      while (!output.includes('serving on') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.match(output, /serving on/, output);
      assert.equal(/Seeded the demo desk: 4 sources, 24 articles/.test(output), run === 1, `seeded on run ${run} only:\n${output}`);

      const home = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(home.status, 200);

      child.kill('SIGINT');
      const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 10_000))]);
      assert.equal(code, 0, `exit after SIGINT:\n${output}`);
      assert.match(output, /SIGINT received, closing/);
    }
    // After two clean shutdowns the file opens with everything the first run stored.
    const db = new Database(dbPath, { readonly: true });
    assert.equal((db.prepare('select count(*) as n from articles').get() as { n: number }).n, 24);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
