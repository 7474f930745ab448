import { stripTags } from '../../text/html.js';
import { parseFeedDate } from './dates.js';

/** The first argument that is a non-empty string after trimming. */
export function firstText(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed !== '') return trimmed;
    }
  }
  return null;
}

/** The first of the candidates that reads as a date. */
export function firstDate(...values: (string | null | undefined)[]): Date | null {
  for (const value of values) {
    const date = parseFeedDate(value);
    if (date) return date;
  }
  return null;
}

/** Plain text for a person's name: tags out, whitespace collapsed, null when nothing is left. */
export function personName(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    if (typeof value === 'string') {
      const name = stripTags(value);
      if (name !== '') return name;
    }
  }
  return null;
}

/** Category names, trimmed, without empties or repeats, in order. */
export function categoryList(names: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const clean = stripTags(name);
    if (clean === '' || seen.has(clean)) continue;
    seen.add(clean);
    result.push(clean);
  }
  return result;
}

/** The summary, unless it says the same as the content. */
export function distinctSummary(summary: string | null, content: string | null): string | null {
  if (summary === null) return null;
  if (content !== null && summary.trim() === content.trim()) return null;
  return summary;
}

export function positiveMinutes(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null;
}
