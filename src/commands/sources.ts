import type { Kysely } from 'kysely';
import { writeAudit, type Actor } from '../store/audit.js';
import { setSourcePaused } from '../store/ingest.js';
import type { Database } from '../store/schema.js';

/*
 * Changes staff make to sources, whether from the admin pages or the command line: the change
 * and its audit entry are written together, so neither path can leave the log behind.
 */

/** Pauses or resumes a source and records who did it. False when there is no such source. */
export async function setSourcePausedBy(db: Kysely<Database>, actor: Actor, sourceId: number, paused: boolean, now: Date = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await setSourcePaused(trx, sourceId, paused, now))) return false;
    await writeAudit(trx, actor, { action: paused ? 'source.pause' : 'source.resume', targetType: 'source', targetId: sourceId }, now);
    return true;
  });
}
