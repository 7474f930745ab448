/*
 * Every job kind the desk knows, with the payload it carries. Enqueueing through
 * src/jobs/enqueue.ts checks a payload against its kind at compile time; each handler checks
 * it again when it runs (rows are JSON text and may come from an older release).
 */

export interface JobPayloads {
  /** Fetch one source's feed and store its items (src/ingest/run.ts fetchSourceById). */
  'fetch-source': { sourceId: number; force?: boolean };
  /** Deliver the outbox's due messages. */
  'send-mail': Record<string, never>;
  /** Retention, trash emptying, pruning finished jobs. */
  housekeeping: Record<string, never>;
  /** Retrain the desk's spam model from its moderators' verdicts (`rebuild` is accepted from older rows and changes nothing). */
  'spam-model-refresh': { rebuild?: boolean };
  /** Assign waiting articles to stories (src/jobs/kinds/analyze-articles.ts). */
  'analyze-articles': Record<string, never>;
  /** Check and add the feeds of a subscription list staff imported (src/jobs/kinds/import-sources.ts). */
  'import-sources': { importId: number };
}

export type JobKindName = keyof JobPayloads;

/** Every kind by name, at run time (metrics report each, zero included); the compiler checks none is missing. */
export const jobKindNames = Object.keys({
  'fetch-source': true,
  'send-mail': true,
  housekeeping: true,
  'spam-model-refresh': true,
  'analyze-articles': true,
  'import-sources': true,
} satisfies Record<JobKindName, true>) as JobKindName[];

/** A payload that cannot be run: retrying cannot help, so the job is given up at once. */
export class JobPayloadError extends Error {}

export function objectPayload(raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new JobPayloadError('the payload is not a JSON object');
  return raw as Record<string, unknown>;
}

export function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new JobPayloadError(`${name} must be a positive integer`);
  return value;
}

export function optionalFlag(value: unknown, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new JobPayloadError(`${name} must be true or false`);
  return value;
}
