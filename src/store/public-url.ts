import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { readSettingsRow, writeSettingsRow } from './settings-rows.js';

/*
 * The public address of the desk that last started on this database, so a command run
 * with another environment (another PORT, no NEWSDESK_PUBLIC_URL) still prints links that
 * lead to the running desk. Kept in the settings table beside the secret, under its own key.
 */

const KEY = 'recordedPublicUrl';

/** Called by `serve` as it starts, with its configured public address (no trailing slash). */
export async function recordPublicUrl(db: Kysely<Database>, url: string): Promise<void> {
  await writeSettingsRow(db, KEY, JSON.stringify(url));
}

/** The address recorded by the last desk to start, or null when none has (or the row is not an http(s) URL). */
export async function readPublicUrl(db: Kysely<Database>): Promise<string | null> {
  const json = await readSettingsRow(db, KEY);
  if (json === null) return null;
  try {
    const url: unknown = JSON.parse(json);
    return typeof url === 'string' && /^https?:\/\/[^/]/.test(url) ? url : null;
  } catch {
    return null;
  }
}
