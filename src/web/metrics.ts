import { createServer, type Server } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { MAX_MAIL_ATTEMPTS } from '../mail/outbox.js';
import { jobKindNames } from '../jobs/payloads.js';
import { deskGauges, jobGauges, type JobGauges } from '../store/desk-gauges.js';
import { requireStaff } from './admin/guard.js';
import type { WebContext } from './context.js';

/*
 * Prometheus text for this web node: requests and latencies by route pattern and status (the
 * pattern, never the raw URL, so the label set stays small whatever gets requested), the
 * process's own metrics, and desk counts read from the store at scrape time (the job queue among
 * them), so every web node reports the whole desk, whichever workers did the work. Served on its own port
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
  const jobsInQueue = new Gauge({
    name: 'newsdesk_jobs_queue_depth',
    help: 'Jobs by kind and state: queued (waiting to run, due or scheduled later) or running (leased by a worker).',
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
  });
  const oldestDue = new Gauge({
    name: 'newsdesk_jobs_oldest_due_age_seconds',
    help: 'How long the longest-waiting due job of each kind has waited since it became due (0: none waiting).',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const finishedLastHour = new Gauge({
    name: 'newsdesk_jobs_finished_last_hour',
    help: 'Jobs finished in the last hour by kind and outcome: done, or failed (given up after their last attempt).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });

  const pages = ctx.pages?.cache;
  if (pages) {
    new Gauge({ name: 'newsdesk_page_cache_bytes', help: 'Bytes of kept pages and their compressed copies on this node.', registers: [registry], collect() { this.set(pages.bytes); } });
    new Gauge({ name: 'newsdesk_page_cache_pages', help: 'Pages kept on this node.', registers: [registry], collect() { this.set(pages.size); } });
    new Gauge({ name: 'newsdesk_page_cache_hits', help: 'Pages served from this node’s cache since it started.', registers: [registry], collect() { this.set(pages.hits); } });
    new Gauge({ name: 'newsdesk_page_cache_renders', help: 'Pages rendered and kept by this node since it started.', registers: [registry], collect() { this.set(pages.stored); } });
  }

  const setJobGauges = (jobs: JobGauges, now: Date) => {
    // Kinds that left the table read zero rather than keep their last value.
    for (const gauge of [jobsInQueue, oldestDue, finishedLastHour]) gauge.reset();
    const kinds = new Set<string>([...jobKindNames, ...jobs.depth.map((d) => d.kind), ...jobs.finished.map((f) => f.kind)]);
    for (const kind of kinds) {
      for (const state of ['queued', 'running']) jobsInQueue.set({ kind, state }, 0);
      for (const outcome of ['done', 'failed']) finishedLastHour.set({ kind, outcome }, 0);
      oldestDue.set({ kind }, 0);
    }
    for (const depth of jobs.depth) {
      jobsInQueue.set({ kind: depth.kind, state: 'queued' }, depth.queued);
      jobsInQueue.set({ kind: depth.kind, state: 'running' }, depth.running);
      if (depth.oldestDueAt) oldestDue.set({ kind: depth.kind }, Math.max(0, (now.getTime() - new Date(depth.oldestDueAt).getTime()) / 1000));
    }
    for (const finished of jobs.finished) finishedLastHour.set({ kind: finished.kind, outcome: finished.outcome }, finished.count);
  };

  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? UNMATCHED, status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  const scrape = async (): Promise<string> => {
    const now = new Date();
    const [desk, jobs] = await Promise.all([deskGauges(ctx.db, now, MAX_MAIL_ATTEMPTS), jobGauges(ctx.db, now)]);
    setJobGauges(jobs, now);
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
