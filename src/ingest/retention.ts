import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { deleteArticlesRemembering, findExpiredUncommentedArticles } from '../store/ingest.js';

/**
 * Removes articles older than `days` that nobody commented on (off when days is 0). Removed
 * articles are remembered, so the feed that still lists them does not bring them back.
 */
export async function applyRetention(db: Kysely<Database>, days: number, now: Date): Promise<number> {
  if (!(days > 0)) return 0;
  const before = new Date(now.getTime() - days * 86_400_000);
  let removed = 0;
  for (;;) {
    const ids = await findExpiredUncommentedArticles(db, before, 500);
    if (ids.length === 0) return removed;
    removed += await deleteArticlesRemembering(db, ids, now);
  }
}
