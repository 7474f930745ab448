import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import { isPostgres } from './dialect.js';
import type { Database } from './schema.js';

/*
 * Group commit for SQLite. A commit is most of a small write's cost there: the WAL frames of
 * every page it touched, the full-text index's new segment, now and then a checkpoint. Writes
 * that arrive together (comment posts under load) share one transaction, each inside a savepoint
 * of its own: a unit that fails is rolled back alone, and none is answered before the commit
 * that makes all of them durable. Alone, a write runs in a transaction of its own as before.
 *
 * PostgreSQL gains nothing from this: each write has a connection of its own from the pool,
 * and the server already flushes concurrent commits together. There, and inside a transaction,
 * a unit simply runs in its own transaction (or the caller's).
 */

export type WriteUnit<T> = (trx: Transaction<Database>) => Promise<T>;

interface Queued {
  unit: WriteUnit<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** At most this many writes share a commit, so the write lock is never held for long. */
const MAX_GROUP = 64;

class WriteGroups {
  private queue: Queued[] = [];
  private flushing = false;

  constructor(private readonly db: Kysely<Database>) {}

  write<T>(unit: WriteUnit<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ unit: unit as WriteUnit<unknown>, resolve: resolve as (value: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Writes that arrive in this turn of the event loop join the first group.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, MAX_GROUP);
      if (group.length === 1) await this.runAlone(group[0]!);
      else await this.runGroup(group);
    }
    this.flushing = false;
  }

  private async runAlone(queued: Queued): Promise<void> {
    try {
      queued.resolve(await this.db.transaction().execute(queued.unit));
    } catch (error) {
      queued.reject(error);
    }
  }

  private async runGroup(group: Queued[]): Promise<void> {
    let trx: ControlledTransaction<Database>;
    try {
      trx = await this.db.startTransaction().execute();
    } catch (error) {
      for (const queued of group) queued.reject(error);
      return;
    }
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      for (const queued of group) {
        const inUnit = await trx.savepoint('unit').execute();
        try {
          const value = await queued.unit(inUnit);
          await inUnit.releaseSavepoint('unit').execute();
          outcomes.push({ ok: true, value });
        } catch (error) {
          await inUnit.rollbackToSavepoint('unit').execute();
          await inUnit.releaseSavepoint('unit').execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      // The savepoint statements or the commit failed: nothing of the group is kept, and each says so.
      await trx.rollback().execute().catch(() => undefined);
      for (const queued of group) queued.reject(error);
      return;
    }
    group.forEach((queued, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) queued.resolve(outcome.value);
      else queued.reject(outcome.error);
    });
  }
}

const groupsOf = new WeakMap<Kysely<Database>, WriteGroups>();

/**
 * Runs `unit` in a transaction and resolves once it is committed: on SQLite, in the commit of
 * whatever other writes arrived with it. `unit` must not start a transaction of its own.
 */
export function writeInGroup<T>(db: Kysely<Database>, unit: WriteUnit<T>): Promise<T> {
  if (db.isTransaction) return unit(db as Transaction<Database>);
  if (isPostgres(db)) return db.transaction().execute(unit);
  let groups = groupsOf.get(db);
  if (!groups) {
    groups = new WriteGroups(db);
    groupsOf.set(db, groups);
  }
  return groups.write(unit);
}
