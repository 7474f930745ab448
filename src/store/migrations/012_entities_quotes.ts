import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * The people, organizations and places named in articles (src/analysis/entities/), one row per
 * entity across the desk, matched by type and folded canonical name; the forms that named it
 * (entity_aliases); which articles name it and how often (article_entities); and the direct
 * quotations in articles with their speakers (src/analysis/quotes/), the speaker linked to a
 * person entity when one of the article's names is theirs.
 */
export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  await context
    .idColumn(db.schema.createTable('entities'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('entities_type_name_key', ['type', 'name_key'])
    .execute();

  await db.schema
    .createTable('entity_aliases')
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_aliases_pk', ['entity_id', 'alias'])
    .execute();

  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('article_entities_entity_id').on('article_entities').column('entity_id').execute();

  await context
    .idColumn(db.schema.createTable('quotes'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('quotes_article_id').on('quotes').column('article_id').execute();
  await db.schema.createIndex('quotes_speaker_entity_id').on('quotes').column('speaker_entity_id').execute();
}
