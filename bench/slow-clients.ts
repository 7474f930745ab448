/**
 * Slow clients (issue 9, item 2): opens N connections from one address that send headers and
 * part of a body, then go silent, against a desk built with the default limits; reports how
 * many the server accepted, whether a client from another address is answered meanwhile, and
 * how many are still held after WAIT_S seconds.
 *
 *   node --import tsx bench/slow-clients.ts [N] [WAIT_S]
 */
import { get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { startTestDesk } from '../test/support/desk.js';

const count = Number(process.argv[2] ?? 1000);
const waitSeconds = Number(process.argv[3] ?? 95);

const desk = await startTestDesk();
const port = Number(new URL(desk.url).port);
const sockets: Socket[] = [];
let closedByServer = 0;
for (let i = 0; i < count; i++) {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('error', () => {});
  socket.once('close', () => closedByServer++);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()).once('close', () => resolve()));
  socket.write('POST /articles/x/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\ncomment=');
  sockets.push(socket);
}
await new Promise((r) => setTimeout(r, 500));
const heldAtOnce = count - closedByServer;
const started = performance.now();
// Another client on the loopback network, from its own address.
const other = await new Promise<string>((resolve) => {
  const request = get({ host: '127.0.0.1', port, path: '/healthz', localAddress: '127.0.0.2', timeout: 5000 }, (response) => {
    response.resume();
    response.on('end', () => resolve(`${response.statusCode} in ${(performance.now() - started).toFixed(0)} ms`));
  });
  request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
  request.on('error', (error) => resolve(`no answer (${error.message})`));
});
console.log(`${count} silent half-sent requests: ${heldAtOnce} held by the server, ${closedByServer} closed at once; another address: ${other}`);
await new Promise((r) => setTimeout(r, waitSeconds * 1000));
console.log(`after ${waitSeconds} s: ${count - closedByServer} still held`);
for (const socket of sockets) socket.destroy();
await desk.close();
