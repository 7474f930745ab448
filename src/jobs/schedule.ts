import type { Kysely } from 'kysely';
import { dueMailIds } from '../mail/outbox.js';
import { anyArticleAwaitingAnalysis } from '../store/analysis.js';
import { enqueueDueSourceFetches } from '../store/jobs.js';
import type { Database } from '../store/schema.js';
import { ANALYZE_ARTICLES_KEY, enqueue, housekeepingKey } from './enqueue.js';

export interface ScheduledWork {
  /** fetch-source jobs added (sources already queued or running are not counted). */
  fetches: number;
  mail: boolean;
  housekeeping: boolean;
  /** An analysis run was queued: articles wait for their story. */
  analysis: boolean;
}

/**
 * Turns what is due into jobs: a fetch for every due source (one per source at a time), a
 * mail run while the outbox has due messages, housekeeping once an hour, an analysis run while
 * articles wait for their story (one at a time, so assignments never race). Any number of workers
 * may run this at once; dedupe keys keep the queue free of doubles.
 */
export async function enqueueDueWork(db: Kysely<Database>, now: Date): Promise<ScheduledWork> {
  const fetches = await enqueueDueSourceFetches(db, now);
  const mailDue = (await dueMailIds(db, now, 1)).length > 0;
  const mail = mailDue ? (await enqueue(db, 'send-mail', {}, { dedupeKey: 'send-mail' }, now)).created : false;
  const housekeeping = (await enqueue(db, 'housekeeping', {}, { dedupeKey: housekeepingKey(now), onceEver: true }, now)).created;
  const analysis = (await anyArticleAwaitingAnalysis(db)) ? (await enqueue(db, 'analyze-articles', {}, { dedupeKey: ANALYZE_ARTICLES_KEY }, now)).created : false;
  return { fetches, mail, housekeeping, analysis };
}
