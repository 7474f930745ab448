import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * Stories: articles from many outlets about one event (src/stories/). A story keeps what the
 * assigner compares an arriving article with — its centroid and its representative article's
 * terms, as JSON — and is found by two indexes kept beside it: its heaviest terms
 * (story_terms) and the quarters of its articles' SimHash fingerprints (article_fingerprints;
 * two fingerprints a few bits apart share at least one quarter exactly). story_term_documents
 * counts, per term, the articles assigned so far, for the inverse document frequencies.
 * On articles: the story, whether an editor placed it there (then no reassignment moves it),
 * and when the analysis last ran.
 */
export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  await context
    .idColumn(db.schema.createTable('stories'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('representative_article_id', 'integer', (c) => c.notNull())
    .addColumn('representative_terms', 'text', (c) => c.notNull())
    .addColumn('centroid', 'text', (c) => c.notNull())
    .addColumn('markers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('first_seen_at', 'text')
    .addColumn('last_seen_at', 'text')
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
    // How many sources, kept beside the list so /stories can rank by it with an index.
    .addColumn('source_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_last_seen_at').on('stories').column('last_seen_at').execute();
  await db.schema.createIndex('stories_source_count_last_seen_at').on('stories').columns(['source_count', 'last_seen_at']).execute();

  await db.schema
    .createTable('story_terms')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_terms_pk', ['story_id', 'term'])
    .execute();
  await db.schema.createIndex('story_terms_term').on('story_terms').column('term').execute();

  await db.schema
    .createTable('story_term_documents')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('documents', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_fingerprints')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('quarter_0', 'integer', (c) => c.notNull())
    .addColumn('quarter_1', 'integer', (c) => c.notNull())
    .addColumn('quarter_2', 'integer', (c) => c.notNull())
    .addColumn('quarter_3', 'integer', (c) => c.notNull())
    .execute();
  for (const quarter of [0, 1, 2, 3]) {
    await db.schema.createIndex(`article_fingerprints_quarter_${quarter}`).on('article_fingerprints').column(`quarter_${quarter}`).execute();
  }

  await db.schema.alterTable('articles').addColumn('story_id', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('story_pinned', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('articles').addColumn('analyzed_at', 'text').execute();
  await db.schema.createIndex('articles_story_id').on('articles').column('story_id').execute();
  await db.schema.createIndex('articles_analyzed_at').on('articles').column('analyzed_at').execute();
}
