import type { SourceImport } from '../../../store/schema.js';
import type { ImportFailure } from '../../../store/source-imports.js';
import type { Settings } from '../../../store/settings.js';
import { plural } from '../../format.js';
import { FieldError } from '../../pages/form-parts.js';
import type { Staff } from '../staff.js';
import { AdminLayout } from './layout.js';

/** Pasting a subscription list (OPML) to import. */
export function ImportSourcesPage({ settings, staff, csrfToken, opml, error }: { settings: Settings; staff: Staff; csrfToken: string; opml: string; error: string | null }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Import sources" section="sources">
      <p class="breadcrumb">
        <a href="/admin/sources">Sources</a>
      </p>
      <h1 class="page-title">Import a subscription list</h1>
      <p>
        Feed readers export their subscriptions as OPML. Open the file in a text editor, copy all of it, and paste it here. Each feed is checked (is it there, is it a feed) and added unless it is a source already; a page shows how far the import got.
      </p>
      <form method="post" action="/admin/sources/import" class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class={error ? 'has-error' : undefined}>
          <label for="opml">The OPML file's text</label>
          <textarea id="opml" name="opml" rows={12} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'opml-help opml-error' : 'opml-help'}>
            {opml}
          </textarea>
          <span class="field-help" id="opml-help">
            It starts with &lt;opml and lists each feed as an &lt;outline&gt; with an xmlUrl.
          </span>
          <FieldError id="opml-error" error={error} />
        </p>
        <p class="form-actions">
          <button type="submit">Import</button> <a href="/admin/sources">Cancel</a>
        </p>
      </form>
    </AdminLayout>
  );
}

/**
 * How far an import got. Without a script, a link updates it; admin.js instead reads this page
 * again every few seconds and swaps in the progress part, so nothing reloads under the reader
 * (a page that reloads itself is a time limit, WCAG 2.2.1).
 */
export function ImportProgressPage({ settings, staff, csrfToken, row, failures }: { settings: Settings; staff: Staff; csrfToken: string; row: SourceImport; failures: ImportFailure[] }) {
  const done = row.finished_at !== null;
  const here = `/admin/sources/imports/${row.id}`;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={done ? 'Import done' : 'Importing sources'} section="sources">
      <p class="breadcrumb">
        <a href="/admin/sources">Sources</a>
      </p>
      <h1 class="page-title">{done ? 'Import done' : 'Importing sources…'}</h1>
      <p>From {row.label}.</p>
      <div id="import-progress" data-poll={done ? undefined : here}>
      <p role="status" class="import-progress">
        <strong>
          {row.checked.toLocaleString('en')} of {row.total.toLocaleString('en')} checked
        </strong>
        : {plural(row.added, 'source', 'sources')} added, {row.known.toLocaleString('en')} already here, {failures.length.toLocaleString('en')} could not be added.
      </p>
      <progress max={row.total} value={row.checked} aria-label="Feeds checked">
        {row.checked} of {row.total}
      </progress>
      {!done && (
        <p class="field-help">
          The import goes on if you leave this page. <a href={here}>Update the count</a>
        </p>
      )}
      {failures.length > 0 && (
        <table class="admin-table import-failures">
          <caption>Feeds not added</caption>
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {failures.map((f) => (
              <tr>
                <th scope="row" data-label="Feed" class="source-feed">
                  {f.feedUrl}
                </th>
                <td data-label="Why">{f.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {done && (
        <p>
          <a href="/admin/sources">Back to the sources</a>
        </p>
      )}
      </div>
    </AdminLayout>
  );
}
