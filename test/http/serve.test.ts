import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/database.js';
import { readPublicUrl } from '../../src/store/public-url.js';
import { scratchStore } from '../support/desk.js';
import { freePort } from '../support/net.js';

test('serve seeds a new desk once, answers, and Ctrl-C (SIGINT) shuts it down cleanly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-serve-'));
  const store = await scratchStore(dir);
  try {
    let port = 0;
    for (const run of [1, 2]) {
      port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
        env: { ...process.env, ...store.env, PORT: String(port), HOST: '127.0.0.1', NEWSDESK_PUBLIC_URL: undefined, LOG_LEVEL: 'warn' },
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
    // After two clean shutdowns the store opens with everything the first run stored.
    const reopened = openStore(store);
    try {
      const row = await reopened.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(row.n), 24);
      // What the CLI's password links use: the address of the desk that started last.
      assert.equal(await readPublicUrl(reopened.db), `http://127.0.0.1:${port}`);
    } finally {
      await reopened.close();
    }
  } finally {
    await store.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
