import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestDesk, type TestDesk } from '../support/desk.js';

let t: TestDesk;
before(async () => {
  t = await startTestDesk();
});
after(() => t.close());

/** A GET with exactly these headers (fetch would add and decode Accept-Encoding itself). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(t.url + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('pages link the stylesheet and script by fingerprinted names, served for a year, compressed when accepted', async () => {
  const home = (await get('/')).body.toString();
  const style = home.match(/href="(\/assets\/style\.[\w-]{10}\.css)"/)?.[1];
  const script = home.match(/src="(\/assets\/site\.[\w-]{10}\.js)"/)?.[1];
  assert.ok(style && script, 'fingerprinted links on the page');
  const original = readFileSync(new URL('../../public/style.css', import.meta.url));

  const plain = await get(style);
  assert.equal(plain.status, 200);
  assert.match(String(plain.headers['cache-control']), /max-age=31536000, immutable/);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, original);

  const br = await get(style, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.ok(br.body.length < original.length / 2, 'the brotli copy is much smaller');
  assert.deepEqual(brotliDecompressSync(br.body), original);
  const gz = await get(style, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), original);
  assert.equal(gz.headers.vary, 'Accept-Encoding');

  const again = await get(style, { 'if-none-match': String(plain.headers.etag) });
  assert.equal(again.status, 304);
});

test('the plain names stay served with a short cache life; unknown names are not found', async () => {
  const icon = await get('/assets/favicon.svg');
  assert.equal(icon.status, 200);
  assert.match(String(icon.headers['content-type']), /image\/svg\+xml/);
  assert.match(String(icon.headers['cache-control']), /max-age=3600$/);
  assert.equal((await get('/assets/style.0000000000.css')).status, 404);
  assert.equal((await get('/assets/..%2Fpackage.json')).status, 404);
});
