import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { isPostgres } from './dialect.js';
import { sharedTurns } from './shared-turns.js';
import type { Database } from './schema.js';
import { readSettingsRow, writeSettingsRow } from './settings-rows.js';

/*
 * How a process learns that another one changed the settings, so every node drops its cached
 * copy at once. Each change writes a new settings version (a row in the settings table, under a
 * key no setting uses) in the changing transaction; on PostgreSQL the same transaction also
 * sends a NOTIFY, which the server delivers to every listener when it commits. Processes on one
 * SQLite file compare the version, one primary-key read, instead of listening.
 */

/** The settings-table key holding the version; not a setting, so loadSettings never sees it. */
const VERSION_KEY = 'settingsVersion';

/** The PostgreSQL channel every node listens on. */
export const SETTINGS_CHANNEL = 'newsdesk_settings';

/**
 * Records that the settings changed: a new version, and on PostgreSQL a notification. Call it
 * inside the transaction that changes them, so both take effect when (and only if) it commits.
 */
export async function signalSettingsChanged(db: Kysely<Database>): Promise<string> {
  const version = randomBytes(8).toString('hex');
  await writeSettingsRow(db, VERSION_KEY, JSON.stringify(version));
  if (isPostgres(db)) await sql`select pg_notify(${SETTINGS_CHANNEL}, ${version})`.execute(db);
  return version;
}

/** The current settings version; null until the settings first change. */
export async function readSettingsVersion(db: Kysely<Database>): Promise<string | null> {
  return readSettingsRow(db, VERSION_KEY);
}

export interface ChangeListener {
  /** True while the connection is up and LISTEN is in effect (notifications will arrive). */
  readonly listening: boolean;
  /**
   * Resolves true once every notification of a transaction committed before the call has been
   * handled (false when the listener is down): a round trip on the listening connection, whose
   * server sends pending notifications before it answers. Calls made while one is under way
   * share the next round trip.
   */
  barrier(): Promise<boolean>;
  close(): Promise<void>;
}

export interface ListenHandlers {
  /** A notification arrived on the channel, with its payload ('' for none). */
  onChange(payload: string): void;
  /** The listener started (true) or stopped (false) hearing notifications; while it does not, changes may be missed. */
  onListening(listening: boolean): void;
  log?(line: string): void;
}

/** Waits between reconnection attempts: 0.5 s, doubling, at most 30 s. */
function reconnectDelayMs(failures: number): number {
  return Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
}

/**
 * One dedicated PostgreSQL connection that LISTENs on `channel` for the life of the process
 * (a pooled connection would be handed to other queries). A dropped connection is opened again
 * with growing pauses; onListening(false) and onListening(true) tell the cache when to trust it.
 */
export function listenForChanges(databaseUrl: string, channel: string, handlers: ListenHandlers): ChangeListener {
  const log = handlers.log ?? (() => {});
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;

  const setListening = (on: boolean) => {
    if (listening === on) return;
    listening = on;
    handlers.onListening(on);
  };

  const scheduleReconnect = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, reconnectDelayMs(failures++));
    retry.unref();
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl });
    client = next;
    const lost = (why: string) => {
      if (client !== next) return;
      client = null;
      setListening(false);
      next.end().catch(() => {});
      if (!closed) {
        log(`listener on ${channel}: ${why}; reconnecting`);
        scheduleReconnect();
      }
    };
    next.on('error', (error) => lost(error.message));
    next.on('end', () => lost('the connection ended'));
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onChange(message.payload ?? '');
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (client !== next || closed) return;
      failures = 0;
      setListening(true);
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
    }
  };

  void connect();

  const roundTrip = async (): Promise<boolean> => {
    const current = client;
    if (!listening || !current) return false;
    try {
      await current.query('select 1');
      return listening && client === current;
    } catch {
      return false;
    }
  };
  const barrier = sharedTurns(roundTrip);

  return {
    get listening() {
      return listening;
    },
    barrier,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      setListening(false);
      await current?.end().catch(() => {});
    },
  };
}
