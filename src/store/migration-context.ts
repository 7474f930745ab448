import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from './database.js';

/*
 * What a numbered migration receives and exports, in a module of its own: the migrations and
 * the runner (migrate.ts) both depend on it, and neither on the other's types.
 */

/** What a migration may need to know about the dialect it runs on. */
export interface MigrationContext {
  dialect: DialectName;
  /** Adds an auto-incrementing integer primary key named `id`. */
  idColumn<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
}

/** The shape of every file in src/store/migrations/. */
export interface MigrationModule {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
}

export function migrationContextFor(dialect: DialectName): MigrationContext {
  return {
    dialect,
    idColumn: (table) =>
      dialect === 'postgres'
        ? table.addColumn('id', 'serial', (c) => c.primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  };
}
