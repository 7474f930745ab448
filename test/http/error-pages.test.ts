import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { buildServer } from '../../src/web/server.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';

/* Every error a person can reach is a page in the desk's layout; JSON only for a JSON client; no internal message. */

interface Answer {
  status: number;
  type: string;
  body: string;
  /** The Content-Security-Policy header: every answer carries the desk's security headers. */
  csp: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, csp: String(res.headers['content-security-policy'] ?? '') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends raw bytes (Node's client would refuse to send a malformed request). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(Buffer.from(text, 'utf8')));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

const internals = /FST_|ERR_|statusCode":\s*\d+,\s*"code"|is not a valid url component|stack|at .*\.js:\d+/;

describe('error pages', () => {
  let desk: TestDesk;
  let port: number;
  before(async () => {
    desk = await startTestDesk();
    port = Number(new URL(desk.url).port);
  });
  after(() => desk.close());

  const pages: [string, string, number][] = [
    ['a malformed percent-encoding in the path', '/sources/%', 400],
    ['a broken UTF-8 sequence in the path', '/articles/%E0%A4%A', 400],
    ['an overlong path parameter', `/articles/${'a'.repeat(5000)}`, 414],
    ['an unknown address', '/no/such/page', 404],
  ];
  for (const [what, path, status] of pages) {
    test(`${what} is an HTML page in the layout, with no internal message`, async () => {
      const answer = await get(port, path);
      assert.equal(answer.status, status);
      assert.match(answer.type, /^text\/html/);
      assert.match(answer.body, /<link rel="stylesheet" href="\/assets\/style\.[\w-]{10}\.css"/);
      assert.match(answer.body, /<h1 class="page-title">/);
      assert.doesNotMatch(answer.body, internals);
      assert.match(answer.csp, /frame-ancestors 'none'/);
    });
  }

  test('a JSON client gets the same words as JSON', async () => {
    const answer = await get(port, '/sources/%', { accept: 'application/json' });
    assert.equal(answer.status, 400);
    assert.match(answer.type, /^application\/json/);
    const body = JSON.parse(answer.body) as { statusCode: number; error: string; message: string };
    assert.equal(body.statusCode, 400);
    assert.equal(body.error, 'Bad request');
    assert.doesNotMatch(answer.body, internals);
    // A browser's Accept header, which names */* after HTML, still gets the page.
    const page = await get(port, '/sources/%', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    assert.match(page.type, /^text\/html/);
  });

  test('a request Node cannot parse (a raw non-ASCII path) gets an HTML page, not JSON', async () => {
    const answer = await rawRequest(port, 'GET /admin/login?next=/admin/é\u0001 HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.match(answer, /^HTTP\/1\.1 400 /);
    assert.match(answer, /Content-Type: text\/html/);
    assert.doesNotMatch(answer, internals);
    assert.doesNotMatch(answer, /application\/json/);
  });

  test('an error raised while writing a response header still ends as the error page', async () => {
    const app = await buildServer(desk.desk.context);
    app.get('/test-only/bad-header', async (_request, reply) => {
      reply.header('x-test', 'line\nbreak');
      return 'unreachable';
    });
    const answer = await app.inject({ method: 'GET', url: '/test-only/bad-header' });
    await app.close();
    assert.equal(answer.statusCode, 500);
    assert.match(String(answer.headers['content-type']), /^text\/html/);
    assert.match(answer.body, /Something went wrong/);
    assert.doesNotMatch(answer.body, internals);
    assert.doesNotMatch(answer.body, /Invalid character/);
  });
});
