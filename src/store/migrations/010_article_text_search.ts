import { sql, type Kysely } from 'kysely';
import { htmlToText } from '../../text/html.js';
import type { MigrationContext } from '../migration-context.js';

/** Only the columns this migration reads and writes, as they were when it was written. */
interface ArticleExcerpts {
  articles: { id: number; excerpt_html: string };
  article_texts: { article_id: number; body_text: string };
}

/** Rows read at a time: memory stays flat however many articles there are. */
const BATCH = 500;

/**
 * Each article's full plain text (kept, never published beyond the excerpt) and the search
 * index over title, text, source title and author: an FTS5 table on SQLite, a tsvector table
 * with a GIN index on PostgreSQL, both named article_search and left out of the typed schema
 * (only src/store/search*.ts reads them). Triggers keep the index current, so every write path
 * (ingest, staff edits, a renamed source, retention, cascades from a deleted source, a store
 * copy) updates it in its own transaction without having to remember to. Articles stored
 * before this had their full text discarded; their excerpt's text stands in until they change.
 */
export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  await db.schema
    .createTable('article_texts')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('body_text', 'text', (c) => c.notNull())
    .execute();
  // Before the index and its triggers exist, so each article is indexed once, with its text.
  await keepExcerptTexts(db as Kysely<ArticleExcerpts>);
  if (context.dialect === 'postgres') await createPostgresIndex(db);
  else await createSqliteIndex(db);
}

async function createSqliteIndex(db: Kysely<unknown>): Promise<void> {
  // remove_diacritics 2 folds accents (café matches cafe) and also the ones unicode61's older mode missed.
  await sql`create virtual table article_search using fts5(title, body, source, author, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  const indexRow = (id: string) => sql.raw(`insert into article_search (rowid, title, body, source, author)
    select a.id, a.title, coalesce(t.body_text, ''), s.title, coalesce(a.author, '')
    from articles a join sources s on s.id = a.source_id left join article_texts t on t.article_id = a.id
    where a.id = ${id};`);
  const statements = [
    sql`create trigger article_search_insert after insert on articles begin ${indexRow('new.id')} end`,
    sql`create trigger article_search_update after update of title, author, source_id on articles begin
      delete from article_search where rowid = old.id; ${indexRow('new.id')} end`,
    sql`create trigger article_search_delete after delete on articles begin delete from article_search where rowid = old.id; end`,
    sql`create trigger article_search_text_insert after insert on article_texts begin
      update article_search set body = new.body_text where rowid = new.article_id; end`,
    sql`create trigger article_search_text_update after update of body_text on article_texts begin
      update article_search set body = new.body_text where rowid = new.article_id; end`,
    sql`create trigger article_search_text_delete after delete on article_texts begin
      update article_search set body = '' where rowid = old.article_id; end`,
    sql`create trigger article_search_source_title after update of title on sources when old.title is not new.title begin
      update article_search set source = new.title where rowid in (select id from articles where source_id = new.id); end`,
  ];
  for (const statement of statements) await statement.execute(db);
  await sql`insert into article_search (rowid, title, body, source, author)
    select a.id, a.title, coalesce(t.body_text, ''), s.title, coalesce(a.author, '')
    from articles a join sources s on s.id = a.source_id left join article_texts t on t.article_id = a.id`.execute(db);
}

/**
 * ASCII punctuation, which newsdesk_fold() turns into spaces: PostgreSQL's parser would otherwise
 * read <…> as a tag (and drop it with what is inside), and e-mail addresses, web addresses, paths
 * and hyphenated words as tokens of their own, where SQLite's unicode61 (and the query parser)
 * see the words in them.
 */
const PUNCTUATION = '[\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]';

/**
 * Combining marks left by canonical decomposition (NFD), removed to fold accents: café → cafe.
 * Not the unaccent extension: a desk's database role may not be allowed to create it, and it
 * lives once per database, not in each desk's schema. And regular expressions, not translate():
 * that compares every character with its whole list, about a millisecond per article.
 */
const COMBINING_MARKS = '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]';

/** A string literal for PostgreSQL (standard_conforming_strings: only the quote is special). */
function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

async function createPostgresIndex(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table article_search (article_id integer primary key references articles(id) on delete cascade, document tsvector not null)`,
    // fastupdate off: with it, new entries wait in a pending list that every search reads through
    // from start to end (and the planner, seeing it, scans the table instead); writes pay a little more.
    sql`create index article_search_document on article_search using gin (document) with (fastupdate = off)`,
    // Literals, not parameters: a function body cannot take bound values.
    sql.raw(`create function newsdesk_fold(input text) returns text language sql immutable parallel safe
      as $$ select regexp_replace(regexp_replace(normalize(input, NFD), ${sqlString(COMBINING_MARKS)}, '', 'g'), ${sqlString(PUNCTUATION)}, ' ', 'g') $$`),
    // PL/pgSQL, not SQL: its plan is prepared once per connection, not at every trigger firing.
    sql`create function newsdesk_index_articles(ids integer[]) returns void language plpgsql as $$
      begin
      insert into article_search (article_id, document)
      select a.id,
        setweight(to_tsvector('simple', newsdesk_fold(a.title)), 'A') ||
        setweight(to_tsvector('simple', newsdesk_fold(s.title || ' ' || coalesce(a.author, ''))), 'B') ||
        setweight(to_tsvector('simple', newsdesk_fold(coalesce(t.body_text, ''))), 'C')
      from articles a join sources s on s.id = a.source_id left join article_texts t on t.article_id = a.id
      where a.id = any(ids)
      on conflict (article_id) do update set document = excluded.document;
      end $$`,
    sql`create function newsdesk_search_article_changed() returns trigger language plpgsql as $$
      begin perform newsdesk_index_articles(array[new.id]); return null; end $$`,
    sql`create function newsdesk_search_text_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then perform newsdesk_index_articles(array[old.article_id]);
        else perform newsdesk_index_articles(array[new.article_id]); end if;
        return null;
      end $$`,
    sql`create function newsdesk_search_source_renamed() returns trigger language plpgsql as $$
      begin perform newsdesk_index_articles(array(select id from articles where source_id = new.id)); return null; end $$`,
    sql`create trigger article_search_article after insert or update of title, author, source_id on articles
      for each row execute function newsdesk_search_article_changed()`,
    sql`create trigger article_search_text after insert or update of body_text or delete on article_texts
      for each row execute function newsdesk_search_text_changed()`,
    sql`create trigger article_search_source after update of title on sources
      for each row when (old.title is distinct from new.title) execute function newsdesk_search_source_renamed()`,
  ];
  for (const statement of statements) await statement.execute(db);
  await sql`select newsdesk_index_articles(array(select id from articles))`.execute(db);
}

/** The excerpt's text for every article stored before full texts were kept. */
async function keepExcerptTexts(db: Kysely<ArticleExcerpts>): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('articles').select(['id', 'excerpt_html']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length > 0) {
      await db
        .insertInto('article_texts')
        .values(rows.map((r) => ({ article_id: r.id, body_text: htmlToText(r.excerpt_html) })))
        .execute();
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
