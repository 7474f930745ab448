import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { canAccess, loginUrlFor, rolesFor, secureCookie, type AdminArea } from '../../accounts/roles.js';
import { resumeSession } from '../../accounts/sessions.js';
import { actorFor } from '../../accounts/manage.js';
import type { User } from '../../store/schema.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { MessagePage } from './pages/message.js';
import type { Staff } from './staff.js';
import { countPendingComments } from '../../store/admin-dashboard.js';

export const SESSION_COOKIE = 'nd_session';

const staffOfRequest = new WeakMap<FastifyRequest, Staff>();

/** The staff member the guard let through; throws on a route that has no guard (a programming error). */
export function staffOf(request: FastifyRequest): Staff {
  const staff = staffOfRequest.get(request);
  if (!staff) throw new Error(`no staff guard on ${request.method} ${request.url}`);
  return staff;
}

export function setSessionCookie(ctx: WebContext, request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/admin',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookie(ctx.config.publicUrl, ctx.config.trustProxy, request.protocol),
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
}

/** The signed-in staff member, if any; renews the cookie when the session's expiry moved on. */
export async function currentStaff(ctx: WebContext, request: FastifyRequest, reply: FastifyReply): Promise<Staff | null> {
  const token = request.cookies[SESSION_COOKIE];
  const session = await resumeSession(ctx.db, token, new Date());
  if (!session) return null;
  if (session.renewed && token) setSessionCookie(ctx, request, reply, token, session.expiresAt);
  return { user: session.user, actor: actorFor(session.user) };
}

/**
 * The back office's preHandler: not signed in → 303 to the sign-in page (which comes back
 * here); signed in without the role for `area` → a 403 page that says so.
 */
export function requireStaff(ctx: WebContext, area: AdminArea): preHandlerAsyncHookHandler {
  return async function staffGuard(request, reply) {
    const staff = await currentStaff(ctx, request, reply);
    if (!staff) {
      const loginUrl = loginUrlFor(request.method === 'GET' ? request.url : '/admin');
      if (request.cookies[SESSION_COOKIE]) clearSessionCookie(reply);
      return reply.redirect(loginUrl, 303);
    }
    if (!canAccess(staff.user.role, area)) return sendRoleRefusal(ctx, reply, staff, roleRefusal(staff.user, area));
    if (request.method === 'GET' && canAccess(staff.user.role, 'comments')) staff.pendingComments = await countPendingComments(ctx.db);
    staffOfRequest.set(request, staff);
  };
}

/** A back-office page built with the form token every page carries (at least the sign-out form's). */
export function sendAdminPage(reply: FastifyReply, build: (csrfToken: string) => Parameters<typeof sendPage>[1], status = 200): FastifyReply {
  return sendPage(reply, build(reply.generateCsrf()), status);
}

/** A one-time link that no longer works (410), to someone who is not signed in: what happened and what to do. */
export async function sendSpentLink(ctx: WebContext, reply: FastifyReply, words: { title: string; message: string }): Promise<FastifyReply> {
  const settings = await requestSettings(ctx, reply.request);
  return sendPage(reply, MessagePage({ settings, staff: null, csrfToken: reply.generateCsrf(), ...words }), 410);
}

/** The 403 page for something outside the signed-in staff member's role, whoever refused it (guard or command). */
export async function sendRoleRefusal(ctx: WebContext, reply: FastifyReply, staff: Staff, message: string): Promise<FastifyReply> {
  const settings = await requestSettings(ctx, reply.request);
  return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff, csrfToken, title: 'Not part of your role', message, link: { href: '/admin', text: 'Back to the dashboard' } }), 403);
}

/** What the refused person can do about it: the role an admin would give them, and where. */
function roleRefusal(user: Pick<User, 'email' | 'role'>, area: AdminArea): string {
  const role = rolesFor(area)[0] ?? 'admin';
  return `Your role (${user.role}) does not include ${areaWords[area]}. If you need it, ask an admin to give you the ${role} role on the Users page of the back office.`;
}

const areaWords: Record<AdminArea, string> = {
  dashboard: 'the dashboard',
  comments: 'moderating comments',
  articles: 'editing articles',
  sources: 'managing sources',
  settings: 'changing settings',
  users: 'managing staff accounts',
  audit: 'the audit log',
};
