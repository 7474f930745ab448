import type { Kysely } from 'kysely';
import { createIngestDeps } from '../../src/ingest/deps.js';
import type { IngestDeps } from '../../src/ingest/ingest-source.js';
import { addFeedSource } from '../../src/store/ingest.js';
import type { Database, Source } from '../../src/store/schema.js';
import { loadSettings } from '../../src/store/settings.js';
import type { Publisher } from './publisher.js';

/** The desk's ingest deps, allowed to fetch from the local publishers tests start on 127.0.0.1. */
export async function localIngestDeps(db: Kysely<Database>, totalTimeoutMs = 5000): Promise<IngestDeps> {
  return createIngestDeps(db, await loadSettings(db), { fetchOptions: { allowPrivateAddresses: true, totalTimeoutMs } });
}

export interface SourceOptions {
  fullText?: 'auto' | 'on' | 'off';
  excerptWords?: number;
}

/** Adds sources served by `publisher` at a path, titled "<titlePrefix> 1", "<titlePrefix> 2"… */
export function sourceAdder(db: Kysely<Database>, publisher: Publisher, titlePrefix: string, defaults: SourceOptions = {}): (path: string, options?: SourceOptions) => Promise<Source> {
  let counter = 0;
  return (path, options = {}) => {
    counter++;
    const { fullText = 'off', excerptWords = 300 } = { ...defaults, ...options };
    return addFeedSource(db, { feedUrl: publisher.url + path, title: `${titlePrefix} ${counter}`, siteUrl: publisher.url + '/', fullText, excerptWords }, new Date());
  };
}
