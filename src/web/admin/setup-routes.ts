import type { FastifyInstance, FastifyReply } from 'fastify';
import { setupLinkWorks } from '../../accounts/setup-links.js';
import { staffActor } from '../../commands/actor.js';
import { chooseStartingContent, createFirstAdmin, deskContents } from '../../commands/setup.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { fieldsOf, text } from './forms.js';
import { requireStaff, sendRoleRefusal, sendSpentLink, setSessionCookie, staffOf } from './guard.js';
import { SetupPage, StartChoicePage, type SetupErrors } from './pages/setup.js';

type TokenQuery = { Querystring: { token?: string } };
type DoneQuery = { Querystring: { done?: string } };

const doneNotices: Record<string, string> = {
  demo: 'The demo content is loaded: four outlets, their articles and discussions.',
  empty: 'Your desk is empty and ready for your own sources.',
  'not-empty': 'The desk already had sources, so the demo was not loaded.',
};

/** The first run: the set-up link's page (no sign-in), then the choice of demo or empty desk. */
export function setupRoutes(app: FastifyInstance, ctx: WebContext): void {
  const spentLink = (reply: FastifyReply) =>
    sendSpentLink(ctx, reply, {
      title: 'This set-up link no longer works',
      message: 'A set-up link works once, for 24 hours, and only while the desk has no admin. This one was used, has expired, or the desk has an admin now: sign in. For a new link while there is no admin, run newsdesk setup-link on the desk’s machine.',
    });

  app.get<TokenQuery>('/setup', async (request, reply) => {
    const token = request.query.token ?? '';
    if (!(await setupLinkWorks(ctx.db, token, new Date()))) return spentLink(reply);
    const settings = await requestSettings(ctx, request);
    return sendPage(reply, SetupPage({ settings, csrfToken: reply.generateCsrf(), token, values: { name: '', email: '' }, errors: {} }));
  });

  app.post('/setup', { preHandler: app.csrfProtection }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const token = text(fields, 'token');
    const values = { name: text(fields, 'name').slice(0, 200), email: text(fields, 'email').trim().slice(0, 320) };
    const result = await createFirstAdmin(ctx.db, {
      token,
      name: values.name,
      email: values.email,
      password: text(fields, 'password'),
      confirmation: text(fields, 'confirm'),
      userAgent: request.headers['user-agent'] ?? '',
    });
    if (result.kind === 'expired') return spentLink(reply);
    if (result.kind === 'invalid') {
      const errors: SetupErrors = { [result.field ?? 'email']: result.message };
      const settings = await requestSettings(ctx, request);
      return sendPage(reply, SetupPage({ settings, csrfToken: reply.generateCsrf(), token, values, errors }), 422);
    }
    setSessionCookie(ctx, request, reply, result.session.token, result.session.expiresAt);
    return reply.redirect('/admin/setup/start', 303);
  });

  const guard = requireStaff(ctx, 'sources');

  app.get<DoneQuery>('/setup/start', { preHandler: guard }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const notice = doneNotices[request.query.done ?? ''] ?? null;
    const contents = await deskContents(ctx.db);
    return sendPage(reply, StartChoicePage({ settings, staff: staffOf(request), csrfToken: reply.generateCsrf(), contents: notice ? null : contents, notice }));
  });

  app.post('/setup/start', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const choice = text(fieldsOf(request.body), 'choice');
    if (choice !== 'demo' && choice !== 'empty') return reply.redirect('/admin/setup/start', 303);
    const result = await chooseStartingContent({ db: ctx.db, secret: ctx.secret }, staffActor(staff.user), { choice });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    const done = result.kind === 'demo-loaded' ? 'demo' : result.kind === 'not-empty' ? 'not-empty' : 'empty';
    return reply.redirect(`/admin/setup/start?done=${done}`, 303);
  });
}
