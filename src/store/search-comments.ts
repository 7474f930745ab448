import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './dialect.js';
import type { Database } from './schema.js';
import { toFtsMatch, type SearchQuery } from './search-query.js';
import { tsPositiveQuery, tsQuery } from './search-tsquery.js';

/*
 * The search layer over comments (comment_search, migration 014), for staff pages only: it holds
 * commenters' emails. The same query syntax and tokenizing as the article search.
 */

/** What a comment is indexed by; each a column of the FTS5 table, a weight of the tsvector. */
export type CommentIndexField = 'body' | 'author' | 'email' | 'article';

const weightOf: Record<CommentIndexField, string> = { body: 'a', author: 'b', email: 'c', article: 'd' };

/**
 * The ids of the comments a searchable query matches, in `fields` only (all of them when
 * omitted), as a subquery: `comments.id in (…)`.
 */
export function commentMatchIds(db: Kysely<Database>, query: SearchQuery, fields?: readonly CommentIndexField[]): RawBuilder<{ id: number }> {
  if (!isPostgres(db)) return sql`select rowid as id from comment_search where comment_search match ${toFtsMatch(query, fields)}`;
  if (fields === undefined) return sql`select comment_id as id from comment_search where document @@ (${tsQuery(query)})`;
  // The index finds the comments holding the terms anywhere; ts_filter keeps the chosen fields'
  // words (by weight) to check the whole query, exclusions included, against those fields alone.
  const weights = `{${fields.map((f) => weightOf[f]).join(',')}}`;
  return sql`select comment_id as id from comment_search where document @@ (${tsPositiveQuery(query)}) and ts_filter(document, ${weights}::"char"[]) @@ (${tsQuery(query)})`;
}

/** Comments indexed per transaction in a rebuild. */
const REBUILD_BATCH = 500;

/**
 * Indexes every comment again, a batch at a time in id order, and drops index rows of comments
 * that no longer exist: for a damaged index, as with the articles' (search-index.ts).
 * Returns how many comments were indexed.
 */
export async function rebuildCommentSearchIndex(db: Kysely<Database>): Promise<number> {
  await sql`delete from comment_search where ${sql.ref(isPostgres(db) ? 'comment_id' : 'rowid')} not in (select id from comments)`.execute(db);
  let done = 0;
  let after = 0;
  for (;;) {
    const ids = (await db.selectFrom('comments').select('id').where('id', '>', after).orderBy('id').limit(REBUILD_BATCH).execute()).map((r) => r.id);
    if (ids.length === 0) return done;
    await db.transaction().execute((trx) => indexComments(trx, ids));
    done += ids.length;
    after = ids[ids.length - 1]!;
  }
}

async function indexComments(db: Kysely<Database>, ids: number[]): Promise<void> {
  if (isPostgres(db)) {
    await sql`select newsdesk_index_comments(${sql.val(ids)}::integer[])`.execute(db);
    return;
  }
  const list = sql.join(ids);
  await sql`delete from comment_search where rowid in (${list})`.execute(db);
  await sql`insert into comment_search (rowid, body, author, email, article)
    select c.id, c.body_markdown, c.author_name, c.author_email, a.title
    from comments c join articles a on a.id = c.article_id
    where c.id in (${list})`.execute(db);
}
