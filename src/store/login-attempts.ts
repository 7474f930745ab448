import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/*
 * Rows of login_failures are sign-in attempts that did not succeed: those that failed, and
 * those still being checked (reserved before the password hash runs, removed if it succeeds).
 * A refused attempt is never written.
 * The policy that reads them is src/accounts/login-limit.ts.
 */

export interface AttemptRow {
  id: number;
  key: string;
  failed_at: string;
}

/** Writes one attempt row under each key and returns their ids. */
export async function insertAttempts(db: Kysely<Database>, keys: readonly string[], at: string): Promise<number[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, failed_at: at })))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

const GATE = 'sign-in';

/**
 * Counts the attempts under `keys` since `since` and, when `admit` allows, records one more
 * under each key, as one transaction that first takes the write lock on the sign-in gate row.
 * So racing reservations take turns (PostgreSQL makes the others wait on the row lock,
 * SQLite on its single writer) and each counts every attempt recorded before it: the
 * check and the record cannot be pulled apart by concurrent requests.
 */
export async function reserveAttempts(
  db: Kysely<Database>,
  keys: readonly string[],
  at: string,
  since: string,
  admit: (existing: readonly AttemptRow[]) => boolean,
): Promise<{ ids: number[] | null; existing: AttemptRow[] }> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sign_in_gates')
      .values({ name: GATE, passed_at: at })
      .onConflict((oc) => oc.column('name').doUpdateSet({ passed_at: at }))
      .execute();
    const existing = await attemptsSince(trx, keys, since);
    if (!admit(existing)) return { ids: null, existing };
    return { ids: await insertAttempts(trx, keys, at), existing };
  });
}

/** Attempt rows under these keys newer than `since`, oldest first. */
export async function attemptsSince(db: Kysely<Database>, keys: readonly string[], since: string): Promise<AttemptRow[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('login_failures')
    .select(['id', 'key', 'failed_at'])
    .where('key', 'in', keys)
    .where('failed_at', '>', since)
    .orderBy('failed_at')
    .orderBy('id')
    .execute();
}

export async function deleteAttempts(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('login_failures').where('id', 'in', ids).execute();
}

export async function deleteAttemptsUnder(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function deleteAttemptsBefore(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('login_failures').where('failed_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
