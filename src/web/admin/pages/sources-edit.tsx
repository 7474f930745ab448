import type { SourceFetch } from '../../../store/schema.js';
import type { Settings } from '../../../store/settings.js';
import type { SourceHealthRow } from '../../../store/sources.js';
import { formatDateTime, plural } from '../../format.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Notice } from './layout.js';
import { FetchHistory, HEALTH_DAYS, itemsPerDay, NextFetch, sourceStatus } from './sources.js';
import { SourceSettingsFields, type SourceFormErrors, type SourceFormValues } from './sources-form.js';

/** One source: its health, its settings to edit, its recent fetches, and the way to remove it. */
export function SourcePage({
  settings,
  staff,
  csrfToken,
  source,
  fetches,
  values,
  errors,
  notice,
}: {
  settings: Settings;
  staff: Staff;
  csrfToken: string;
  source: SourceHealthRow;
  fetches: SourceFetch[];
  values: SourceFormValues;
  errors: SourceFormErrors;
  notice: string | null;
}) {
  const tz = settings.timeZone;
  const errorCount = Object.keys(errors).length;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={source.title} section="sources">
      <p class="breadcrumb">
        <a href="/admin/sources">Sources</a>
      </p>
      <h1 class="page-title">{source.title}</h1>
      <Notice text={notice} />
      <section aria-labelledby="health-title" class="source-health">
        <h2 id="health-title">Health</h2>
        <dl class="source-facts">
          <dt>Status</dt>
          <dd>{sourceStatus(source)}</dd>
          <dt>Feed</dt>
          <dd class="source-feed">{source.feed_url ?? 'none'}</dd>
          <dt>Site</dt>
          <dd class="source-feed">
            <a href={source.site_url}>{source.site_url}</a>
          </dd>
          <dt>Last fetch</dt>
          <dd>{source.last_fetched_at ? <time datetime={source.last_fetched_at}>{formatDateTime(source.last_fetched_at, tz)}</time> : 'never'}</dd>
          <dt>Last error</dt>
          <dd class={source.last_error ? 'error-text' : undefined}>{source.last_error ?? 'none'}</dd>
          <dt>Next fetch</dt>
          <dd>
            <NextFetch source={source} timeZone={tz} />
          </dd>
          <dt>Items per day</dt>
          <dd>
            {itemsPerDay(source.recent_articles)} (over the last {HEALTH_DAYS} days)
          </dd>
          <dt>Articles</dt>
          <dd>
            {source.article_count.toLocaleString('en')} in all; <a href={`/sources/${encodeURIComponent(source.slug)}`}>its page on the site</a>
          </dd>
        </dl>
        <form method="post" action="/admin/sources/action" class="source-buttons">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="return" value={`/admin/sources/${source.id}`} />
          <button type="submit" name="one" value={`${source.paused ? 'resume' : 'pause'}:${source.id}`}>
            {source.paused ? 'Resume fetching' : 'Pause fetching'}
          </button>{' '}
          {!source.paused && source.feed_url && (
            <button type="submit" name="one" value={`fetch:${source.id}`}>
              Fetch now
            </button>
          )}
        </form>
      </section>

      <section aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        <form method="post" action={`/admin/sources/${source.id}`} class="admin-form">
          {errorCount > 0 && (
            <div class="form-message" role="alert">
              <p>Nothing was saved: {errorCount === 1 ? 'one setting needs' : `${errorCount} settings need`} correcting. Each is marked below.</p>
            </div>
          )}
          <SourceSettingsFields values={values} errors={errors} />
          <input type="hidden" name="_csrf" value={csrfToken} />
          <p class="form-actions">
            <button type="submit">Save settings</button>
          </p>
        </form>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">Recent fetches</h2>
        <FetchHistory fetches={fetches} timeZone={tz} />
      </section>

      <section aria-labelledby="remove-title">
        <h2 id="remove-title">Remove</h2>
        <p>
          <a href={`/admin/sources/${source.id}/remove`}>Remove this source…</a> (you choose on the next page whether its articles stay)
        </p>
      </section>
    </AdminLayout>
  );
}

/**
 * The two ways to remove a source. Articles belong to their source, so "keep its articles"
 * stops the source for good instead: it is paused, nothing more is fetched, and its articles
 * and their discussions stay published (it can be resumed later). "Remove with its articles"
 * deletes the source, its articles and every comment under them.
 */
export function RemoveSourcePage({ settings, staff, csrfToken, source, comments, error }: { settings: Settings; staff: Staff; csrfToken: string; source: SourceHealthRow; comments: number; error: string | null }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={`Remove ${source.title}`} section="sources">
      <p class="breadcrumb">
        <a href="/admin/sources">Sources</a> › <a href={`/admin/sources/${source.id}`}>{source.title}</a>
      </p>
      <h1 class="page-title">Remove {source.title}</h1>
      {error && (
        <div class="form-message" role="alert">
          <p>{error}</p>
        </div>
      )}
      <p>
        It has {plural(source.article_count, 'article', 'articles')} on the desk, with {plural(comments, 'comment', 'comments')} under them. Choose what becomes of them.
      </p>
      <form method="post" action={`/admin/sources/${source.id}/remove`} class="admin-form remove-choices">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <fieldset>
          <legend>Remove the source…</legend>
          <p class="radio-field">
            <input type="radio" id="mode-keep" name="mode" value="keep" checked aria-describedby="mode-keep-help" /> <label for="mode-keep">…and keep its articles</label>
            <span class="field-help" id="mode-keep-help">
              Nothing more is fetched from it: it is paused for good, and its articles and their discussions stay on the site. You can resume it later.
            </span>
          </p>
          <p class="radio-field">
            <input type="radio" id="mode-delete" name="mode" value="delete" aria-describedby="mode-delete-help" /> <label for="mode-delete">…and its articles</label>
            <span class="field-help" id="mode-delete-help">
              The source, its {plural(source.article_count, 'article', 'articles')} and the {plural(comments, 'comment', 'comments')} under them are deleted for good. This cannot be undone.
            </span>
          </p>
        </fieldset>
        <p class="form-actions">
          <button type="submit" class="danger-button">
            Remove
          </button>{' '}
          <a href={`/admin/sources/${source.id}`}>Cancel</a>
        </p>
      </form>
    </AdminLayout>
  );
}
