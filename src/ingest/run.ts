import { claimDueSources } from '../store/ingest.js';
import type { Source } from '../store/schema.js';
import { ingestSource, type IngestDeps, type SourceReport } from './ingest-source.js';

export interface IngestSummary {
  sources: number;
  fetched: number;
  notModified: number;
  failed: number;
  hostPaused: number;
  newArticles: number;
  updatedArticles: number;
  elapsedMs: number;
  reports: SourceReport[];
}

export interface RunOptions {
  /** Every unpaused source now, not only the due ones. */
  all?: boolean;
  /** How long a claim holds before another worker may take the source. */
  leaseMs?: number;
  onProgress?: (done: number, total: number, report: SourceReport) => void;
}

/** Fetches every due source once, under the per-host and overall limits, and sums up. */
export async function ingestDueSources(deps: IngestDeps, options: RunOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const claimed: Source[] = await claimDueSources(deps.db, { now: deps.now(), leaseMs: options.leaseMs ?? 10 * 60_000, limit: 10_000, all: options.all ?? false });
  let done = 0;
  const reports = await Promise.all(
    claimed.map(async (source) => {
      const report = await ingestSource(deps, source).catch(
        (error: unknown): SourceReport => ({ sourceId: source.id, status: 'failed', newArticles: 0, updatedArticles: 0, skippedItems: 0, error: String(error) }),
      );
      options.onProgress?.(++done, claimed.length, report);
      return report;
    }),
  );
  const count = (status: SourceReport['status']) => reports.filter((r) => r.status === status).length;
  return {
    sources: claimed.length,
    fetched: count('fetched'),
    notModified: count('not-modified'),
    failed: count('failed'),
    hostPaused: count('host-paused'),
    newArticles: reports.reduce((n, r) => n + r.newArticles, 0),
    updatedArticles: reports.reduce((n, r) => n + r.updatedArticles, 0),
    elapsedMs: performance.now() - started,
    reports,
  };
}

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * The worker's loop: looks for due sources every `everyMs`, then does the housekeeping it is
 * given. `depsForRun` is asked before every run, so settings changed meanwhile (filters, the
 * fetch limit) take effect on the next run without a restart.
 */
export function startScheduler(
  depsForRun: () => Promise<IngestDeps>,
  options: { everyMs: number; afterRun?: () => Promise<void>; onRun?: (summary: IngestSummary) => void; onError?: (error: unknown) => void },
): Scheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = depsForRun()
      .then((deps) => ingestDueSources(deps))
      .then(async (summary) => {
        if (summary.sources > 0) options.onRun?.(summary);
        await options.afterRun?.();
      })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
