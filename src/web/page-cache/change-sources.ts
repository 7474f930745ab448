import type { Kysely } from 'kysely';
import { listenForChanges, type ChangeListener } from '../../store/change-signals.js';
import { changeProbeOf } from '../../store/database.js';
import { isPostgres } from '../../store/dialect.js';
import { deskSchema, latestPageChange, PAGES_CHANNEL, pageChangesAfter, readPageNotification } from '../../store/page-changes.js';
import { sharedTurns } from '../../store/shared-turns.js';
import type { Database } from '../../store/schema.js';
import type { PageCache } from './page-cache.js';

/** How a node learns of the page changes every process makes (see migration 015). */
export interface PageChangeSource {
  /**
   * Applies to the cache every change committed before this call. False when changes may be
   * going unheard (a PostgreSQL listener that is down): pages must then be rendered, not kept.
   */
  catchUp(): Promise<boolean>;
  close(): Promise<void>;
}

/** A node falling further behind than this forgets every page instead of reading each change. */
const CATCH_UP_LIMIT = 1000;

/**
 * SQLite: one read of the change table's newest id per request, and the changes themselves only
 * when it moved. Writers take turns on SQLite, so the ids arrive in commit order.
 */
export function polledPageChanges(db: Kysely<Database>, cache: PageCache): PageChangeSource {
  let seen: number | null = null;
  const probe = changeProbeOf(db);
  /** The probe's value read before the last look at the table: equal again, nothing was written since. */
  let probedBeforeLook: string | null = null;
  const catchUp = async (): Promise<boolean> => {
    const probed = probe?.() ?? null;
    if (probed !== null && probed === probedBeforeLook) return true;
    const current = await look();
    probedBeforeLook = probed;
    return current;
  };
  const look = async (): Promise<boolean> => {
    const latest = await latestPageChange(db);
    if (seen === latest) return true;
    if (seen === null || latest < seen) {
      // First look, or the table was replaced (a restored backup): what is kept cannot be trusted.
      cache.clear();
      seen = latest;
      return true;
    }
    const changes = await pageChangesAfter(db, seen, CATCH_UP_LIMIT);
    if (changes.length === CATCH_UP_LIMIT) {
      cache.clear();
      seen = latest;
      return true;
    }
    for (const change of changes) cache.changed(change.scope);
    seen = Math.max(seen, changes.at(-1)?.id ?? latest);
    return true;
  };
  // Requests arriving together share one look at the table, never one that began before they arrived.
  return { catchUp: sharedTurns(catchUp), close: async () => {} };
}

/**
 * PostgreSQL: the triggers' notifications, which the server delivers to every node when the
 * writing transaction commits. While the listening connection is down nothing is kept.
 */
export function notifiedPageChanges(db: Kysely<Database>, databaseUrl: string, cache: PageCache, log?: (line: string) => void): PageChangeSource {
  let listening = false;
  // Until the desk's schema is known every notification counts: dropping too much is safe.
  let schema: string | null = null;
  const schemaKnown = deskSchema(db).then(
    (name) => {
      schema = name;
    },
    () => {},
  );
  const listener: ChangeListener = listenForChanges(databaseUrl, PAGES_CHANNEL, {
    onChange: (payload) => {
      const change = readPageNotification(payload);
      if (schema === null || change.schema === schema) cache.changed(change.scope);
    },
    onListening: (on) => {
      listening = on;
      cache.clear();
    },
    ...(log ? { log } : {}),
  });
  return {
    catchUp: async () => {
      await schemaKnown;
      return listening ? listener.barrier() : false;
    },
    close: () => listener.close(),
  };
}

/** The source for a desk's store. */
export function pageChangeSource(db: Kysely<Database>, databaseUrl: string | undefined, cache: PageCache, log?: (line: string) => void): PageChangeSource {
  if (isPostgres(db)) {
    // Without its address no listener can be opened: nothing is kept.
    if (!databaseUrl) return { catchUp: () => Promise.resolve(false), close: () => Promise.resolve() };
    return notifiedPageChanges(db, databaseUrl, cache, log);
  }
  return polledPageChanges(db, cache);
}
