/**
 * Recognizing page furniture (share buttons, social widgets, advertising slots) by the
 * class and id a publisher gave it. Names are split into parts at spaces, hyphens,
 * underscores and camelCase humps, and a part must match whole, so "share-bar",
 * "sd-sharing", "shareButtons", "a2a_kit" and "sharedaddy" match while "shared",
 * "shareholder" or "header" do not. Text is never looked at.
 */

const SHARE_PART = /^(?:share|sharing|social)(?:s|bar|box|buttons?|links?|tools?|icons?|widgets?|menu|this|aholic|daddy|media|share)?$|^(?:addtoany|a2a|sharethis|shareaholic|shariff)$/;

const AD_PART = /^(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|adsbygoogle|adsense|dfp|gpt|doubleclick|taboola|outbrain|sponsored|promoted)$/;

function parts(names: string): string[] {
  return names
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_:.]+/);
}

function matches(classAndId: string, pattern: RegExp): boolean {
  if (classAndId === '') return false;
  for (const part of parts(classAndId)) if (part !== '' && pattern.test(part)) return true;
  return false;
}

/** True when a class or id names a share or social-media widget. */
export function isShareName(classAndId: string): boolean {
  return matches(classAndId, SHARE_PART);
}

/** True when a class or id names an advertising slot. */
export function isAdName(classAndId: string): boolean {
  return matches(classAndId, AD_PART);
}

/** Elements that are never removed as furniture, whatever their class says. */
export const STRUCTURAL_TAGS: ReadonlySet<string> = new Set(['html', 'head', 'body', 'main', 'article']);

/** Addresses of share endpoints; a link to one is a share button even without a telling class. */
const SHARE_ENDPOINTS: [host: RegExp, path: RegExp][] = [
  [/(?:^|\.)facebook\.com$/, /^\/(?:sharer|share\.php|dialog\/share)/],
  [/(?:^|\.)(?:twitter|x)\.com$/, /^\/(?:intent\/(?:tweet|post)|share)/],
  [/(?:^|\.)linkedin\.com$/, /^\/(?:shareArticle|sharing\/share-offsite)/i],
  [/(?:^|\.)reddit\.com$/, /^\/submit/],
  [/(?:^|\.)pinterest\.[a-z.]+$/, /^\/pin\/create/],
  [/^(?:api\.)?whatsapp\.com$|^wa\.me$/, /^\/send/],
  [/^t\.me$|^telegram\.me$/, /^\/share/],
  [/(?:^|\.)addtoany\.com$/, /^\//],
  [/(?:^|\.)tumblr\.com$/, /^\/(?:share|widgets\/share)/],
];

export function isShareEndpoint(url: URL): boolean {
  const host = url.hostname;
  for (const [h, p] of SHARE_ENDPOINTS) if (h.test(host) && p.test(url.pathname)) return true;
  return false;
}
