import type { Config } from './config.js';
import type { DiscussionContext } from './discussion/context.js';
import { openStore, type Store } from './store/database.js';
import { migrateToLatest } from './store/migrate.js';
import { ensureSecret } from './store/settings.js';
import { settingsCache, type WebContext } from './web/context.js';

export interface Desk {
  store: Store;
  context: WebContext;
  /** Migrations applied by this start; includes '001_initial' on a brand-new database. */
  applied: string[];
}

/** What the discussion flow needs, with the settings as they are now. */
export async function discussionContext(context: WebContext): Promise<DiscussionContext> {
  const { config } = context;
  return {
    db: context.db,
    secret: context.secret,
    settings: await context.settings(),
    publicUrl: config.publicUrl,
    akismet: config.akismetKey ? { key: config.akismetKey, url: config.akismetUrl, testMode: config.akismetTestMode } : undefined,
  };
}

/** Opens the store, brings its schema up to date, and gathers what the web layer needs. */
export async function openDesk(config: Config): Promise<Desk> {
  const store = openStore({ sqlitePath: config.sqlitePath, databaseUrl: config.databaseUrl, pgPoolSize: config.pgPoolSize, pgStatementTimeoutMs: config.pgStatementTimeoutMs });
  try {
    const applied = await migrateToLatest(store);
    const secret = config.secret ?? (await ensureSecret(store.db));
    return { store, applied, context: { db: store.db, config, secret, settings: settingsCache(store.db, 5000) } };
  } catch (error) {
    await store.close();
    throw error;
  }
}
