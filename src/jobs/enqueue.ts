import type { Kysely } from 'kysely';
import { enqueueJob, type Enqueued } from '../store/jobs.js';
import type { Database } from '../store/schema.js';
import type { JobKindName, JobPayloads } from './payloads.js';

export interface EnqueueOptions {
  /** Another queued or running job with this key makes this a no-op. */
  dedupeKey?: string;
  /** Also a no-op when a finished job had the key (once per period). */
  onceEver?: boolean;
  runAt?: Date;
  maxAttempts?: number;
}

/** Queues a desk job; its payload is checked against its kind. Idempotent by dedupe key. */
export function enqueue<K extends JobKindName>(db: Kysely<Database>, kind: K, payload: JobPayloads[K], options: EnqueueOptions = {}, now: Date = new Date()): Promise<Enqueued> {
  return enqueueJob(db, { kind, payload: JSON.stringify(payload), ...options }, now);
}

/** The dedupe key that allows one fetch of a source at a time. */
export function fetchSourceKey(sourceId: number): string {
  return `fetch-source:${sourceId}`;
}

/** The dedupe key of the housekeeping run of `now`'s hour (UTC). */
export function housekeepingKey(now: Date): string {
  return `housekeeping:${now.toISOString().slice(0, 13)}`;
}

/** One retraining of the desk's spam model queued at a time. */
export const spamModelRefreshKey = 'spam-model-refresh';

/** One analysis run queued or running at a time: story assignments must not race. */
export const ANALYZE_ARTICLES_KEY = 'analyze-articles';
