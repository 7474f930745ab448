import type { SourceFetch } from '../../../store/schema.js';
import type { Settings } from '../../../store/settings.js';
import type { SourceHealthRow } from '../../../store/sources.js';
import { formatDateTime, plural } from '../../format.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Hidden, Notice } from './layout.js';

/** Items per day are counted over this many days. */
export const HEALTH_DAYS = 7;

type HealthSource = SourceHealthRow;

/** The list of sources with each one's health and its quick actions. */
export function SourcesPage({ settings, staff, csrfToken, sources, notice }: { settings: Settings; staff: Staff; csrfToken: string; sources: HealthSource[]; notice: string | null }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Sources" section="sources">
      <h1 class="page-title">Sources</h1>
      <Notice text={notice} />
      <p class="source-links">
        <a href="/admin/sources/new">Add a source</a> · <a href="/admin/sources/import">Import a subscription list (OPML)</a> ·{' '}
        <a href="/admin/sources/export.opml" download="sources.opml">
          Export the sources as OPML
        </a>
      </p>
      {sources.length === 0 ? (
        <p class="empty">No sources yet.</p>
      ) : (
        <form method="post" action="/admin/sources/action">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <table class="admin-table sources-table">
            <caption>{plural(sources.length, 'source', 'sources')}</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col">Last fetch</th>
                <th scope="col">Next fetch</th>
                <th scope="col">Items per day</th>
                <th scope="col">Articles</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr id={`source-${s.id}`}>
                  <th scope="row" data-label="Source">
                    <a href={`/admin/sources/${s.id}`}>{s.title}</a>
                    <br />
                    <span class="small source-feed">{s.feed_url ?? 'no feed'}</span>
                  </th>
                  <td data-label="Status">
                    {sourceStatus(s)}
                    {s.last_error && (
                      <>
                        <br />
                        <span class="small error-text">{s.last_error}</span>
                      </>
                    )}
                  </td>
                  <td data-label="Last fetch">{s.last_fetched_at ? <time datetime={s.last_fetched_at}>{formatDateTime(s.last_fetched_at, settings.timeZone)}</time> : 'never'}</td>
                  <td data-label="Next fetch">
                    <NextFetch source={s} timeZone={settings.timeZone} />
                  </td>
                  <td data-label="Items per day">{itemsPerDay(s.recent_articles)}</td>
                  <td data-label="Articles">{s.article_count.toLocaleString('en')}</td>
                  <td data-label="Actions" class="source-actions">
                    <button type="submit" name="one" value={`${s.paused ? 'resume' : 'pause'}:${s.id}`} class="button-small">
                      {s.paused ? 'Resume' : 'Pause'}
                      <Hidden> {s.title}</Hidden>
                    </button>{' '}
                    {!s.paused && s.feed_url && (
                      <>
                        <button type="submit" name="one" value={`fetch:${s.id}`} class="button-small">
                          Fetch now<Hidden> {s.title}</Hidden>
                        </button>{' '}
                      </>
                    )}
                    <a href={`/admin/sources/${s.id}`}>
                      Edit<Hidden> {s.title}</Hidden>
                    </a>{' '}
                    <a href={`/admin/sources/${s.id}/remove`}>
                      Remove<Hidden> {s.title}</Hidden>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </form>
      )}
    </AdminLayout>
  );
}

export function sourceStatus(s: Pick<HealthSource, 'paused' | 'error_count' | 'last_success_at'>): string {
  if (s.paused) return 'Paused';
  if (s.error_count > 0) return `Failing (${s.error_count} in a row)`;
  return s.last_success_at ? 'OK' : 'New, not fetched yet';
}

/** New articles a day over the last HEALTH_DAYS days, to one decimal. */
export function itemsPerDay(recentArticles: number): string {
  const perDay = recentArticles / HEALTH_DAYS;
  return perDay === 0 ? '0' : perDay < 0.1 ? 'under 0.1' : perDay.toLocaleString('en', { maximumFractionDigits: 1 });
}

export function NextFetch({ source, timeZone }: { source: Pick<HealthSource, 'paused' | 'feed_url' | 'next_fetch_at'>; timeZone: string }) {
  if (source.paused) return <>paused</>;
  if (!source.feed_url) return <>never (no feed)</>;
  if (!source.next_fetch_at || Date.parse(source.next_fetch_at) <= Date.now()) return <>due now</>;
  return <time datetime={source.next_fetch_at}>{formatDateTime(source.next_fetch_at, timeZone)}</time>;
}

/** A source's recent fetches, newest first. */
export function FetchHistory({ fetches, timeZone }: { fetches: SourceFetch[]; timeZone: string }) {
  if (fetches.length === 0) return <p class="empty">No fetches yet.</p>;
  return (
    <table class="admin-table fetch-history">
      <caption>{fetches.length === 1 ? 'The only fetch so far' : `The last ${fetches.length} fetches, newest first`}</caption>
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Outcome</th>
          <th scope="col">HTTP status</th>
          <th scope="col">New</th>
          <th scope="col">Updated</th>
          <th scope="col">Took</th>
        </tr>
      </thead>
      <tbody>
        {fetches.map((f) => (
          <tr>
            <th scope="row" data-label="Started">
              <time datetime={f.started_at}>{formatDateTime(f.started_at, timeZone)}</time>
            </th>
            <td data-label="Outcome">
              {outcomeWords[f.outcome]}
              {f.error && (
                <>
                  <br />
                  <span class="small error-text">{f.error}</span>
                </>
              )}
            </td>
            <td data-label="HTTP status">{f.http_status ?? '–'}</td>
            <td data-label="New">{f.items_new}</td>
            <td data-label="Updated">{f.items_updated}</td>
            <td data-label="Took">{f.duration_ms < 1000 ? `${f.duration_ms} ms` : `${(f.duration_ms / 1000).toFixed(1)} s`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const outcomeWords: Record<SourceFetch['outcome'], string> = { fetched: 'Fetched', 'not-modified': 'Not changed since the last fetch', failed: 'Failed' };
