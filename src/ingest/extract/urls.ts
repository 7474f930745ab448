/**
 * URL helpers shared by page extraction and the sanitizer: resolve against a base,
 * keep only safe schemes, and strip the query parameters that exist only to track readers.
 */

/** Query parameters removed from every link and image address (compared case-insensitively). */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'igshid',
  'yclid',
  'twclid',
  'ttclid',
  'mkt_tok',
]);

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || TRACKING_PARAMS.has(key);
}

/**
 * Removes tracking parameters from url in place. The other parameters keep their
 * order and their exact encoding (URLSearchParams would re-encode them).
 */
export function stripTrackingParams(url: URL): URL {
  const search = url.search;
  if (search.length < 2) return url;
  const parts = search.slice(1).split('&');
  const kept = parts.filter((part) => {
    if (part === '') return true;
    const eq = part.indexOf('=');
    const raw = eq === -1 ? part : part.slice(0, eq);
    let name = raw;
    try {
      name = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      // keep the raw name
    }
    return !isTrackingParam(name);
  });
  if (kept.length !== parts.length) {
    const query = kept.filter((part) => part !== '').join('&');
    url.search = query ? `?${query}` : '';
  }
  return url;
}

/** Parses a base address once; null when it is not a valid absolute URL. */
export function parseBase(baseUrl: string | null | undefined): URL | null {
  if (!baseUrl) return null;
  try {
    return new URL(baseUrl);
  } catch {
    return null;
  }
}

export const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * Resolves value against base and returns the absolute address without tracking
 * parameters, or null when it cannot be resolved or its scheme is not in schemes.
 * javascript:, vbscript: and data: are never in schemes, so they always give null.
 */
export function resolveUrl(value: string | null | undefined, base: URL | null, schemes: ReadonlySet<string> = WEB_SCHEMES): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (!schemes.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:') stripTrackingParams(url);
  return url.href;
}

/**
 * The address of something the article page itself loads (an image, a video, its poster, an
 * audio file or a subtitle track), resolved like resolveUrl and moved to https. The desk's
 * Content-Security-Policy loads such things over https only: plain http would show readers'
 * reading to the network and is mixed content on an https desk, and nearly every host that
 * serves an image over http serves it over https too. A host that does not shows a missing
 * image, not a policy violation. (Proxying them through the desk would make it an open relay.)
 */
export function resolveResourceUrl(value: string | null | undefined, base: URL | null): string | null {
  const resolved = resolveUrl(value, base);
  if (resolved === null || !resolved.startsWith('http:')) return resolved;
  const url = new URL(resolved);
  url.protocol = 'https:';
  return url.href;
}

/** data: images allowed inline (never SVG, which can carry script when opened directly). */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/i;

export function isSafeDataImage(value: string): boolean {
  return SAFE_DATA_IMAGE.test(value);
}

/**
 * Rewrites every candidate of a srcset to an absolute http(s) address, dropping
 * candidates that cannot be resolved. Commas inside a URL (as some image CDNs use)
 * are kept: a candidate's URL runs to the next whitespace, as in the HTML spec.
 */
export function resolveSrcset(srcset: string | null | undefined, base: URL | null, resolve: typeof resolveUrl = resolveUrl): string | null {
  if (!srcset) return null;
  const out: string[] = [];
  const n = srcset.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(srcset.charCodeAt(i)) || srcset[i] === ',')) i++;
    if (i >= n) break;
    let start = i;
    while (i < n && !isSpace(srcset.charCodeAt(i))) i++;
    let url = srcset.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      start = i;
      let depth = 0;
      while (i < n) {
        const c = srcset[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        i++;
      }
      descriptor = srcset.slice(start, i).trim().replace(/\s+/g, ' ');
      i++;
    }
    if (descriptor !== '' && !/^\d+(?:\.\d+)?[wx]$/i.test(descriptor)) continue;
    const resolved = resolve(url, base);
    if (resolved) out.push(descriptor ? `${resolved} ${descriptor}` : resolved);
  }
  return out.length ? out.join(', ') : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}
