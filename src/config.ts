import { resolve } from 'node:path';

/** Everything the process reads from its environment, parsed once at start. */
export interface Config {
  /** SQLite file used when no DATABASE_URL is given. */
  sqlitePath: string;
  /** PostgreSQL connection string; when set, it wins over the SQLite file. */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  /** Where the desk is reachable from outside, without a trailing slash. */
  publicUrl: string;
  /** Overrides the secret kept in the settings table (useful to share one across nodes). */
  secret: string | undefined;
  trustProxy: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST ?? '127.0.0.1';
  const port = parsePort(env.PORT ?? '3000');
  return {
    sqlitePath: resolve(env.NEWSDESK_DB ?? './data/newsdesk.db'),
    databaseUrl: env.DATABASE_URL || undefined,
    host,
    port,
    publicUrl: (env.NEWSDESK_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/+$/, ''),
    secret: env.NEWSDESK_SECRET || undefined,
    trustProxy: env.NEWSDESK_TRUST_PROXY === '1' || env.NEWSDESK_TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}
