import type { FastifyInstance } from 'fastify';
import { listSourceChoices, MAX_SEARCH_PAGE, searchArticles, type SearchFilters } from '../../store/search.js';
import { isSearchable, parseSearchQuery } from '../../store/search-query.js';
import { requestSettings, type WebContext } from '../context.js';
import { SearchPage, type SearchForm, type SearchOutcome } from '../pages/search.js';
import { sendPage } from '../render.js';

type Query = Record<'q' | 'source' | 'from' | 'to' | 'page', unknown>;

/** A query parameter as one string: a repeated one counts by its first value, anything else as absent. */
function param(value: unknown): string {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' ? first : '';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day (as a date input sends it) as the start of that day, UTC; null when it is no real day. */
function dayStart(text: string): Date | null {
  if (!DAY.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

type Checked = { filters: SearchFilters; page: number } | { error: string };

function checkForm(form: SearchForm, rawPage: string, sourceSlugs: ReadonlySet<string>): Checked {
  const filters: SearchFilters = {};
  if (form.source) {
    if (!sourceSlugs.has(form.source)) return { error: 'There is no source by that name; choose one from the list, or all sources.' };
    filters.sourceSlug = form.source;
  }
  if (form.from) {
    const from = dayStart(form.from);
    if (!from) return { error: 'The “published from” date is not a date; use the form YYYY-MM-DD, e.g. 2026-03-01.' };
    filters.publishedFrom = from.toISOString();
  }
  if (form.to) {
    const to = dayStart(form.to);
    if (!to) return { error: 'The “published until” date is not a date; use the form YYYY-MM-DD, e.g. 2026-03-31.' };
    // Until the end of that day.
    filters.publishedBefore = new Date(to.getTime() + 86_400_000).toISOString();
  }
  if (filters.publishedFrom && filters.publishedBefore && filters.publishedFrom >= filters.publishedBefore) {
    return { error: 'The “published from” date is after the “published until” date; swap them or clear one.' };
  }
  const page = rawPage === '' ? 1 : /^[1-9]\d{0,6}$/.test(rawPage) ? Number(rawPage) : NaN;
  if (!Number.isInteger(page)) return { error: 'That page number is not a number; start again from the first page.' };
  if (page > MAX_SEARCH_PAGE) return { error: `Only the first ${MAX_SEARCH_PAGE} pages of results are shown; add words or filters to narrow the search.` };
  return { filters, page };
}

/** /search: the reader's search over visible articles; works as a plain GET form, no script needed. */
export function searchRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get<{ Querystring: Partial<Query> }>('/search', async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const query = request.query;
    const form: SearchForm = { q: param(query.q), source: param(query.source), from: param(query.from), to: param(query.to) };
    const sources = await listSourceChoices(ctx.db);
    const render = (outcome: SearchOutcome, status = 200) => sendPage(reply, SearchPage({ settings, form, sources, outcome }), status);

    if (form.q.trim() === '') return render({ kind: 'empty' });
    const checked = checkForm(form, param(query.page), new Set(sources.map((s) => s.slug)));
    if ('error' in checked) return render({ kind: 'invalid', message: checked.error }, 400);
    const parsed = parseSearchQuery(form.q);
    if (!isSearchable(parsed)) {
      const message = parsed.notes.includes('only-exclusions')
        ? 'Words after a minus sign are left out of results; add at least one word to look for.'
        : 'Your search has no words to look for (letters or digits); punctuation and symbols alone are not searched.';
      return render({ kind: 'invalid', message });
    }
    const perPage = settings.articlesPerPage;
    const results = await searchArticles(ctx.db, { query: parsed, filters: checked.filters, page: checked.page, perPage });
    const pageCount = Math.min(MAX_SEARCH_PAGE, Math.max(1, Math.ceil(results.total / perPage)));
    if (checked.page > pageCount) {
      return render({ kind: 'invalid', message: `There are ${pageCount} pages of results for this search; this one does not exist.` }, 404);
    }
    return render({ kind: 'results', total: results.total, more: results.more, hits: results.hits, page: checked.page, pageCount, notes: parsed.notes });
  });
}
