import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listFeedArticles, type ArticleScope, type FeedArticle } from '../../store/articles.js';
import type { Settings } from '../../store/settings.js';
import { findSourceBySlug } from '../../store/sources.js';
import type { WebContext } from '../context.js';
import { feedFormatNames, feedFormats, renderFeed, toDate, type FeedChannel } from '../feeds/index.js';

/** Entries in every feed: enough for a reader polling every few hours. */
export const FEED_LENGTH = 50;

/** Shared caches may keep feeds, the sitemap and robots.txt this long. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

export interface Cacheable {
  body: string;
  contentType: string;
  lastModified: Date | null;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison for GET and HEAD. */
export function isNotModified(request: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince !== undefined && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}

/** Sends a public document with validators, answering a matching conditional GET with 304. */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, doc: Cacheable): FastifyReply {
  const etag = etagOf(doc.body);
  reply.header('etag', etag).header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
  if (doc.lastModified) reply.header('last-modified', doc.lastModified.toUTCString());
  if (isNotModified(request, etag, doc.lastModified)) return reply.code(304).send();
  return reply.code(200).type(doc.contentType).send(doc.body);
}

/** One feed of the desk, whatever its format: what it is called and the query that fills it. */
export interface FeedSpec extends Omit<FeedChannel, 'publicUrl' | 'siteName' | 'language'> {
  articles(): Promise<FeedArticle[]>;
}

/** Finds the feed a request names (from its route params), or null for a 404. */
export type FeedResolver<P> = (params: P, settings: Settings) => Promise<FeedSpec | null>;

/**
 * Serves feed.xml, feed.atom and feed.json under `routeDir` (which may hold params).
 * A new feed is a route folder and a resolver: a title and a query.
 */
export function registerFeed<P extends Record<string, string>>(app: FastifyInstance, ctx: WebContext, routeDir: string, resolve: FeedResolver<P>): void {
  for (const format of feedFormatNames) {
    app.get<{ Params: P }>(`${routeDir}/${feedFormats[format].file}`, async (request, reply) => {
      const settings = await ctx.settings();
      const spec = await resolve(request.params as P, settings);
      if (!spec) return reply.callNotFound();
      const { articles, ...rest } = spec;
      const channel: FeedChannel = { ...rest, publicUrl: ctx.config.publicUrl, siteName: settings.siteName, language: 'en' };
      return sendCacheable(request, reply, renderFeed(format, channel, await articles()));
    });
  }
}

/** The scope's newest visible articles, as a feed fills itself. */
export function latestIn(ctx: WebContext, scope: ArticleScope): () => Promise<FeedArticle[]> {
  return () => listFeedArticles(ctx.db, scope, FEED_LENGTH);
}

export function feedRoutes(app: FastifyInstance, ctx: WebContext): void {
  registerFeed(app, ctx, '', async (_params, settings) => ({
    title: settings.siteName,
    description: settings.siteTagline,
    pagePath: '/',
    feedDir: '',
    emptyUpdated: new Date(0),
    articles: latestIn(ctx, {}),
  }));

  registerFeed<{ slug: string }>(app, ctx, '/sources/:slug', async ({ slug }, settings) => {
    const source = await findSourceBySlug(ctx.db, slug);
    if (!source) return null;
    return {
      title: `${source.title} – ${settings.siteName}`,
      description: source.description || `Articles from ${source.title}, as published on ${settings.siteName}.`,
      pagePath: `/sources/${encodeURIComponent(source.slug)}`,
      feedDir: `/sources/${encodeURIComponent(source.slug)}`,
      emptyUpdated: toDate(source.created_at, new Date(0)),
      articles: latestIn(ctx, { sourceId: source.id }),
    };
  });
}
