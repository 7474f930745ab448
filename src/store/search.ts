import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './dialect.js';
import type { Database, IsoTime } from './schema.js';
import { highlightText, makeSnippet } from './search-snippet.js';
import { isSearchable, toFtsMatch, type SearchQuery } from './search-query.js';
import { tsQuery } from './search-tsquery.js';

/*
 * Full-text search over visible articles: ranked by bm25 on SQLite (FTS5) and ts_rank_cd on
 * PostgreSQL, with the same weights in spirit: title first, then source and author, then text.
 * Equal scores go newest id first, one order on every page. Pages are offsets into the ranking
 * (a ranking has no stable key to page from), and only the first MAX_SEARCH_PAGE pages are
 * served: deeper offsets cost more and help nobody.
 */

export const MAX_SEARCH_PAGE = 50;

/**
 * Only the newest this-many matches (visible, within the filters) are ranked, and matches are counted up to COUNTED_MATCHES:
 * ranking every article two common words match (70,000 of 100,000 in the bench) took 0.5 s on
 * SQLite, on the event loop, and seconds on PostgreSQL. Both bounds stay above what the 50 pages
 * can show; readers of a news desk want the recent matches of a broad search anyway.
 */
export const RANKED_MATCHES = 2_000;
export const COUNTED_MATCHES = 10_000;

export interface SearchFilters {
  /** Only articles from the source with this slug. */
  sourceSlug?: string | undefined;
  /** Published at or after. */
  publishedFrom?: IsoTime | undefined;
  /** Published before. */
  publishedBefore?: IsoTime | undefined;
}

export interface SearchRequest {
  query: SearchQuery;
  filters: SearchFilters;
  /** 1-based, at most MAX_SEARCH_PAGE. */
  page: number;
  perPage: number;
  /** The bounds above, smaller in tests. */
  rankedMatches?: number;
  countedMatches?: number;
}

export interface SearchHit {
  id: number;
  slug: string;
  /** Escaped, with the searched words in <mark>. */
  titleHtml: string;
  /** A few escaped words of the text around a match, searched words in <mark>; never the whole text. */
  snippetHtml: string;
  author: string | null;
  publishedAt: IsoTime;
  source: { slug: string; title: string };
}

export interface SearchResults {
  /** Matching visible articles, at most COUNTED_MATCHES. */
  total: number;
  /** More articles match than `total` says (it stopped counting). */
  more: boolean;
  hits: SearchHit[];
}

interface HitRow {
  id: number;
  slug: string;
  title: string;
  author: string | null;
  published_at: IsoTime;
  source_slug: string;
  source_title: string;
}

function hasFilters(filters: SearchFilters): boolean {
  return filters.sourceSlug !== undefined || filters.publishedFrom !== undefined || filters.publishedBefore !== undefined;
}

function filterSql(filters: SearchFilters): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`a.hidden = 0`];
  if (filters.sourceSlug !== undefined) parts.push(sql`s.slug = ${filters.sourceSlug}`);
  if (filters.publishedFrom !== undefined) parts.push(sql`a.published_at >= ${filters.publishedFrom}`);
  if (filters.publishedBefore !== undefined) parts.push(sql`a.published_at < ${filters.publishedBefore}`);
  return sql.join(parts, sql` and `);
}

/**
 * A search's work on SQLite: the matching visible articles counted, and one page of the newest
 * `ranked` of them ranked. Without filters the index alone finds the matches, on both stores,
 * and only the ranked page's rows are read from articles: reading every match's article row (to
 * see that it is not hidden) was most of a search's time. Hidden articles are left out by their
 * ids instead, a short list (a partial index, migration 014).
 */
interface SqliteSearchPlan {
  count(limit: number): RawBuilder<{ n: string | number }>;
  page(ranked: number, limit: number, offset: number): RawBuilder<HitRow>;
}

/** The count and the page's rows with their texts, in one statement; one row with only `n` when nothing is on the page. */
type CountedPageRow = { n: string | number } & ({ [K in keyof HitRow]: HitRow[K] | null } & { body_text: string | null });

const HIT_COLUMNS = sql`a.id, a.slug, a.title, a.author, a.published_at, s.slug as source_slug, s.title as source_title`;
const HIDDEN_IDS = sql`select id from articles where hidden = 1`;

function sqlitePlan(query: SearchQuery, filters: SearchFilters): SqliteSearchPlan {
  const match = toFtsMatch(query);
  // Column weights: title, text, source title, author.
  const rank = sql`bm25(article_search, 10.0, 1.0, 4.0, 4.0)`;
  const filtered = hasFilters(filters);
  const from = filtered ? sql`article_search join articles a on a.id = article_search.rowid join sources s on s.id = a.source_id` : sql`article_search`;
  const where = filtered ? sql`article_search match ${match} and ${filterSql(filters)}` : sql`article_search match ${match} and article_search.rowid not in (${HIDDEN_IDS})`;
  // FTS5 walks a match's rows newest id first without ranking them, and takes a rowid bound as part of the match.
  const recent = (ranked: number) => sql`article_search.rowid >= coalesce((select article_search.rowid from ${from} where ${where} order by article_search.rowid desc limit 1 offset ${ranked - 1}), 0)`;
  return {
    count: (limit) => sql<{ n: string | number }>`select count(*) as n from (select 1 from ${from} where ${where} limit ${limit}) counted`,
    page: filtered
      ? (ranked, limit, offset) => sql<HitRow>`select ${HIT_COLUMNS} from ${from} where ${where} and ${recent(ranked)}
          order by ${rank}, a.id desc limit ${limit} offset ${offset}`
      : (ranked, limit, offset) => sql<HitRow>`select ${HIT_COLUMNS}
          from (select article_search.rowid as id, ${rank} as score from ${from} where ${where} and ${recent(ranked)}
            order by score, article_search.rowid desc limit ${limit} offset ${offset}) ranked
          join articles a on a.id = ranked.id join sources s on s.id = a.source_id
          order by ranked.score, ranked.id desc`,
  };
}

/**
 * PostgreSQL's search, the count and the page with its texts in one statement. Most searches
 * match fewer articles than are ranked: the GIN index's matches are then read once, for both
 * the count and the ranking (up to `ranked` + 1 of them: one more says there are more). Only
 * when there are more does a second statement count further and find the newest `ranked`.
 * Either way the ranked matches are each fetched by key: ranked by a range of ids instead, the
 * planner walked the primary key and tested every article's document, most of them from TOAST.
 */
function postgresCountedPage(query: SearchQuery, filters: SearchFilters, window: { ranked: number; countLimit: number; limit: number; offset: number }, few: boolean): RawBuilder<CountedPageRow> {
  const q = tsQuery(query);
  const matches = postgresMatches(q, filters);
  const { ranked, countLimit, limit, offset } = window;
  const candidates = few
    ? sql`(select count(*) from matched) <= ${ranked} and x.article_id = any(array(select article_id from matched))`
    : sql`x.article_id = any(array(${matches} order by x.article_id desc limit ${ranked}))`;
  const counted = few ? sql`select count(*) as n from matched` : sql`select count(*) as n from (${matches} limit ${countLimit}) c`;
  const matched = few ? sql`matched as materialized (${matches} limit ${ranked + 1}),` : sql``;
  return sql<CountedPageRow>`with ${matched}
    page_hits as (select x.article_id as id, ts_rank_cd(x.document, ${q}) as score from article_search x
      where ${candidates} order by score desc, x.article_id desc limit ${limit} offset ${offset})
    select counted.n, ${HIT_COLUMNS}, t.body_text
    from (${counted}) counted
    left join (page_hits h join articles a on a.id = h.id join sources s on s.id = a.source_id left join article_texts t on t.article_id = a.id) on true
    order by h.score desc, h.id desc`;
}

/** The ids of the matching visible articles, within the filters. */
function postgresMatches(q: RawBuilder<unknown>, filters: SearchFilters): RawBuilder<{ article_id: number }> {
  // The tsquery written out in place (not joined from a subquery), so the planner sees a value
  // it can look up in the GIN index; it is built from immutable functions of bound values.
  return hasFilters(filters)
    ? sql`select x.article_id from article_search x join articles a on a.id = x.article_id join sources s on s.id = a.source_id where x.document @@ (${q}) and ${filterSql(filters)}`
    : sql`select x.article_id from article_search x where x.document @@ (${q}) and x.article_id not in (${HIDDEN_IDS})`;
}

/**
 * Runs a search's statements with sequential scans priced out, in a transaction of their own
 * (SET LOCAL ends with it). The planner prices testing a document against a tsquery as nearly
 * free, so for common words under a LIMIT it read the table from the start, testing document
 * after document (most of them from TOAST), where the GIN index finds the same rows for a
 * fraction of the work: a count of two common words took 435 ms that way and 170 ms by the index.
 */
async function withIndexedMatching<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    return work(trx);
  });
}

function postgresCount(query: SearchQuery, filters: SearchFilters, limit: number): RawBuilder<{ n: string | number }> {
  return sql`select count(*) as n from (${postgresMatches(tsQuery(query), filters)} limit ${limit}) counted`;
}

/** How many visible articles match a searchable query, up to COUNTED_MATCHES + 1: the index lookup alone, no ranking. */
export async function countSearchMatches(db: Kysely<Database>, query: SearchQuery, filters: SearchFilters = {}, limit = COUNTED_MATCHES): Promise<number> {
  if (!isSearchable(query)) return 0;
  const result = isPostgres(db) ? await withIndexedMatching(db, (trx) => postgresCount(query, filters, limit + 1).execute(trx)) : await sqlitePlan(query, filters).count(limit + 1).execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

interface CountedRows {
  counted: number;
  rows: (HitRow & { body_text: string })[];
}

async function sqliteCountedRows(db: Kysely<Database>, request: SearchRequest, countLimit: number): Promise<CountedRows> {
  const plan = sqlitePlan(request.query, request.filters);
  const counted = Number((await plan.count(countLimit).execute(db)).rows[0]?.n ?? 0);
  if (counted === 0) return { counted, rows: [] };
  const offset = (request.page - 1) * request.perPage;
  const rows = (await plan.page(request.rankedMatches ?? RANKED_MATCHES, request.perPage, offset).execute(db)).rows;
  if (rows.length === 0) return { counted, rows: [] };
  const texts = await db
    .selectFrom('article_texts')
    .select(['article_id', 'body_text'])
    .where(
      'article_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const textOf = new Map(texts.map((t) => [t.article_id, t.body_text]));
  return { counted, rows: rows.map((r) => ({ ...r, body_text: textOf.get(r.id) ?? '' })) };
}

async function postgresCountedRows(db: Kysely<Database>, request: SearchRequest, countLimit: number): Promise<CountedRows> {
  const window = { ranked: request.rankedMatches ?? RANKED_MATCHES, countLimit, limit: request.perPage, offset: (request.page - 1) * request.perPage };
  const result = await withIndexedMatching(db, async (trx) => {
    const few = await postgresCountedPage(request.query, request.filters, window, true).execute(trx);
    return Number(few.rows[0]?.n ?? 0) > window.ranked ? postgresCountedPage(request.query, request.filters, window, false).execute(trx) : few;
  });
  const rows: CountedRows['rows'] = [];
  for (const r of result.rows) {
    if (r.id === null || r.slug === null || r.title === null || r.published_at === null || r.source_slug === null || r.source_title === null) continue;
    rows.push({ id: r.id, slug: r.slug, title: r.title, author: r.author, published_at: r.published_at, source_slug: r.source_slug, source_title: r.source_title, body_text: r.body_text ?? '' });
  }
  return { counted: Number(result.rows[0]?.n ?? 0), rows };
}

/** The visible articles matching a query, best first, one page of them, with highlighted snippets. */
export async function searchArticles(db: Kysely<Database>, request: SearchRequest): Promise<SearchResults> {
  if (!isSearchable(request.query) || request.page < 1 || request.page > MAX_SEARCH_PAGE) return { total: 0, more: false, hits: [] };
  const countedLimit = request.countedMatches ?? COUNTED_MATCHES;
  const { counted, rows } = await (isPostgres(db) ? postgresCountedRows : sqliteCountedRows)(db, request, countedLimit + 1);
  const more = counted > countedLimit;
  const total = Math.min(counted, countedLimit);
  const hits = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    titleHtml: highlightText(r.title, request.query),
    snippetHtml: makeSnippet(r.body_text, request.query),
    author: r.author,
    publishedAt: r.published_at,
    source: { slug: r.source_slug, title: r.source_title },
  }));
  return { total, more, hits };
}

export interface SourceChoice {
  slug: string;
  title: string;
}

/** Every source by title, for the search form's filter. */
export async function listSourceChoices(db: Kysely<Database>): Promise<SourceChoice[]> {
  const rows = await db.selectFrom('sources').select(['slug', 'title']).execute();
  // Sorted here: the two stores collate text differently.
  return rows.sort((a, b) => a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug));
}
