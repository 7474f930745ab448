import { sql, type Kysely, type Selectable } from 'kysely';
import { containsPattern } from './admin-comments.js';
import type { AuditLogTable, Database } from './schema.js';

export const AUDIT_PER_PAGE = 50;

export interface AuditFilter {
  /** Part of the actor's label (an email, "command line"), any case; blank for everyone. */
  actor: string;
  /** Only these actions; `except` instead: every action but these (the "other" kind). Null for all. */
  actions: { only: readonly string[] } | { except: readonly string[] } | null;
  /** ISO instants: from (inclusive) and before (exclusive). */
  from: string | null;
  before: string | null;
}

export const noAuditFilter: AuditFilter = { actor: '', actions: null, from: null, before: null };

function matching(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom('audit_log');
  const actor = filter.actor.trim();
  if (actor) query = query.where(sql`lower(${sql.ref('actor')})`, 'like', sql<string>`${containsPattern(actor)} escape '!'`);
  if (filter.actions && 'only' in filter.actions) query = filter.actions.only.length > 0 ? query.where('action', 'in', filter.actions.only) : query.where(sql<boolean>`1 = 0`);
  if (filter.actions && 'except' in filter.actions && filter.actions.except.length > 0) query = query.where('action', 'not in', filter.actions.except);
  if (filter.from) query = query.where('created_at', '>=', filter.from);
  if (filter.before) query = query.where('created_at', '<', filter.before);
  return query;
}

export async function listAuditEntries(db: Kysely<Database>, filter: AuditFilter, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    matching(db, filter).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    matching(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

function numbersIn(values: readonly unknown[]): number[] {
  return [...new Set(values.filter((v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0))];
}

function idOf(row: Selectable<AuditLogTable>): number | null {
  return /^[1-9]\d{0,14}$/.test(row.target_id) ? Number(row.target_id) : null;
}

function detailsOf(row: Selectable<AuditLogTable>): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(row.details);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The names a page of audit entries refers to by number or slug: comments (author and article),
 * articles, sources, accounts and stories. A handful of keyed reads for at most one page.
 */
export async function auditNames(db: Kysely<Database>, rows: readonly Selectable<AuditLogTable>[]) {
  const ids = (type: string) => numbersIn(rows.filter((r) => r.target_type === type).map(idOf));
  const details = rows.map(detailsOf);
  const commentIds = numbersIn([...ids('comment'), ...details.map((d) => d.parent)]);
  const storyIds = numbersIn([...ids('story'), ...details.map((d) => d.merged), ...details.map((d) => d.from)]);
  const slugs = [...new Set(details.flatMap((d) => [d.article, d.slug]).filter((s): s is string => typeof s === 'string' && s !== ''))];
  const [comments, articles, bySlug, sources, users, stories] = await Promise.all([
    commentIds.length === 0 ? [] : db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id').select(['comments.id as id', 'comments.author_name as author', 'articles.title as articleTitle']).where('comments.id', 'in', commentIds).execute(),
    ids('article').length === 0 ? [] : db.selectFrom('articles').select(['id', 'title']).where('id', 'in', ids('article')).execute(),
    slugs.length === 0 ? [] : db.selectFrom('articles').select(['slug', 'title']).where('slug', 'in', slugs.slice(0, 200)).execute(),
    ids('source').length === 0 ? [] : db.selectFrom('sources').select(['id', 'title']).where('id', 'in', ids('source')).execute(),
    ids('user').length === 0 ? [] : db.selectFrom('users').select(['id', 'email']).where('id', 'in', ids('user')).execute(),
    storyIds.length === 0 ? [] : db.selectFrom('stories').select(['id', 'title']).where('id', 'in', storyIds).execute(),
  ]);
  return {
    comments: new Map(comments.map((c) => [c.id, { author: c.author, articleTitle: c.articleTitle }])),
    articles: new Map(articles.map((a) => [a.id, a.title])),
    articlesBySlug: new Map(bySlug.map((a) => [a.slug, a.title])),
    sources: new Map(sources.map((s) => [s.id, s.title])),
    users: new Map(users.map((u) => [u.id, u.email])),
    stories: new Map(stories.map((s) => [s.id, s.title])),
  };
}
