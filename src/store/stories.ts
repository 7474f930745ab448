import type { Kysely, Selectable } from 'kysely';
import type { Database, IsoTime, StoriesTable } from './schema.js';
import { readSettingsRow, writeSettingsRow } from './settings-rows.js';

/*
 * The stories' rows and the two indexes beside them, for the database-backed story index
 * (src/stories/store-index.ts). Terms and weights cross this boundary as plain pairs; what
 * they mean is src/stories/'s business.
 */

export type StoryRow = Selectable<StoriesTable>;
export type TermWeights = ReadonlyArray<readonly [term: string, weight: number]>;

/** The settings-table key holding how many articles have been assigned (the IDF's document count). */
const DOCUMENTS_KEY = 'storyDocuments';

/** SQLite binds at most 32,766 parameters; lists are read in slices well below that. */
const SLICE = 500;

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE));
  return out;
}

export async function assignedDocuments(db: Kysely<Database>): Promise<number> {
  const json = await readSettingsRow(db, DOCUMENTS_KEY);
  return json === null ? 0 : Number(JSON.parse(json));
}

/** Document frequencies of these terms; a term no assigned article holds is absent. */
export async function termDocuments(db: Kysely<Database>, terms: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const slice of slices([...new Set(terms)])) {
    const rows = await db.selectFrom('story_term_documents').select(['term', 'documents']).where('term', 'in', slice).execute();
    for (const row of rows) found.set(row.term, row.documents);
  }
  return found;
}

/** Stories with an article whose fingerprint shares a quarter with `quarters`, and those articles' quarters. */
export async function fingerprintNeighbours(
  db: Kysely<Database>,
  quarters: readonly [number, number, number, number],
): Promise<{ story_id: number; quarters: [number, number, number, number] }[]> {
  const rows = await db
    .selectFrom('article_fingerprints')
    .select(['story_id', 'quarter_0', 'quarter_1', 'quarter_2', 'quarter_3'])
    .where((eb) =>
      eb.or([eb('quarter_0', '=', quarters[0]), eb('quarter_1', '=', quarters[1]), eb('quarter_2', '=', quarters[2]), eb('quarter_3', '=', quarters[3])]),
    )
    .execute();
  return rows.map((row) => ({ story_id: row.story_id, quarters: [row.quarter_0, row.quarter_1, row.quarter_2, row.quarter_3] }));
}

/** For each story listed under any of `terms` and seen since `since` (or undated), the terms it is listed under. */
export async function storiesUnderTerms(db: Kysely<Database>, terms: readonly string[], since: IsoTime | null): Promise<Map<number, string[]>> {
  const listed = new Map<number, string[]>();
  for (const slice of slices([...new Set(terms)])) {
    let query = db.selectFrom('story_terms').innerJoin('stories', 'stories.id', 'story_terms.story_id').select(['story_terms.story_id', 'story_terms.term']).where('story_terms.term', 'in', slice);
    if (since !== null) query = query.where((eb) => eb.or([eb('stories.last_seen_at', 'is', null), eb('stories.last_seen_at', '>=', since)]));
    for (const row of await query.execute()) {
      const terms = listed.get(row.story_id);
      if (terms) terms.push(row.term);
      else listed.set(row.story_id, [row.term]);
    }
  }
  return listed;
}

export async function findStories(db: Kysely<Database>, ids: readonly number[]): Promise<StoryRow[]> {
  const rows: StoryRow[] = [];
  for (const slice of slices([...new Set(ids)])) rows.push(...(await db.selectFrom('stories').selectAll().where('id', 'in', slice).execute()));
  return rows;
}

export interface StoryWrite {
  /** Null for a new story. */
  id: number | null;
  title: string;
  representativeArticleId: number;
  representativeTerms: TermWeights;
  centroid: TermWeights;
  markers: readonly string[];
  size: number;
  firstSeenAt: IsoTime | null;
  lastSeenAt: IsoTime | null;
  sources: readonly string[];
  /** The terms it is listed under from now on, replacing the ones before. */
  indexedTerms: TermWeights;
}

export interface AssignedArticle {
  id: number;
  /** Its distinct terms, each counted once in the document frequencies. */
  terms: readonly string[];
  quarters: readonly [number, number, number, number] | null;
}

/**
 * Writes the story (inserting it when new), lists it under its indexed terms, records the
 * article in it with its fingerprint, and counts the article's terms; one transaction, so a
 * crash leaves either all of it or none. Returns the story's id.
 */
export async function saveStoryAssignment(db: Kysely<Database>, story: StoryWrite, article: AssignedArticle, now: IsoTime): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const values = {
      title: story.title,
      representative_article_id: story.representativeArticleId,
      representative_terms: JSON.stringify(story.representativeTerms),
      centroid: JSON.stringify(story.centroid),
      markers: JSON.stringify(story.markers),
      size: story.size,
      first_seen_at: story.firstSeenAt,
      last_seen_at: story.lastSeenAt,
      sources: JSON.stringify(story.sources),
      source_count: story.sources.length,
      updated_at: now,
    };
    let id = story.id;
    if (id === null) {
      const inserted = await trx.insertInto('stories').values({ ...values, created_at: now }).returning('id').executeTakeFirstOrThrow();
      id = inserted.id;
    } else {
      await trx.updateTable('stories').set(values).where('id', '=', id).execute();
      await trx.deleteFrom('story_terms').where('story_id', '=', id).execute();
    }
    const storyId = id;
    for (const slice of slices(story.indexedTerms)) {
      if (slice.length > 0) await trx.insertInto('story_terms').values(slice.map(([term, weight]) => ({ story_id: storyId, term, weight }))).execute();
    }
    await trx.updateTable('articles').set({ story_id: storyId }).where('id', '=', article.id).execute();
    if (article.quarters !== null) {
      const [q0, q1, q2, q3] = article.quarters;
      const quarters = { story_id: storyId, quarter_0: q0, quarter_1: q1, quarter_2: q2, quarter_3: q3 };
      await trx
        .insertInto('article_fingerprints')
        .values({ article_id: article.id, ...quarters })
        .onConflict((oc) => oc.column('article_id').doUpdateSet(quarters))
        .execute();
    }
    for (const slice of slices([...new Set(article.terms)])) {
      if (slice.length === 0) continue;
      await trx
        .insertInto('story_term_documents')
        .values(slice.map((term) => ({ term, documents: 1 })))
        .onConflict((oc) => oc.column('term').doUpdateSet((eb) => ({ documents: eb('story_term_documents.documents', '+', 1) })))
        .execute();
    }
    await writeSettingsRow(trx, DOCUMENTS_KEY, JSON.stringify((await assignedDocuments(trx)) + 1));
    return storyId;
  });
}

/** A story as the public pages list it. */
export interface StoryListing {
  id: number;
  title: string;
  size: number;
  sourceCount: number;
  firstSeenAt: IsoTime | null;
  lastSeenAt: IsoTime | null;
  /** Its sources' titles, in the order they first reported it. */
  sourceTitles: string[];
}

/** A story is public while it holds at least one visible article. */
function visibleStories(db: Kysely<Database>) {
  return db
    .selectFrom('stories')
    .where((eb) => eb.exists(eb.selectFrom('articles').select('articles.id').whereRef('articles.story_id', '=', 'stories.id').where('articles.hidden', '=', 0)));
}

async function withSourceTitles(db: Kysely<Database>, rows: readonly StoryRow[]): Promise<StoryListing[]> {
  const idsOf = (row: StoryRow) => (JSON.parse(row.sources) as string[]).map(Number).filter(Number.isInteger);
  const ids = [...new Set(rows.flatMap(idsOf))];
  const titles = new Map<number, string>();
  for (const slice of slices(ids)) {
    for (const source of await db.selectFrom('sources').select(['id', 'title']).where('id', 'in', slice).execute()) titles.set(source.id, source.title);
  }
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    size: row.size,
    sourceCount: row.source_count,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    sourceTitles: idsOf(row).flatMap((id) => (titles.has(id) ? [titles.get(id)!] : [])),
  }));
}

/** Stories seen since `since`, reported by most sources first, then the latest; what /stories lists. */
export async function listActiveStories(db: Kysely<Database>, since: IsoTime, limit: number, offset: number): Promise<StoryListing[]> {
  const rows = await visibleStories(db)
    .selectAll()
    .where('last_seen_at', '>=', since)
    .orderBy('source_count', 'desc')
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return withSourceTitles(db, rows);
}

export async function countActiveStories(db: Kysely<Database>, since: IsoTime): Promise<number> {
  const row = await visibleStories(db)
    .where('last_seen_at', '>=', since)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findVisibleStory(db: Kysely<Database>, id: number): Promise<StoryListing | undefined> {
  const row = await visibleStories(db).selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withSourceTitles(db, [row]))[0] : undefined;
}

/** What "Also reported by" shows on an article page: the other visible articles of its story. */
export interface AlsoReported {
  slug: string;
  title: string;
  sourceTitle: string;
  publishedAt: IsoTime;
}

export async function otherArticlesOfStory(db: Kysely<Database>, storyId: number, exceptArticleId: number, limit: number): Promise<AlsoReported[]> {
  const rows = await db
    .selectFrom('articles')
    .innerJoin('sources', 'sources.id', 'articles.source_id')
    .select(['articles.slug', 'articles.title', 'articles.published_at', 'sources.title as source_title'])
    .where('articles.story_id', '=', storyId)
    .where('articles.id', '!=', exceptArticleId)
    .where('articles.hidden', '=', 0)
    .orderBy('articles.published_at', 'asc')
    .orderBy('articles.id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, sourceTitle: r.source_title, publishedAt: r.published_at }));
}

/** An article's place in the stories, for the editors' commands. */
export interface ArticlePlacement {
  articleId: number;
  title: string;
  sourceId: number;
  publishedAt: IsoTime;
  storyId: number | null;
  pinned: boolean;
}

export async function findArticlePlacement(db: Kysely<Database>, articleId: number): Promise<ArticlePlacement | undefined> {
  const row = await db
    .selectFrom('articles')
    .select(['id', 'title', 'source_id', 'published_at', 'story_id', 'story_pinned'])
    .where('id', '=', articleId)
    .executeTakeFirst();
  return row && { articleId: row.id, title: row.title, sourceId: row.source_id, publishedAt: row.published_at, storyId: row.story_id, pinned: row.story_pinned === 1 };
}

/** What a story's row says about its members, recomputed from the articles it holds now. */
export interface StoryMembers {
  size: number;
  firstSeenAt: IsoTime | null;
  lastSeenAt: IsoTime | null;
  /** Source ids as strings, in the order they first reported it. */
  sources: string[];
  /** The earliest article, which stands for the story when its representative left. */
  earliest: { id: number; title: string } | null;
}

export async function storyMembers(db: Kysely<Database>, storyId: number): Promise<StoryMembers> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'source_id', 'published_at'])
    .where('story_id', '=', storyId)
    .orderBy('published_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  const sources: string[] = [];
  for (const row of rows) if (!sources.includes(String(row.source_id))) sources.push(String(row.source_id));
  const first = rows[0];
  return {
    size: rows.length,
    firstSeenAt: first?.published_at ?? null,
    lastSeenAt: rows[rows.length - 1]?.published_at ?? null,
    sources,
    earliest: first ? { id: first.id, title: first.title } : null,
  };
}

/** Rewrites a story's member figures (and, when given, its title and representative). */
async function writeMembers(db: Kysely<Database>, storyId: number, members: StoryMembers, now: IsoTime, representative?: { id: number; title: string }): Promise<void> {
  await db
    .updateTable('stories')
    .set({
      size: members.size,
      first_seen_at: members.firstSeenAt,
      last_seen_at: members.lastSeenAt,
      sources: JSON.stringify(members.sources),
      source_count: members.sources.length,
      updated_at: now,
      ...(representative ? { title: representative.title, representative_article_id: representative.id } : {}),
    })
    .where('id', '=', storyId)
    .execute();
}

/**
 * Moves every article of story `fromId` into story `intoId`, pinned there, with `merged` as
 * the merged story's centroid and markers; story `fromId` is deleted. Run inside the command's transaction.
 */
export async function mergeStoryRows(db: Kysely<Database>, fromId: number, intoId: number, merged: { centroid: TermWeights; markers: readonly string[] }, now: IsoTime): Promise<StoryMembers> {
  await db.updateTable('articles').set({ story_id: intoId, story_pinned: 1 }).where('story_id', '=', fromId).execute();
  await db.updateTable('article_fingerprints').set({ story_id: intoId }).where('story_id', '=', fromId).execute();
  await db.deleteFrom('stories').where('id', '=', fromId).execute();
  await db.updateTable('stories').set({ centroid: JSON.stringify(merged.centroid), markers: JSON.stringify(merged.markers) }).where('id', '=', intoId).execute();
  const members = await storyMembers(db, intoId);
  await writeMembers(db, intoId, members, now);
  return members;
}

/**
 * Takes an article out of its story into a new story of its own, pinned there. The story it
 * left keeps its centroid (the article's own vector is not stored to subtract), and takes its
 * earliest remaining article as representative if the article was that. Returns the new story's id.
 */
export async function splitArticleRows(db: Kysely<Database>, placement: ArticlePlacement & { storyId: number }, now: IsoTime): Promise<number> {
  const left = await db.selectFrom('stories').select(['representative_article_id']).where('id', '=', placement.storyId).executeTakeFirstOrThrow();
  const inserted = await db
    .insertInto('stories')
    .values({
      title: placement.title,
      representative_article_id: placement.articleId,
      representative_terms: '[]',
      centroid: '[]',
      size: 1,
      first_seen_at: placement.publishedAt,
      last_seen_at: placement.publishedAt,
      sources: JSON.stringify([String(placement.sourceId)]),
      source_count: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('articles').set({ story_id: inserted.id, story_pinned: 1 }).where('id', '=', placement.articleId).execute();
  await db.updateTable('article_fingerprints').set({ story_id: inserted.id }).where('article_id', '=', placement.articleId).execute();
  const members = await storyMembers(db, placement.storyId);
  await writeMembers(db, placement.storyId, members, now, left.representative_article_id === placement.articleId && members.earliest ? members.earliest : undefined);
  return inserted.id;
}

export async function findStoryRow(db: Kysely<Database>, id: number): Promise<StoryRow | undefined> {
  return db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
}
