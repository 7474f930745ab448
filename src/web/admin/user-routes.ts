import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { staffActor } from '../../commands/actor.js';
import {
  addUser,
  changeOwnEmail,
  changeOwnName,
  changeOwnPassword,
  removeUser,
  resetPassword,
  setUserDisabledBy,
  setUserRoleBy,
  type UserCommandDeps,
} from '../../commands/users.js';
import { clientHash } from '../../discussion/identity.js';
import { findUserById, listUsers } from '../../store/admin-users.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { fieldsOf, positiveInt, text } from './forms.js';
import { requireStaff, sendRoleRefusal, setSessionCookie, staffOf } from './guard.js';
import { AccountPage, type AccountErrors } from './pages/account.js';
import { MessagePage } from './pages/message.js';
import { emptyInvite, RemoveUserPage, UsersPage, type InviteErrors, type InviteValues, type LinkToCopy } from './pages/users.js';
import type { Staff } from './staff.js';

type IdParams = { Params: { id: string } };

const userNotices: Record<string, string> = {
  invited: 'Invited. They get an email with a link to choose a password.',
  role: 'Role changed. It takes effect on their next page.',
  'role-same': 'The role was already that; nothing changed.',
  mailed: 'A link to choose a new password is on its way to them by email.',
  disabled: 'Account disabled: it cannot sign in, and its sessions have ended.',
  enabled: 'Account enabled: it can sign in again.',
  removed: 'Account removed.',
};

const accountNotices: Record<string, string> = {
  name: 'Your name is saved.',
  email: 'Your email is changed: sign in with it from now on.',
  password: 'Your password is changed. Your other sessions have ended.',
  same: 'Nothing changed.',
};

/** /admin/users (admins) and /admin/account (every staff member): forms in, commands do the work. */
export function userRoutes(app: FastifyInstance, ctx: WebContext): void {
  const guard = requireStaff(ctx, 'users');
  const deps = async (request: FastifyRequest): Promise<UserCommandDeps> => ({
    db: ctx.db,
    publicUrl: ctx.config.publicUrl,
    // Without SMTP, mail goes to a log file on the server: the admin passes the link on instead.
    mail: ctx.config.smtpUrl ? { siteName: (await requestSettings(ctx, request)).siteName } : undefined,
  });

  const usersPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    page: { notice?: string | null; refusal?: string | null; invite?: { values: InviteValues; errors: InviteErrors }; link?: LinkToCopy | null },
    status = 200,
  ) => {
    const settings = await requestSettings(ctx, request);
    const users = await listUsers(ctx.db);
    return sendPage(
      reply,
      UsersPage({
        settings,
        staff: staffOf(request),
        csrfToken: reply.generateCsrf(),
        users,
        notice: page.notice ?? null,
        refusal: page.refusal ?? null,
        invite: page.invite ?? { values: emptyInvite, errors: {} },
        link: page.link ?? null,
        mailOn: Boolean(ctx.config.smtpUrl),
      }),
      status,
    );
  };

  const missing = async (reply: FastifyReply, staff: Staff) =>
    sendPage(
      reply,
      MessagePage({
        settings: await requestSettings(ctx, reply.request),
        staff,
        csrfToken: reply.generateCsrf(),
        title: 'No such account',
        message: 'That staff account does not exist, or was just removed.',
        link: { href: '/admin/users', text: 'Back to the users' },
      }),
      404,
    );

  app.get<{ Querystring: { done?: string } }>('/users', { preHandler: guard }, async (request, reply) => usersPage(request, reply, { notice: userNotices[request.query.done ?? ''] ?? null }));

  app.post('/users', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const fields = fieldsOf(request.body);
    const values: InviteValues = { email: text(fields, 'email').trim().slice(0, 320), name: text(fields, 'name').slice(0, 200), role: text(fields, 'role') };
    const result = await addUser(await deps(request), staffActor(staff.user), { email: values.email, name: values.name, role: values.role });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'invalid') {
      const field = result.field === 'name' || result.field === 'email' ? result.field : 'role';
      return usersPage(request, reply, { invite: { values, errors: { [field]: capitalized(result.message) } } }, 422);
    }
    if (result.mailed || !result.link) return reply.redirect('/admin/users?done=invited', 303);
    // Shown once, on this answer only: the link is a secret, so it never goes into a URL.
    return usersPage(request, reply, { link: { email: result.user.email, url: result.link, why: 'invite' } });
  });

  app.post<IdParams>('/users/:id/role', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const id = positiveInt(request.params.id);
    if (id === null) return missing(reply, staff);
    const result = await setUserRoleBy(ctx.db, staffActor(staff.user), { user: String(id), role: text(fieldsOf(request.body), 'role') });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'missing') return missing(reply, staff);
    if (result.kind === 'invalid' || result.kind === 'last-admin') return usersPage(request, reply, { refusal: `The role was not changed: ${result.message}.` }, 409);
    return reply.redirect(`/admin/users?done=${result.from === result.user.role ? 'role-same' : 'role'}`, 303);
  });

  app.post<IdParams>('/users/:id/reset-password', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const id = positiveInt(request.params.id);
    if (id === null) return missing(reply, staff);
    const result = await resetPassword(await deps(request), staffActor(staff.user), { user: String(id) });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'missing') return missing(reply, staff);
    if (result.mailed) return reply.redirect('/admin/users?done=mailed', 303);
    return usersPage(request, reply, { link: { email: result.user.email, url: result.link, why: 'reset' } });
  });

  for (const action of ['disable', 'enable'] as const) {
    app.post<IdParams>(`/users/:id/${action}`, { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
      const staff = staffOf(request);
      const id = positiveInt(request.params.id);
      if (id === null) return missing(reply, staff);
      const result = await setUserDisabledBy(ctx.db, staffActor(staff.user), { user: String(id), disabled: action === 'disable' });
      if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
      if (result.kind === 'missing') return missing(reply, staff);
      if (result.kind === 'last-admin' || result.kind === 'refused') return usersPage(request, reply, { refusal: `The account was not disabled: ${result.message}.` }, 409);
      return reply.redirect(`/admin/users?done=${action}d`, 303);
    });
  }

  app.get<IdParams>('/users/:id/remove', { preHandler: guard }, async (request, reply) => {
    const staff = staffOf(request);
    const id = positiveInt(request.params.id);
    const user = id === null ? undefined : await findUserById(ctx.db, id);
    if (!user) return missing(reply, staff);
    const settings = await requestSettings(ctx, request);
    return sendPage(reply, RemoveUserPage({ settings, staff, csrfToken: reply.generateCsrf(), user }));
  });

  app.post<IdParams>('/users/:id/remove', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const id = positiveInt(request.params.id);
    if (id === null) return missing(reply, staff);
    const result = await removeUser(ctx.db, staffActor(staff.user), { user: String(id) });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'missing') return missing(reply, staff);
    if (result.kind === 'last-admin') return usersPage(request, reply, { refusal: `The account was not removed: ${result.message}.` }, 409);
    // Removing oneself ends one's own session with the account.
    if (result.user.id === staff.user.id) return reply.redirect('/admin/login', 303);
    return reply.redirect('/admin/users?done=removed', 303);
  });

  accountRoutes(app, ctx);
}

function capitalized(message: string): string {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** /admin/account: every staff member's own name, email and password. */
function accountRoutes(app: FastifyInstance, ctx: WebContext): void {
  // Every role includes the dashboard: this is "signed in as anyone".
  const guard = requireStaff(ctx, 'dashboard');

  const accountPage = async (request: FastifyRequest, reply: FastifyReply, page: { notice?: string | null; failed?: 'name' | 'email' | 'password'; values?: Partial<{ name: string; email: string }>; errors?: AccountErrors }, status = 200) => {
    const staff = staffOf(request);
    const settings = await requestSettings(ctx, request);
    return sendPage(
      reply,
      AccountPage({
        settings,
        staff,
        csrfToken: reply.generateCsrf(),
        notice: page.notice ?? null,
        values: { name: staff.user.name, email: staff.user.email, ...page.values },
        failed: page.failed ?? null,
        errors: page.errors ?? {},
      }),
      status,
    );
  };

  app.get<{ Querystring: { done?: string } }>('/account', { preHandler: guard }, async (request, reply) => accountPage(request, reply, { notice: accountNotices[request.query.done ?? ''] ?? null }));

  app.post('/account/name', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const name = text(fieldsOf(request.body), 'name').slice(0, 200);
    const result = await changeOwnName(ctx.db, staffActor(staff.user), { name });
    if (result.kind === 'missing') return reply.redirect('/admin/login', 303);
    if (result.kind === 'invalid') return accountPage(request, reply, { failed: 'name', values: { name }, errors: { name: capitalized(result.message) } }, 422);
    return reply.redirect(`/admin/account?done=${result.changed ? 'name' : 'same'}`, 303);
  });

  app.post('/account/email', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const fields = fieldsOf(request.body);
    const email = text(fields, 'email').trim().slice(0, 320);
    const result = await changeOwnEmail(ctx.db, staffActor(staff.user), { email, currentPassword: text(fields, 'current'), clientHash: clientHash(ctx.secret, request.ip) });
    if (result.kind === 'missing') return reply.redirect('/admin/login', 303);
    if (result.kind === 'invalid') return accountPage(request, reply, { failed: 'email', values: { email }, errors: { [result.field ?? 'email']: result.message } }, 422);
    return reply.redirect(`/admin/account?done=${result.changed ? 'email' : 'same'}`, 303);
  });

  app.post('/account/password', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const fields = fieldsOf(request.body);
    const result = await changeOwnPassword(ctx.db, staffActor(staff.user), {
      currentPassword: text(fields, 'current'),
      password: text(fields, 'password'),
      confirmation: text(fields, 'confirm'),
      userAgent: request.headers['user-agent'] ?? '',
      clientHash: clientHash(ctx.secret, request.ip),
    });
    if (result.kind === 'missing') return reply.redirect('/admin/login', 303);
    if (result.kind === 'invalid') return accountPage(request, reply, { failed: 'password', errors: { [result.field ?? 'password']: result.message } }, 422);
    setSessionCookie(ctx, request, reply, result.session.token, result.session.expiresAt);
    return reply.redirect('/admin/account?done=password', 303);
  });
}
