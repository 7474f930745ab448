import type { Kysely } from 'kysely';
import type { Database, NewSource, Source } from './schema.js';

export async function insertSource(db: Kysely<Database>, source: NewSource): Promise<Source> {
  return db.insertInto('sources').values(source).returningAll().executeTakeFirstOrThrow();
}

export async function findSourceBySlug(db: Kysely<Database>, slug: string): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function countSources(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A source as its public listing shows it. */
export interface SourceListing {
  slug: string;
  title: string;
  siteUrl: string;
  description: string;
  /** Visible articles only. */
  articleCount: number;
  /** Newest visible article's publication time, if any. */
  latestAt: string | null;
}

/** Every source with its count of visible articles, by title (then slug, for a stable order). */
export async function listSourcesWithCounts(db: Kysely<Database>): Promise<SourceListing[]> {
  const rows = await db
    .selectFrom('sources')
    .leftJoin('articles', (join) => join.onRef('articles.source_id', '=', 'sources.id').on('articles.hidden', '=', 0))
    .select((eb) => [
      'sources.slug',
      'sources.title',
      'sources.site_url',
      'sources.description',
      eb.fn.count<number>('articles.id').as('article_count'),
      eb.fn.max('articles.published_at').as('latest_at'),
    ])
    .groupBy(['sources.id', 'sources.slug', 'sources.title', 'sources.site_url', 'sources.description'])
    .execute();
  // Sorted here, not in SQL: SQLite and PostgreSQL collate titles differently.
  const byTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    siteUrl: r.site_url,
    description: r.description,
    articleCount: Number(r.article_count),
    latestAt: (r.latest_at as string | null) ?? null,
  })).sort((a, b) => byTitle.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** What staff may change about a source after adding it (the columns as stored). */
export type SourceChanges = Partial<Pick<Source, 'title' | 'fetch_interval_minutes' | 'full_text' | 'excerpt_words' | 'filters' | 'max_age_days'>>;

/** The source after the change, or undefined when there is none with this id. */
export async function updateSource(db: Kysely<Database>, sourceId: number, changes: SourceChanges): Promise<Source | undefined> {
  return db.updateTable('sources').set(changes).where('id', '=', sourceId).returningAll().executeTakeFirst();
}

/** How much goes with a source when it is removed: its articles and the comments under them. */
export async function countSourceContents(db: Kysely<Database>, sourceId: number): Promise<{ articles: number; comments: number }> {
  const articles = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('source_id', '=', sourceId).executeTakeFirstOrThrow();
  const comments = await db
    .selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('articles.source_id', '=', sourceId)
    .executeTakeFirstOrThrow();
  return { articles: Number(articles.n), comments: Number(comments.n) };
}

/** A source as the back office lists it: its articles in all, and those first stored since a time (for items per day). */
export interface SourceHealthRow extends Source {
  article_count: number;
  recent_articles: number;
}

/** Every source, by id, with its article counts: all, and first stored at or after `since`. */
export async function listSourcesWithHealth(db: Kysely<Database>, since: Date): Promise<SourceHealthRow[]> {
  const rows = await db
    .selectFrom('sources')
    .selectAll('sources')
    .select((eb) => [
      eb.selectFrom('articles').whereRef('articles.source_id', '=', 'sources.id').select((sub) => sub.fn.countAll<number>().as('n')).as('article_count'),
      eb
        .selectFrom('articles')
        .whereRef('articles.source_id', '=', 'sources.id')
        .where('articles.fetched_at', '>=', since.toISOString())
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .as('recent_articles'),
    ])
    .orderBy('sources.id')
    .execute();
  return rows.map((r) => ({ ...r, article_count: Number(r.article_count ?? 0), recent_articles: Number(r.recent_articles ?? 0) }));
}

/** One source with the same counts, or undefined. */
export async function findSourceWithHealth(db: Kysely<Database>, sourceId: number, since: Date): Promise<SourceHealthRow | undefined> {
  const source = await db.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirst();
  if (!source) return undefined;
  const count = async (recent: boolean) => {
    let query = db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('source_id', '=', sourceId);
    if (recent) query = query.where('fetched_at', '>=', since.toISOString());
    return Number((await query.executeTakeFirstOrThrow()).n);
  };
  return { ...source, article_count: await count(false), recent_articles: await count(true) };
}
