import type { Kysely } from 'kysely';
import { sanitizeArticleHtml } from '../ingest/sanitize.js';
import { findArticleById, setArticleCommentsOpen, setArticleHidden, updateArticleText } from '../store/admin-articles.js';
import { writeAudit } from '../store/audit.js';
import type { Article, Database } from '../store/schema.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';
import type { Missing } from './results.js';

/*
 * What editors and admins do to a published article: hide it from readers or show it again,
 * close or open its comments, correct its title and excerpt. Each change is written with its
 * audit entry in one transaction.
 */

export const articleActions = ['hide', 'unhide', 'close', 'open'] as const;
export type ArticleAction = (typeof articleActions)[number];

const auditNames: Record<ArticleAction | 'edit', string> = {
  hide: 'article.hide',
  unhide: 'article.unhide',
  close: 'article.close_comments',
  open: 'article.open_comments',
  edit: 'article.edit',
};

export function isArticleAction(value: string): value is ArticleAction {
  return (articleActions as readonly string[]).includes(value);
}

export type ArticleActionResult = Forbidden | Missing | { kind: 'done'; article: Article };

export async function actOnArticle(db: Kysely<Database>, actor: CommandActor, input: { articleId: number; action: ArticleAction }, now: Date = new Date()): Promise<ArticleActionResult> {
  const allowed = allowedIn(actor, 'articles');
  if (allowed.kind === 'forbidden') return allowed;
  const { action } = input;
  return db.transaction().execute(async (trx): Promise<ArticleActionResult> => {
    const article = await findArticleById(trx, input.articleId);
    if (!article) return { kind: 'missing' };
    if (action === 'hide' || action === 'unhide') await setArticleHidden(trx, article.id, action === 'hide');
    else await setArticleCommentsOpen(trx, article.id, action === 'open');
    await writeAudit(trx, allowed.audit, { action: auditNames[action], targetType: 'article', targetId: article.id, details: { slug: article.slug } }, now);
    return { kind: 'done', article: (await findArticleById(trx, article.id))! };
  });
}

export const ARTICLE_TITLE_MAX = 500;

export interface ArticleTextEdit {
  articleId: number;
  title: string;
  /** HTML as staff typed it: cleaned as a feed's excerpt is before it is stored. */
  excerpt: string;
}

export type ArticleEditErrors = Partial<Record<'title' | 'excerpt', string>>;

export type EditArticleResult = Forbidden | Missing | { kind: 'invalid'; errors: ArticleEditErrors } | { kind: 'saved'; changed: ('title' | 'excerpt')[] };

/** A correction of an article's title and excerpt; an edit that changes nothing is not logged. */
export async function editArticleText(db: Kysely<Database>, actor: CommandActor, input: ArticleTextEdit, now: Date = new Date()): Promise<EditArticleResult> {
  const allowed = allowedIn(actor, 'articles');
  if (allowed.kind === 'forbidden') return allowed;
  const article = await findArticleById(db, input.articleId);
  if (!article) return { kind: 'missing' };
  const title = input.title.replace(/\s+/g, ' ').trim();
  const excerptHtml = sanitizeArticleHtml(input.excerpt, { baseUrl: article.url }).trim();
  const errors: ArticleEditErrors = {};
  if (!title) errors.title = 'Please enter a title.';
  else if (title.length > ARTICLE_TITLE_MAX) errors.title = `The title is too long: ${title.length} characters, the limit is ${ARTICLE_TITLE_MAX}.`;
  if (!excerptHtml) errors.excerpt = 'Nothing is left of this excerpt once cleaned. Write the excerpt as HTML paragraphs, e.g. <p>…</p>.';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const changed = [...(title !== article.title ? (['title'] as const) : []), ...(excerptHtml !== article.excerpt_html ? (['excerpt'] as const) : [])];
  if (changed.length === 0) return { kind: 'saved', changed };
  return db.transaction().execute(async (trx): Promise<EditArticleResult> => {
    if (!(await updateArticleText(trx, article.id, title, excerptHtml, now))) return { kind: 'missing' };
    await writeAudit(trx, allowed.audit, { action: auditNames.edit, targetType: 'article', targetId: article.id, details: { slug: article.slug, fields: changed } }, now);
    return { kind: 'saved', changed };
  });
}
