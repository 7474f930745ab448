import type { Kysely } from 'kysely';
import { preparedQuery } from './prepared.js';
import type { Database } from './schema.js';

/*
 * One row of the settings table by key, as stored JSON text. Settings go through settings.ts,
 * which checks them; the desk also keeps values of its own here (the recorded public address,
 * change versions) under keys that are not settings, so loadSettings never sees them.
 */

/** Writes (or replaces) the row's JSON text. */
export async function writeSettingsRow(db: Kysely<Database>, key: string, json: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}

/** The row's JSON text; null when there is no such row. One primary-key read. */
export async function readSettingsRow(db: Kysely<Database>, key: string): Promise<string | null> {
  const { rows } = await settingsRowQuery(db, { key });
  return rows[0]?.value ?? null;
}

// Read on every request (the settings version check): built once.
const settingsRowQuery = preparedQuery(
  () => 'one',
  (db, v: { key: string }) => db.selectFrom('settings').select('value').where('key', '=', v.key),
);
