import type { Config } from '../config.js';
import { openDesk, type Desk } from '../desk.js';

/** Opens the desk for one command and always closes it. */
export async function withDesk(config: Config, work: (desk: Desk) => Promise<number | void>): Promise<number> {
  const desk = await openDesk(config);
  try {
    return (await work(desk)) ?? 0;
  } finally {
    await desk.store.close();
  }
}

/** A command-line mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export function positiveId(raw: string | undefined, what: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${what} needs an ID, e.g. ${what} 12`);
  return id;
}
