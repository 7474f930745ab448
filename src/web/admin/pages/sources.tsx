import type { Source } from '../../../store/schema.js';
import type { Settings } from '../../../store/settings.js';
import { formatDateTime } from '../../format.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Hidden, Notice } from './layout.js';

export function SourcesPage({ settings, staff, csrfToken, sources, notice }: { settings: Settings; staff: Staff; csrfToken: string; sources: (Source & { article_count: number })[]; notice: string | null }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Sources" section="sources">
      <h1 class="page-title">Sources</h1>
      <Notice text={notice} />
      <p class="help">Add, edit and import sources from the command line: newsdesk sources add URL.</p>
      {sources.length === 0 ? (
        <p class="empty">No sources yet.</p>
      ) : (
        <form method="post" action="/admin/sources/action">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <table class="admin-table">
            <caption>{sources.length.toLocaleString('en')} sources</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col">Last fetch</th>
                <th scope="col">Articles</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr id={`source-${s.id}`}>
                  <th scope="row">
                    <a href={`/sources/${encodeURIComponent(s.slug)}`}>{s.title}</a>
                    <br />
                    <span class="small">{s.feed_url ?? 'no feed'}</span>
                  </th>
                  <td>
                    {s.paused ? 'Paused' : s.error_count > 0 ? `Failing (${s.error_count} in a row)` : s.last_success_at ? 'OK' : 'New'}
                    {s.last_error && (
                      <>
                        <br />
                        <span class="small error-text">{s.last_error}</span>
                      </>
                    )}
                  </td>
                  <td>{s.last_fetched_at ? <time datetime={s.last_fetched_at}>{formatDateTime(s.last_fetched_at, settings.timeZone)}</time> : 'never'}</td>
                  <td>{s.article_count.toLocaleString('en')}</td>
                  <td>
                    <button type="submit" name="one" value={`${s.paused ? 'resume' : 'pause'}:${s.id}`} class="button-small">
                      {s.paused ? 'Resume' : 'Pause'}
                      <Hidden> {s.title}</Hidden>
                    </button>
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
