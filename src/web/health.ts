import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { pendingMigrations } from '../store/migrate.js';
import { isDraining } from './shutdown.js';
import type { Database } from '../store/schema.js';

/*
 * For a load balancer or an orchestrator. /healthz: the process answers (it never touches the
 * store, so a database outage does not get every node restarted). /readyz: this node can serve,
 * meaning the store answers and its schema is the one this build expects; 503 otherwise.
 */

export type Readiness = { ready: true } | { ready: false; reason: string; detail?: string };

export async function readiness(db: Kysely<Database>): Promise<Readiness> {
  let pending: string[];
  try {
    pending = await pendingMigrations(db);
  } catch (error) {
    // The driver's message (host names, SQL) goes to the log, not to whoever probes.
    return { ready: false, reason: 'the store does not answer: see the log', detail: error instanceof Error ? error.message : String(error) };
  }
  return pending.length === 0 ? { ready: true } : { ready: false, reason: `migrations not applied: ${pending.join(', ')}` };
}

export function healthRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { ok: true };
  });
  app.get('/readyz', async (request, reply) => {
    const state: Readiness = isDraining(app) ? { ready: false, reason: 'shutting down' } : await readiness(db);
    reply.header('cache-control', 'no-store');
    if (!state.ready) {
      request.log.warn({ reason: state.reason, detail: state.detail }, 'not ready');
      return reply.code(503).send({ ready: false, reason: state.reason });
    }
    return state;
  });
}
