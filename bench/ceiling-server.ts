/**
 * The ceiling a page is measured against: a bare node:http server answering every request with
 * the same bytes from memory, in a process of its own as the desk runs in one.
 *   node --import tsx bench/ceiling-server.ts FILE CONTENT-TYPE PORT
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, contentType, port] = process.argv.slice(2);
const body = readFileSync(file!);
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': contentType!, 'content-length': body.length });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log('serving on', port));
