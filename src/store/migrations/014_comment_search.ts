import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * The search layer over comments, for the back office's comment queue: an FTS5 table on SQLite,
 * a tsvector table with a GIN index on PostgreSQL (the same tokenizing and accent folding as
 * article_search, migration 010), both named comment_search and left out of the typed schema.
 * It holds each comment's text, author name, email and its article's title, so it is for staff
 * pages only: a commenter's email must never reach a public page. Triggers keep it current
 * through every write path (posting, moderation edits, deletes and their cascades, a renamed
 * article, a store copy).
 *
 * Also a partial index of the hidden articles' ids: article search leaves them out by that
 * short list rather than by reading every matching article's row.
 */
export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  await sql`create index articles_hidden_ids on articles (id) where hidden = 1`.execute(db);
  if (context.dialect === 'postgres') await createPostgresIndex(db);
  else await createSqliteIndex(db);
}

async function createSqliteIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table comment_search using fts5(body, author, email, article, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  const indexRow = (id: string) => sql.raw(`insert into comment_search (rowid, body, author, email, article)
    select c.id, c.body_markdown, c.author_name, c.author_email, a.title
    from comments c join articles a on a.id = c.article_id
    where c.id = ${id};`);
  const statements = [
    sql`create trigger comment_search_insert after insert on comments begin ${indexRow('new.id')} end`,
    sql`create trigger comment_search_update after update of body_markdown, author_name, author_email, article_id on comments begin
      delete from comment_search where rowid = old.id; ${indexRow('new.id')} end`,
    sql`create trigger comment_search_delete after delete on comments begin delete from comment_search where rowid = old.id; end`,
    sql`create trigger comment_search_article_title after update of title on articles when old.title is not new.title begin
      update comment_search set article = new.title where rowid in (select id from comments where article_id = new.id); end`,
  ];
  for (const statement of statements) await statement.execute(db);
  await sql`insert into comment_search (rowid, body, author, email, article)
    select c.id, c.body_markdown, c.author_name, c.author_email, a.title
    from comments c join articles a on a.id = c.article_id`.execute(db);
}

async function createPostgresIndex(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table comment_search (comment_id integer primary key references comments(id) on delete cascade, document tsvector not null)`,
    // fastupdate off for the reason article_search has it (migration 010): no pending list for every search to read.
    sql`create index comment_search_document on comment_search using gin (document) with (fastupdate = off)`,
    // Weights name the field a word came from, so a search in one field filters on its weight:
    // A the text, B the author's name, C the email, D the article's title.
    sql`create function newsdesk_index_comments(ids integer[]) returns void language plpgsql as $$
      begin
      insert into comment_search (comment_id, document)
      select c.id,
        setweight(to_tsvector('simple', newsdesk_fold(c.body_markdown)), 'A') ||
        setweight(to_tsvector('simple', newsdesk_fold(c.author_name)), 'B') ||
        setweight(to_tsvector('simple', newsdesk_fold(c.author_email)), 'C') ||
        setweight(to_tsvector('simple', newsdesk_fold(a.title)), 'D')
      from comments c join articles a on a.id = c.article_id
      where c.id = any(ids)
      on conflict (comment_id) do update set document = excluded.document;
      end $$`,
    sql`create function newsdesk_comment_search_changed() returns trigger language plpgsql as $$
      begin perform newsdesk_index_comments(array[new.id]); return null; end $$`,
    sql`create function newsdesk_comment_search_article_renamed() returns trigger language plpgsql as $$
      begin perform newsdesk_index_comments(array(select id from comments where article_id = new.id)); return null; end $$`,
    sql`create trigger comment_search_comment after insert or update of body_markdown, author_name, author_email, article_id on comments
      for each row execute function newsdesk_comment_search_changed()`,
    sql`create trigger comment_search_article after update of title on articles
      for each row when (old.title is distinct from new.title) execute function newsdesk_comment_search_article_renamed()`,
  ];
  for (const statement of statements) await statement.execute(db);
  await sql`select newsdesk_index_comments(array(select id from comments))`.execute(db);
}
