import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { ArticleUpdate, Database, FullTextMode, Source } from './schema.js';
import { insertWithFreeSlug, slugify } from './slugs.js';

/** What the ingest flow reads and writes: fetch state of sources, article identity, tombstones. */

export interface NewFeedSource {
  feedUrl: string;
  title: string;
  siteUrl: string;
  description?: string;
  intervalMinutes?: number;
  fullText?: FullTextMode;
  excerptWords?: number;
  slug?: string;
}

/**
 * Adds a source under a free slug: one query to find one whatever the number of sources with
 * this title. The unique index decides a race (two sources with one title added at once, by
 * two nodes or two requests); the loser takes a random tag, once. A feed address that is
 * already a source still fails, as before.
 */
export async function addFeedSource(db: Kysely<Database>, input: NewFeedSource, now: Date): Promise<Source> {
  const base = input.slug ?? slugify(input.title, 60);
  return insertWithFreeSlug(db, {
    table: 'sources',
    base,
    uniqueKey: input.feedUrl,
    insert: (slug) =>
      db
        .insertInto('sources')
        .values({
          slug,
          title: input.title,
          site_url: input.siteUrl,
          feed_url: input.feedUrl,
          description: input.description ?? '',
          created_at: now.toISOString(),
          fetch_interval_minutes: input.intervalMinutes ?? 30,
          full_text: input.fullText ?? 'auto',
          excerpt_words: input.excerptWords ?? 300,
          next_fetch_at: now.toISOString(),
        })
        .onConflict((oc) => oc.column('slug').doNothing())
        .returningAll()
        .executeTakeFirst(),
    describe: `the source "${input.title}"`,
  });
}

export async function findSourceByFeedUrl(db: Kysely<Database>, feedUrl: string): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('feed_url', '=', feedUrl).executeTakeFirst();
}

export async function findSourceById(db: Kysely<Database>, id: number): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface SourceWithCounts extends Source {
  article_count: number;
}

export async function listSourcesWithCounts(db: Kysely<Database>): Promise<SourceWithCounts[]> {
  const rows = await db
    .selectFrom('sources')
    .selectAll('sources')
    .select((eb) => eb.selectFrom('articles').whereRef('articles.source_id', '=', 'sources.id').select((sub) => sub.fn.countAll<number>().as('n')).as('article_count'))
    .orderBy('sources.id')
    .execute();
  return rows.map((r) => ({ ...r, article_count: Number(r.article_count ?? 0) }));
}

/**
 * The rule for a source a fetch may take at `nowIso`: not paused, with a feed, not leased by
 * another run (its lease ended or was cleared), and due, unless `anyTime`. Claims, lease
 * takes and the scheduler all use it, so they agree on which sources are due.
 */
export function fetchableSource(eb: ExpressionBuilder<Database, 'sources'>, nowIso: string, options: { anyTime?: boolean } = {}): Expression<SqlBool> {
  const rule = [
    eb('sources.paused', '=', 0),
    eb('sources.feed_url', 'is not', null),
    eb.or([eb('sources.lease_until', 'is', null), eb('sources.lease_until', '<', nowIso)]),
  ];
  if (!options.anyTime) rule.push(eb.or([eb('sources.next_fetch_at', 'is', null), eb('sources.next_fetch_at', '<=', nowIso)]));
  return eb.and(rule);
}

/**
 * Claims up to `limit` sources for fetching: due ones (or all, when asked), unpaused, with a
 * feed, and not leased by another worker. The conditional update makes a claim exclusive
 * even when several workers share the database.
 */
export async function claimDueSources(db: Kysely<Database>, options: { now: Date; leaseMs: number; limit: number; all?: boolean }): Promise<Source[]> {
  const nowIso = options.now.toISOString();
  const rule = { anyTime: options.all === true };
  const candidates = await db
    .selectFrom('sources')
    .select('id')
    .where((eb) => fetchableSource(eb, nowIso, rule))
    .orderBy('next_fetch_at')
    .limit(options.limit)
    .execute();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const claimed: Source[] = [];
  for (const { id } of candidates) {
    const row = await db
      .updateTable('sources')
      .set({ lease_until: leaseUntil })
      .where('id', '=', id)
      .where((eb) => fetchableSource(eb, nowIso, rule))
      .returningAll()
      .executeTakeFirst();
    if (row) claimed.push(row);
  }
  return claimed;
}

export interface FetchOutcome {
  fetchedAt: Date;
  nextFetchAt: Date;
  etag?: string | null;
  lastModified?: string | null;
  /** A permanent redirect moved the feed. */
  feedUrl?: string;
  /** Filled in when the source had none yet. */
  title?: string;
  siteUrl?: string;
  description?: string;
}

export async function recordFetchSuccess(db: Kysely<Database>, sourceId: number, outcome: FetchOutcome): Promise<void> {
  await db
    .updateTable('sources')
    .set({
      last_fetched_at: outcome.fetchedAt.toISOString(),
      last_success_at: outcome.fetchedAt.toISOString(),
      next_fetch_at: outcome.nextFetchAt.toISOString(),
      error_count: 0,
      last_error: null,
      lease_until: null,
      ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
      ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
      ...(outcome.feedUrl ? { feed_url: outcome.feedUrl } : {}),
      ...(outcome.title ? { title: outcome.title } : {}),
      ...(outcome.siteUrl ? { site_url: outcome.siteUrl } : {}),
      ...(outcome.description ? { description: outcome.description } : {}),
    })
    .where('id', '=', sourceId)
    .execute();
}

export async function recordFetchFailure(db: Kysely<Database>, sourceId: number, failure: { fetchedAt: Date; nextFetchAt: Date; error: string }): Promise<void> {
  await db
    .updateTable('sources')
    .set((eb) => ({
      last_fetched_at: failure.fetchedAt.toISOString(),
      next_fetch_at: failure.nextFetchAt.toISOString(),
      error_count: eb('error_count', '+', 1),
      last_error: failure.error.slice(0, 1000),
      lease_until: null,
    }))
    .where('id', '=', sourceId)
    .execute();
}

export async function setSourcePaused(db: Kysely<Database>, sourceId: number, paused: boolean, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('sources')
    .set(paused ? { paused: 1 } : { paused: 0, next_fetch_at: now.toISOString() })
    .where('id', '=', sourceId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function removeSource(db: Kysely<Database>, sourceId: number): Promise<boolean> {
  const result = await db.deleteFrom('sources').where('id', '=', sourceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface StoredIdentity {
  id: number;
  content_hash: string;
}

/** Bind-parameter lists are kept well under both dialects' limits. */
const IN_LIST = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The stored articles of a source among these identities, by identity. */
export async function knownIdentities(db: Kysely<Database>, sourceId: number, guidHashes: readonly string[]): Promise<Map<string, StoredIdentity>> {
  const known = new Map<string, StoredIdentity>();
  for (const part of chunks([...new Set(guidHashes)], IN_LIST)) {
    const rows = await db.selectFrom('articles').select(['id', 'guid_hash', 'content_hash']).where('source_id', '=', sourceId).where('guid_hash', 'in', part).execute();
    for (const r of rows) known.set(r.guid_hash, { id: r.id, content_hash: r.content_hash });
  }
  return known;
}

/** Writes what a new fetch changed in an ingested article. */
export async function updateIngestedArticle(db: Kysely<Database>, articleId: number, changes: ArticleUpdate): Promise<void> {
  await db.updateTable('articles').set(changes).where('id', '=', articleId).execute();
}

/** The identities among these that were deleted and must not come back. */
export async function tombstonedIdentities(db: Kysely<Database>, sourceId: number, guidHashes: readonly string[]): Promise<Set<string>> {
  const gone = new Set<string>();
  for (const part of chunks([...new Set(guidHashes)], IN_LIST)) {
    const rows = await db.selectFrom('article_tombstones').select('guid_hash').where('source_id', '=', sourceId).where('guid_hash', 'in', part).execute();
    for (const r of rows) gone.add(r.guid_hash);
  }
  return gone;
}

/** Deletes articles and remembers their identities, so the next fetch does not bring them back. */
export async function deleteArticlesRemembering(db: Kysely<Database>, articleIds: readonly number[], now: Date): Promise<number> {
  if (articleIds.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('articles').select(['source_id', 'guid_hash']).where('id', 'in', articleIds).execute();
    if (rows.length === 0) return 0;
    await trx
      .insertInto('article_tombstones')
      .values(rows.map((r) => ({ source_id: r.source_id, guid_hash: r.guid_hash, deleted_at: now.toISOString() })))
      .onConflict((oc) => oc.columns(['source_id', 'guid_hash']).doNothing())
      .execute();
    await trx.deleteFrom('articles').where('id', 'in', articleIds).execute();
    return rows.length;
  });
}

/** Articles published before `before` that nobody commented on: what retention may remove. */
export async function findExpiredUncommentedArticles(db: Kysely<Database>, before: Date, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('articles')
    .select('articles.id')
    .where('articles.published_at', '<', before.toISOString())
    .where((eb) => eb.not(eb.exists(eb.selectFrom('comments').select('comments.id').whereRef('comments.article_id', '=', 'articles.id'))))
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The source's host asked for a pause: its next fetch moves to when the pause ends, its lease is given back, no error is counted. */
export async function postponeSourceFetch(db: Kysely<Database>, sourceId: number, until: Date): Promise<void> {
  await db.updateTable('sources').set({ next_fetch_at: until.toISOString(), lease_until: null }).where('id', '=', sourceId).execute();
}
