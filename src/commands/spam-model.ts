import type { Kysely } from 'kysely';
import { refreshSpamModel } from '../discussion/spam/model-store.js';
import { writeAudit } from '../store/audit.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';
import type { Database } from '../store/schema.js';
import { activeSpamModelVersion, markSpamModelRolledBack } from '../store/spam-models.js';

/*
 * Taking back a bad update of the desk's spam model: the active version is marked rolled back,
 * so the one before it (or the shipped model) decides again, in every process within seconds.
 * The next verdict retrains from all standing verdicts, so a bad verdict is best corrected too.
 */

export type RollbackResult = { kind: 'rolled-back'; from: number; to: number } | { kind: 'shipped' } | Forbidden;

export async function rollbackSpamModel(db: Kysely<Database>, actor: CommandActor, now: Date = new Date()): Promise<RollbackResult> {
  const allowed = allowedIn(actor, 'comments');
  if (allowed.kind === 'forbidden') return allowed;
  const result = await db.transaction().execute(async (trx): Promise<RollbackResult> => {
    const from = await activeSpamModelVersion(trx);
    if (from === 0 || !(await markSpamModelRolledBack(trx, from, now.toISOString()))) return { kind: 'shipped' };
    const to = await activeSpamModelVersion(trx);
    await writeAudit(trx, allowed.audit, { action: 'spam-model.rollback', targetType: 'spam-model', targetId: String(from), details: { to } }, now);
    return { kind: 'rolled-back', from, to };
  });
  if (result.kind === 'rolled-back') await refreshSpamModel(db);
  return result;
}
