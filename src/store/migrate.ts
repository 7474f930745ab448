import { Migrator, type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName, Store } from './database.js';
import * as m001 from './migrations/001_initial.js';
import * as m002 from './migrations/002_ingest.js';
import * as m003 from './migrations/003_back_office.js';
import * as m004 from './migrations/004_accounts_hardening.js';

/** What a migration may need to know about the dialect it runs on. */
export interface MigrationContext {
  dialect: DialectName;
  /** Adds an auto-incrementing integer primary key named `id`. */
  idColumn<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
}

type MigrationModule = {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
};

/** Forward-only, numbered; each name sorts after the one before it. */
const migrations: Record<string, MigrationModule> = {
  '001_initial': m001,
  '002_ingest': m002,
  '003_back_office': m003,
  '004_accounts_hardening': m004,
};

function contextFor(dialect: DialectName): MigrationContext {
  return {
    dialect,
    idColumn: (table) =>
      dialect === 'postgres'
        ? table.addColumn('id', 'serial', (c) => c.primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly context: MigrationContext) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const context = this.context;
    return Object.fromEntries(
      Object.entries(migrations).map(([name, module]) => [name, { up: (db: Kysely<unknown>) => module.up(db, context) }]),
    );
  }
}

/** Brings the schema up to date; safe to call from several processes at once on PostgreSQL. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider: new StaticProvider(contextFor(store.dialect)) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

