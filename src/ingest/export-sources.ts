import type { Kysely } from 'kysely';
import { listSourcesWithCounts } from '../store/ingest.js';
import type { Database } from '../store/schema.js';
import { loadSettings } from '../store/settings.js';
import { buildOpml } from './parse/opml.js';

/** Every source with a feed, as an OPML subscription list named after the desk (page and command line alike). */
export async function exportSourcesOpml(db: Kysely<Database>): Promise<string> {
  const [settings, sources] = await Promise.all([loadSettings(db), listSourcesWithCounts(db)]);
  const withFeeds = sources.filter((s): s is typeof s & { feed_url: string } => s.feed_url !== null);
  return buildOpml(withFeeds.map((s) => ({ title: s.title, feedUrl: s.feed_url, siteUrl: s.site_url })), `${settings.siteName} sources`);
}
