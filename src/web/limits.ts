import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/*
 * How long a client may take and how many connections it may hold. A connection that sends
 * part of a request and goes silent is closed when these run out, so slow clients cannot
 * use up the process's descriptors. The times follow nginx's defaults (60 s for a header or
 * a body) or are stricter.
 */
export interface ConnectionLimits {
  /** From the connection's first byte to the end of the request's headers. */
  headersTimeoutMs: number;
  /** From the first byte to the end of the body: the whole request must arrive within this. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** A connection with no traffic at all for this long is closed, whatever it is doing. */
  idleTimeoutMs: number;
  /** Connections open at once; further ones are closed as they arrive. */
  maxConnections: number;
  /** Connections open at once from one client address (0: no per-address cap, e.g. behind a proxy). */
  maxConnectionsPerAddress: number;
}

export const defaultConnectionLimits: ConnectionLimits = {
  headersTimeoutMs: 60_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  maxConnections: 1024,
  maxConnectionsPerAddress: 64,
};

/** The Fastify options that carry the timeouts (Fastify passes them to Node's HTTP server). */
export function fastifyTimeoutOptions(limits: ConnectionLimits) {
  return {
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node looks for overdue requests on this interval, so it bounds how late a timeout fires.
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: checkingIntervalMs(limits) },
  };
}

function checkingIntervalMs(limits: ConnectionLimits): number {
  return Math.max(50, Math.min(30_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)));
}

/**
 * Caps connections per client address on a listening server. Behind a reverse proxy every
 * connection comes from the proxy, so the caller turns this off there (maxConnectionsPerAddress 0).
 */
export function capConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
  if (limits.maxConnectionsPerAddress <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
