import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { readSettingsRow, writeSettingsRow } from './settings-rows.js';

/*
 * Cheap questions whose answers change whenever a published feed would: the web tier keys
 * its rendered feeds by them, so a change made by any process sharing the database (another
 * web node, a worker, the CLI) shows at once, with no message between processes.
 * Every writer of an article's title, text or dates also sets its updated_at (ingest, the
 * staff edit); hiding, showing, adding and removing change which rows are here.
 */

/** One published article as far as its feed's version is concerned. */
export interface ArticleFeedStamp {
  id: number;
  updated_at: string;
  source_title: string;
  source_site_url: string;
  source_feed_url: string | null;
}

/**
 * The newest `limit` visible articles of a scope, in feed order, with only what tells one
 * version of the feed from another: the same walk of the (published_at, id) index the feed's
 * own query makes, without the excerpts.
 */
export async function articleFeedStamps(db: Kysely<Database>, scope: { sourceId?: number; storyId?: number }, limit: number): Promise<ArticleFeedStamp[]> {
  let query = db
    .selectFrom('articles')
    .innerJoin('sources', 'sources.id', 'articles.source_id')
    .where('articles.hidden', '=', 0)
    .select(['articles.id', 'articles.updated_at', 'sources.title as source_title', 'sources.site_url as source_site_url', 'sources.feed_url as source_feed_url'])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit);
  if (scope.sourceId !== undefined) query = query.where('articles.source_id', '=', scope.sourceId);
  if (scope.storyId !== undefined) query = query.where('articles.story_id', '=', scope.storyId);
  return query.execute();
}

/** A summary of a set of rows that changes when a row joins, leaves or is updated. */
export interface RowSetStamp {
  count: number;
  sumId: number;
  maxId: number;
  /** Newest updated_at among the rows, or '' for none. */
  newest: string;
}

function toStamp(row: { count: unknown; sum_id: unknown; max_id: unknown; newest: unknown } | undefined): RowSetStamp {
  return { count: Number(row?.count ?? 0), sumId: Number(row?.sum_id ?? 0), maxId: Number(row?.max_id ?? 0), newest: String(row?.newest ?? '') };
}

/** What the sitemap lists: every visible article, and the sources. One row back, one pass over each table. */
export async function sitemapStamp(db: Kysely<Database>): Promise<{ articles: RowSetStamp; sources: RowSetStamp }> {
  const articles = db
    .selectFrom('articles')
    .where('hidden', '=', 0)
    .select((eb) => [eb.fn.countAll().as('a_count'), eb.fn.sum('id').as('a_sum_id'), eb.fn.max('id').as('a_max_id'), eb.fn.max('updated_at').as('a_newest')]);
  const sources = db.selectFrom('sources').select((eb) => [eb.fn.countAll().as('s_count'), eb.fn.sum('id').as('s_sum_id'), eb.fn.max('id').as('s_max_id')]);
  const row = await db.selectFrom([articles.as('a'), sources.as('s')]).selectAll().executeTakeFirst();
  return {
    articles: toStamp({ count: row?.a_count, sum_id: row?.a_sum_id, max_id: row?.a_max_id, newest: row?.a_newest }),
    sources: toStamp({ count: row?.s_count, sum_id: row?.s_sum_id, max_id: row?.s_max_id, newest: '' }),
  };
}

/**
 * The approved comments on some articles, summarised: which page each comment of a feed is
 * on depends on all of them (approving an old held comment, or deleting one whose replies
 * move up, shifts pages without changing the newest comments). Read through the
 * (article_id, status, created_at) index.
 */
export async function approvedCommentsStamp(db: Kysely<Database>, articleIds: readonly number[]): Promise<RowSetStamp & { sumParent: number }> {
  if (articleIds.length === 0) return { count: 0, sumId: 0, maxId: 0, newest: '', sumParent: 0 };
  const row = await db
    .selectFrom('comments')
    .where('status', '=', 'approved')
    .where('article_id', 'in', [...new Set(articleIds)])
    .select((eb) => [
      eb.fn.countAll().as('count'),
      eb.fn.sum('id').as('sum_id'),
      eb.fn.max('id').as('max_id'),
      eb.fn.max('created_at').as('newest'),
      eb.fn.sum(eb.fn.coalesce('parent_id', eb.lit(0))).as('sum_parent'),
    ])
    .executeTakeFirst();
  return { ...toStamp(row), sumParent: Number(row?.sum_parent ?? 0) };
}

/** The settings-table key of the comment-edits version; not a setting, so loadSettings never sees it. */
const COMMENT_EDITS_KEY = 'commentEditsVersion';

/**
 * Records that some comment's text or author changed, which leaves no date on the row. Every
 * store function that edits a comment calls it with the handle (transaction) it writes through.
 */
export async function markCommentEdited(db: Kysely<Database>): Promise<void> {
  await writeSettingsRow(db, COMMENT_EDITS_KEY, JSON.stringify(randomBytes(8).toString('hex')));
}

/** Changes whenever a comment is edited; null before the first edit. One primary-key read. */
export async function commentEditsVersion(db: Kysely<Database>): Promise<string | null> {
  return readSettingsRow(db, COMMENT_EDITS_KEY);
}
