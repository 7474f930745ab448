const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', withTime ? { dateStyle: 'long', timeStyle: 'short', timeZone } : { dateStyle: 'long', timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** "26 November 2026" */
export function formatDate(iso: string, timeZone: string): string {
  return formatter(timeZone, false).format(new Date(iso));
}

/** "26 November 2026 at 07:15" */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatter(timeZone, true).format(new Date(iso));
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The first `words` words of stored HTML as plain text (to be escaped like any text),
 * for listing cards and meta descriptions. Reads only as much of the HTML as it needs.
 */
export function plainTextTeaser(html: string, words: number): string {
  for (let length = words * 16 + 200; ; length *= 2) {
    const whole = length >= html.length;
    const text = decodeEntities(
      html
        .slice(0, length)
        .replace(/<\/(?:p|blockquote|li|h\d|figure|figcaption|pre)>|<br\s*\/?>/g, ' ')
        .replace(/<[^>]*>?/g, ''),
    );
    const all = text.split(/\s+/).filter(Boolean);
    // Without the whole HTML, the last word may have been cut: only trust what comes before it.
    if (all.length > words) return `${all.slice(0, words).join(' ')}…`;
    if (whole) return all.join(' ');
  }
}
