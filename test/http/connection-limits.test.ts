import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startTestDesk, type TestDesk } from '../support/desk.js';

/*
 * Slow and greedy clients: a request that stops half-way is closed when its time runs out,
 * and one address cannot hold every connection. The limits are shortened here so the test
 * waits seconds, not minutes; the defaults are in src/web/limits.ts.
 */

const limits = { headersTimeoutMs: 600, requestTimeoutMs: 900, keepAliveTimeoutMs: 300, idleTimeoutMs: 30_000, maxConnectionsPerAddress: 8 };

function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with what the server sent once it closes the connection, or 'still open' after `waitMs`. */
function closedWithin(socket: Socket, waitMs: number): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => {});
    const timer = setTimeout(() => resolve('still open'), waitMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(received === '' ? 'closed' : received);
    });
  });
}

function get(port: number, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => {
      socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.once('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.once('error', reject);
  });
}

describe('connection limits', () => {
  let desk: TestDesk;
  let port: number;
  before(async () => {
    desk = await startTestDesk({ server: { limits } });
    port = Number(new URL(desk.url).port);
  });
  after(() => desk.close());

  test('a request whose body stops half-way is closed when the request time runs out', async () => {
    const socket = await open(port);
    socket.write('POST /articles/x/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncomment=ab');
    const outcome = await closedWithin(socket, 8_000);
    assert.notEqual(outcome, 'still open', 'the server kept a silent half-sent body open');
    // The request timeout answers 408; the idle timeout (30 s here) would close it silently, much later.
    assert.match(outcome, /^HTTP\/1\.1 408/);
  });

  test('a request whose headers stop half-way is closed when the header time runs out', async () => {
    const socket = await open(port);
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    const outcome = await closedWithin(socket, 8_000);
    assert.notEqual(outcome, 'still open', 'the server kept silent half-sent headers open');
    assert.match(outcome, /^HTTP\/1\.1 408/);
  });

  test('an idle keep-alive connection is closed after the keep-alive time', async () => {
    const socket = await open(port);
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    const outcome = await closedWithin(socket, 8_000);
    assert.match(outcome, /^HTTP\/1\.1 200/, 'the response came, then the idle connection was closed');
  });

  test('one address cannot hold more than its share of connections; others are still served', async () => {
    const held: Socket[] = [];
    try {
      const outcomes: Promise<string>[] = [];
      for (let i = 0; i < limits.maxConnectionsPerAddress + 4; i++) {
        const socket = await open(port);
        // Watch from the start: the server may close a connection over the cap at once.
        outcomes.push(closedWithin(socket, 500));
        socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n');
        held.push(socket);
      }
      const settled = await Promise.all(outcomes);
      const refused = settled.filter((o) => o !== 'still open').length;
      assert.equal(refused, 4, `connections over the cap were closed at once (${refused} closed)`);
      // Another address on the loopback network is answered while the first holds its share.
      assert.equal(await get(port, '127.0.0.2'), 200);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});
