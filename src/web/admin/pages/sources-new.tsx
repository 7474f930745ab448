import type { Settings } from '../../../store/settings.js';
import { formatDate, plural } from '../../format.js';
import { FieldError } from '../../pages/form-parts.js';
import type { Staff } from '../staff.js';
import { AdminLayout } from './layout.js';
import { SourceSettingsFields, type SourceFormErrors, type SourceFormValues } from './sources-form.js';

/** A feed discovery found, as the page offers it. */
export interface FoundFeed {
  feedUrl: string;
  title: string;
  format: string;
  itemCount: number;
}

export interface PreviewItem {
  title: string;
  link: string | null;
  publishedAt: string | null;
}

export interface AddSourceState {
  url: string;
  urlError: string | null;
  /** Null until discovery ran and found something. */
  found: FoundFeed[] | null;
  chosen: string | null;
  preview: PreviewItem[];
  values: SourceFormValues;
  errors: SourceFormErrors;
  /** A refusal of the whole form (the feed is already a source, say). */
  formError: string | null;
}

/**
 * Adding a source in three steps on one page, no script needed: the address (a page or a
 * feed) → the feeds found there, to choose one, with its latest items → its settings → save.
 */
export function AddSourcePage({ settings, staff, csrfToken, state }: { settings: Settings; staff: Staff; csrfToken: string; state: AddSourceState }) {
  const { found } = state;
  const chosen = found?.find((f) => f.feedUrl === state.chosen) ?? found?.[0] ?? null;
  const errorCount = Object.keys(state.errors).length;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Add a source" section="sources">
      <p class="breadcrumb">
        <a href="/admin/sources">Sources</a>
      </p>
      <h1 class="page-title">Add a source</h1>
      <form method="post" action="/admin/sources/new" class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class={state.urlError ? 'has-error' : undefined}>
          <label for="url">Address of the site or its feed</label>
          <input
            id="url"
            name="url"
            type="url"
            value={state.url}
            required
            aria-invalid={state.urlError ? 'true' : undefined}
            aria-describedby={state.urlError ? 'url-help url-error' : 'url-help'}
          />
          <span class="field-help" id="url-help">
            A page of the site (its home page, say) or the feed's own address, e.g. https://example.org/. The desk looks for the feeds it announces.
          </span>
          <FieldError id="url-error" error={state.urlError} />
        </p>
        <p class="form-actions">
          <button type="submit" name="step" value="discover">
            Find feeds
          </button>
        </p>
      </form>

      {found && chosen && (
        <form method="post" action="/admin/sources/new" class="admin-form add-source-choice">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="url" value={state.url} />
          {(state.formError || errorCount > 0) && (
            <div class="form-message" role="alert">
              <p>{state.formError ?? `Nothing was saved: ${errorCount === 1 ? 'one setting needs' : `${errorCount} settings need`} correcting. Each is marked below.`}</p>
            </div>
          )}
          <fieldset>
            <legend>{found.length === 1 ? 'The feed found at this address' : `${found.length} feeds found at this address: choose one`}</legend>
            {found.map((feed, i) => (
              <p class="radio-field">
                <input type="radio" id={`feed-${i}`} name="feed" value={feed.feedUrl} checked={feed.feedUrl === chosen.feedUrl} />{' '}
                <label for={`feed-${i}`}>
                  {feed.title || 'Untitled feed'} <span class="small">({feed.format.toUpperCase()}, {plural(feed.itemCount, 'item', 'items')})</span>
                  <br />
                  <span class="small source-feed">{feed.feedUrl}</span>
                </label>
              </p>
            ))}
            {found.length > 1 && (
              <p>
                <button type="submit" name="step" value="preview" class="button-small">
                  Preview the chosen feed
                </button>
              </p>
            )}
          </fieldset>
          <section aria-labelledby="preview-title" class="feed-preview">
            <h2 id="preview-title">Latest items in {chosen.title || 'the chosen feed'}</h2>
            {state.preview.length === 0 ? (
              <p class="empty">The feed holds no items yet.</p>
            ) : (
              <ul>
                {state.preview.map((item) => (
                  <li>
                    {item.link ? <a href={item.link}>{item.title || 'Untitled'}</a> : item.title || 'Untitled'}
                    {item.publishedAt && (
                      <>
                        {' '}
                        <span class="small">
                          <time datetime={item.publishedAt}>{formatDate(item.publishedAt, settings.timeZone)}</time>
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <h2>Settings</h2>
          <SourceSettingsFields values={state.values} errors={state.errors} />
          <p class="form-actions">
            <button type="submit" name="step" value="save">
              Add this source
            </button>{' '}
            <a href="/admin/sources">Cancel</a>
          </p>
        </form>
      )}
    </AdminLayout>
  );
}
