import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { FastifyInstance } from 'fastify';

/*
 * Stopping a web node without losing a request. Node's own server.close() also drops every
 * connection that is not mid-request at that instant, which includes connections whose request
 * has arrived but not yet been read: those clients see a reset. Instead the node stops taking
 * new connections, answers what arrives on the ones it has (each answer closing its
 * connection), waits until they are gone or the grace time is up, and only then closes.
 */

/** A node that is draining: its answers close their connections. */
const draining = new WeakSet<FastifyInstance>();

/** Registers the hook that ends each connection after its answer once draining starts. */
export function closeConnectionsWhenDraining(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining.has(app)) reply.header('connection', 'close');
    return payload;
  });
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}

/** Stops accepting, lets the connections it has finish (at most `graceMs`), then closes the app. */
export async function drainAndClose(app: FastifyInstance, graceMs = 10_000): Promise<void> {
  draining.add(app);
  const server = app.server;
  // The plain TCP close: no new connections, and the ones there are kept.
  NetServer.prototype.close.call(server);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && (await openConnections(server)) > 0) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await app.close();
}
