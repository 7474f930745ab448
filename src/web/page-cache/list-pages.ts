import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { WebContext } from '../context.js';
import { pageHtml } from '../render.js';
import type { RenderedPage } from './page-cache.js';
import { sendCachedPage } from './send.js';

/** A list page (home, sources, stories, names) for the cache: any change of the desk's content may alter it. */
export function listPage(page: VNode): RenderedPage {
  return { html: pageHtml(page), dependsOn: ['desk'], staleAt: null };
}

/**
 * The cache key of a list page request: its path and numeric query values. Null, so the page
 * is rendered and not kept, for any other query: a made-up query must not fill the cache.
 */
export function listPageKey(request: FastifyRequest, numericParams: readonly string[]): string | null {
  const query = request.query as Record<string, unknown>;
  const kept: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (!numericParams.includes(name) || typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
    kept.push(`${name}=${value}`);
  }
  const path = request.url.split('?', 1)[0]!;
  return `list:${path}?${kept.sort().join('&')}`;
}

/** Answers a list page from the cache, or renders it (render returns the reply when it answered itself). */
export function sendListPage(ctx: WebContext, request: FastifyRequest, reply: FastifyReply, render: () => Promise<RenderedPage | FastifyReply>, numericParams: readonly string[] = ['page']): Promise<FastifyReply> {
  return sendCachedPage(request, reply, ctx.pages ?? null, listPageKey(request, numericParams), render);
}
