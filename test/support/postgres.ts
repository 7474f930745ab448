import { randomBytes } from 'node:crypto';
import pg from 'pg';

/*
 * PostgreSQL for the suites that must also pass there. TEST_DATABASE_URL names the server;
 * under CI=true the machine's own (trust auth, user postgres, database test) is used, and an
 * unreachable server fails the suite rather than skipping it.
 */

const baseUrl = process.env.TEST_DATABASE_URL || (process.env.CI === 'true' ? 'postgres://postgres@127.0.0.1:5432/test' : '');

/** For test(…, { skip }): a reason to skip, or false. */
export const postgresSkip: string | false = baseUrl ? false : 'set TEST_DATABASE_URL (CI=true uses postgres://postgres@127.0.0.1:5432/test) to run it';

export interface ScratchSchema {
  /** A connection string whose search_path is a new, empty schema. */
  url: string;
  drop(): Promise<void>;
}

/** A new schema of its own, so runs never see each other's tables; dropped afterwards. */
export async function scratchSchema(): Promise<ScratchSchema> {
  const schema = `newsdesk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop schema ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
