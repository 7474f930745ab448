import type { Kysely } from 'kysely';
import { cleanLink } from '../../ingest/identity.js';
import type { MigrationContext } from '../migration-context.js';

/** Only the columns this migration reads and writes, as they were when it was written. */
interface ArticleLinks {
  articles: { id: number; url: string; canonical_url: string };
}

/** Rows read at a time: memory stays flat however many articles there are. */
const BATCH = 500;

/**
 * Articles stored before links were cleaned at ingest still carry tracking parameters in
 * their url and canonical_url. Cleaned once here, with the same cleanLink ingest now applies,
 * so no fetch has to look for them again. Cleaning leaves identities alone (linkKey already
 * ignored these parameters), and a clean link stays as it is, so running it again changes nothing.
 */
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  const store = db as Kysely<ArticleLinks>;
  let after = 0;
  for (;;) {
    const rows = await store
      .selectFrom('articles')
      .select(['id', 'url', 'canonical_url'])
      .where('id', '>', after)
      // Tracking parameters live in the query; an address without '?' has none.
      .where((eb) => eb.or([eb('url', 'like', '%?%'), eb('canonical_url', 'like', '%?%')]))
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const url = cleanLink(row.url);
      const canonical = cleanLink(row.canonical_url);
      if (url !== row.url || canonical !== row.canonical_url) {
        await store.updateTable('articles').set({ url, canonical_url: canonical }).where('id', '=', row.id).execute();
      }
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
