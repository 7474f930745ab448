import { dirname, join, resolve } from 'node:path';

/** Everything the process reads from its environment, parsed once at start. */
export interface Config {
  /** SQLite file used when no DATABASE_URL is given. */
  sqlitePath: string;
  /** PostgreSQL connection string; when set, it wins over the SQLite file. */
  databaseUrl: string | undefined;
  /** Connections each process keeps open to PostgreSQL at most (NEWSDESK_PG_POOL_SIZE). */
  pgPoolSize: number;
  /** PostgreSQL cancels a statement running longer than this (NEWSDESK_PG_STATEMENT_TIMEOUT_MS; 0 for no limit). */
  pgStatementTimeoutMs: number;
  host: string;
  port: number;
  /** Where the desk is reachable from outside, without a trailing slash. */
  publicUrl: string;
  /** Whether NEWSDESK_PUBLIC_URL named it (else it was made from HOST and PORT). */
  publicUrlExplicit: boolean;
  /** Overrides the secret kept in the settings table (useful to share one across nodes). */
  secret: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  /** NEWSDESK_LOG_FORMAT: "pretty" (one readable line per entry), "json", or "auto": pretty on a terminal, JSON otherwise. */
  logFormat: LogFormat;
  /** smtp://user:pass@host:port or smtps://…; without it, mail is written to mailLogPath (default: mail.log beside the SQLite file). */
  smtpUrl: string | undefined;
  mailFrom: string;
  mailLogPath: string;
  /** Enables the Akismet-compatible check. */
  akismetKey: string | undefined;
  /** The Akismet-compatible service; tests point it at a local server. */
  akismetUrl: string;
  /** NODE_ENV=test: requests to the Akismet-compatible service are marked as tests (is_test). */
  akismetTestMode: boolean;
  /** NEWSDESK_ALLOW_PRIVATE_FEEDS=1 (or "true"): feeds on private and local addresses may be fetched. */
  allowPrivateFeeds: boolean;
  /** A brand-new desk is filled with the demo unless NEWSDESK_DEMO=0. */
  demo: boolean;
  /** NEWSDESK_METRICS_PORT: /metrics on its own port (same host); without it, /metrics is for signed-in admins. */
  metricsPort: number | null;
}

export type LogFormat = 'auto' | 'pretty' | 'json';

function parseLogFormat(raw: string | undefined): LogFormat {
  const value = (raw ?? '').trim().toLowerCase() || 'auto';
  if (value === 'auto' || value === 'pretty' || value === 'json') return value;
  throw new Error(`NEWSDESK_LOG_FORMAT must be "auto", "pretty" or "json", not "${raw}"`);
}

export const DEFAULT_PG_POOL_SIZE = 10;
export const DEFAULT_PG_STATEMENT_TIMEOUT_MS = 30_000;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST ?? '127.0.0.1';
  const port = parsePort(env.PORT ?? '3000');
  const sqlitePath = resolve(env.NEWSDESK_DB ?? './data/newsdesk.db');
  return {
    sqlitePath,
    databaseUrl: env.DATABASE_URL || undefined,
    pgPoolSize: parseWholeNumber('NEWSDESK_PG_POOL_SIZE', env.NEWSDESK_PG_POOL_SIZE, DEFAULT_PG_POOL_SIZE, 1),
    pgStatementTimeoutMs: parseWholeNumber('NEWSDESK_PG_STATEMENT_TIMEOUT_MS', env.NEWSDESK_PG_STATEMENT_TIMEOUT_MS, DEFAULT_PG_STATEMENT_TIMEOUT_MS, 0),
    host,
    port,
    publicUrl: (env.NEWSDESK_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/+$/, ''),
    publicUrlExplicit: Boolean(env.NEWSDESK_PUBLIC_URL),
    secret: env.NEWSDESK_SECRET || undefined,
    trustProxy: env.NEWSDESK_TRUST_PROXY === '1' || env.NEWSDESK_TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    logFormat: parseLogFormat(env.NEWSDESK_LOG_FORMAT),
    smtpUrl: env.NEWSDESK_SMTP_URL || undefined,
    mailFrom: env.NEWSDESK_MAIL_FROM ?? 'Newsdesk <newsdesk@localhost>',
    // Beside the desk's own file, so a desk kept elsewhere keeps its mail there too.
    mailLogPath: resolve(env.NEWSDESK_MAIL_LOG ?? join(dirname(sqlitePath), 'mail.log')),
    akismetKey: env.NEWSDESK_AKISMET_KEY || undefined,
    akismetUrl: (env.NEWSDESK_AKISMET_URL ?? 'https://rest.akismet.com').replace(/\/+$/, ''),
    akismetTestMode: isTestEnvironment(env),
    allowPrivateFeeds: isOn(env.NEWSDESK_ALLOW_PRIVATE_FEEDS),
    demo: env.NEWSDESK_DEMO?.trim() !== '0',
    metricsPort: env.NEWSDESK_METRICS_PORT?.trim() ? parsePort(env.NEWSDESK_METRICS_PORT, 'NEWSDESK_METRICS_PORT') : null,
  };
}

/** NODE_ENV=test; read here for code that has no Config at hand yet (see akismetForm). */
export function isTestEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test';
}

/** "1" or "true", in any case, around any spaces. */
function isOn(raw: string | undefined): boolean {
  const flag = raw?.trim().toLowerCase();
  return flag === '1' || flag === 'true';
}

function parsePort(raw: string, name = 'PORT'): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

/** An optional whole-number variable: its default when unset or empty, else at least `min`. */
function parseWholeNumber(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of ${min} or more, got "${raw}"`);
  }
  return value;
}
