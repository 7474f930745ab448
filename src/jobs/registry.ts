import type { Kysely } from 'kysely';
import type { SharedHostGate } from '../ingest/fetch/host-gate.js';
import type { IngestDeps } from '../ingest/ingest-source.js';
import type { MailTransport } from '../mail/sender.js';
import type { Database } from '../store/schema.js';
import type { JobKindName, JobPayloads } from './payloads.js';

/** What the worker lends every job: the store, its long-lived services, and a way to stop. */
export interface JobContext {
  db: Kysely<Database>;
  services: JobServices;
  /** Aborted when the job's lease was lost or the worker is stopping without waiting longer. */
  signal: AbortSignal;
  now: () => Date;
  log: JobLog;
}

/** A line about a job; failures are logged as warnings. */
export type JobLog = (line: string, level?: 'info' | 'warn') => void;

/** Long-lived parts that one worker shares between its jobs. */
export interface JobServices {
  /** Deps for one fetch, with the settings as they are now and this worker's host gate. */
  ingestDeps(): Promise<IngestDeps>;
  mailTransport: MailTransport;
  /**
   * The worker's host gate, when its fetches go through one: a fetch job whose host another
   * fetch holds for long is then put back in the queue rather than wait in its slot.
   */
  hostGate?: Pick<SharedHostGate, 'waitUntilFree'>;
}

/**
 * Thrown by a job that cannot usefully run yet (its host is busy): the worker puts it back in
 * the queue, its attempt not counted, and takes other work meanwhile.
 */
export class JobDeferral extends Error {}

/** One kind of job: how to read its payload and how to run it. */
export interface JobDefinition<P> {
  kind: string;
  /** Throws JobPayloadError for a payload that can never run. */
  parse(raw: unknown): P;
  /** Returns a line for the worker's log, if there is something to say. Must be safe to run twice. */
  run(payload: P, context: JobContext): Promise<string | undefined>;
}

/**
 * A job definition with its payload type erased, as the worker holds it. How often a job is
 * tried is the job row's max_attempts, set when it is enqueued.
 */
export interface RunnableJob {
  kind: string;
  execute(rawPayload: unknown, context: JobContext): Promise<string | undefined>;
}

export function runnable<P>(definition: JobDefinition<P>): RunnableJob {
  return {
    kind: definition.kind,
    execute: (raw, context) => definition.run(definition.parse(raw), context),
  };
}

/** A desk kind: its name and payload are the ones src/jobs/payloads.ts declares. */
export function deskJob<K extends JobKindName>(definition: JobDefinition<JobPayloads[K]> & { kind: K }): RunnableJob {
  return runnable(definition);
}

export type JobRegistry = ReadonlyMap<string, RunnableJob>;

export function jobRegistry(jobs: readonly RunnableJob[]): JobRegistry {
  const registry = new Map<string, RunnableJob>();
  for (const job of jobs) {
    if (registry.has(job.kind)) throw new Error(`job kind ${job.kind} is registered twice`);
    registry.set(job.kind, job);
  }
  return registry;
}
