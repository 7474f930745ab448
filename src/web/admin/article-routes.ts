import type { FastifyInstance, FastifyReply } from 'fastify';
import { staffActor } from '../../commands/actor.js';
import { actOnArticle, editArticleText, isArticleAction } from '../../commands/articles.js';
import { mergeStories, splitArticleOut } from '../../commands/stories.js';
import { findVisibleStory } from '../../store/stories.js';
import { ADMIN_ARTICLES_PER_PAGE, findArticleById, searchArticles } from '../../store/admin-articles.js';
import { requestSettings, type WebContext } from '../context.js';
import { backTo, fieldsOf, pageNumber, positiveInt, text } from './forms.js';
import { requireStaff, sendAdminPage, sendRoleRefusal, staffOf } from './guard.js';
import { ArticlesPage, articlesUrl, EditArticlePage, type ArticleEditValues } from './pages/articles.js';
import { MessagePage } from './pages/message.js';

/** What the list says after each action. */
const doneNotices = {
  hide: 'The article is hidden from readers.',
  unhide: 'The article is visible again.',
  close: 'Comments on the article are closed.',
  open: 'Comments on the article are open.',
  edit: 'The article was saved.',
  split: 'The article is in a story of its own now, and stays there.',
  merge: 'The stories are one now.',
} as const;

export function articleRoutes(app: FastifyInstance, ctx: WebContext): void {
  const guard = requireStaff(ctx, 'articles');
  const guardPost = [app.csrfProtection, guard];

  app.get<{ Querystring: { q?: string; page?: string; done?: string } }>('/articles', { preHandler: guard }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const q = (request.query.q ?? '').slice(0, 200);
    const pageNo = pageNumber(request.query.page);
    if (pageNo === null) return reply.redirect(articlesUrl(q), 303);
    const { rows, total } = await searchArticles(ctx.db, q, ADMIN_ARTICLES_PER_PAGE, (pageNo - 1) * ADMIN_ARTICLES_PER_PAGE);
    const pageCount = Math.max(1, Math.ceil(total / ADMIN_ARTICLES_PER_PAGE));
    if (pageNo > pageCount) return reply.redirect(articlesUrl(q, pageCount), 303);
    const done = request.query.done;
    const notice = done && Object.hasOwn(doneNotices, done) ? doneNotices[done as keyof typeof doneNotices] : null;
    return sendAdminPage(reply, (csrfToken) => ArticlesPage({ settings, staff: staffOf(request), csrfToken, q, rows, total, page: pageNo, pageCount, notice }));
  });

  app.post('/articles/action', { preHandler: guardPost }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const returnTo = backTo(text(fields, 'return'), '/admin/articles');
    const [action = '', rawId] = text(fields, 'one').split(':');
    const id = positiveInt(rawId);
    if (id === null || !isArticleAction(action)) return notFound(reply, request);
    const result = await actOnArticle(ctx.db, staffActor(staffOf(request).user), { articleId: id, action });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    if (result.kind === 'missing') return notFound(reply, request);
    return reply.redirect(backTo(returnTo, '/admin/articles', { done: action }), 303);
  });

  async function notFound(reply: FastifyReply, request: Parameters<typeof staffOf>[0]) {
    const settings = await requestSettings(ctx, request);
    return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'No such article', message: 'There is no article with that number, or the action is not one the desk knows.', link: { href: '/admin/articles', text: 'Back to the articles' } }), 404);
  }

  type IdParams = { Params: { id: string }; Querystring: { return?: string } };

  app.get<IdParams>('/articles/:id/edit', { preHandler: guard }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const article = id === null ? undefined : await findArticleById(ctx.db, id);
    if (!article) return notFound(reply, request);
    const settings = await requestSettings(ctx, request);
    const returnTo = backTo(request.query.return, '/admin/articles');
    const story = article.story_id === null ? null : ((await findVisibleStory(ctx.db, article.story_id)) ?? null);
    return sendAdminPage(reply, (csrfToken) => EditArticlePage({ settings, staff: staffOf(request), csrfToken, article, values: { title: article.title, excerpt: article.excerpt_html }, errors: {}, returnTo, story }));
  });

  app.post<IdParams>('/articles/:id/split', { preHandler: guardPost }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    if (id === null) return notFound(reply, request);
    const result = await splitArticleOut(ctx.db, staffActor(staffOf(request).user), { articleId: id });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    if (result.kind === 'missing') return notFound(reply, request);
    if (result.kind === 'invalid') return storyRefusal(reply, request, result.message, id);
    return reply.redirect(`/admin/articles?done=split`, 303);
  });

  app.post('/stories/merge', { preHandler: guardPost }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const into = positiveInt(text(fields, 'into'));
    const from = positiveInt(text(fields, 'from').trim().replace(/^#/, ''));
    const articleId = positiveInt(text(fields, 'article'));
    if (into === null || from === null) return storyRefusal(reply, request, 'Give the number of the other story: the digits in its address, /stories/number.', articleId);
    const result = await mergeStories(ctx.db, staffActor(staffOf(request).user), { intoStoryId: into, fromStoryId: from });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    if (result.kind === 'missing') return storyRefusal(reply, request, `There is no story #${from} (or #${into}) any more.`, articleId);
    if (result.kind === 'invalid') return storyRefusal(reply, request, result.message, articleId);
    return reply.redirect(`/admin/articles?done=merge`, 303);
  });

  async function storyRefusal(reply: FastifyReply, request: Parameters<typeof staffOf>[0], message: string, articleId: number | null) {
    const settings = await requestSettings(ctx, request);
    const link = articleId === null ? { href: '/admin/articles', text: 'Back to the articles' } : { href: `/admin/articles/${articleId}/edit`, text: 'Back to the article' };
    return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'Nothing changed', message, link }), 422);
  }

  app.post<IdParams>('/articles/:id/edit', { preHandler: guardPost }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const article = id === null ? undefined : await findArticleById(ctx.db, id);
    if (!article) return notFound(reply, request);
    const fields = fieldsOf(request.body);
    const staff = staffOf(request);
    const returnTo = backTo(text(fields, 'return'), '/admin/articles');
    const values: ArticleEditValues = { title: text(fields, 'title'), excerpt: text(fields, 'excerpt') };
    const result = await editArticleText(ctx.db, staffActor(staff.user), { articleId: article.id, ...values });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staffOf(request), result.message);
    if (result.kind === 'missing') return notFound(reply, request);
    if (result.kind === 'invalid') {
      const settings = await requestSettings(ctx, request);
      return sendAdminPage(reply, (csrfToken) => EditArticlePage({ settings, staff, csrfToken, article, values, errors: result.errors, returnTo }), 422);
    }
    return reply.redirect(backTo(returnTo, '/admin/articles', { done: 'edit' }), 303);
  });
}
