import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/*
 * The desk's own files (public/: the stylesheet, the script, the icon), read and compressed once
 * when the process starts. Pages link each under a name carrying a digest of its content
 * (style.3f9c2a1b.css), which may be kept for a year: a changed file gets a new name. The plain
 * name stays served, briefly cacheable, for links made before (feeds name the icon).
 */

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface Asset {
  bytes: Buffer;
  br: Buffer;
  gzip: Buffer;
  contentType: string;
  etag: string;
  /** The name pages link to: the file's name with its digest before the extension. */
  fingerprinted: string;
}

const YEAR_SECONDS = 365 * 24 * 3600;
const PLAIN_MAX_AGE_SECONDS = 3600;

function loadAssets(): { byName: Map<string, Asset>; byFingerprint: Map<string, Asset> } {
  const byName = new Map<string, Asset>();
  const byFingerprint = new Map<string, Asset>();
  for (const name of readdirSync(publicDir)) {
    const contentType = contentTypes[extname(name)];
    if (!contentType) continue;
    const bytes = readFileSync(publicDir + name);
    const digest = createHash('sha256').update(bytes).digest('base64url').slice(0, 10);
    const extension = extname(name);
    const asset: Asset = {
      bytes,
      br: brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      gzip: gzipSync(bytes, { level: 9 }),
      contentType,
      etag: `"${digest}"`,
      fingerprinted: `${name.slice(0, -extension.length)}.${digest}${extension}`,
    };
    byName.set(name, asset);
    byFingerprint.set(asset.fingerprinted, asset);
  }
  return { byName, byFingerprint };
}

const assets = loadAssets();

/** The path pages link a file of public/ by: fingerprinted, so it may be cached for good. */
export function assetPath(name: string): string {
  const asset = assets.byName.get(name);
  if (!asset) throw new Error(`no asset named ${name} in public/`);
  return `/assets/${asset.fingerprinted}`;
}

function accepts(request: FastifyRequest, coding: 'br' | 'gzip'): boolean {
  const header = request.headers['accept-encoding'];
  return typeof header === 'string' && header.toLowerCase().split(',').some((part) => part.trim().split(';')[0] === coding);
}

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset, immutable: boolean): FastifyReply {
  reply
    .header('etag', asset.etag)
    .header('vary', 'Accept-Encoding')
    .header('cache-control', immutable ? `public, max-age=${YEAR_SECONDS}, immutable` : `public, max-age=${PLAIN_MAX_AGE_SECONDS}`)
    .type(asset.contentType);
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string' && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === asset.etag)) return reply.code(304).send();
  if (accepts(request, 'br')) return reply.header('content-encoding', 'br').send(asset.br);
  if (accepts(request, 'gzip')) return reply.header('content-encoding', 'gzip').send(asset.gzip);
  return reply.send(asset.bytes);
}

export function assetRoutes(app: FastifyInstance): void {
  app.get<{ Params: { file: string } }>('/assets/:file', async (request, reply) => {
    const { file } = request.params;
    const fingerprinted = assets.byFingerprint.get(file);
    if (fingerprinted) return sendAsset(request, reply, fingerprinted, true);
    const plain = assets.byName.get(file);
    if (plain) return sendAsset(request, reply, plain, false);
    return reply.callNotFound();
  });
}
