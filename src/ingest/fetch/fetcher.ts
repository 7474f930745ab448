import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { STATUS_CODES } from 'node:http';
import type { LookupFunction } from 'node:net';
import { pipeline, Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import { FetchError, type FetchOptions, type FetchResult } from '../types.js';
import { checkUrlAllowed, isForbiddenAddress, literalAddress } from './address-guard.js';
import { fetchSettingsFromEnv, type FetchSettings } from './settings.js';

/*
 * One polite, bounded HTTP GET. Politeness: a user agent that names the desk, conditional
 * requests, compression. Bounds: connect and total time, body size after decompression,
 * redirect count. Safety: every hop's URL is checked, and every address actually connected to
 * is checked in the connection's DNS lookup (so a name cannot resolve to the desk's own network).
 */

export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_TOTAL_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_ACCEPT = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml;q=0.9',
  'application/xml;q=0.9',
  'text/xml;q=0.9',
  'application/json;q=0.8',
  'text/html;q=0.8',
  'application/xhtml+xml;q=0.8',
  '*/*;q=0.5',
].join(', ');

/** Test seams: how names resolve and which addresses are forbidden. Production uses the defaults. */
export interface FetcherHooks {
  resolve?: (hostname: string, family: number) => Promise<LookupAddress[]>;
  isForbidden?: (ip: string) => boolean;
}

export type Fetch = (url: string, options?: FetchOptions) => Promise<FetchResult>;

let envSettings: FetchSettings | undefined;
function defaults(): FetchSettings {
  return (envSettings ??= fetchSettingsFromEnv());
}

/** Fetches one URL. Resolves with the body or "not modified"; rejects with FetchError only. */
export function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  return fetchWith({}, url, options);
}

/** A fetchResource with other DNS resolution or address rules; for tests. */
export function createFetcher(hooks: FetcherHooks): Fetch {
  return (url, options = {}) => fetchWith(hooks, url, options);
}

/** The one line a source's last_error shows for a failed fetch. */
export function describeFetchError(error: unknown): string {
  const text =
    error instanceof FetchError
      ? error.message
      : error instanceof Error
        ? `Unexpected error while fetching: ${error.message}`
        : `Unexpected error while fetching: ${String(error)}`;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

async function fetchWith(hooks: FetcherHooks, url: string, options: FetchOptions): Promise<FetchResult> {
  const allowPrivate = options.allowPrivateAddresses ?? defaults().allowPrivateAddresses;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const totalTimeoutMs = options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const isForbidden = hooks.isForbidden ?? isForbiddenAddress;

  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? defaults().userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  let current = checkUrlAllowed(url);
  const agent = new Agent({
    connect: {
      timeout: connectTimeoutMs,
      lookup: guardedLookup(hooks.resolve ?? defaultResolve, allowPrivate ? null : isForbidden),
    },
    headersTimeout: totalTimeoutMs,
    bodyTimeout: totalTimeoutMs,
  });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, totalTimeoutMs);
  const visited = new Set([withoutHash(current)]);
  let redirects = 0;
  let allPermanent = true;

  try {
    for (;;) {
      const address = literalAddress(current);
      if (!allowPrivate && address !== null && isForbidden(address)) {
        throw new FetchError(`Refused to fetch from ${current.hostname}: it is a private, local or reserved address`, 'blocked-address');
      }
      const response = await request(current, { dispatcher: agent, method: 'GET', headers, signal: controller.signal });
      const status = response.statusCode;
      const statusLine = `${status} ${response.statusText || STATUS_CODES[status] || ''}`.trim();

      if ([301, 302, 303, 307, 308].includes(status)) {
        await discard(response.body);
        const location = header(response.headers, 'location');
        if (!location) throw new FetchError(`The server answered ${statusLine} but gave no address to go to`, 'http', status);
        let next: URL;
        try {
          next = checkUrlAllowed(new URL(location, current).href);
        } catch (error) {
          if (error instanceof FetchError) throw new FetchError(`A redirect led to a refused address: ${error.message}`, error.kind);
          throw new FetchError(`The server redirected to "${location.slice(0, 200)}", which is not a valid address`, 'bad-url');
        }
        redirects += 1;
        if (status !== 301 && status !== 308) allPermanent = false;
        if (visited.has(withoutHash(next))) {
          throw new FetchError(`Redirect loop: ${current.href} leads back to ${next.href}`, 'too-many-redirects');
        }
        if (redirects > maxRedirects) {
          throw new FetchError(`More than ${maxRedirects} redirects in a row (the last one to ${next.href})`, 'too-many-redirects');
        }
        visited.add(withoutHash(next));
        current = next;
        continue;
      }

      const permanentUrl = redirects > 0 && allPermanent ? current.href : null;
      const etag = header(response.headers, 'etag');
      const lastModified = header(response.headers, 'last-modified');
      const maxAgeSeconds = parseMaxAge(headerList(response.headers, 'cache-control'));

      if (status === 304) {
        await discard(response.body);
        return {
          kind: 'not-modified',
          url: current.href,
          etag: etag ?? options.etag ?? null,
          lastModified: lastModified ?? options.lastModified ?? null,
          maxAgeSeconds,
          permanentUrl,
        };
      }
      if (status >= 200 && status < 300) {
        const body = await readBody(response, maxBytes);
        return {
          kind: 'fetched',
          url: current.href,
          body,
          contentType: header(response.headers, 'content-type'),
          etag,
          lastModified,
          maxAgeSeconds,
          permanentUrl,
        };
      }

      await discard(response.body);
      if (status === 429 || status === 503) {
        const retryAfterSeconds = parseRetryAfter(header(response.headers, 'retry-after'));
        const wait = retryAfterSeconds === null ? '' : `; it asks to wait ${retryAfterSeconds} s`;
        throw new FetchError(`The server answered ${statusLine}${wait}`, 'http', status, retryAfterSeconds);
      }
      throw new FetchError(`The server answered ${statusLine}`, 'http', status);
    }
  } catch (error) {
    if (timedOut) throw new FetchError(`${current.host} took longer than ${seconds(totalTimeoutMs)} to answer in full`, 'timeout');
    throw translate(error, current, connectTimeoutMs);
  } finally {
    clearTimeout(timer);
    // One agent per fetch: its sockets (including one left mid-body) are closed here.
    await agent.destroy().catch(() => undefined);
  }
}

/**
 * The DNS lookup every connection makes. It resolves all addresses of the name and refuses the
 * connection when any is forbidden: the check is on the addresses the socket will use.
 * (IP literals skip lookup in node:net; fetchWith checks those itself.)
 */
function guardedLookup(resolve: NonNullable<FetcherHooks['resolve']>, isForbidden: ((ip: string) => boolean) | null): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    const family = typeof options.family === 'number' ? options.family : 0;
    resolve(hostname, family).then(
      (addresses) => {
        let error: Error | null = null;
        if (addresses.length === 0) {
          error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
        } else if (isForbidden) {
          const bad = addresses.find((a) => isForbidden(a.address));
          if (bad) {
            error = new FetchError(
              `Refused to fetch from ${hostname}: it resolves to ${bad.address}, a private, local or reserved address`,
              'blocked-address',
            );
          }
        }
        process.nextTick(() => {
          if (error) callback(error, '', 0);
          else if (options.all) callback(null, addresses);
          else callback(null, addresses[0]!.address, addresses[0]!.family);
        });
      },
      (error: NodeJS.ErrnoException) => process.nextTick(() => callback(error, '', 0)),
    );
  };
}

function defaultResolve(hostname: string, family: number): Promise<LookupAddress[]> {
  return dnsLookup(hostname, { all: true, family, order: 'verbatim' });
}

type Response = Dispatcher.ResponseData;

/** The body, decompressed, at most maxBytes of it (compressed or not). */
async function readBody(response: Response, maxBytes: number): Promise<Buffer> {
  const encodings = (headerList(response.headers, 'content-encoding') ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
  const tooLarge = () =>
    new FetchError(
      `The response is larger than the ${formatBytes(maxBytes)} limit${encodings.length ? ' (after decompression)' : ''}`,
      'too-large',
    );

  const declared = Number(header(response.headers, 'content-length'));
  if (encodings.length === 0 && Number.isFinite(declared) && declared > maxBytes) {
    abandon(response.body);
    throw tooLarge();
  }

  let source: Readable = response.body;
  let decodeError: Error | null = null;
  for (const encoding of encodings.reverse()) {
    let decoder: NodeJS.ReadWriteStream & Readable;
    if (encoding === 'gzip' || encoding === 'x-gzip') decoder = createGunzip();
    else if (encoding === 'br') decoder = createBrotliDecompress();
    else if (encoding === 'deflate') {
      // "deflate" should be zlib-wrapped, but some servers send raw deflate: look at the header.
      const [first, rest] = await peek(source);
      decoder = first !== null && !looksLikeZlib(first) ? createInflateRaw() : createInflate();
      source = rest;
    } else {
      abandon(source);
      throw new FetchError(`The server compressed the body as "${encoding}", which Newsdesk cannot read`, 'network');
    }
    decoder.once('error', (error: Error) => (decodeError ??= error));
    source = pipeline(source, decoder, () => undefined);
  }

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      // Throwing here destroys the stream chain down to the socket: nothing more is read.
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    if (decodeError !== null && error === decodeError) {
      throw new FetchError(`The body could not be decompressed (${(error as Error).message})`, 'network');
    }
    throw error;
  }
  return Buffer.concat(chunks, total);
}

/** The first chunk of a stream, and a stream that still yields everything. */
async function peek(stream: Readable): Promise<[Buffer | null, Readable]> {
  const iterator = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return [null, Readable.from([])];
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const rest = Readable.from(all(), { objectMode: false });
  rest.once('close', () => void iterator.return?.());
  return [first.value, rest];
}

function looksLikeZlib(chunk: Buffer): boolean {
  if (chunk.length < 2) return true;
  return (chunk[0]! & 0x0f) === 8 && ((chunk[0]! << 8) | chunk[1]!) % 31 === 0;
}

/** Stops reading a stream; the error it emits on being destroyed early is expected. */
function abandon(stream: Readable): void {
  stream.on('error', () => undefined);
  stream.destroy();
}

async function discard(body: Response['body']): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function header(headers: Response['headers'], name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? null : first;
}

function headerList(headers: Response['headers'], name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Cache-Control: max-age, in seconds; null when absent or unreadable. */
export function parseMaxAge(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  const match = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : null;
}

/** Retry-After as seconds from now: either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const secs = Number(text);
    return Number.isSafeInteger(secs) ? secs : null;
  }
  // An HTTP date always names its weekday and month; Date.parse alone would take "-5" or "1.5".
  if (!/[a-z]{3}/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

export function formatBytes(bytes: number): string {
  const KiB = 1024;
  const MiB = 1024 * KiB;
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}

const certificateCodes = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Any failure as a FetchError a person can act on. */
function translate(error: unknown, url: URL, connectTimeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof FetchError) return cause;
  const e = (error ?? {}) as { code?: string; message?: string; errors?: { code?: string; message?: string }[] };
  const code = e.code ?? e.errors?.[0]?.code ?? '';
  const message = e.message || e.errors?.[0]?.message || String(error);
  const host = url.host;
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return new FetchError(`Could not connect to ${host} within ${seconds(connectTimeoutMs)}`, 'timeout');
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return new FetchError(`${host} stopped answering`, 'timeout');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return new FetchError(`The host name ${url.hostname} could not be found`, 'network');
    case 'ECONNREFUSED':
      return new FetchError(`${host} refused the connection`, 'network');
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return new FetchError(`The connection to ${host} was cut off`, 'network');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchError(`${host} cannot be reached from here`, 'network');
  }
  if (certificateCodes.has(code) || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) {
    return new FetchError(`The secure connection to ${host} failed: ${message}`, 'network');
  }
  return new FetchError(`Could not fetch from ${host}: ${message}`, 'network');
}
