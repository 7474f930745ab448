import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../store/schema.js';
import { loadSettings, type Settings } from '../store/settings.js';

/** What every route needs; built once per process. */
export interface WebContext {
  db: Kysely<Database>;
  config: Config;
  secret: string;
  /** Current settings; cached briefly, so a change made elsewhere shows within seconds. */
  settings(): Promise<Settings>;
}

export function settingsCache(db: Kysely<Database>, ttlMs: number): () => Promise<Settings> {
  let cached: { value: Promise<Settings>; until: number } | null = null;
  return () => {
    const now = Date.now();
    if (!cached || cached.until < now) {
      const value = loadSettings(db);
      cached = { value, until: now + ttlMs };
      value.catch(() => {
        cached = null;
      });
    }
    return cached.value;
  };
}
