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
 * Only the newest this-many matches are ranked, and matches are counted up to COUNTED_MATCHES:
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
 * A search's work, as SQL for one store: the matching visible articles counted, and one page of
 * them ranked. Without filters the index alone answers both, and only the page's rows are read
 * from articles: reading every match's article row (to see that it is not hidden) was most of
 * a search's time; hidden articles are left out by their ids instead (a partial index, migration 014).
 */
interface SearchPlan {
  count(limit: number): RawBuilder<{ n: string | number }>;
  page(ranked: number, limit: number, offset: number): RawBuilder<HitRow>;
}

const HIT_COLUMNS = sql`a.id, a.slug, a.title, a.author, a.published_at, s.slug as source_slug, s.title as source_title`;

function sqlitePlan(query: SearchQuery, filters: SearchFilters): SearchPlan {
  const match = toFtsMatch(query);
  // FTS5 walks a match's rows newest id first without ranking them, and takes a rowid bound as part of the match.
  const recent = (ranked: number) => sql`rowid >= coalesce((select r.rowid from article_search r where r.article_search match ${match} order by r.rowid desc limit 1 offset ${ranked - 1}), 0)`;
  // Column weights: title, text, source title, author.
  const rank = sql`bm25(article_search, 10.0, 1.0, 4.0, 4.0)`;
  if (hasFilters(filters)) {
    const from = sql`article_search join articles a on a.id = article_search.rowid join sources s on s.id = a.source_id`;
    const where = sql`article_search match ${match} and ${filterSql(filters)}`;
    return {
      count: (limit) => sql<{ n: string | number }>`select count(*) as n from (select 1 from ${from} where ${where} limit ${limit}) counted`,
      page: (ranked, limit, offset) => sql<HitRow>`select ${HIT_COLUMNS} from ${from} where ${where} and article_search.${recent(ranked)}
        order by ${rank}, a.id desc limit ${limit} offset ${offset}`,
    };
  }
  const visible = sql`rowid not in (select id from articles where hidden = 1)`;
  return {
    count: (limit) => sql<{ n: string | number }>`select count(*) as n from (select 1 from article_search where article_search match ${match} and ${visible} limit ${limit}) counted`,
    page: (ranked, limit, offset) => sql<HitRow>`select ${HIT_COLUMNS}
      from (select rowid as id, ${rank} as score from article_search where article_search match ${match} and ${recent(ranked)} and ${visible}
        order by score, rowid desc limit ${limit} offset ${offset}) ranked
      join articles a on a.id = ranked.id join sources s on s.id = a.source_id
      order by ranked.score, ranked.id desc`,
  };
}

function postgresPlan(query: SearchQuery, filters: SearchFilters): SearchPlan {
  // The tsquery written out in place (not joined from a subquery), so the planner sees a value
  // it can look up in the GIN index; it is built from immutable functions of bound values.
  const q = tsQuery(query);
  const from = sql`article_search x join articles a on a.id = x.article_id join sources s on s.id = a.source_id`;
  const where = sql`x.document @@ (${q}) and ${filterSql(filters)}`;
  const recent = (ranked: number) => sql`x.article_id >= coalesce((select r.article_id from article_search r where r.document @@ (${q}) order by r.article_id desc limit 1 offset ${ranked - 1}), 0)`;
  return {
    count: (limit) => sql<{ n: string | number }>`select count(*) as n from (select 1 from ${from} where ${where} limit ${limit}) counted`,
    page: (ranked, limit, offset) => sql<HitRow>`select ${HIT_COLUMNS} from ${from} where ${where} and ${recent(ranked)}
      order by ts_rank_cd(x.document, ${q}) desc, a.id desc limit ${limit} offset ${offset}`,
  };
}

function planFor(db: Kysely<Database>, query: SearchQuery, filters: SearchFilters): SearchPlan {
  return isPostgres(db) ? postgresPlan(query, filters) : sqlitePlan(query, filters);
}

/** How many visible articles match a searchable query, up to COUNTED_MATCHES + 1: the index lookup alone, no ranking. */
export async function countSearchMatches(db: Kysely<Database>, query: SearchQuery, filters: SearchFilters = {}, limit = COUNTED_MATCHES): Promise<number> {
  if (!isSearchable(query)) return 0;
  const result = await planFor(db, query, filters).count(limit + 1).execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

async function pageRows(db: Kysely<Database>, request: SearchRequest): Promise<HitRow[]> {
  const offset = (request.page - 1) * request.perPage;
  const result = await planFor(db, request.query, request.filters).page(request.rankedMatches ?? RANKED_MATCHES, request.perPage, offset).execute(db);
  return result.rows;
}

/** The visible articles matching a query, best first, one page of them, with highlighted snippets. */
export async function searchArticles(db: Kysely<Database>, request: SearchRequest): Promise<SearchResults> {
  if (!isSearchable(request.query) || request.page < 1 || request.page > MAX_SEARCH_PAGE) return { total: 0, more: false, hits: [] };
  const countedLimit = request.countedMatches ?? COUNTED_MATCHES;
  // PostgreSQL's pool runs the count and the page on two connections at once; SQLite's one
  // connection would only queue them, so there the page is skipped when nothing matches.
  const [counted, rows] = isPostgres(db)
    ? await Promise.all([countSearchMatches(db, request.query, request.filters, countedLimit), pageRows(db, request)])
    : await countSearchMatches(db, request.query, request.filters, countedLimit).then(async (n) => [n, n === 0 ? [] : await pageRows(db, request)] as const);
  const more = counted > countedLimit;
  const total = Math.min(counted, countedLimit);
  if (rows.length === 0) return { total, more, hits: [] };
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
  const hits = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    titleHtml: highlightText(r.title, request.query),
    snippetHtml: makeSnippet(textOf.get(r.id) ?? '', request.query),
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
