import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { freePort } from '../support/net.js';
import { startCli, untilPrinted, type CliProcess } from '../support/processes.js';

/** `newsdesk serve` on a new SQLite desk in a temporary folder, on a free port. */
async function serveInTempDir(args: string[]): Promise<{ cli: CliProcess; dir: string; port: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-sigterm-'));
  const port = await freePort();
  const cli = startCli(['serve', ...args], { NEWSDESK_DB: join(dir, 'desk.db'), PORT: String(port), NEWSDESK_DEMO: '0', LOG_LEVEL: 'warn', NEWSDESK_MAIL_LOG: join(dir, 'mail.log') });
  return { cli, dir, port };
}

test('SIGTERM on serve: a request in flight still gets its answer, then the process exits cleanly', async () => {
  const { cli, dir, port } = await serveInTempDir([]);
  try {
    await untilPrinted('the server', cli, 'serving on', 30_000);

    // A form post whose body is still arriving: the server has the request, not yet all of it.
    const body = 'email=nobody%40desk.example&password=wrong&_csrf=none';
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST /admin/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 300));

    cli.child.kill('SIGTERM');
    await untilPrinted('the SIGTERM to be taken', cli, 'SIGTERM received, closing', 10_000);
    // Draining: new connections are still answered (not reset) while they keep coming, and
    // refused once they stop or the accept window (3 s) is over, while the old one is served.
    const outcomes: string[] = [];
    const started = Date.now();
    while (outcomes.at(-1) !== 'refused' && Date.now() - started < 6_000) {
      outcomes.push(await fetch(`http://127.0.0.1:${port}/healthz`).then((res) => `answered ${res.status}`, () => 'refused'));
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(outcomes.at(-1), 'refused', `no new request is taken once the node stops accepting: ${outcomes.join(', ')}`);
    assert.ok(outcomes.slice(0, -1).every((o) => o === 'answered 200'), `until then each was answered: ${outcomes.join(', ')}`);
    assert.equal(answer, '', 'nothing answered before the body arrived');

    socket.end(body.slice(10));
    await closed;
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
    // The form has no valid CSRF token, so the route refuses it; what matters is that the route answered.
    assert.equal(status, 403, `the request in flight was answered by its route:\n${answer.slice(0, 300)}`);

    const code = await Promise.race([cli.exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 15_000))]);
    assert.equal(code, 0, `exit after SIGTERM:\n${cli.output()}`);
  } finally {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SIGTERM on serve: a connection open but not yet sending gets its request answered, not reset', async () => {
  const { cli, dir, port } = await serveInTempDir(['--no-worker']);
  try {
    await untilPrinted('the server', cli, 'serving on', 30_000);
    // A browser's pre-opened connection: connected, its request not sent yet.
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    await new Promise((r) => setTimeout(r, 200));

    cli.child.kill('SIGTERM');
    await untilPrinted('the SIGTERM to be taken', cli, 'SIGTERM received, closing', 10_000);
    socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    await closed;
    assert.match(answer, /^HTTP\/1\.1 200 /, `the request on the open connection was answered:\n${answer.slice(0, 200) || '(nothing: the connection was dropped)'}`);
    assert.match(answer, /\r\nconnection: close\r\n/i, 'and the answer closed the connection');
    const code = await Promise.race([cli.exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 20_000))]);
    assert.equal(code, 0, `exit after SIGTERM:\n${cli.output()}`);
  } finally {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
