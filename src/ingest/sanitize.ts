import sanitizeHtml from 'sanitize-html';

/**
 * Foreign HTML is cleaned once, on the way in, and stored safe. This allowlist keeps
 * the prose of an article (paragraphs, quotes, lists, emphasis, links, images) and
 * drops everything that could run, track or restyle the page.
 */
const articleAllowlist: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'blockquote', 'q', 'cite', 'em', 'i', 'strong', 'b', 'a', 'ul', 'ol', 'li', 'figure', 'figcaption', 'img', 'code', 'pre', 'h2', 'h3', 'h4', 'sub', 'sup', 'abbr', 'time'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    abbr: ['title'],
    time: ['datetime'],
    blockquote: ['cite'],
    q: ['cite'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template'],
};

export interface SanitizeOptions {
  /** Relative links and images are resolved against this address. */
  baseUrl: string;
}

export function sanitizeArticleHtml(html: string, { baseUrl }: SanitizeOptions): string {
  return sanitizeHtml(html, {
    ...articleAllowlist,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...absolute('href', attribs.href, baseUrl), rel: 'noopener nofollow' } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...absolute('src', attribs.src, baseUrl), loading: 'lazy' } }),
    },
    allowedAttributes: { ...articleAllowlist.allowedAttributes, a: ['href', 'title', 'rel'], img: ['src', 'alt', 'width', 'height', 'loading'] },
  }).trim();
}

function absolute(name: string, value: string | undefined, baseUrl: string): Record<string, string> {
  if (!value) return {};
  try {
    return { [name]: new URL(value, baseUrl).href };
  } catch {
    return {};
  }
}
