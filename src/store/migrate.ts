import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Store } from './database.js';
import { isPostgres } from './dialect.js';
import type { Database } from './schema.js';
import { migrationContextFor, type MigrationContext, type MigrationModule } from './migration-context.js';
import * as m001 from './migrations/001_initial.js';
import * as m002 from './migrations/002_ingest.js';
import * as m003 from './migrations/003_back_office.js';
import * as m004 from './migrations/004_accounts_hardening.js';
import * as m005 from './migrations/005_jobs.js';
import * as m006 from './migrations/006_host_leases.js';
import * as m007 from './migrations/007_clean_article_links.js';
import * as m008 from './migrations/008_jobs_dedupe_key.js';
import * as m009 from './migrations/009_spam_models.js';
import * as m010 from './migrations/010_article_text_search.js';
import * as m011 from './migrations/011_stories.js';
import * as m012 from './migrations/012_entities_quotes.js';
import * as m014 from './migrations/014_comment_search.js';
import * as m015 from './migrations/015_page_changes.js';
import * as m016 from './migrations/016_comment_duplicate_lookup.js';
import * as m017 from './migrations/017_users_disabled_setup_links.js';
import * as m018 from './migrations/018_source_fetches.js';
import * as m020 from './migrations/020_subscription_scope.js';
import * as m021 from './migrations/021_comment_status_index.js';

// Until every migration imports it from migration-context.ts.
export type { MigrationContext } from './migration-context.js';

/** Forward-only, numbered; each name sorts after the one before it. */
const migrations: Record<string, MigrationModule> = {
  '001_initial': m001,
  '002_ingest': m002,
  '003_back_office': m003,
  '004_accounts_hardening': m004,
  '005_jobs': m005,
  '006_host_leases': m006,
  '007_clean_article_links': m007,
  '008_jobs_dedupe_key': m008,
  '009_spam_models': m009,
  '010_article_text_search': m010,
  '011_stories': m011,
  '012_entities_quotes': m012,
  '014_comment_search': m014,
  '015_page_changes': m015,
  '016_comment_duplicate_lookup': m016,
  '017_users_disabled_setup_links': m017,
  '018_source_fetches': m018,
  '020_subscription_scope': m020,
  '021_comment_status_index': m021,
};

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
  for (let attempt = 1; ; attempt++) {
    const place = await migrationTablePlace(store.db);
    const migrator = new Migrator({ db: store.db, provider: new StaticProvider(migrationContextFor(store.dialect)), ...place });
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (!error && !failed) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    // Kysely's migrator reads the catalog of every schema; another desk's schema dropped during
    // that read fails it, though nothing of ours is wrong. Such a run changed nothing: run again.
    if (attempt < 3 && !failed && otherSchemaVanished(reason, place.migrationTableSchema)) continue;
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}

/** Whether a failure names a schema other than the desk's own as gone (a concurrent drop elsewhere). */
export function otherSchemaVanished(message: string, ownSchema: string | undefined): boolean {
  const gone = /^schema "([^"]{1,63})" does not exist$/.exec(message);
  return gone !== null && ownSchema !== undefined && gone[1] !== ownSchema;
}

/**
 * The migrations this build knows that the database has not run; rejects when the store does
 * not answer. Names only: nothing is applied. Cheap enough for every readiness probe: one read
 * of Kysely's own table, no schema introspection.
 */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const applied = new Set(await appliedMigrationNames(db));
  return Object.keys(migrations).filter((name) => !applied.has(name));
}

/**
 * The names recorded in Kysely's migration table (unqualified: on PostgreSQL the search path
 * finds it in the desk's schema first, where migrateToLatest put it); none before the first run.
 */
export async function appliedMigrationNames(db: Kysely<Database>): Promise<string[]> {
  try {
    const result = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db);
    return result.rows.map((r) => r.name);
  } catch (error) {
    // The table is missing on a store never migrated; a store that does not answer fails here too.
    await sql`select 1`.execute(db).catch(() => {
      throw error;
    });
    return [];
  }
}

/**
 * On PostgreSQL, Kysely's own tables live in the schema the desk uses. Left unnamed, the check for
 * them looks in every schema of the database, finds another desk's (or another test's), and then
 * never creates ours.
 */
async function migrationTablePlace(db: Kysely<Database>): Promise<{ migrationTableSchema?: string }> {
  if (!isPostgres(db)) return {};
  const result = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = result.rows[0]?.schema;
  return schema ? { migrationTableSchema: schema } : {};
}
