import type { Kysely } from 'kysely';
import type { Database, SourceImport } from './schema.js';

/** A subscription list's entry as an import keeps it. */
export interface StoredImportEntry {
  feedUrl: string;
  title: string | null;
  siteUrl: string | null;
}

export interface ImportFailure {
  feedUrl: string;
  reason: string;
}

export async function insertSourceImport(
  db: Kysely<Database>,
  input: { userId: number | null; actor: string; label: string; entries: readonly StoredImportEntry[] },
  now: Date,
): Promise<SourceImport> {
  return db
    .insertInto('source_imports')
    .values({ created_at: now.toISOString(), user_id: input.userId, actor: input.actor, label: input.label, entries: JSON.stringify(input.entries), total: input.entries.length })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findSourceImport(db: Kysely<Database>, id: number): Promise<SourceImport | undefined> {
  return db.selectFrom('source_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export function importEntriesOf(row: SourceImport): StoredImportEntry[] {
  return JSON.parse(row.entries) as StoredImportEntry[];
}

export function importFailuresOf(row: SourceImport): ImportFailure[] {
  return JSON.parse(row.failures) as ImportFailure[];
}

/**
 * Counts one more entry checked, with what became of it; only when `checked` is still what the
 * caller read, so a job run twice never counts an entry twice. False when it was not.
 */
export async function recordImportStep(db: Kysely<Database>, row: Pick<SourceImport, 'id' | 'checked'>, step: { outcome: 'added' | 'known' } | { outcome: 'failed'; failure: ImportFailure; failures: readonly ImportFailure[] }): Promise<boolean> {
  const result = await db
    .updateTable('source_imports')
    .set((eb) => ({
      checked: row.checked + 1,
      ...(step.outcome === 'added' ? { added: eb('added', '+', 1) } : {}),
      ...(step.outcome === 'known' ? { known: eb('known', '+', 1) } : {}),
      ...(step.outcome === 'failed' ? { failures: JSON.stringify([...step.failures, step.failure]) } : {}),
    }))
    .where('id', '=', row.id)
    .where('checked', '=', row.checked)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function finishSourceImport(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db.updateTable('source_imports').set({ finished_at: now.toISOString() }).where('id', '=', id).where('finished_at', 'is', null).execute();
}
