import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { FastifyInstance } from 'fastify';

/*
 * Stopping a web node without losing a request. Node's own server.close() drops every
 * connection that is not mid-request at that instant (including ones whose request has arrived
 * but not been read), and closing the listening socket resets connections the kernel has
 * accepted that the process has not picked up yet. So a draining node first says it is not
 * ready (/readyz answers 503, so a load balancer sends nothing new) while it keeps accepting
 * until connections stop arriving; then it stops accepting, answers what arrives on the
 * connections it has (each answer closing its connection), waits until they are gone or the
 * grace time is up, and only then closes.
 */

const draining = new WeakSet<FastifyInstance>();
const lastConnectionAt = new WeakMap<FastifyInstance, number>();

/**
 * No new connection for this long: what the kernel had queued has been taken. Generous, because
 * on a loaded machine the process may take hundreds of milliseconds to pick a queued one up (a
 * CI run saw connections reset with 300 ms).
 */
const QUIET_MS = 1_000;
/** Keep accepting at most this long after the stop began. */
const ACCEPT_WINDOW_MS = 3_000;

export function isDraining(app: FastifyInstance): boolean {
  return draining.has(app);
}

/** Registers what draining needs: answers close their connections, and arrivals are noted. */
export function prepareForDraining(app: FastifyInstance): void {
  app.server.on('connection', () => lastConnectionAt.set(app, Date.now()));
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining.has(app)) reply.header('connection', 'close');
    return payload;
  });
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Drains the node as described above (at most `graceMs` for the connections to finish), then closes the app. */
export async function drainAndClose(app: FastifyInstance, graceMs = 10_000): Promise<void> {
  draining.add(app);
  const server = app.server;
  const started = Date.now();
  while (Date.now() - started < ACCEPT_WINDOW_MS && Date.now() - (lastConnectionAt.get(app) ?? 0) < QUIET_MS) await pause(50);
  // The plain TCP close: no new connections, and the ones there are kept.
  NetServer.prototype.close.call(server);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && (await openConnections(server)) > 0) await pause(50);
  await app.close();
}
