import { createServer, type Server } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { MAX_MAIL_ATTEMPTS } from '../mail/outbox.js';
import { deskGauges } from '../store/desk-gauges.js';
import { requireStaff } from './admin/guard.js';
import type { WebContext } from './context.js';

/*
 * Prometheus text for this web node: requests and latencies by route pattern and status (the
 * pattern, never the raw URL, so the label set stays small whatever gets requested), the
 * process's own metrics, and a few desk counts read at scrape time. Served on its own port
 * when NEWSDESK_METRICS_PORT is set (keep that port private), else at /metrics for admins.
 */

/** The label for requests no route matched (404s, malformed paths). */
const UNMATCHED = 'unmatched';

const metricsServers = new WeakMap<FastifyInstance, Server>();

/** The separate metrics server of an app built with a metrics port, once listening; for tests and the startup line. */
export function metricsServerOf(app: FastifyInstance): Server | undefined {
  return metricsServers.get(app);
}

export function registerMetrics(app: FastifyInstance, ctx: WebContext): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'newsdesk_http_requests_total', help: 'HTTP requests answered, by route pattern and status.', labelNames, registers: [registry] });
  const latency = new Histogram({
    name: 'newsdesk_http_request_duration_seconds',
    help: 'Time from request to response, by route pattern and status.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const sourcesInError = new Gauge({ name: 'newsdesk_sources_in_error', help: 'Sources whose last fetch failed.', registers: [registry] });
  const outboxDue = new Gauge({ name: 'newsdesk_outbox_due', help: 'Mail waiting to be sent whose next try is due.', registers: [registry] });
  const commentsPending = new Gauge({ name: 'newsdesk_comments_pending', help: 'Comments waiting for a moderator.', registers: [registry] });

  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? UNMATCHED, status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  const scrape = async (): Promise<string> => {
    const desk = await deskGauges(ctx.db, new Date(), MAX_MAIL_ATTEMPTS);
    sourcesInError.set(desk.sourcesInError);
    outboxDue.set(desk.outboxDue);
    commentsPending.set(desk.commentsPending);
    return registry.metrics();
  };
  const send = async (reply: FastifyReply) => reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(await scrape());

  const port = ctx.config.metricsPort;
  if (port === null) {
    // Admins only: "settings" is the area no other role has. /admin/metrics is the same, for a browser (the session cookie is scoped to /admin).
    const guard = requireStaff(ctx, 'settings');
    app.get('/metrics', { preHandler: guard }, (_request, reply) => send(reply));
    app.get('/admin/metrics', { preHandler: guard }, (_request, reply) => send(reply));
    return;
  }
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Only GET /metrics here.\n');
      return;
    }
    scrape().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text),
      (error: unknown) => {
        app.log.error({ err: error }, 'metrics scrape failed');
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The scrape failed; see the log.\n');
      },
    );
  });
  app.addHook('onReady', () => new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, ctx.config.host, () => {
      metricsServers.set(app, server);
      resolve();
    });
  }));
  app.addHook('onClose', () => new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  }));
}
