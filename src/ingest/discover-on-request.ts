import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { demoIngestOverrides } from '../demo/publishers.js';
import type { Database } from '../store/schema.js';
import type { Settings } from '../store/settings.js';
import { createIngestDeps } from './deps.js';
import { discoverFeeds, FeedDiscoveryError, withDiscoveryDeadline, type DiscoveredFeed } from './discover-source.js';
import { discoveryProblemInWords } from './fetch/error-words.js';

/*
 * Discovery as the back office's "add a source" page runs it, on the request: one deadline and
 * a size cap for everything it reads (see withDiscoveryDeadline). The web process loads this
 * module, and with it the fetch and parse pipeline, only when someone adds a source.
 */

export type DiscoveryOutcome = { kind: 'found'; feeds: DiscoveredFeed[] } | { kind: 'problem'; words: string };

export async function discoverFeedsOnRequest(db: Kysely<Database>, settings: Settings, config: Config, url: string, limits: { totalMs: number; maxBytes: number }): Promise<DiscoveryOutcome> {
  try {
    // One request's reads go straight out: the politeness gate is for the workers' scheduled fetches.
    const deps = createIngestDeps(db, settings, { ...(await demoIngestOverrides(db)), throttle: (_host, task) => task() }, config);
    return { kind: 'found', feeds: await discoverFeeds(url, withDiscoveryDeadline(deps.fetch, limits), deps.fetchOptions) };
  } catch (error) {
    if (!(error instanceof FeedDiscoveryError)) throw error;
    return { kind: 'problem', words: discoveryProblemInWords(error.problem) };
  }
}
