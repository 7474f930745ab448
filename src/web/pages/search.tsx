import type { SearchHit, SourceChoice } from '../../store/search.js';
import type { SearchNote } from '../../store/search-query.js';
import type { Settings } from '../../store/settings.js';
import { formatDate, plural } from '../format.js';
import { Layout } from './layout.js';

/** What the reader asked for, as typed (shown back in the form), and what the desk made of it. */
export interface SearchForm {
  q: string;
  source: string;
  from: string;
  to: string;
}

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string }
  | { kind: 'results'; total: number; more: boolean; hits: SearchHit[]; page: number; pageCount: number; notes: SearchNote[] };

export interface SearchPageProps {
  settings: Settings;
  form: SearchForm;
  sources: SourceChoice[];
  outcome: SearchOutcome;
}

const noteText: Record<SearchNote, string> = {
  shortened: 'Your search was long: only its first 200 characters were used.',
  'too-many-words': 'Your search had many words: only the first 12 were used.',
  'only-exclusions': 'Words after a minus sign are left out of results; add at least one word to look for.',
};

/** The address of a results page for the same search. */
export function searchPath(form: SearchForm, page = 1): string {
  const params = new URLSearchParams();
  params.set('q', form.q);
  if (form.source) params.set('source', form.source);
  if (form.from) params.set('from', form.from);
  if (form.to) params.set('to', form.to);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

function SearchFields({ form, sources }: { form: SearchForm; sources: SourceChoice[] }) {
  return (
    <form class="search-page-form" role="search" aria-label="Search articles" action="/search" method="get">
      <p>
        <label for="search-q">Words to find</label>
        <input type="search" id="search-q" name="q" value={form.q} maxLength={500} aria-describedby="search-help" />
      </p>
      <p id="search-help" class="field-help">
        Titles, texts, sources and authors are searched; accents do not matter. Put a phrase in "quotes", a minus before a word to leave it out (-word), and OR between words
        when either will do.
      </p>
      <div class="search-filters">
        <p>
          <label for="search-source">Source</label>
          <select id="search-source" name="source">
            <option value="" selected={form.source === ''}>
              All sources
            </option>
            {sources.map((s) => (
              <option value={s.slug} selected={form.source === s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="search-from">Published from</label>
          <input type="date" id="search-from" name="from" value={form.from} />
        </p>
        <p>
          <label for="search-to">Published until</label>
          <input type="date" id="search-to" name="to" value={form.to} />
        </p>
      </div>
      <p>
        <button type="submit">Search</button>
      </p>
    </form>
  );
}

function SearchPagination({ form, page, pageCount }: { form: SearchForm; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label="Result pages">
      {page > 1 && (
        <a href={searchPath(form, page - 1)} rel="prev">
          ← Better matches
        </a>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <a href={searchPath(form, page + 1)} rel="next">
          More results →
        </a>
      )}
    </nav>
  );
}

function SearchResult({ hit, timeZone }: { hit: SearchHit; timeZone: string }) {
  return (
    <article class="card">
      <h2 class="card-title">
        <a href={`/articles/${hit.slug}`} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
      </h2>
      <p class="meta">
        <a class="source" href={`/sources/${encodeURIComponent(hit.source.slug)}`}>
          {hit.source.title}
        </a>
        {hit.author && <> · {hit.author}</>}
        {' · '}
        <time datetime={hit.publishedAt}>{formatDate(hit.publishedAt, timeZone)}</time>
      </p>
      {hit.snippetHtml && <p class="card-excerpt search-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />}
    </article>
  );
}

/** The search form, then what was found (or why nothing could be looked for). */
export function SearchPage({ settings, form, sources, outcome }: SearchPageProps) {
  const searching = outcome.kind === 'results';
  const heading = searching ? `Search results for “${form.q.trim()}”` : 'Search';
  const title = searching && outcome.page > 1 ? `${heading}, page ${outcome.page}` : heading;
  return (
    <Layout settings={settings} title={title} head={<meta name="robots" content="noindex" />} searchQuery={form.q}>
      <h1 class="page-title">{heading}</h1>
      <SearchFields form={form} sources={sources} />
      {outcome.kind === 'empty' && <p>Type one or more words to find articles by title, text, source or author.</p>}
      {outcome.kind === 'invalid' && (
        <p class="form-message" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome.kind === 'results' && (
        <section aria-labelledby="search-count">
          {outcome.notes.map((note) => (
            <p class="search-note">{noteText[note]}</p>
          ))}
          <h2 id="search-count" class="search-count">
            {outcome.total === 0 ? 'No articles match.' : `${outcome.more ? `More than ${outcome.total.toLocaleString('en')} articles match; the newest are ranked` : plural(outcome.total, 'article matches', 'articles match')}${outcome.pageCount > 1 ? `; page ${outcome.page} of ${outcome.pageCount}` : ''}.`}
          </h2>
          {outcome.total === 0 && <p>Try fewer words, other spellings, or a wider date range.</p>}
          {outcome.hits.length > 0 && (
            <ol class="article-list">
              {outcome.hits.map((hit) => (
                <li>
                  <SearchResult hit={hit} timeZone={settings.timeZone} />
                </li>
              ))}
            </ol>
          )}
          <SearchPagination form={form} page={outcome.page} pageCount={outcome.pageCount} />
        </section>
      )}
    </Layout>
  );
}
