import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database, EntityTypeName, IsoTime } from './schema.js';
import { pickSlug, slugCandidates, slugify } from './slugs.js';

/*
 * The entities and quotes of articles (migration 012): written per article by the analysis job,
 * read by the article, entity and entities pages.
 */

/** One entity as an article names it. */
export interface ArticleEntityWrite {
  type: EntityTypeName;
  name: string;
  aliases: readonly string[];
  mentions: number;
}

export interface QuoteWrite {
  position: number;
  text: string;
  speakerName: string | null;
  /** Index into the article's entities when the speaker is one of them. */
  speakerEntity: number | null;
}

/** How many of an entity's newest articles its page reads for stories and co-mentions: a bound on the work for one named everywhere. */
const RECENT_ARTICLES = 500;

/** The key two names of one type must share to be one entity: the name folded as a slug is. */
export function entityNameKey(name: string): string {
  return slugify(name, 200);
}

/** The entity's id, inserting it (under a free slug) when no entity of its type has its name. */
async function entityIdFor(db: Kysely<Database>, entity: ArticleEntityWrite, now: IsoTime): Promise<number> {
  const nameKey = entityNameKey(entity.name);
  const existing = await db.selectFrom('entities').select('id').where('type', '=', entity.type).where('name_key', '=', nameKey).executeTakeFirst();
  if (existing) return existing.id;
  const candidates = slugCandidates(slugify(entity.name), `${entity.type}:${nameKey}`);
  const taken = new Set((await db.selectFrom('entities').select('slug').where('slug', 'in', candidates).execute()).map((row) => row.slug));
  const inserted = await db
    .insertInto('entities')
    .values({ type: entity.type, name: entity.name, name_key: nameKey, slug: pickSlug(candidates, taken), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Replaces an article's entities and quotes with these, in one transaction: analysing an
 * article again leaves exactly what the latest analysis found.
 */
export async function saveArticleAnalysis(db: Kysely<Database>, articleId: number, entities: readonly ArticleEntityWrite[], quotes: readonly QuoteWrite[], now: IsoTime): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
    await trx.deleteFrom('quotes').where('article_id', '=', articleId).execute();
    const ids: number[] = [];
    const mentions = new Map<number, number>();
    for (const entity of entities) {
      const id = await entityIdFor(trx, entity, now);
      ids.push(id);
      // Two of the article's entities may fold to one key ("U.S." and "US"): their mentions add up.
      mentions.set(id, (mentions.get(id) ?? 0) + entity.mentions);
      const aliases = [...new Set(entity.aliases.filter((alias) => alias !== entity.name && alias.length <= 200))];
      if (aliases.length > 0) {
        await trx
          .insertInto('entity_aliases')
          .values(aliases.map((alias) => ({ entity_id: id, alias })))
          .onConflict((oc) => oc.columns(['entity_id', 'alias']).doNothing())
          .execute();
      }
    }
    if (mentions.size > 0) {
      await trx
        .insertInto('article_entities')
        .values([...mentions].map(([entity_id, count]) => ({ article_id: articleId, entity_id, mentions: count })))
        .execute();
    }
    if (quotes.length > 0) {
      await trx
        .insertInto('quotes')
        .values(
          quotes.map((quote) => ({
            article_id: articleId,
            position: quote.position,
            text: quote.text,
            speaker_name: quote.speakerName,
            speaker_entity_id: quote.speakerEntity === null ? null : (ids[quote.speakerEntity] ?? null),
          })),
        )
        .execute();
    }
  });
}

export interface EntityLink {
  slug: string;
  name: string;
  type: EntityTypeName;
}

export interface EntityCount extends EntityLink {
  /** Visible articles naming it in the period. */
  articles: number;
}

/**
 * The entities these articles name, by how many of them name each, most first: the one ranking
 * behind /entities and an entity's "named with" list. `except` leaves one entity out.
 */
async function entitiesNamedIn<TB extends keyof Database>(db: Kysely<Database>, articles: SelectQueryBuilder<Database, TB, { id: number }>, limit: number, except?: number): Promise<EntityCount[]> {
  let query = db
    .selectFrom('article_entities')
    .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
    .select((eb) => ['entities.slug', 'entities.name', 'entities.type', eb.fn.countAll<number>().as('articles')])
    .where('article_entities.article_id', 'in', articles);
  if (except !== undefined) query = query.where('article_entities.entity_id', '!=', except);
  const rows = await query
    .groupBy(['entities.id', 'entities.slug', 'entities.name', 'entities.type'])
    .orderBy('articles', 'desc')
    .orderBy('entities.name', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ slug: r.slug, name: r.name, type: r.type, articles: Number(r.articles) }));
}

/** The entities most visible articles published since `since` name; what /entities lists. */
export function mostMentionedEntities(db: Kysely<Database>, since: IsoTime, limit: number): Promise<EntityCount[]> {
  return entitiesNamedIn(db, db.selectFrom('articles').select('id').where('hidden', '=', 0).where('published_at', '>=', since), limit);
}

export interface EntityRecord extends EntityLink {
  id: number;
  aliases: string[];
}

export async function findEntityBySlug(db: Kysely<Database>, slug: string): Promise<EntityRecord | undefined> {
  const row = await db.selectFrom('entities').select(['id', 'slug', 'name', 'type']).where('slug', '=', slug).executeTakeFirst();
  if (!row) return undefined;
  const aliases = await db.selectFrom('entity_aliases').select('alias').where('entity_id', '=', row.id).orderBy('alias').execute();
  return { ...row, aliases: aliases.map((a) => a.alias) };
}

/** The entities an article names, most mentioned first: its topic tags. */
export async function entitiesOfArticle(db: Kysely<Database>, articleId: number, limit: number): Promise<EntityLink[]> {
  return db
    .selectFrom('article_entities')
    .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
    .select(['entities.slug', 'entities.name', 'entities.type'])
    .where('article_entities.article_id', '=', articleId)
    .orderBy('article_entities.mentions', 'desc')
    .orderBy('entities.name', 'asc')
    .limit(limit)
    .execute();
}

export interface QuoteListing {
  text: string;
  speakerName: string | null;
  speaker: EntityLink | null;
  articleSlug: string;
  articleTitle: string;
  publishedAt: IsoTime;
}

function quoteRows(db: Kysely<Database>) {
  return db
    .selectFrom('quotes')
    .innerJoin('articles', 'articles.id', 'quotes.article_id')
    .leftJoin('entities', 'entities.id', 'quotes.speaker_entity_id')
    .select([
      'quotes.text',
      'quotes.speaker_name',
      'entities.slug as speaker_slug',
      'entities.name as speaker_entity_name',
      'entities.type as speaker_type',
      'articles.slug as article_slug',
      'articles.title as article_title',
      'articles.published_at',
    ])
    .where('articles.hidden', '=', 0);
}

type QuoteRow = Awaited<ReturnType<ReturnType<typeof quoteRows>['execute']>>[number];

function quoteListing(r: QuoteRow): QuoteListing {
  return {
    text: r.text,
    speakerName: r.speaker_name,
    speaker: r.speaker_slug && r.speaker_entity_name && r.speaker_type ? { slug: r.speaker_slug, name: r.speaker_entity_name, type: r.speaker_type } : null,
    articleSlug: r.article_slug,
    articleTitle: r.article_title,
    publishedAt: r.published_at,
  };
}

/** An article's quotes in reading order. */
export async function quotesOfArticle(db: Kysely<Database>, articleId: number, limit: number): Promise<QuoteListing[]> {
  const rows = await quoteRows(db).where('quotes.article_id', '=', articleId).orderBy('quotes.position', 'asc').limit(limit).execute();
  return rows.map(quoteListing);
}

/** What a person said, newest article first. */
export async function quotesBySpeaker(db: Kysely<Database>, entityId: number, limit: number): Promise<QuoteListing[]> {
  const rows = await quoteRows(db)
    .where('quotes.speaker_entity_id', '=', entityId)
    .orderBy('articles.published_at', 'desc')
    .orderBy('quotes.position', 'asc')
    .limit(limit)
    .execute();
  return rows.map(quoteListing);
}

/** Entities named in the same visible articles as this one (its newest RECENT_ARTICLES), by how many articles they share. */
export function coMentionedEntities(db: Kysely<Database>, entityId: number, limit: number): Promise<EntityCount[]> {
  // Its newest articles only: an entity named everywhere would otherwise pair every article it is in.
  const its = db
    .selectFrom('articles')
    .innerJoin('article_entities', 'article_entities.article_id', 'articles.id')
    .select('articles.id')
    .where('article_entities.entity_id', '=', entityId)
    .where('articles.hidden', '=', 0)
    .orderBy('articles.id', 'desc')
    .limit(RECENT_ARTICLES);
  return entitiesNamedIn(db, its, limit, entityId);
}

export interface StoryLink {
  id: number;
  title: string;
  size: number;
  sourceCount: number;
}

/** The stories of the visible articles naming this entity, from its newest articles, latest first. */
export async function storiesNamingEntity(db: Kysely<Database>, entityId: number, limit: number): Promise<StoryLink[]> {
  const rows = await db
    .selectFrom('stories')
    .select(['stories.id', 'stories.title', 'stories.size', 'stories.source_count'])
    .where('stories.id', 'in', (eb) =>
      eb
        .selectFrom('articles')
        .innerJoin('article_entities', 'article_entities.article_id', 'articles.id')
        .select('articles.story_id')
        .where('article_entities.entity_id', '=', entityId)
        .where('articles.hidden', '=', 0)
        .where('articles.story_id', 'is not', null)
        .orderBy('article_entities.article_id', 'desc')
        .limit(RECENT_ARTICLES),
    )
    .orderBy('stories.last_seen_at', 'desc')
    .orderBy('stories.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, size: r.size, sourceCount: r.source_count }));
}
