import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Who did something: a signed-in staff member, or the command line. */
export interface Actor {
  userId: number | null;
  /** As admins see it in the audit log: the user's email, or "command line". */
  label: string;
}

export const commandLine: Actor = { userId: null, label: 'command line' };

export async function writeAudit(
  db: Kysely<Database>,
  actor: Actor,
  entry: { action: string; targetType?: string; targetId?: string | number; details?: Record<string, unknown> },
  now: Date = new Date(),
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: actor.userId,
      actor: actor.label,
      action: entry.action,
      target_type: entry.targetType ?? '',
      target_id: entry.targetId === undefined ? '' : String(entry.targetId),
      details: JSON.stringify(entry.details ?? {}),
      created_at: now.toISOString(),
    })
    .execute();
}
