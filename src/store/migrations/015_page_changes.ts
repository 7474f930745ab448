import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { MigrationContext } from '../migration-context.js';

/**
 * What tells each web node's page cache (src/web/page-cache/) that a page it keeps has changed:
 * triggers on every table a public page shows, so no writer (page, CLI, job, another node) can
 * forget. Each change names a scope: `article:ID` (that article's page), `story:ID` and
 * `source:ID` (every article page showing that story or source), `desk` (the lists: home,
 * sources, stories, entities) and `*` (everything: the settings changed).
 *
 * SQLite: the triggers append to page_changes; writers take turns, so ids are in commit order and
 * a node reads what follows the last id it saw. PostgreSQL: the same triggers send the desk's
 * schema and the scope as a NOTIFY on `newsdesk_pages`, delivered to every listening node when
 * (and only if) the writing transaction commits, in commit order.
 *
 * Only changes an anonymous reader can see count: a held comment changes no cached page.
 */
export async function up(db: Kysely<unknown>, context: MigrationContext): Promise<void> {
  if (context.dialect === 'postgres') return postgres(db);
  await context.idColumn(db.schema.createTable('page_changes')).addColumn('scope', 'text', (c) => c.notNull()).execute();

  const emit = (...scopes: string[]) => sql.raw(`insert into page_changes (scope) values ${scopes.map((s) => `(${s})`).join(', ')};`);
  const triggers: RawBuilder<unknown>[] = [
    sql`create trigger page_changes_comment_insert after insert on comments when new.status = 'approved'
      begin ${emit("'article:' || new.article_id", "'desk'")} end`,
    sql`create trigger page_changes_comment_update after update on comments when new.status = 'approved' or old.status = 'approved'
      begin ${emit("'article:' || new.article_id", "'article:' || old.article_id", "'desk'")} end`,
    sql`create trigger page_changes_comment_delete after delete on comments when old.status = 'approved'
      begin ${emit("'article:' || old.article_id", "'desk'")} end`,
    sql`create trigger page_changes_article_insert after insert on articles
      begin ${emit("'desk'")} end`,
    sql`create trigger page_changes_article_update after update of ${sql.raw(SHOWN_ARTICLE_COLUMNS.join(', '))} on articles
      begin ${emit("'article:' || new.id", "'desk'")} end`,
    // The analysis finished: its quotes and names now show. Forgetting analyses (setting null) shows nothing new.
    sql`create trigger page_changes_article_analyzed after update of analyzed_at on articles when new.analyzed_at is not null
      begin ${emit("'article:' || new.id", "'desk'")} end`,
    sql`create trigger page_changes_article_story after update of story_id on articles when new.story_id is not old.story_id
      begin ${emit("'story:' || coalesce(old.story_id, 0)", "'story:' || coalesce(new.story_id, 0)")} end`,
    sql`create trigger page_changes_article_delete after delete on articles
      begin ${emit("'article:' || old.id", "'story:' || coalesce(old.story_id, 0)", "'desk'")} end`,
    sql`create trigger page_changes_source_update after update of ${sql.raw(SHOWN_SOURCE_COLUMNS.join(', '))} on sources
      begin ${emit("'source:' || new.id", "'desk'")} end`,
    sql`create trigger page_changes_source_insert after insert on sources
      begin ${emit("'desk'")} end`,
    sql`create trigger page_changes_source_delete after delete on sources
      begin ${emit("'source:' || old.id", "'desk'")} end`,
    sql`create trigger page_changes_story_insert after insert on stories
      begin ${emit("'desk'")} end`,
    sql`create trigger page_changes_story_update after update on stories
      begin ${emit("'story:' || new.id", "'desk'")} end`,
    sql`create trigger page_changes_story_delete after delete on stories
      begin ${emit("'story:' || old.id", "'desk'")} end`,
    // A name is shown on every article page naming it; renaming or removing one is rare enough to drop everything.
    sql`create trigger page_changes_entity_update after update on entities
      begin ${emit("'*'")} end`,
    sql`create trigger page_changes_entity_delete after delete on entities
      begin ${emit("'*'")} end`,
    sql`create trigger page_changes_settings_insert after insert on settings when new.key not in (${NOT_SHOWN_SETTINGS_ROWS})
      begin ${emit("'*'")} end`,
    sql`create trigger page_changes_settings_update after update on settings when new.key not in (${NOT_SHOWN_SETTINGS_ROWS})
      begin ${emit("'*'")} end`,
  ];
  for (const trigger of triggers) await trigger.execute(db);
}

/**
 * Rows of the settings table that are bookkeeping, not settings a page reflects: the story index's
 * document count (written with every assignment), the comment-feed version and the recorded
 * address. Every other row (a setting, the settings version) changes every page.
 */
const NOT_SHOWN_SETTINGS_ROWS = sql.raw(["'storyDocuments'", "'commentEditsVersion'", "'recordedPublicUrl'"].join(', '));

/** Article columns a page shows; fetch bookkeeping (fetched_at, content_hash) is left out. */
const SHOWN_ARTICLE_COLUMNS = ['source_id', 'slug', 'url', 'canonical_url', 'title', 'author', 'published_at', 'updated_at', 'excerpt_html', 'image_url', 'language', 'topics', 'hidden', 'comments_open', 'story_id'];
/** Source columns a page shows; the fetch schedule, validators and errors are left out. */
const SHOWN_SOURCE_COLUMNS = ['slug', 'title', 'site_url', 'feed_url', 'description'];

async function postgres(db: Kysely<unknown>): Promise<void> {
  const statements: RawBuilder<unknown>[] = [
    // pg_notify collapses the same scope sent twice in one transaction. The channel is the
    // database's, so the desk's schema goes first: desks in other schemas of one database ignore it.
    sql`create function newsdesk_page_changed(scope text) returns void language sql as $$ select pg_notify('newsdesk_pages', current_schema() || ' ' || scope) $$`,
    sql`create function newsdesk_pages_comment() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' and old.status = 'approved' then
          perform newsdesk_page_changed('article:' || old.article_id);
          perform newsdesk_page_changed('desk');
        end if;
        if tg_op <> 'DELETE' and new.status = 'approved' then
          perform newsdesk_page_changed('article:' || new.article_id);
          perform newsdesk_page_changed('desk');
        end if;
        return null;
      end $$`,
    sql`create function newsdesk_pages_article() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and new.story_id is distinct from old.story_id then
          perform newsdesk_page_changed('story:' || coalesce(old.story_id, 0));
          perform newsdesk_page_changed('story:' || coalesce(new.story_id, 0));
        end if;
        if tg_op = 'DELETE' then
          perform newsdesk_page_changed('article:' || old.id);
          perform newsdesk_page_changed('story:' || coalesce(old.story_id, 0));
        elsif tg_op = 'UPDATE' then
          perform newsdesk_page_changed('article:' || new.id);
        end if;
        perform newsdesk_page_changed('desk');
        return null;
      end $$`,
    sql`create function newsdesk_pages_source() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform newsdesk_page_changed('source:' || old.id); end if;
        perform newsdesk_page_changed('desk');
        return null;
      end $$`,
    sql`create function newsdesk_pages_story() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform newsdesk_page_changed('story:' || old.id); end if;
        perform newsdesk_page_changed('desk');
        return null;
      end $$`,
    sql`create function newsdesk_pages_all() returns trigger language plpgsql as $$
      begin perform newsdesk_page_changed('*'); return null; end $$`,
    sql`create trigger page_changes_comment after insert or update or delete on comments for each row execute function newsdesk_pages_comment()`,
    sql`create trigger page_changes_article_write after insert or delete or update of ${sql.raw(SHOWN_ARTICLE_COLUMNS.join(', '))} on articles
      for each row execute function newsdesk_pages_article()`,
    sql`create trigger page_changes_article_analyzed after update of analyzed_at on articles
      for each row when (new.analyzed_at is not null) execute function newsdesk_pages_article()`,
    sql`create trigger page_changes_source after insert or delete or update of ${sql.raw(SHOWN_SOURCE_COLUMNS.join(', '))} on sources
      for each row execute function newsdesk_pages_source()`,
    sql`create trigger page_changes_story after insert or update or delete on stories for each row execute function newsdesk_pages_story()`,
    sql`create trigger page_changes_entity after update or delete on entities for each statement execute function newsdesk_pages_all()`,
    sql`create trigger page_changes_settings after insert or update on settings
      for each row when (new.key not in (${NOT_SHOWN_SETTINGS_ROWS})) execute function newsdesk_pages_all()`,
  ];
  for (const statement of statements) await statement.execute(db);
}
