import { randomBytes } from 'node:crypto';
import pg from 'pg';

/*
 * PostgreSQL for the suites that must also pass there. NEWSDESK_TEST_DATABASE_URL (or the older
 * TEST_DATABASE_URL) names the server; under CI=true, or when NEWSDESK_TEST_STORE=postgres asks
 * for it without a URL, the machine's own (trust auth, user postgres, database test) is used.
 * Once PostgreSQL is asked for, an unreachable server fails the suite rather than skipping it.
 */

const MACHINE_DEFAULT = 'postgres://postgres@127.0.0.1:5432/test';

export type TestStoreName = 'sqlite' | 'postgres';

/** Which store test desks run on: SQLite unless NEWSDESK_TEST_STORE=postgres. */
export const testStore: TestStoreName = parseTestStore(process.env.NEWSDESK_TEST_STORE);

const namedUrl = process.env.NEWSDESK_TEST_DATABASE_URL || process.env.TEST_DATABASE_URL || '';

const baseUrl = namedUrl || (process.env.CI === 'true' || testStore === 'postgres' ? MACHINE_DEFAULT : '');

/** The server the tests name, else the machine's own, even when no test asked for PostgreSQL (the bench uses it whenever it answers). */
export const anyPostgresServer = namedUrl || MACHINE_DEFAULT;

function parseTestStore(raw: string | undefined): TestStoreName {
  if (raw === undefined || raw === '' || raw === 'sqlite') return 'sqlite';
  if (raw === 'postgres') return 'postgres';
  throw new Error(`NEWSDESK_TEST_STORE must be "sqlite" or "postgres", got "${raw}"`);
}

/** For test(…, { skip }): a reason to skip, or false. */
export const postgresSkip: string | false = baseUrl
  ? false
  : `set NEWSDESK_TEST_DATABASE_URL (CI=true uses ${MACHINE_DEFAULT}) to run it`;

/**
 * For test(…, { skip }) on a test that reads the SQLite file itself; `reason` says why it
 * cannot go through the store. Such a test runs in the SQLite pass of the suite only.
 */
export function sqliteOnly(reason: string): string | false {
  return testStore === 'sqlite' ? false : `SQLite only: ${reason}`;
}

export interface ScratchSchema {
  /** A connection string whose search_path is a new, empty schema. */
  url: string;
  /** The schema's name. */
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!server) throw new Error(`No PostgreSQL for the tests: ${String(postgresSkip)}`);
  const client = new pg.Client({ connectionString: server });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL for the tests is unreachable at ${server}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new schema of its own on `server` (the tests' by default), so runs never see each other's tables; dropped afterwards. */
export async function scratchSchema(server: string = baseUrl): Promise<ScratchSchema> {
  const schema = `newsdesk_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(server, (admin) => admin.query(`create schema ${schema}`));
  const url = new URL(server);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    name: schema,
    async drop() {
      await withAdmin(server, (admin) => admin.query(`drop schema if exists ${schema} cascade`));
    },
  };
}
