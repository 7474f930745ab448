import type { FastifyInstance, FastifyReply } from 'fastify';
import { sanitizeArticleHtml } from '../../ingest/sanitize.js';
import { ADMIN_ARTICLES_PER_PAGE, findArticleById, searchArticles, setArticleCommentsOpen, setArticleHidden, updateArticleText } from '../../store/admin-articles.js';
import { writeAudit } from '../../store/audit.js';
import { setSourcePausedBy } from '../../commands/sources.js';
import { listSourcesWithCounts } from '../../store/ingest.js';
import type { WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { backTo, fieldsOf, pageNumber, positiveInt, text } from './forms.js';
import { requireStaff, staffOf } from './guard.js';
import { ArticlesPage, articlesUrl, EditArticlePage, type ArticleEditValues } from './pages/articles.js';
import { MessagePage } from './pages/message.js';
import { SourcesPage } from './pages/sources.js';

const articleActions = {
  hide: { audit: 'article.hide', done: 'The article is hidden from readers.' },
  unhide: { audit: 'article.unhide', done: 'The article is visible again.' },
  close: { audit: 'article.close_comments', done: 'Comments on the article are closed.' },
  open: { audit: 'article.open_comments', done: 'Comments on the article are open.' },
  edit: { audit: 'article.edit', done: 'The article was saved.' },
} as const;
type ArticleAction = keyof typeof articleActions;

const TITLE_MAX = 500;

function page(reply: FastifyReply, build: (csrfToken: string) => Parameters<typeof sendPage>[1], status = 200) {
  return sendPage(reply, build(reply.generateCsrf()), status);
}

export function articleRoutes(app: FastifyInstance, ctx: WebContext): void {
  const guard = requireStaff(ctx, 'articles');
  const guardPost = [app.csrfProtection, guard];

  app.get<{ Querystring: { q?: string; page?: string; done?: string } }>('/articles', { preHandler: guard }, async (request, reply) => {
    const settings = await ctx.settings();
    const q = (request.query.q ?? '').slice(0, 200);
    const pageNo = pageNumber(request.query.page);
    if (pageNo === null) return reply.redirect(articlesUrl(q), 303);
    const { rows, total } = await searchArticles(ctx.db, q, ADMIN_ARTICLES_PER_PAGE, (pageNo - 1) * ADMIN_ARTICLES_PER_PAGE);
    const pageCount = Math.max(1, Math.ceil(total / ADMIN_ARTICLES_PER_PAGE));
    if (pageNo > pageCount) return reply.redirect(articlesUrl(q, pageCount), 303);
    const done = request.query.done;
    const notice = done && Object.hasOwn(articleActions, done) ? articleActions[done as ArticleAction].done : null;
    return page(reply, (csrfToken) => ArticlesPage({ settings, staff: staffOf(request), csrfToken, q, rows, total, page: pageNo, pageCount, notice }));
  });

  app.post('/articles/action', { preHandler: guardPost }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const staff = staffOf(request);
    const returnTo = backTo(text(fields, 'return'), '/admin/articles');
    const [action = '', rawId] = text(fields, 'one').split(':');
    const id = positiveInt(rawId);
    const article = id === null ? undefined : await findArticleById(ctx.db, id);
    if (!article || !['hide', 'unhide', 'close', 'open'].includes(action)) return notFound(reply, request);
    if (action === 'hide' || action === 'unhide') await setArticleHidden(ctx.db, article.id, action === 'hide');
    else await setArticleCommentsOpen(ctx.db, article.id, action === 'open');
    await writeAudit(ctx.db, staff.actor, { action: articleActions[action as ArticleAction].audit, targetType: 'article', targetId: article.id, details: { slug: article.slug } });
    return reply.redirect(backTo(returnTo, '/admin/articles', { done: action }), 303);
  });

  async function notFound(reply: FastifyReply, request: Parameters<typeof staffOf>[0]) {
    const settings = await ctx.settings();
    return page(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'No such article', message: 'There is no article with that number, or the action is not one the desk knows.', link: { href: '/admin/articles', text: 'Back to the articles' } }), 404);
  }

  type IdParams = { Params: { id: string }; Querystring: { return?: string } };

  app.get<IdParams>('/articles/:id/edit', { preHandler: guard }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const article = id === null ? undefined : await findArticleById(ctx.db, id);
    if (!article) return notFound(reply, request);
    const settings = await ctx.settings();
    const returnTo = backTo(request.query.return, '/admin/articles');
    return page(reply, (csrfToken) => EditArticlePage({ settings, staff: staffOf(request), csrfToken, article, values: { title: article.title, excerpt: article.excerpt_html }, errors: {}, returnTo }));
  });

  app.post<IdParams>('/articles/:id/edit', { preHandler: guardPost }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const article = id === null ? undefined : await findArticleById(ctx.db, id);
    if (!article) return notFound(reply, request);
    const fields = fieldsOf(request.body);
    const staff = staffOf(request);
    const returnTo = backTo(text(fields, 'return'), '/admin/articles');
    const values: ArticleEditValues = { title: text(fields, 'title'), excerpt: text(fields, 'excerpt') };
    const title = values.title.replace(/\s+/g, ' ').trim();
    const excerptHtml = sanitizeArticleHtml(values.excerpt, { baseUrl: article.url }).trim();
    const errors: Partial<Record<keyof ArticleEditValues, string>> = {};
    if (!title) errors.title = 'Please enter a title.';
    else if (title.length > TITLE_MAX) errors.title = `The title is too long: ${title.length} characters, the limit is ${TITLE_MAX}.`;
    if (!excerptHtml) errors.excerpt = 'Nothing is left of this excerpt once cleaned. Write the excerpt as HTML paragraphs, e.g. <p>…</p>.';
    if (Object.keys(errors).length > 0) {
      const settings = await ctx.settings();
      return page(reply, (csrfToken) => EditArticlePage({ settings, staff, csrfToken, article, values, errors, returnTo }), 422);
    }
    const changed = [title !== article.title ? 'title' : '', excerptHtml !== article.excerpt_html ? 'excerpt' : ''].filter(Boolean);
    if (changed.length > 0) {
      await updateArticleText(ctx.db, article.id, title, excerptHtml, new Date());
      await writeAudit(ctx.db, staff.actor, { action: 'article.edit', targetType: 'article', targetId: article.id, details: { slug: article.slug, fields: changed } });
    }
    return reply.redirect(backTo(returnTo, '/admin/articles', { done: 'edit' }), 303);
  });

  const sourcesGuard = requireStaff(ctx, 'sources');

  app.get<{ Querystring: { done?: string } }>('/sources', { preHandler: sourcesGuard }, async (request, reply) => {
    const settings = await ctx.settings();
    const sources = await listSourcesWithCounts(ctx.db);
    const notice = request.query.done === 'pause' ? 'The source is paused.' : request.query.done === 'resume' ? 'The source is resumed and will be fetched shortly.' : null;
    return page(reply, (csrfToken) => SourcesPage({ settings, staff: staffOf(request), csrfToken, sources, notice }));
  });

  app.post('/sources/action', { preHandler: [app.csrfProtection, sourcesGuard] }, async (request, reply) => {
    const staff = staffOf(request);
    const [action = '', rawId] = text(fieldsOf(request.body), 'one').split(':');
    const id = positiveInt(rawId);
    if (id === null || (action !== 'pause' && action !== 'resume') || !(await setSourcePausedBy(ctx.db, staff.actor, id, action === 'pause'))) {
      const settings = await ctx.settings();
      return page(reply, (csrfToken) => MessagePage({ settings, staff, csrfToken, title: 'No such source', message: 'There is no source with that number.', link: { href: '/admin/sources', text: 'Back to the sources' } }), 404);
    }
    return reply.redirect(`/admin/sources?done=${action}`, 303);
  });
}
