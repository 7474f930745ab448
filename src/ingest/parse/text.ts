/** URL helpers shared by the feed normalizers (text helpers live in src/text/html.ts). */

/** `href` resolved against `base`, kept only when it is an http(s) address. */
export function resolveHttpUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `href` resolved against `base` whatever its scheme (for xml:base chains); `base` itself when it cannot be. */
export function resolveBase(href: string | null | undefined, base: string): string {
  if (!href || href.trim() === '') return base;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return base;
  }
}
