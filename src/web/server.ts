import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { adminRoutes } from './admin/index.js';
import type { WebContext } from './context.js';
import { capConnections, defaultConnectionLimits, fastifyTimeoutOptions, type ConnectionLimits } from './limits.js';
import { ErrorPage } from './pages/error.js';
import { sendPage } from './render.js';
import { articleRoutes } from './routes/articles.js';
import { avatarRoutes } from './routes/avatars.js';
import { commentFeedRoutes } from './routes/comment-feeds.js';
import { feedRoutes } from './routes/feeds.js';
import { homeRoutes } from './routes/home.js';
import { ownCommentRoutes } from './routes/own-comments.js';
import { privacyRoutes } from './routes/privacy.js';
import { seoRoutes } from './routes/seo.js';
import { sourceRoutes } from './routes/sources.js';
import { subscriptionRoutes } from './routes/subscriptions.js';

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

/** A comment may be 65,525 characters; percent-encoded multi-byte text needs room. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServerOptions {
  /** Tests shorten the timeouts; a desk behind a proxy has no per-address cap (every connection is the proxy's). */
  limits?: Partial<ConnectionLimits>;
}

export async function buildServer(ctx: WebContext, logger: FastifyServerOptions['logger'] = false, options: ServerOptions = {}): Promise<FastifyInstance> {
  const https = ctx.config.publicUrl.startsWith('https:');
  const limits: ConnectionLimits = {
    ...defaultConnectionLimits,
    ...(ctx.config.trustProxy ? { maxConnectionsPerAddress: 0 } : {}),
    ...options.limits,
  };
  const app = Fastify({
    logger,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    ...fastifyTimeoutOptions(limits),
  });
  capConnections(app.server, limits);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Excerpts keep the publisher's images; the sanitizer drops tracking pixels.
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31536000 } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie, { secret: ctx.secret });
  await app.register(fastifyFormbody);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'nd_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: https, signed: true },
  });
  await app.register(fastifyStatic, { root: publicDir, prefix: '/assets/', maxAge: '1d', index: false });

  app.get('/healthz', async () => ({ ok: true }));
  homeRoutes(app, ctx);
  articleRoutes(app, ctx);
  ownCommentRoutes(app, ctx);
  commentFeedRoutes(app, ctx);
  privacyRoutes(app, ctx);
  avatarRoutes(app);
  sourceRoutes(app, ctx);
  feedRoutes(app, ctx);
  seoRoutes(app, ctx);
  adminRoutes(app, ctx);
  subscriptionRoutes(app, ctx);

  app.setNotFoundHandler(async (_request, reply) => {
    const settings = await ctx.settings();
    return sendPage(reply, ErrorPage({ settings, title: 'Page not found', message: 'There is nothing at this address.' }), 404);
  });

  app.setErrorHandler(async (error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    const settings = await ctx.settings().catch(() => null);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (!settings) return reply.code(status).type('text/plain').send('The desk is unavailable right now. Please try again shortly.');
    const { title, message } = describeError(status);
    return sendPage(reply, ErrorPage({ settings, title, message }), status);
  });

  return app;
}

/** Plain words for errors that reach a reader; never the internal message, which may hold input. */
function describeError(status: number): { title: string; message: string } {
  switch (status) {
    case 413:
      return { title: 'Too much to send', message: 'What you sent is larger than the desk accepts (1 MiB). A comment may be up to 65,525 characters. Go back, shorten it, and send it again.' };
    case 415:
      return { title: 'Unsupported form', message: 'The desk could not read what was sent. Please use the form on the page.' };
    case 403:
      return { title: 'Not allowed', message: 'This request was refused. Reload the page and try again.' };
    default:
      if (status >= 400 && status < 500) return { title: 'Bad request', message: 'The desk could not understand this request.' };
      return { title: 'Something went wrong', message: 'The desk hit an unexpected error and did not complete this request. Please go back and try again.' };
  }
}
