import type { FastifyInstance } from 'fastify';
import { dashboardCounts, startOfDay } from '../../store/admin-dashboard.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { articleRoutes } from './article-routes.js';
import { authRoutes } from './auth-routes.js';
import { commentRoutes } from './comment-routes.js';
import { currentStaff, requireStaff, staffOf } from './guard.js';
import { DashboardPage } from './pages/dashboard.js';
import { MessagePage } from './pages/message.js';
import { settingsRoutes } from './settings-routes.js';
import { setupRoutes } from './setup-routes.js';
import { userRoutes } from './user-routes.js';
import { sourceRoutes } from './source-routes.js';

export { requireStaff, staffOf } from './guard.js';

/**
 * The back office under /admin: sign-in, dashboard, comment queue, articles, sources,
 * settings and the audit log. Server-rendered, no scripts; every POST carries a CSRF token.
 */
export function adminRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.register(
    async (admin) => {
      // A refused form token gets a page that says what to do, not a bare 403.
      admin.setErrorHandler(async (error, request, reply) => {
        const code = (error as { code?: string }).code ?? '';
        if (!code.startsWith('FST_CSRF')) throw error;
        const settings = await requestSettings(ctx, request);
        const staff = await currentStaff(ctx, request, reply).catch(() => null);
        const signingIn = /^\/admin\/(?:login|set-password)/.test(request.url);
        return sendPage(
          reply,
          MessagePage({
            settings,
            staff,
            csrfToken: reply.generateCsrf(),
            title: 'This form has expired',
            message:
              'The desk could not confirm that this form came from its own back office: the page may have been open for a long time, or cookies are blocked for this site. Nothing was changed. Go back, reload the page, and send the form again.',
            link: signingIn ? { href: '/admin/login', text: 'Go to the sign-in page' } : { href: '/admin', text: 'Back to the dashboard' },
          }),
          403,
        );
      });

      authRoutes(admin, ctx);

      admin.get('/', { preHandler: requireStaff(ctx, 'dashboard') }, async (request, reply) => {
        const settings = await requestSettings(ctx, request);
        const staff = staffOf(request);
        const counts = await dashboardCounts(ctx.db, startOfDay(settings.timeZone, new Date()), staff.pendingComments);
        return sendPage(reply, DashboardPage({ settings, staff, csrfToken: reply.generateCsrf(), counts }));
      });

      commentRoutes(admin, ctx);
      articleRoutes(admin, ctx);
      settingsRoutes(admin, ctx);
      sourceRoutes(admin, ctx);
      setupRoutes(admin, ctx);
      userRoutes(admin, ctx);
    },
    { prefix: '/admin' },
  );
}
