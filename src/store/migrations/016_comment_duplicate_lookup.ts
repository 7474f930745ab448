import type { Kysely } from 'kysely';

/**
 * The duplicate check of every new comment (same article, same parent, same text, by the same
 * name or email) found its candidates through the article's index: every comment under the
 * article, more with each post. Looked up by the email (comments_email) and by the name (this
 * index), it reads only that author's comments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('comments_author_name').on('comments').columns(['author_name', 'article_id']).execute();
}
