import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readerActor } from '../../commands/actor.js';
import { eraseReaderData, requestPrivacyLink, type ErasureResult } from '../../commands/privacy.js';
import { exportReaderData } from '../../discussion/privacy.js';
import { checkPrivacyToken } from '../../discussion/privacy-links.js';
import { listCommentsByEmail } from '../../store/comments.js';
import { requestSettings, type WebContext } from '../context.js';
import { PrivacyLinkRefusedPage, PrivacyManagePage, PrivacyPage } from '../pages/privacy.js';
import { sendPage } from '../render.js';

function readerOf(request: FastifyRequest) {
  return readerActor({ address: request.ip, userAgent: request.headers['user-agent'] ?? '' });
}

const csrfMessage = 'This request could not be checked as coming from this page (it may have been open for a long time, or cookies are blocked). Please press the button again.';

function field(body: unknown, name: string): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/** `/privacy`: what the desk keeps, and a mailed, signed link to download or erase one's comments. */
export function privacyRoutes(app: FastifyInstance, ctx: WebContext): void {
  async function renderRequest(reply: FastifyReply, email: string, error: string | null, answered: boolean, status: number) {
    const settings = await requestSettings(ctx, reply.request);
    return sendPage(reply, PrivacyPage({ settings, csrfToken: reply.generateCsrf(), email, error, answered }), status);
  }

  /** Checks the signed link (again on every POST); on failure sends the page that says why. */
  async function verified(reply: FastifyReply, token: string): Promise<{ email: string; expiresAt: Date } | null> {
    const check = checkPrivacyToken(ctx.secret, token, new Date());
    if (check.kind === 'ok') return check;
    reply.header('referrer-policy', 'no-referrer');
    await sendPage(reply, PrivacyLinkRefusedPage({ settings: await requestSettings(ctx, reply.request), expired: check.kind === 'expired' }), 403);
    return null;
  }

  async function renderManage(reply: FastifyReply, token: string, who: { email: string; expiresAt: Date }, erased: ErasureResult | null, message: string | null, status: number) {
    const settings = await requestSettings(ctx, reply.request);
    const rows = await listCommentsByEmail(ctx.db, who.email);
    const comments = rows.map((r) => ({
      id: r.id,
      articleTitle: r.article_title,
      articlePath: r.article_hidden ? null : `/articles/${encodeURIComponent(r.article_slug)}`,
      createdAt: r.created_at,
      status: r.status,
      bodyMarkdown: r.body_markdown,
      authorName: r.author_name,
    }));
    // The address is in the link: no other site should see it in a Referer.
    reply.header('referrer-policy', 'no-referrer');
    return sendPage(reply, PrivacyManagePage({ settings, token, email: who.email, expiresAt: who.expiresAt, comments, csrfToken: reply.generateCsrf(), erased, message }), status);
  }

  /** A refused CSRF token: the page back with a message, nothing done. */
  function csrfRefusal(kind: 'request' | 'manage') {
    return async (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('FST_CSRF')) throw error;
      if (kind === 'request') return renderRequest(reply, field(request.body, 'email'), csrfMessage, false, 403);
      const token = field(request.body, 'token');
      const who = await verified(reply, token);
      if (!who) return reply;
      return renderManage(reply, token, who, null, csrfMessage, 403);
    };
  }

  app.get('/privacy', async (_request, reply) => renderRequest(reply, '', null, false, 200));

  app.post('/privacy', { preHandler: app.csrfProtection, errorHandler: csrfRefusal('request') }, async (request, reply) => {
    const email = field(request.body, 'email').trim();
    if (!email) return renderRequest(reply, email, 'Please enter the email address you commented with.', false, 422);
    const settings = await requestSettings(ctx, reply.request);
    const asked = await requestPrivacyLink({ db: ctx.db, secret: ctx.secret, siteName: settings.siteName, publicUrl: ctx.config.publicUrl }, readerOf(request), { email });
    if (asked.kind !== 'done') return renderRequest(reply, email, 'Please enter a valid email address, like name@example.com.', false, 422);
    // The same answer whether or not the address is known, so the form tells nobody who commented.
    return renderRequest(reply, '', null, true, 200);
  });

  app.get<{ Querystring: { token?: string } }>('/privacy/manage', async (request, reply) => {
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    const who = await verified(reply, token);
    if (!who) return reply;
    return renderManage(reply, token, who, null, null, 200);
  });

  app.post('/privacy/export', { preHandler: app.csrfProtection, errorHandler: csrfRefusal('manage') }, async (request, reply) => {
    const who = await verified(reply, field(request.body, 'token'));
    if (!who) return reply;
    const now = new Date();
    const data = await exportReaderData(ctx.db, who.email, ctx.config.publicUrl, now);
    return reply
      .code(200)
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="comments-${now.toISOString().slice(0, 10)}.json"`)
      .header('cache-control', 'no-store')
      .send(`${JSON.stringify(data, null, 2)}\n`);
  });

  app.post('/privacy/erase', { preHandler: app.csrfProtection, errorHandler: csrfRefusal('manage') }, async (request, reply) => {
    const token = field(request.body, 'token');
    const who = await verified(reply, token);
    if (!who) return reply;
    const reader = readerOf(request);
    const erased = await eraseReaderData(ctx, reader, { token });
    // The link was checked just above; a refusal here means it expired in between.
    if (erased.kind !== 'erased') {
      await verified(reply, token);
      return reply;
    }
    return renderManage(reply, token, who, erased.result, null, 200);
  });
}
