import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { DEFAULT_PG_POOL_SIZE, DEFAULT_PG_STATEMENT_TIMEOUT_MS } from '../config.js';
import { PostgresTextPlugin } from './dialect.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface StoreOptions {
  sqlitePath: string;
  databaseUrl?: string | undefined;
  /** PostgreSQL only: connections kept open at most (default 10). */
  pgPoolSize?: number | undefined;
  /** PostgreSQL only: a statement running longer is cancelled, in milliseconds; 0 for no limit (default 30 s). */
  pgStatementTimeoutMs?: number | undefined;
}

/** Opens the desk's database: PostgreSQL when a URL is given, else the embedded SQLite file. */
export function openStore(options: StoreOptions): Store {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl, {
      poolSize: options.pgPoolSize ?? DEFAULT_PG_POOL_SIZE,
      statementTimeoutMs: options.pgStatementTimeoutMs ?? DEFAULT_PG_STATEMENT_TIMEOUT_MS,
    });
  }
  return openSqlite(options.sqlitePath);
}

function openSqlite(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL makes NORMAL durable across application crashes; only an OS crash can lose the last commit.
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const probe = sqlite.prepare('select total_changes() || \':\' || data_version from pragma_data_version').pluck();
  changeProbes.set(db, () => probe.get() as string);
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const changeProbes = new WeakMap<Kysely<Database>, () => string>();

/**
 * SQLite: a value that differs whenever anything may have been written since it was last read,
 * by this connection (its count of changed rows, triggers' included) or by another one, in this
 * process or not (the file's data version). Reading it costs no table access, so a question
 * such as "did the page changes move?" is asked of the tables only when it differs. Null on
 * PostgreSQL, where changes are announced instead.
 */
export function changeProbeOf(db: Kysely<Database>): (() => string) | null {
  return changeProbes.get(db) ?? null;
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, and preparing
 * is a good part of a short query's cost. Kysely runs one query at a time on this single
 * connection, so a cached statement is never in use twice at once.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, limit = 500): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return Object.assign(Object.create(sqlite) as SqliteDatabase.Database, {
    prepare(text: string) {
      // A transaction takes the write lock when it begins: a deferred one that reads first and
      // writes later cannot wait for another process's lock and fails at once ("database is locked").
      const source = text === 'begin' ? 'begin immediate' : text;
      let statement = cache.get(source);
      if (!statement) {
        statement = prepare(source);
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
        cache.set(source, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  });
}

function openPostgres(url: string, options: { poolSize: number; statementTimeoutMs: number }): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    // Sent when each connection starts, so it bounds every statement, inside transactions too;
    // an overrun fails with PostgreSQL's "canceling statement due to statement timeout" (57014).
    ...(options.statementTimeoutMs > 0 ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle connection the server dropped (restart, failover) is discarded by the pool and the
  // next query opens another; without a listener the event would end the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new PostgresTextPlugin()] });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
