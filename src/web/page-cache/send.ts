import type { FastifyReply, FastifyRequest } from 'fastify';
import { isNotModified } from '../conditional.js';
import { pageOf, type CachedPage, type PageCache, type RenderedPage } from './page-cache.js';
import type { PageChangeSource } from './change-sources.js';
import { Readable } from 'node:stream';
import { filledParts } from './slots.js';

/** A node's page cache and where it hears of changes; built once per server (see server.ts). */
export interface PageCaching {
  cache: PageCache;
  changes: PageChangeSource;
}

/** Shared caches (a CDN, nginx) may keep a page without per-reader parts this many seconds. */
export const SHARED_MAX_AGE_SECONDS = 10;

/**
 * A page with per-reader slots is revalidated against this hour too: a 304 hands back the
 * reader's own copy, whose form token must stay young enough to be accepted.
 */
const SLOT_ETAG_PERIOD_MS = 3_600_000;

function preferredEncoding(request: FastifyRequest): 'br' | 'gzip' | null {
  const accepted = request.headers['accept-encoding'];
  if (typeof accepted !== 'string') return null;
  // Token lists only: "br;q=0" (refused) is rare enough to be served uncompressed.
  const offered = accepted.toLowerCase().split(',').map((part) => part.trim());
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}

/**
 * Sends a kept page: its validators, a 304 when the reader's copy is current, a compressed
 * copy when there is one the reader accepts, else the page with this request's slot values.
 */
export function sendKeptPage(request: FastifyRequest, reply: FastifyReply, page: CachedPage, slotValues: Readonly<Record<string, string>>): FastifyReply {
  const perReader = page.template.slots.length > 0;
  const etag = perReader ? `W/${page.etag.slice(0, -1)}-${Math.floor(Date.now() / SLOT_ETAG_PERIOD_MS).toString(36)}"` : page.etag;
  if (page.lastModified) reply.header('last-modified', page.lastModified.toUTCString());
  reply
    .header('etag', etag)
    // Per-reader tokens never go to a shared cache; other pages may stay there briefly.
    .header('cache-control', perReader ? 'private, no-cache' : page.maxAgeSeconds !== null ? `public, max-age=${page.maxAgeSeconds}` : `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}`)
    .header('vary', 'Accept-Encoding');
  if (isNotModified(request, etag.replace(/^W\//, ''), page.lastModified)) return reply.code(304).send();
  reply.code(200).type(page.contentType);
  const encoding = page.compressed ? preferredEncoding(request) : null;
  if (encoding && page.compressed) return reply.header('content-encoding', encoding).send(page.compressed[encoding]);
  if (!perReader) return reply.send(page.template.pieces[0]);
  // The kept pieces are written as they are: joining them would copy the whole page for every reader.
  const parts = filledParts(page.template, slotValues);
  reply.header('content-length', parts.reduce((sum, part) => sum + part.length, 0));
  return reply.send(piecesStream(parts));
}

/**
 * Answers a public page from the cache when it holds a current copy under `key` (null: never
 * kept), else renders
 * it (render returns the reply when it answered itself, e.g. with a 404, which is not kept),
 * keeps it if no change it depends on came meanwhile, and answers it.
 */
export async function sendCachedPage(
  request: FastifyRequest,
  reply: FastifyReply,
  caching: PageCaching | null,
  key: string | null,
  render: () => Promise<RenderedPage | FastifyReply>,
  slotValues: (page: CachedPage) => Readonly<Record<string, string>> = () => ({}),
): Promise<FastifyReply> {
  const current = caching && key !== null ? await caching.changes.catchUp() : false;
  if (caching && current && key !== null) {
    const kept = caching.cache.get(key);
    if (kept) return sendKeptPage(request, reply, kept, slotValues(kept));
  }
  const stamp = caching?.cache.stamp() ?? 0;
  const rendered = await render();
  if (!isRendered(rendered)) return rendered;
  const page = caching && current && key !== null ? caching.cache.put(key, rendered, stamp) : pageOf(rendered);
  return sendKeptPage(request, reply, page, slotValues(page));
}

function isRendered(value: RenderedPage | FastifyReply): value is RenderedPage {
  return typeof (value as RenderedPage).html === 'string' && Array.isArray((value as RenderedPage).dependsOn);
}

/** The pieces as one stream, all handed over at the first read (Readable.from would take a promise per piece). */
function piecesStream(parts: readonly Buffer[]): Readable {
  return new Readable({
    read() {
      for (const part of parts) this.push(part);
      this.push(null);
    },
  });
}
