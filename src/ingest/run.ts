import { claimDueSources } from '../store/ingest.js';
import { leaseSourceForFetch, renewSourceLease } from '../store/jobs.js';
import type { Source } from '../store/schema.js';
import { ingestSource, type IngestDeps, type SourceReport } from './ingest-source.js';

export interface IngestSummary {
  sources: number;
  fetched: number;
  notModified: number;
  failed: number;
  hostPaused: number;
  /** Postponed because other fetches kept the host busy. */
  hostBusy: number;
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
      const report = await ingestSource(deps, source);
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
    hostBusy: count('host-busy'),
    newArticles: reports.reduce((n, r) => n + r.newArticles, 0),
    updatedArticles: reports.reduce((n, r) => n + r.updatedArticles, 0),
    elapsedMs: performance.now() - started,
    reports,
  };
}

/**
 * A source taken by a fetch job is held this long and the hold is renewed every third of it
 * while the fetch runs, so a worker that dies mid-fetch lets go within a minute and the job,
 * reclaimed by another worker, can take the source again.
 */
const SOURCE_LEASE_MS = 60_000;

/**
 * Fetches one source (a worker's fetch-source job): null when it is gone, paused, not due
 * (unless forced) or being fetched by another run, so a job that came too late does nothing.
 */
export async function fetchSourceById(deps: IngestDeps, sourceId: number, options: { force?: boolean; leaseMs?: number } = {}): Promise<SourceReport | null> {
  const leaseMs = options.leaseMs ?? SOURCE_LEASE_MS;
  const source = await leaseSourceForFetch(deps.db, sourceId, { now: deps.now(), leaseMs, force: options.force ?? false });
  if (!source) return null;
  const renewal = setInterval(() => {
    renewSourceLease(deps.db, sourceId, new Date(deps.now().getTime() + leaseMs)).catch(() => {
      // A missed renewal shortens the hold; the next one, or the fetch's end, settles it.
    });
  }, Math.max(10, Math.floor(leaseMs / 3)));
  try {
    return await ingestSource(deps, source);
  } finally {
    clearInterval(renewal);
  }
}
