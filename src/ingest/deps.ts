import type { Kysely } from 'kysely';
import { withDemoPublishers } from '../demo/publishers.js';
import type { Database } from '../store/schema.js';
import { loadSettings, type Settings } from '../store/settings.js';
import { fetchResource } from './fetch/fetcher.js';
import { HostGate } from './fetch/host-gate.js';
import { fetchSettingsFromEnv } from './fetch/settings.js';
import { parseFilterRules } from './filters.js';
import type { IngestDeps } from './ingest-source.js';

/** The ingest flow as the desk runs it: real fetching, polite limits, the desk's filters. */
export function createIngestDeps(db: Kysely<Database>, settings: Settings, overrides: Partial<IngestDeps> = {}): IngestDeps {
  const gate = new HostGate({ maxConcurrent: Math.max(1, settings.maxConcurrentFetches), perHost: 1 });
  const env = fetchSettingsFromEnv();
  return {
    db,
    fetch: withDemoPublishers(fetchResource),
    fetchOptions: { allowPrivateAddresses: env.allowPrivateAddresses, userAgent: env.userAgent },
    throttle: (host, task) => gate.run(host, task),
    globalFilters: parseFilterRules(settings.globalFilters),
    now: () => new Date(),
    ...overrides,
  };
}

/** Deps built from the settings as they are in the database now: the worker asks before every run. */
export function depsFromCurrentSettings(db: Kysely<Database>, overrides: Partial<IngestDeps> = {}): () => Promise<IngestDeps> {
  return async () => createIngestDeps(db, await loadSettings(db), overrides);
}
