import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { backupSqlite } from '../store/backup.js';
import { copyStore } from '../store/copy-store.js';
import { openStore } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { databaseLabel, UsageError, withDesk } from './shared.js';

/** newsdesk backup FILE: a consistent copy of the running SQLite desk. */
export async function backupCommand(config: Config, args: string[]): Promise<number> {
  const [file, extra] = args;
  if (!file || extra !== undefined) throw new UsageError('backup needs one file to write, e.g. newsdesk backup desk-2026-12-06.db');
  const target = resolve(file);
  if (existsSync(target)) throw new UsageError(`${target} already exists; name a new file`);
  return withDesk(config, async ({ store }) => {
    await backupSqlite(store, target);
    console.log(`Backed up the desk to ${target}`);
  });
}

/** newsdesk migrate-store --to postgres://…: copies this SQLite desk into an empty PostgreSQL database. */
export async function migrateStoreCommand(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
  const to = values.to;
  if (!to || !/^postgres(?:ql)?:\/\//.test(to)) throw new UsageError('migrate-store needs --to postgres://user@host/database');
  if (config.databaseUrl) throw new UsageError('migrate-store copies the SQLite desk (NEWSDESK_DB); unset DATABASE_URL to run it');
  return withDesk(config, async ({ store }) => {
    const target = openStore({ sqlitePath: ':memory:', databaseUrl: to });
    try {
      await migrateToLatest(target);
      const outcome = await copyStore(store, target);
      if (outcome.kind === 'refused') throw new Error(outcome.reason);
      for (const c of outcome.counts) console.log(`${c.table.padEnd(20)} ${String(c.source).padStart(8)} → ${String(c.target).padStart(8)}`);
      if (outcome.kind === 'mismatch') throw new Error('the counts differ after the copy (see above); run migrate-store again to complete it');
      console.log(`Copied the desk into ${databaseLabel({ databaseUrl: to, sqlitePath: '' })}. Set DATABASE_URL to use it.`);
    } finally {
      await target.close();
    }
  });
}
