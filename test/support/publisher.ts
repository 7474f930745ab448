import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Plays the feed publishers in tests: a local HTTP server whose routes each test defines. */
export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

export interface Publisher {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  /** Requests received, in order, as "METHOD /path?query". */
  log: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startPublisher(routes: Record<string, Route> = {}): Promise<Publisher> {
  const table = new Map(Object.entries(routes));
  const log: Publisher['log'] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://publisher.test');
    log.push({ method: request.method ?? 'GET', path: url.pathname + url.search, headers: request.headers });
    const handler = table.get(url.pathname);
    try {
      if (handler) await handler(request, response, url);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (error) {
      if (!response.headersSent) response.writeHead(500).end(String(error));
      else response.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that always answers with the same body and headers. */
export function serve(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Route {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
    response.end(body);
  };
}
