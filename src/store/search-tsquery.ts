import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery, SearchTerm } from './search-query.js';

/*
 * A parsed query as a PostgreSQL tsquery built from bound values, for every index on the search
 * layer (articles, comments). newsdesk_fold() (migration 010) folds accents as the indexes did.
 */

/** One term as a tsquery made from a bound value: the words, accent-folded, in order. */
function tsTerm(term: SearchTerm): RawBuilder<unknown> {
  return sql`phraseto_tsquery('simple', newsdesk_fold(${term.words.join(' ')}))`;
}

/** Every clause and no excluded term: the whole query. */
export function tsQuery(query: SearchQuery): RawBuilder<unknown> {
  const clauses = query.clauses.map((c) => sql`(${sql.join(c.anyOf.map(tsTerm), sql` || `)})`);
  const excluded = query.excluded.map((t) => sql`!!${tsTerm(t)}`);
  return sql.join([...clauses, ...excluded], sql` && `);
}

/** Only the clauses: what a document must hold, for an index lookup checked again afterwards. */
export function tsPositiveQuery(query: SearchQuery): RawBuilder<unknown> {
  return sql.join(
    query.clauses.map((c) => sql`(${sql.join(c.anyOf.map(tsTerm), sql` || `)})`),
    sql` && `,
  );
}
