import type { Kysely } from 'kysely';
import { claimJobs, completeJob, failJob, reclaimExpiredJobs, releaseJobs, renewJobLease, type JobRow } from '../store/jobs.js';
import { newLeaseOwner } from '../store/lease-owner.js';
import type { Database } from '../store/schema.js';
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from './backoff.js';
import { JobPayloadError } from './payloads.js';
import { JobDeferral, type JobLog, type JobRegistry, type JobServices } from './registry.js';
import { describeJob } from './describe.js';
import { enqueueDueWork } from './schedule.js';

export interface WorkerOptions {
  db: Kysely<Database>;
  registry: JobRegistry;
  services: JobServices;
  /** Names this worker's leases; unique per process by default. */
  owner?: string;
  /** Jobs running at once. */
  concurrency?: number;
  /** How long a claim holds without renewal; renewed every third of it while the job runs. */
  leaseMs?: number;
  /** How often to look for jobs when there was nothing to do. */
  pollMs?: number;
  /** How often to turn due work into jobs (enqueueDueWork); null for a worker that only runs jobs. */
  scheduleEveryMs?: number | null;
  /** On stop, how long running jobs may take to finish before their leases are given back. */
  stopGraceMs?: number;
  backoff?: BackoffPolicy;
  /** Where the worker reports; failures come with 'warn'. */
  log?: JobLog;
  /** After each job, with how it ended (tests, metrics). */
  onOutcome?: (outcome: JobOutcome) => void;
}

export interface JobOutcome {
  id: number;
  kind: string;
  /** 'deferred': the job asked to wait (JobDeferral) and was put back in the queue, its attempt not counted. */
  result: 'done' | 'retrying' | 'gave-up' | 'lost' | 'released' | 'deferred';
  error?: string;
}

export interface JobWorker {
  readonly owner: string;
  /** Stops claiming, waits up to the grace time for running jobs, then releases what still runs. */
  stop(): Promise<{ released: number }>;
}

/**
 * How often a worker looks for jobs whose lease ended (at most; sooner with shorter leases). The
 * look is two writes, which on SQLite wait for the one write lock, so not on every poll.
 */
const RECLAIM_EVERY_MS = 5_000;

interface Running {
  job: JobRow;
  abort: AbortController;
  done: Promise<void>;
  /** Set when the worker gave the lease back: the job's own ending then changes nothing. */
  released: boolean;
}

/**
 * Claims small batches of due jobs and runs them, renewing each lease while its job runs; a
 * job that throws is retried with backoff until it has had its attempts. The loop also
 * enqueues due work every `scheduleEveryMs`, so a desk needs nothing besides its workers.
 */
export function startJobWorker(options: WorkerOptions): JobWorker {
  const owner = options.owner ?? newLeaseOwner();
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const scheduleEveryMs = options.scheduleEveryMs === undefined ? 5_000 : options.scheduleEveryMs;
  const log = options.log ?? (() => {});
  const kinds = [...options.registry.keys()];
  const running = new Map<number, Running>();
  let stopping = false;
  let lastScheduled = -Infinity;
  const reclaimEveryMs = Math.min(RECLAIM_EVERY_MS, leaseMs);
  let lastReclaimed = -Infinity;
  let wake: (() => void) | null = null;

  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  const finish = (entry: Running, outcome: Omit<JobOutcome, 'id' | 'kind'>) => {
    options.onOutcome?.({ id: entry.job.id, kind: entry.job.kind, ...outcome });
  };

  const run = async (entry: Running): Promise<void> => {
    const { job } = entry;
    const definition = options.registry.get(job.kind);
    const renewal = setInterval(() => {
      renewJobLease(options.db, { id: job.id, owner, now: new Date(), leaseMs }).then(
        (held) => {
          if (!held) entry.abort.abort(new Error('the lease was lost'));
        },
        (error: unknown) => log(`${describeJob(job)}: renewing its lease failed: ${String(error)}`, 'warn'),
      );
    }, Math.max(10, Math.floor(leaseMs / 3)));
    try {
      if (!definition) throw new JobPayloadError(`no handler for kind ${job.kind}`);
      // Whatever the job itself logs is prefixed with its name, as the worker's own lines are.
      const jobLog: JobLog = (line, level) => log(`${describeJob(job)}: ${line}`, level);
      const line = await definition.execute(parsePayload(job.payload), { db: options.db, services: options.services, signal: entry.abort.signal, now: () => new Date(), log: jobLog });
      clearInterval(renewal);
      if (entry.released) return finish(entry, { result: 'released' });
      const completed = await completeJob(options.db, { id: job.id, owner, now: new Date() });
      if (line) log(`${describeJob(job)}: ${line}`);
      finish(entry, { result: completed ? 'done' : 'lost' });
    } catch (error) {
      clearInterval(renewal);
      if (entry.released) return finish(entry, { result: 'released' });
      const message = error instanceof Error ? error.message : String(error);
      const now = new Date();
      if (error instanceof JobDeferral) {
        // Queued again to run now, behind every job that has waited longer.
        const put = await releaseJobs(options.db, { owner, now, ids: [job.id] });
        return finish(entry, { result: put > 0 ? 'deferred' : 'lost', error: message });
      }
      const giveUp = error instanceof JobPayloadError;
      const result = await failJob(options.db, { id: job.id, owner, now, error: message, retryAt: new Date(now.getTime() + retryDelayMs(job.attempts, options.backoff ?? defaultBackoff)), giveUp });
      log(`${describeJob(job)} failed on attempt ${job.attempts}: ${message}${result === 'gave-up' ? '; given up' : ''}`, 'warn');
      finish(entry, { result, error: message });
    }
  };

  const start = (job: JobRow) => {
    const entry: Running = { job, abort: new AbortController(), done: Promise.resolve(), released: false };
    entry.done = run(entry)
      .catch((error: unknown) => log(`${describeJob(job)}: recording its outcome failed: ${String(error)}`, 'warn'))
      .finally(() => {
        running.delete(job.id);
        wake?.();
      });
    running.set(job.id, entry);
  };

  const loop = async () => {
    while (!stopping) {
      let claimedAny = false;
      try {
        if (scheduleEveryMs !== null && performance.now() - lastScheduled >= scheduleEveryMs) {
          lastScheduled = performance.now();
          await enqueueDueWork(options.db, new Date());
        }
        const free = concurrency - running.size;
        if (free > 0 && !stopping && performance.now() - lastReclaimed >= reclaimEveryMs) {
          lastReclaimed = performance.now();
          await reclaimExpiredJobs(options.db, new Date());
        }
        if (free > 0 && !stopping) {
          const claimed = await claimJobs(options.db, { owner, now: new Date(), leaseMs, limit: free, kinds });
          for (const job of claimed) start(job);
          claimedAny = claimed.length > 0;
        }
      } catch (error) {
        log(`job worker: ${error instanceof Error ? error.message : String(error)}`, 'warn');
      }
      // A full batch means there may be more waiting: look again as soon as a slot frees.
      if (!stopping) await nap(claimedAny && running.size < concurrency ? 0 : pollMs);
    }
  };
  const looping = loop();

  return {
    owner,
    async stop() {
      stopping = true;
      wake?.();
      await looping;
      const settled = Promise.all([...running.values()].map((r) => r.done));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([settled, new Promise<void>((resolve) => (timer = setTimeout(resolve, options.stopGraceMs ?? 5_000)))]);
      clearTimeout(timer);
      const unfinished = [...running.values()];
      if (unfinished.length === 0) return { released: 0 };
      for (const entry of unfinished) {
        entry.released = true;
        entry.abort.abort(new Error('the worker is stopping'));
      }
      const released = await releaseJobs(options.db, { owner, now: new Date(), ids: unfinished.map((r) => r.job.id) });
      log(`job worker: gave back ${released} unfinished job(s) on stop`);
      return { released };
    },
  };
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new JobPayloadError('the payload is not JSON');
  }
}
