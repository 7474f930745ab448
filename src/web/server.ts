import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { adminRoutes } from './admin/index.js';
import { assetRoutes } from './assets.js';
import { requestSettings, type WebContext } from './context.js';
import { prepareForDraining } from './shutdown.js';
import { capConnections, defaultConnectionLimits, fastifyTimeoutOptions, type ConnectionLimits } from './limits.js';
import { answerMalformedRequest, sendError, statusOf } from './errors.js';
import { healthRoutes } from './health.js';
import { registerMetrics } from './metrics.js';
import { OneLinePerRequest } from './request-log.js';
import { articleRoutes } from './routes/articles.js';
import { avatarRoutes } from './routes/avatars.js';
import { commentFeedRoutes } from './routes/comment-feeds.js';
import { feedRoutes } from './routes/feeds.js';
import { homeRoutes } from './routes/home.js';
import { ownCommentRoutes } from './routes/own-comments.js';
import { privacyRoutes } from './routes/privacy.js';
import { seoRoutes } from './routes/seo.js';
import { searchRoutes } from './routes/search.js';
import { storyRoutes } from './routes/stories.js';
import { entityRoutes } from './routes/entities.js';
import { sourceRoutes } from './routes/sources.js';
import { subscriptionRoutes } from './routes/subscriptions.js';
import { helmetOptions, securityHeaders } from './security-headers.js';
import { pageChangeSource } from './page-cache/change-sources.js';
import { defaultPageCacheLimits, PageCache, type PageCacheLimits } from './page-cache/page-cache.js';
import type { PageCaching } from './page-cache/send.js';

/** A comment may be 65,525 characters; percent-encoded multi-byte text needs room. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServerOptions {
  /** Tests shorten the timeouts; a desk behind a proxy has no per-address cap (every connection is the proxy's). */
  limits?: Partial<ConnectionLimits>;
  /** The public page cache's bounds, or false for none (every page rendered each time). */
  pageCache?: PageCacheLimits | false;
  /** How long this node serves /sitemap.xml without asking the store whether it changed (default SITEMAP_CHECK_MS, a minute). */
  sitemapCheckMs?: number;
}

export async function buildServer(ctx: WebContext, logger: Logger | null = null, options: ServerOptions = {}): Promise<FastifyInstance> {
  const https = ctx.config.publicUrl.startsWith('https:');
  const limits: ConnectionLimits = {
    ...defaultConnectionLimits,
    ...(ctx.config.trustProxy ? { maxConnectionsPerAddress: 0 } : {}),
    ...options.limits,
  };
  const headersOfEveryResponse = securityHeaders(helmetOptions({ https }));
  const app = Fastify({
    ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger: false }),
    logController: new OneLinePerRequest(logger?.isLevelEnabled('info') ?? false),
    trustProxy: ctx.config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    ...fastifyTimeoutOptions(limits),
    // Requests that never reach a route (a malformed path, an overlong one, unparsable HTTP) get the same pages.
    frameworkErrors: (error, request, reply) => {
      // No hook runs for these: the security headers are set here.
      reply.headers(headersOfEveryResponse);
      void requestSettings(ctx, request).then(
        (settings) => sendError(request, reply, statusOf(error), settings),
        () => sendError(request, reply, statusOf(error), null),
      );
    },
    clientErrorHandler: answerMalformedRequest,
  });
  capConnections(app.server, limits);
  prepareForDraining(app);

  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headersOfEveryResponse);
    done();
  });
  await app.register(fastifyCookie, { secret: ctx.secret });
  await app.register(fastifyFormbody);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'nd_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: https, signed: true },
  });

  const desk = ctx;
  const pages = options.pageCache === false ? null : startPageCaching(app, desk, options.pageCache ?? defaultPageCacheLimits);
  // The desk's parts are read from its context at each use: a test may swap one after the server is built.
  ctx = {
    get db() {
      return desk.db;
    },
    get config() {
      return desk.config;
    },
    get secret() {
      return desk.secret;
    },
    settings: () => desk.settings(),
    pages,
  };
  contextOfServer.set(app, ctx);

  // First, so its hook sees every route's requests.
  registerMetrics(app, ctx);
  healthRoutes(app, ctx.db);
  assetRoutes(app);
  homeRoutes(app, ctx);
  articleRoutes(app, ctx);
  ownCommentRoutes(app, ctx);
  commentFeedRoutes(app, ctx);
  privacyRoutes(app, ctx);
  avatarRoutes(app);
  sourceRoutes(app, ctx);
  searchRoutes(app, ctx);
  storyRoutes(app, ctx);
  entityRoutes(app, ctx);
  feedRoutes(app, ctx);
  seoRoutes(app, ctx, options.sitemapCheckMs);
  adminRoutes(app, ctx);
  subscriptionRoutes(app, ctx);

  app.setNotFoundHandler(async (request, reply) => sendError(request, reply, 404, await requestSettings(ctx, request).catch(() => null)));

  app.setErrorHandler(async (error, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, status, await requestSettings(ctx, request).catch(() => null));
  });

  return app;
}

const pageCachingOfServer = new WeakMap<FastifyInstance, PageCaching>();
const contextOfServer = new WeakMap<FastifyInstance, WebContext>();

/** The context a server's routes were given (its own caches hang off it); undefined for another server. */
export function webContextOf(app: FastifyInstance): WebContext | undefined {
  return contextOfServer.get(app);
}

/** A server's page cache (for its metrics and tests); undefined when built without one. */
export function pageCachingOf(app: FastifyInstance): PageCaching | undefined {
  return pageCachingOfServer.get(app);
}

/** This node's page cache, hearing of changes until the server closes. */
function startPageCaching(app: FastifyInstance, ctx: WebContext, limits: PageCacheLimits): PageCaching {
  const cache = new PageCache(limits);
  const changes = pageChangeSource(ctx.db, ctx.config.databaseUrl, cache, (line) => app.log.warn(line));
  app.addHook('onClose', () => changes.close());
  const caching = { cache, changes };
  pageCachingOfServer.set(app, caching);
  return caching;
}
