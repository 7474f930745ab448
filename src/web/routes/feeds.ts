import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listFeedArticles, type ArticleScope } from '../../store/articles.js';
import { articleFeedStamps } from '../../store/feed-versions.js';
import type { Settings } from '../../store/settings.js';
import { findSourceBySlug } from '../../store/sources.js';
import { isNotModified } from '../conditional.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendCachedPage } from '../page-cache/send.js';
import { feedCacheOf, versionOf, type CachedFeed, type FeedDocument } from '../feeds/cache.js';
import { feedFormatNames, feedFormats, renderFeed, toDate, type FeedChannel, type FeedFormat } from '../feeds/index.js';

/** Entries in every feed: enough for a reader polling every few hours. */
export const FEED_LENGTH = 50;

/** Shared caches may keep feeds, the sitemap and robots.txt this long. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

/** A public document with its validators. */
export interface Validated {
  bytes: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date | null;
}

/** Sends a public document with its validators, answering a matching conditional GET with 304. */
export function sendValidated(request: FastifyRequest, reply: FastifyReply, doc: Validated): FastifyReply {
  reply.header('etag', doc.etag).header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
  if (doc.lastModified) reply.header('last-modified', doc.lastModified.toUTCString());
  if (isNotModified(request, doc.etag, doc.lastModified)) return reply.code(304).send();
  return reply.code(200).type(doc.contentType).send(doc.bytes);
}

/**
 * Serves a feed from the desk's feed cache: `version` is what the database says the feed
 * shows now; `render` runs only when this node has not rendered that version yet.
 */
export async function sendCachedFeed(request: FastifyRequest, reply: FastifyReply, ctx: WebContext, key: string, version: unknown, render: () => Promise<FeedDocument>): Promise<FastifyReply> {
  const feed = await feedCacheOf(ctx).get(key, versionOf(version), render);
  return sendValidated(request, reply, feed);
}

/** One feed of the desk, whatever its format: what it is called and which articles fill it. */
export interface FeedSpec extends Omit<FeedChannel, 'publicUrl' | 'siteName' | 'language'> {
  /** Names this feed among the desk's feeds (with the format): 'desk', 'source:12'. */
  key: string;
  scope: ArticleScope;
}

/** Finds the feed a request names (from its route params), or null for a 404. */
export type FeedResolver<P> = (params: P, settings: Settings) => Promise<FeedSpec | null>;

/** The channel and the newest rows' stamps decide every byte of a feed in a given format. */
async function feedDocument(ctx: WebContext, format: FeedFormat, spec: FeedSpec, settings: Settings): Promise<CachedFeed> {
  const { key, scope, ...rest } = spec;
  const channel: FeedChannel = { ...rest, publicUrl: ctx.config.publicUrl, siteName: settings.siteName, language: 'en' };
  const stamps = await articleFeedStamps(ctx.db, scope, FEED_LENGTH);
  return feedCacheOf(ctx).get(`${format}:${key}`, versionOf({ channel, stamps }), async () => {
    const rendered = renderFeed(format, channel, await listFeedArticles(ctx.db, scope, FEED_LENGTH));
    return { body: rendered.body, contentType: rendered.contentType, staleAt: null };
  });
}

/**
 * Serves feed.xml, feed.atom and feed.json under `routeDir` (which may hold params).
 * A new feed is a route folder and a resolver: a title and a scope.
 */
export function registerFeed<P extends Record<string, string>>(app: FastifyInstance, ctx: WebContext, routeDir: string, resolve: FeedResolver<P>): void {
  for (const format of feedFormatNames) {
    app.get<{ Params: P }>(`${routeDir}/${feedFormats[format].file}`, async (request, reply) => {
      // Kept by the page cache while nothing it shows changes; else the feed cache renders each version once.
      return sendCachedPage(request, reply, ctx.pages ?? null, `feed:${request.url.split('?', 1)[0]!}`, async () => {
        const settings = await requestSettings(ctx, request);
        const spec = await resolve(request.params as P, settings);
        if (!spec) {
          reply.callNotFound();
          return reply;
        }
        const feed = await feedDocument(ctx, format, spec, settings);
        return { html: feed.bytes.toString('utf8'), contentType: feed.contentType, dependsOn: ['desk'], staleAt: null, maxAgeSeconds: PUBLIC_MAX_AGE_SECONDS, lastModified: feed.lastModified };
      });
    });
  }
}

export function feedRoutes(app: FastifyInstance, ctx: WebContext): void {
  registerFeed(app, ctx, '', async (_params, settings) => ({
    key: 'desk',
    title: settings.siteName,
    description: settings.siteTagline,
    pagePath: '/',
    feedDir: '',
    emptyUpdated: new Date(0),
    scope: {},
  }));

  registerFeed<{ slug: string }>(app, ctx, '/sources/:slug', async ({ slug }, settings) => {
    const source = await findSourceBySlug(ctx.db, slug);
    if (!source) return null;
    return {
      key: `source:${source.id}`,
      title: `${source.title} – ${settings.siteName}`,
      description: source.description || `Articles from ${source.title}, as published on ${settings.siteName}.`,
      pagePath: `/sources/${encodeURIComponent(source.slug)}`,
      feedDir: `/sources/${encodeURIComponent(source.slug)}`,
      emptyUpdated: toDate(source.created_at, new Date(0)),
      scope: { sourceId: source.id },
    };
  });
}
