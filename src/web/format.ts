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

/**
 * The first `words` words of stored, already sanitized HTML, as HTML text without tags.
 * Safe because sanitized HTML escapes `<` and `>` inside attribute values, so every `<`
 * left starts a tag; entities stay encoded and no cut falls inside one.
 */
export function teaserHtml(sanitizedHtml: string, words: number): string {
  const text = sanitizedHtml.replace(/<\/(p|blockquote|li|h\d)>/g, ' ').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  const all = text.split(' ');
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}
