import type { Config } from '../config.js';
import { openDesk, type Desk } from '../desk.js';
import { CommandFailure, failureLine } from './errors.js';

/** Opens the desk for one command and always closes it. */
export async function withDesk(config: Config, work: (desk: Desk) => Promise<number | void>): Promise<number> {
  let desk: Desk;
  try {
    desk = await openDesk(config);
  } catch (error) {
    throw new CommandFailure(`could not open the database (${databaseLabel(config)}): ${failureLine(error)}`, { cause: error });
  }
  try {
    return (await work(desk)) ?? 0;
  } finally {
    await desk.store.close();
  }
}

/** Which database a command uses, as an operator would recognise it; never the password. */
export function databaseLabel(config: Pick<Config, 'databaseUrl' | 'sqlitePath'>): string {
  if (!config.databaseUrl) return `SQLite file ${config.sqlitePath}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL at DATABASE_URL';
  }
}

/** A command-line mistake: printed with the command's usage, without a stack trace, exit code 2. */
export class UsageError extends Error {}

export function positiveId(raw: string | undefined, what: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${what} needs an ID, e.g. ${what} 12`);
  return id;
}
