import sanitizeHtml from 'sanitize-html';
import { EMBED_HOST_REWRITES, EMBEDS } from './embeds.js';
import { boundHtml, type HtmlLimits } from './extract/bounds.js';
import { isShareEndpoint, isShareName, STRUCTURAL_TAGS } from './extract/chrome.js';
import { isSafeDataImage, LINK_SCHEMES, parseBase, resolveResourceUrl, resolveSrcset, resolveUrl, stripTrackingParams } from './extract/urls.js';

/*
 * Foreign HTML is cleaned once, on the way in, and stored safe. This allowlist keeps
 * the prose of an article (paragraphs, quotes, lists, tables, emphasis, links, images,
 * video from known players) and drops everything that could run, track or restyle the
 * page. It is one streaming pass of sanitize-html (htmlparser2), with no DOM: every
 * decision that needs the original attributes (hidden, share widgets, lazy images,
 * tracking pixels, iframes) is made when the opening tag is seen, and an element to be
 * dropped with its content is renamed to DROP, which exclusiveFilter then removes with
 * everything written inside it. (DROP is an allowed tag on purpose: renaming to a
 * disallowed tag leaves sanitize-html's rename map stale, and the next sibling at the
 * same depth would be closed with the wrong name.)
 */

const DROP = 'newsdesk-drop';

/**
 * What one article body may cost. No real article nests 64 deep, has 20,000 elements or
 * needs a mebibyte of markup (and usually only an excerpt is kept); beyond that the tags go
 * (the text stays) or the rest is left out, so sanitizing is linear in a bounded input.
 */
export const ARTICLE_HTML_LIMITS: HtmlLimits = { maxDepth: 64, maxElements: 20_000, maxChars: 1024 * 1024 };

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'wbr',
  'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'q', 'cite', 'pre', 'code', 'kbd', 'samp', 'var',
  'em', 'i', 'strong', 'b', 'u', 's', 'small', 'mark', 'sub', 'sup', 'del', 'ins', 'abbr', 'dfn', 'time',
  'a',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'loading'],
  source: ['src', 'srcset', 'sizes', 'media', 'type', 'width', 'height'],
  video: ['src', 'poster', 'width', 'height', 'controls', 'preload'],
  audio: ['src', 'controls', 'preload'],
  track: ['src', 'kind', 'srclang', 'label'],
  iframe: ['src', 'width', 'height', 'title', 'allowfullscreen', 'sandbox', 'loading', 'referrerpolicy'],
  abbr: ['title'],
  dfn: ['title'],
  time: ['datetime'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  blockquote: ['cite'],
  q: ['cite'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  col: ['span'],
  colgroup: ['span'],
};

/** Disallowed tags whose content goes too (other disallowed tags are unwrapped, keeping their text). */
const NON_TEXT_TAGS = [
  'script', 'style', 'noscript', 'template', 'head', 'title',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
  'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'map', 'dialog',
  'noembed', 'noframes', 'frameset', 'frame', 'xmp', 'plaintext',
];

const EMBED_HOSTS = [...new Set(EMBEDS.map(([host]) => host))];
const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups';
/** YouTube refuses to play without a referrer; the origin alone is enough. */
const IFRAME_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Images served only to count readers. */
const TRACKER_HOST = /(?:^|\.)(?:stats\.wordpress\.com|pixel\.wp\.com|google-analytics\.com|pixel\.quantserve\.com|scorecardresearch\.com|feedsportal\.com|doubleclick\.net|bat\.bing\.com|ct\.pinterest\.com|px\.ads\.linkedin\.com|analytics\.twitter\.com)$/;
const TRACKER_PATH: [host: RegExp, path: RegExp][] = [
  [/(?:^|\.)feedburner\.com$/, /^\/~(?:r|ff)\//],
  [/(?:^|\.)facebook\.com$/, /^\/tr\/?$/],
  [/(?:^|\.)medium\.com$/, /^\/_\/stat/],
];
const TRACKER_FILE = /\/(?:pixel|tracking[-_]?pixel|beacon|1x1|spacer|blank|transparent|clear)\.(?:gif|png)$/i;

/** A src that only stands in for a lazily loaded image. */
const PLACEHOLDER_SRC = /^data:|\/(?:blank|spacer|pixel|placeholder|transparent|empty|grey|gray|loading|lazy[-_]?(?:load(?:ing|er)?|placeholder)?)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

/** Elements removed when they end up with no text and no image or player inside. */
const REMOVED_WHEN_EMPTY = new Set(['p', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'picture', 'li', 'ul', 'ol', 'dl']);
const MEDIA = new Set(['img', 'video', 'audio', 'iframe']);
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/;

type Attribs = sanitizeHtml.Attributes;

/**
 * The attribute objects of elements renamed to DROP. sanitize-html keeps the object a
 * transform returns as the frame's attribs, so exclusiveFilter recognizes a dropped
 * element by it, not by its name (which the foreign HTML could spell too).
 */
const dropped = new WeakSet<Attribs>();

export interface SanitizeOptions {
  /** Relative links and images are resolved against this address. */
  baseUrl: string;
}

export function sanitizeArticleHtml(foreignHtml: string, { baseUrl }: SanitizeOptions): string {
  if (!foreignHtml) return '';
  const html = boundHtml(foreignHtml, ARTICLE_HTML_LIMITS);
  const base = parseBase(baseUrl);

  // The media count when each open element started, to tell an empty paragraph or
  // link from one that holds only an image. onOpenTag/onCloseTag see every tag.
  let media = 0;
  const mediaAtOpen: number[] = [];
  let mediaAtOpenOfClosing = 0;

  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS, DROP],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster'],
    allowProtocolRelative: false,
    allowedIframeHostnames: EMBED_HOSTS,
    allowIframeRelativeUrls: false,
    nonTextTags: NON_TEXT_TAGS,
    selfClosing: ['img', 'br', 'hr', 'wbr', 'source', 'track', 'col'],
    transformTags: { '*': (tagName, attribs) => transform(tagName, attribs, base) },
    // An iframe's content is fallback text for browsers without frames.
    textFilter: (text, tagName) => (tagName === 'iframe' ? '' : text),
    onOpenTag: () => {
      mediaAtOpen.push(media);
    },
    onCloseTag: () => {
      mediaAtOpenOfClosing = mediaAtOpen.pop() ?? 0;
    },
    exclusiveFilter: (frame) => {
      if (dropped.has(frame.attribs)) {
        // Whatever media was inside goes with it.
        media = mediaAtOpenOfClosing;
        return true;
      }
      // The marker's name written in the foreign HTML itself: unwrap it.
      if (frame.tag === DROP) return 'excludeTag';
      if (MEDIA.has(frame.tag)) {
        media++;
        return false;
      }
      return REMOVED_WHEN_EMPTY.has(frame.tag) && media === mediaAtOpenOfClosing && BLANK.test(frame.text);
    },
  }).trim();
}

function transform(tagName: string, attribs: Attribs, base: URL | null): sanitizeHtml.Tag {
  if (isHidden(attribs)) return drop();
  if ((attribs.class || attribs.id) && !STRUCTURAL_TAGS.has(tagName) && isShareName(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) return drop();
  switch (tagName) {
    case 'h1':
      return { tagName: 'h2', attribs: {} };
    case 'a':
      return link(attribs, base);
    case 'img':
      return image(attribs, base);
    case 'source':
      return source(attribs, base);
    case 'iframe':
      return iframe(attribs, base);
    case 'video':
      return keep('video', {
        src: resolveResourceUrl(attribs.src, base),
        poster: resolveResourceUrl(attribs.poster, base),
        width: dimension(attribs.width),
        height: dimension(attribs.height),
        controls: '',
        preload: 'none',
      });
    case 'audio':
      return keep('audio', { src: resolveResourceUrl(attribs.src, base), controls: '', preload: 'none' });
    case 'track':
      return keep('track', { src: resolveResourceUrl(attribs.src, base), kind: attribs.kind, srclang: attribs.srclang, label: attribs.label });
    case 'blockquote':
    case 'q':
    case 'del':
    case 'ins':
      return keep(tagName, { cite: resolveUrl(attribs.cite, base), datetime: attribs.datetime });
    default:
      return { tagName, attribs };
  }
}

function drop(): sanitizeHtml.Tag {
  const attribs: Attribs = {};
  dropped.add(attribs);
  return { tagName: DROP, attribs };
}

/** Builds the attributes in a fixed order, leaving out the missing ones. */
function keep(tagName: string, attribs: Record<string, string | null | undefined>): sanitizeHtml.Tag {
  const out: Attribs = {};
  for (const [name, value] of Object.entries(attribs)) if (value != null) out[name] = value;
  return { tagName, attribs: out };
}

function isHidden(attribs: Attribs): boolean {
  if (Object.hasOwn(attribs, 'hidden')) return true;
  const aria = attribs['aria-hidden'];
  if (aria !== undefined && aria.trim().toLowerCase() === 'true') return true;
  const style = attribs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * Links keep no target and get rel="noopener nofollow". Not noreferrer: Newsdesk
 * exists to send readers on to the original, and the publisher should see where they
 * came from (browsers already strip referrers to the origin across sites).
 */
function link(attribs: Attribs, base: URL | null): sanitizeHtml.Tag {
  const href = resolveUrl(attribs.href, base, LINK_SCHEMES);
  if (href && href.startsWith('http') && isShareEndpoint(new URL(href))) return drop();
  return keep('a', { href, title: attribs.title, rel: 'noopener nofollow' });
}

function image(attribs: Attribs, base: URL | null): sanitizeHtml.Tag {
  const lazySrc = attribs['data-src'] || attribs['data-lazy-src'] || attribs['data-original'];
  const lazySrcset = attribs['data-srcset'] || attribs['data-lazy-srcset'];
  let src = attribs.src?.trim() ?? '';
  const standIn = src === '' || PLACEHOLDER_SRC.test(src);
  if (lazySrc && standIn) src = lazySrc.trim();
  const srcset = lazySrcset && (standIn || !attribs.srcset) ? lazySrcset : attribs.srcset;

  if (isPixel(attribs)) return drop();
  let resolved: string | null = null;
  if (/^data:/i.test(src)) {
    resolved = isSafeDataImage(src) ? src : null;
  } else if (src !== '') {
    resolved = resolveResourceUrl(src, base);
    if (resolved && isTracker(new URL(resolved))) return drop();
  }
  return keep('img', {
    src: resolved,
    srcset: resolveSrcset(srcset, base, resolveResourceUrl),
    sizes: srcset ? attribs.sizes : null,
    alt: attribs.alt,
    title: attribs.title,
    width: dimension(attribs.width),
    height: dimension(attribs.height),
    loading: 'lazy',
  });
}

function source(attribs: Attribs, base: URL | null): sanitizeHtml.Tag {
  const srcset = attribs.srcset || attribs['data-srcset'] || attribs['data-lazy-srcset'];
  return keep('source', {
    src: resolveResourceUrl(attribs.src || attribs['data-src'], base),
    srcset: resolveSrcset(srcset, base, resolveResourceUrl),
    sizes: attribs.sizes,
    media: attribs.media,
    type: attribs.type,
    width: dimension(attribs.width),
    height: dimension(attribs.height),
  });
}

function iframe(attribs: Attribs, base: URL | null): sanitizeHtml.Tag {
  const resolved = resolveUrl(attribs.src || attribs['data-src'], base);
  if (!resolved) return drop();
  const url = new URL(resolved);
  if (!EMBEDS.some(([host, path]) => url.hostname === host && url.pathname.startsWith(path))) return drop();
  url.protocol = 'https:';
  url.hostname = EMBED_HOST_REWRITES[url.hostname] ?? url.hostname;
  stripTrackingParams(url);
  return keep('iframe', {
    src: url.href,
    width: dimension(attribs.width),
    height: dimension(attribs.height),
    title: attribs.title,
    allowfullscreen: '',
    sandbox: IFRAME_SANDBOX,
    loading: 'lazy',
    referrerpolicy: IFRAME_REFERRER_POLICY,
  });
}

/** A width or height attribute as a whole number of pixels, or null when it is anything else. */
function dimension(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^\s*(\d+)(?:\.\d+)?(?:px)?\s*$/i.exec(value);
  return m ? String(Number(m[1])) : null;
}

/** 1×1 (or 0×N) images exist to count readers. */
function isPixel(attribs: Attribs): boolean {
  for (const name of ['width', 'height']) {
    const value = attribs[name];
    if (value === undefined) continue;
    const m = /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/i.exec(value);
    if (m && Number(m[1]) <= 1) return true;
  }
  return false;
}

function isTracker(url: URL): boolean {
  if (TRACKER_HOST.test(url.hostname)) return true;
  for (const [host, path] of TRACKER_PATH) if (host.test(url.hostname) && path.test(url.pathname)) return true;
  return TRACKER_FILE.test(url.pathname);
}
