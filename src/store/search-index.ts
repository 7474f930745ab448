import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.js';
import type { Database } from './schema.js';

/*
 * Writes to the search index's input (each article's full text) and the rebuild. The index
 * itself (article_search, migration 010) follows articles, texts and source titles by triggers.
 */

/** Characters of an article's text kept for search: enough for a long feature, bounded for the index. */
export const MAX_ARTICLE_TEXT_CHARS = 200_000;

/** Stores (or replaces) an article's full plain text; the index follows in the same transaction. */
export async function saveArticleText(db: Kysely<Database>, articleId: number, text: string): Promise<void> {
  const body_text = text.length > MAX_ARTICLE_TEXT_CHARS ? text.slice(0, MAX_ARTICLE_TEXT_CHARS) : text;
  await db
    .insertInto('article_texts')
    .values({ article_id: articleId, body_text })
    .onConflict((oc) => oc.column('article_id').doUpdateSet({ body_text }))
    .execute();
}

/** Articles indexed per transaction in a rebuild: short transactions, so the desk keeps answering. */
const REBUILD_BATCH = 500;

export interface RebuildProgress {
  done: number;
  total: number;
}

/**
 * Indexes every article again from its stored title, text, source and author, a batch at a
 * time in id order, and drops index rows of articles that no longer exist. Needed only if the
 * index was damaged or built by an older tokenizer: the triggers keep it current otherwise.
 */
export async function rebuildSearchIndex(db: Kysely<Database>, onProgress: (progress: RebuildProgress) => void = () => {}): Promise<RebuildProgress> {
  const total = Number((await db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
  await sql`delete from article_search where ${sql.ref(isPostgres(db) ? 'article_id' : 'rowid')} not in (select id from articles)`.execute(db);
  let done = 0;
  let after = 0;
  onProgress({ done, total });
  for (;;) {
    const ids = (await db.selectFrom('articles').select('id').where('id', '>', after).orderBy('id').limit(REBUILD_BATCH).execute()).map((r) => r.id);
    if (ids.length === 0) break;
    await db.transaction().execute((trx) => indexArticles(trx, ids));
    done += ids.length;
    after = ids[ids.length - 1]!;
    onProgress({ done, total: Math.max(total, done) });
  }
  return { done, total: Math.max(total, done) };
}

async function indexArticles(db: Kysely<Database>, ids: number[]): Promise<void> {
  if (isPostgres(db)) {
    await sql`select newsdesk_index_articles(${sql.val(ids)}::integer[])`.execute(db);
    return;
  }
  const list = sql.join(ids);
  await sql`delete from article_search where rowid in (${list})`.execute(db);
  await sql`insert into article_search (rowid, title, body, source, author)
    select a.id, a.title, coalesce(t.body_text, ''), s.title, coalesce(a.author, '')
    from articles a join sources s on s.id = a.source_id left join article_texts t on t.article_id = a.id
    where a.id in (${list})`.execute(db);
}
