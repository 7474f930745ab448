import type { Kysely } from 'kysely';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../store/schema.js';
import { loadSettings, type Settings } from '../store/settings.js';
import { fetchResource } from './fetch/fetcher.js';
import { SharedHostGate } from './fetch/host-gate.js';
import { fetchSettingsFor } from './fetch/settings.js';
import { parseFilterRules } from './filters.js';
import type { IngestDeps } from './ingest-source.js';

/** What ingestion takes from the desk's configuration. */
export type IngestConfig = Pick<Config, 'allowPrivateFeeds' | 'publicUrl'>;

/**
 * The ingest flow as the desk runs it: real fetching, polite limits (one request at a time per
 * host over every worker on the store, unless `overrides` brings a throttle), the desk's filters.
 * Nothing here answers for any address: the demo composes its publishers in (src/demo/publishers.ts).
 * Callers holding the desk's Config pass it; without one, the environment is read through loadConfig.
 */
export function createIngestDeps(db: Kysely<Database>, settings: Settings, overrides: Partial<IngestDeps> = {}, config: IngestConfig = loadConfig()): IngestDeps {
  const fetchSettings = fetchSettingsFor(config);
  return {
    db,
    fetch: fetchResource,
    fetchOptions: { allowPrivateAddresses: fetchSettings.allowPrivateAddresses, userAgent: fetchSettings.userAgent },
    throttle: overrides.throttle ?? new SharedHostGate(db, { maxConcurrent: Math.max(1, settings.maxConcurrentFetches) }).run,
    globalFilters: parseFilterRules(settings.globalFilters),
    now: () => new Date(),
    ...overrides,
  };
}

/**
 * Deps built from the settings as they are in the database now: a worker asks before every
 * fetch job, so a change (filters, the fetch limit) reaches its next job without a restart.
 * A worker's long-lived `gate` is its throttle, its overall limit set anew from each read.
 */
export function depsFromCurrentSettings(
  db: Kysely<Database>,
  overridesNow: Partial<IngestDeps> | (() => Promise<Partial<IngestDeps>>) = {},
  config: IngestConfig = loadConfig(),
  gate?: Pick<SharedHostGate, 'run' | 'setMaxConcurrent'>,
): () => Promise<IngestDeps> {
  return async () => {
    const settings = await loadSettings(db);
    // A function is asked again for every fetch: what it decides (the demo's publishers) can change while a worker runs.
    const overrides = typeof overridesNow === 'function' ? await overridesNow() : overridesNow;
    if (!gate) return createIngestDeps(db, settings, overrides, config);
    gate.setMaxConcurrent(Math.max(1, settings.maxConcurrentFetches));
    return createIngestDeps(db, settings, { ...overrides, throttle: gate.run }, config);
  };
}
