import type { FastifyInstance, FastifyReply } from 'fastify';
import { waitInWords } from '../../accounts/login-limit.js';
import { userForPasswordLink } from '../../accounts/password-links.js';
import { safeNextPath } from '../../accounts/roles.js';
import { signIn } from '../../accounts/sign-in.js';
import { setPasswordWithLink, signOut } from '../../commands/users.js';
import { clientHash } from '../../discussion/identity.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { fieldsOf, text } from './forms.js';
import { clearSessionCookie, currentStaff, sendSpentLink, SESSION_COOKIE, setSessionCookie } from './guard.js';
import { LoginPage, SetPasswordPage } from './pages/login.js';

type LoginQuery = { Querystring: { next?: string; signed_out?: string } };
type TokenQuery = { Querystring: { token?: string } };

/** Sign-in, sign-out and the one-time set-password link: the only back-office pages without the guard. */
export function authRoutes(app: FastifyInstance, ctx: WebContext): void {
  const expiredLink = (reply: FastifyReply) =>
    sendSpentLink(ctx, reply, {
      title: 'This link no longer works',
      message: 'Links to set a password work once, for 24 hours. This one was already used or has expired. Ask an admin for a new one: they send it from the Users page.',
    });

  app.get<LoginQuery>('/login', async (request, reply) => {
    const next = safeNextPath(request.query.next);
    if (await currentStaff(ctx, request, reply)) return reply.redirect(next, 303);
    const settings = await requestSettings(ctx, request);
    const note = request.query.signed_out === '1' ? 'You are signed out.' : null;
    return sendPage(reply, LoginPage({ settings, csrfToken: reply.generateCsrf(), email: '', next, error: null, note }));
  });

  app.post('/login', { preHandler: app.csrfProtection }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const email = text(fields, 'email').trim().slice(0, 320);
    const next = safeNextPath(text(fields, 'next'));
    const result = await signIn(ctx.db, {
      email,
      password: text(fields, 'password'),
      clientHash: clientHash(ctx.secret, request.ip),
      userAgent: request.headers['user-agent'] ?? '',
      now: new Date(),
    });
    if (result.kind === 'signed-in') {
      setSessionCookie(ctx, request, reply, result.token, result.expiresAt);
      return reply.redirect(next, 303);
    }
    const settings = await requestSettings(ctx, request);
    let error: string;
    let status: number;
    if (result.kind === 'blocked') {
      error = `Too many failed sign-ins. Try again in ${waitInWords(result.retryAfterSeconds)}.`;
      status = 429;
      reply.header('retry-after', String(result.retryAfterSeconds));
    } else if (result.kind === 'disabled') {
      error = 'This account is disabled. Ask an admin to enable it again.';
      status = 403;
    } else {
      // The same words whether or not the email belongs to an account.
      error = 'That email and password do not match an account. Check both and try again.';
      status = 422;
    }
    return sendPage(reply, LoginPage({ settings, csrfToken: reply.generateCsrf(), email, next, error, note: null }), status);
  });

  app.post('/logout', { preHandler: app.csrfProtection }, async (request, reply) => {
    const staff = await currentStaff(ctx, request, reply);
    await signOut(ctx.db, { sessionToken: request.cookies[SESSION_COOKIE], user: staff?.user ?? null });
    clearSessionCookie(reply);
    return reply.redirect('/admin/login?signed_out=1', 303);
  });

  app.get<TokenQuery>('/set-password', async (request, reply) => {
    const token = request.query.token ?? '';
    const user = await userForPasswordLink(ctx.db, token, new Date());
    if (!user) return expiredLink(reply);
    const settings = await requestSettings(ctx, request);
    return sendPage(reply, SetPasswordPage({ settings, csrfToken: reply.generateCsrf(), token, email: user.email, error: null }));
  });

  app.post('/set-password', { preHandler: app.csrfProtection }, async (request, reply) => {
    const fields = fieldsOf(request.body);
    const token = text(fields, 'token');
    const now = new Date();
    const result = await setPasswordWithLink(ctx.db, { token, password: text(fields, 'password'), confirmation: text(fields, 'confirm'), userAgent: request.headers['user-agent'] ?? '' }, now);
    if (result.kind === 'expired') return expiredLink(reply);
    if (result.kind === 'invalid') {
      const user = await userForPasswordLink(ctx.db, token, now);
      if (!user) return expiredLink(reply);
      const settings = await requestSettings(ctx, request);
      return sendPage(reply, SetPasswordPage({ settings, csrfToken: reply.generateCsrf(), token, email: user.email, error: result.problem }), 422);
    }
    setSessionCookie(ctx, request, reply, result.session.token, result.session.expiresAt);
    return reply.redirect('/admin', 303);
  });
}
