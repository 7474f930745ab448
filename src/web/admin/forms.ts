/*
 * Reading posted forms and query strings defensively: anything missing or of the wrong
 * shape becomes empty, never an exception.
 */

export type Fields = Record<string, unknown>;

export function fieldsOf(body: unknown): Fields {
  return typeof body === 'object' && body !== null ? (body as Fields) : {};
}

/** One text field; the first value when the field was sent more than once. */
export function text(fields: Fields, name: string): string {
  const value = fields[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

/** Every positive whole number sent under `name` (checkboxes sent once or many times). */
export function ids(fields: Fields, name: string): number[] {
  const value = fields[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out = new Set<number>();
  for (const item of list) {
    if (typeof item === 'string' && /^[1-9]\d{0,14}$/.test(item)) out.add(Number(item));
  }
  return [...out];
}

export function positiveInt(raw: unknown): number | null {
  return typeof raw === 'string' && /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}

/** ?page=N, 1 when absent; null when it is not a page number at all. */
export function pageNumber(raw: unknown): number | null {
  if (raw === undefined || raw === '') return 1;
  return typeof raw === 'string' && /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : null;
}

/**
 * Where a form sends its author back to: only a page of the back office (never another
 * site), with `params` set on it (a "done" notice, say).
 */
export function backTo(raw: unknown, fallback: string, params: Record<string, string | number> = {}): string {
  const path = typeof raw === 'string' && /^\/admin(?:\/[a-z0-9-]+)*(?:\?[^\s\\#]*)?$/.test(raw) && !raw.includes('//') ? raw : fallback;
  const url = new URL(path, 'http://admin.invalid');
  for (const key of ['done', 'n']) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return url.pathname + url.search;
}

/** A path with a query, leaving out empty values and page 1. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
