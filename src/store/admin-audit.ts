import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export const AUDIT_PER_PAGE = 50;

export async function listAuditEntries(db: Kysely<Database>, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db.selectFrom('audit_log').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
