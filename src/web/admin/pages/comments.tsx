import { commentLimits, type FieldErrors } from '../../../discussion/comment-form.js';
import { readStoredFeatures } from '../../../discussion/spam/content.js';
import { commentReasonPatterns, type AdminCommentFilter, type AdminCommentRow, type CommentReason, type CommentSearchField } from '../../../store/admin-comments.js';
import type { CommentStatus } from '../../../store/schema.js';
import type { Settings } from '../../../store/settings.js';
import { htmlToText } from '../../../text/html.js';
import { formatDateTime, plural } from '../../format.js';
import { withQuery } from '../forms.js';
import type { Staff } from '../staff.js';
import { featureInWords, reasonLabels, weightInWords } from '../spam-words.js';
import { AdminLayout, Hidden, Notice, Pager } from './layout.js';
import { EditFormFooter, FieldError } from '../../pages/form-parts.js';

export const statusTabs: { status: CommentStatus; label: string }[] = [
  { status: 'pending', label: 'Pending' },
  { status: 'approved', label: 'Approved' },
  { status: 'spam', label: 'Spam' },
  { status: 'trash', label: 'Trash' },
];

const fieldLabels: Record<CommentSearchField, string> = { any: 'Anywhere', text: 'Text', author: 'Author', email: 'Email', article: 'Article title' };

/** Actions on checked rows: the value sent, and what the menu says. */
export const bulkActions = [
  { value: 'approve', label: 'Approve' },
  { value: 'spam', label: 'Mark as spam' },
  { value: 'trash', label: 'Move to trash' },
  { value: 'restore', label: 'Restore to pending' },
  { value: 'delete', label: 'Delete forever' },
] as const;

/** Each row's buttons, by the comment's status: action value and label. */
const rowActions: Record<CommentStatus, { value: string; label: string }[]> = {
  pending: [
    { value: 'approve', label: 'Approve' },
    { value: 'spam', label: 'Spam' },
    { value: 'trash', label: 'Trash' },
  ],
  approved: [
    { value: 'unapprove', label: 'Unapprove' },
    { value: 'spam', label: 'Spam' },
    { value: 'trash', label: 'Trash' },
  ],
  spam: [
    { value: 'notspam', label: 'Not spam' },
    { value: 'trash', label: 'Trash' },
  ],
  trash: [
    { value: 'restore', label: 'Restore' },
    { value: 'spam', label: 'Spam' },
  ],
};

export interface CommentsPageProps {
  settings: Settings;
  staff: Staff;
  csrfToken: string;
  filter: AdminCommentFilter;
  counts: Record<CommentStatus, number>;
  rows: AdminCommentRow[];
  total: number;
  page: number;
  pageCount: number;
  notice: string | null;
  /** What the article and reader filters name, when they are on. */
  scope: { article: { id: number; title: string } | null; reader: { name: string; email: string } | null };
}

export function listUrl(filter: AdminCommentFilter, page = 1): string {
  return withQuery('/admin/comments', {
    status: filter.status,
    q: filter.q,
    in: filter.field === 'any' ? undefined : filter.field,
    article: filter.articleId ?? undefined,
    reader: filter.readerOf ?? undefined,
    reason: filter.reason || undefined,
    feature: filter.feature || undefined,
    page,
  });
}

/** The same filters in another status: the search is left behind, the article, reader and reason kept. */
function tabUrl(filter: AdminCommentFilter, status: CommentStatus): string {
  return listUrl({ status, q: '', field: 'any', articleId: filter.articleId, readerOf: filter.readerOf, reason: filter.reason, feature: filter.feature });
}

function hasScope(filter: AdminCommentFilter): boolean {
  return Boolean(filter.articleId || filter.readerOf || filter.reason || filter.feature);
}

export function CommentsPage({ settings, staff, csrfToken, filter, counts, rows, total, page, pageCount, notice, scope }: CommentsPageProps) {
  const current = statusTabs.find((t) => t.status === filter.status)!;
  const returnTo = listUrl(filter, page);
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={`${current.label} comments`} section="comments">
      <h1 class="page-title">Comments</h1>
      <Notice text={notice} />
      <nav aria-label="Comments by status" class="tabs">
        <ul>
          {statusTabs.map((t) => (
            <li>
              <a href={tabUrl(filter, t.status)} aria-current={t.status === filter.status ? 'page' : undefined}>
                {t.label} <span class="tab-count">({counts[t.status].toLocaleString('en')})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action="/admin/comments" class="search-form" role="search" aria-label="Search comments">
        <input type="hidden" name="status" value={filter.status} />
        <p>
          <label for="q">Search {current.label.toLowerCase()} comments</label>
          <input id="q" name="q" type="search" value={filter.q} aria-describedby="q-help" />
        </p>
        <p id="q-help" class="field-help">
          Whole words; accents do not matter. Put a phrase in "quotes", a minus before a word to leave it out (-word), and OR between words when either will do.
        </p>
        <p>
          <label for="in">in</label>
          <select id="in" name="in">
            {(Object.keys(fieldLabels) as CommentSearchField[]).map((f) => (
              <option value={f} selected={f === filter.field}>
                {fieldLabels[f]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="reason">Why held or spam</label>
          <select id="reason" name="reason">
            <option value="">Any reason</option>
            {(Object.keys(commentReasonPatterns) as CommentReason[]).map((r) => (
              <option value={r} selected={r === filter.reason}>
                {reasonLabels[r]}
              </option>
            ))}
          </select>
        </p>
        {filter.articleId && <input type="hidden" name="article" value={String(filter.articleId)} />}
        {filter.readerOf && <input type="hidden" name="reader" value={String(filter.readerOf)} />}
        {filter.feature && <input type="hidden" name="feature" value={filter.feature} />}
        <p>
          <button type="submit">Search</button>
        </p>
      </form>
      <ActiveFilters filter={filter} scope={scope} />

      {rows.length === 0 ? (
        <p class="empty">{filter.q ? `No ${current.label.toLowerCase()} comments match “${filter.q}”${hasScope(filter) ? ' with these filters' : ''}.` : `No ${current.label.toLowerCase()} comments${hasScope(filter) ? ' with these filters' : ''}.`}</p>
      ) : (
        <form method="post" action="/admin/comments/action" class="queue">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="return" value={returnTo} />
          <div class="bulk-bar">
            <label for="bulk">With checked comments</label>
            <select id="bulk" name="bulk">
              {bulkActions
                .filter((a) => !(a.value === 'approve' && filter.status === 'approved') && !(a.value === 'restore' && filter.status === 'pending') && !(a.value === 'trash' && filter.status === 'trash') && !(a.value === 'spam' && filter.status === 'spam'))
                .map((a) => (
                  <option value={a.value}>{a.label}</option>
                ))}
            </select>
            <p class="select-all">
              <input type="checkbox" name="scope" value="page" id="select-all" />
              <label for="select-all">All {rows.length} on this page</label>
            </p>
            <input type="hidden" name="page_ids" value={rows.map((c) => c.id).join(',')} />
            <button type="submit" name="apply" value="1">
              Apply
            </button>
          </div>
          <ShortcutsHelp />
          <p id="queue-announce" class="visually-hidden" role="status" aria-live="polite"></p>
          <table class="admin-table comments-table">
            <caption>
              {plural(total, `${current.label.toLowerCase()} comment`, `${current.label.toLowerCase()} comments`)}
              {filter.q ? ` matching “${filter.q}”` : ''}
              {hasScope(filter) ? ', filtered' : ''}
              {pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <Hidden>Select</Hidden>
                </th>
                <th scope="col">Author</th>
                <th scope="col">Comment</th>
                <th scope="col">Article</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <CommentRow comment={c} settings={settings} returnTo={returnTo} filter={filter} />
              ))}
            </tbody>
          </table>
        </form>
      )}
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => listUrl(filter, p)} label="Comment pages" />
    </AdminLayout>
  );
}

/** The article and reader filters in words, each with a link that drops it. */
function ActiveFilters({ filter, scope }: { filter: AdminCommentFilter; scope: CommentsPageProps['scope'] }) {
  if (!filter.articleId && !filter.readerOf && !filter.feature) return null;
  return (
    <ul class="active-filters" aria-label="Filters">
      {filter.articleId && (
        <li>
          On the article “{scope.article?.title ?? `#${filter.articleId}`}” <a href={listUrl({ ...filter, articleId: null })}>Show every article’s comments</a>
        </li>
      )}
      {filter.readerOf && (
        <li>
          {scope.reader ? (
            <>
              By {scope.reader.name || 'no name'} &lt;{scope.reader.email}&gt;
            </>
          ) : (
            'By a reader whose comment was deleted'
          )}{' '}
          <a href={listUrl({ ...filter, readerOf: null })}>Show every reader’s comments</a>
        </li>
      )}
      {filter.feature && (
        <li>
          Where the spam model weighed {featureInWords(filter.feature)} <a href={listUrl({ ...filter, feature: '' })}>Show comments whatever the model weighed</a>
        </li>
      )}
    </ul>
  );
}

/** The keys admin.js answers to; hidden until the script shows it, since without it they do nothing. */
function ShortcutsHelp() {
  return (
    <details class="shortcuts-help" id="shortcuts-help" hidden>
      <summary>Keyboard shortcuts</summary>
      <dl>
        <dt>
          <kbd>j</kbd> / <kbd>k</kbd>
        </dt>
        <dd>next / previous comment</dd>
        <dt>
          <kbd>a</kbd>
        </dt>
        <dd>approve the current comment (in the Spam tab: not spam)</dd>
        <dt>
          <kbd>s</kbd>
        </dt>
        <dd>mark it as spam</dd>
        <dt>
          <kbd>t</kbd>
        </dt>
        <dd>move it to the trash</dd>
        <dt>
          <kbd>x</kbd>
        </dt>
        <dd>check or uncheck it for a bulk action</dd>
      </dl>
      <p>The keys do nothing while you type in a field.</p>
    </details>
  );
}

function CommentRow({ comment: c, settings, returnTo, filter }: { comment: AdminCommentRow; settings: Settings; returnTo: string; filter: AdminCommentFilter }) {
  const back = encodeURIComponent(returnTo);
  const who = c.author_name || 'no name';
  const features = c.status !== 'approved' ? readStoredFeatures(c.spam_features) : [];
  return (
    <tr id={`comment-${c.id}`}>
      <td data-label="Select">
        <input type="checkbox" name="ids" value={String(c.id)} id={`select-${c.id}`} />
        <label for={`select-${c.id}`} class="visually-hidden">
          Select the comment by {who}
        </label>
      </td>
      <td class="author-cell" data-label="Author">
        <strong class="author-name">{c.author_name}</strong>
        {c.user_id !== null && <span class="staff-badge">Staff</span>}
        <br />
        <a href={`mailto:${c.author_email}`} class="author-email">
          {c.author_email}
        </a>
        {c.author_url && (
          <>
            <br />
            <a href={c.author_url} rel="nofollow ugc noopener" class="author-url">
              {c.author_url}
            </a>
          </>
        )}
        <br />
        <time datetime={c.created_at}>{formatDateTime(c.created_at, settings.timeZone)}</time>
        {!filter.readerOf && (
          <>
            <br />
            <a href={listUrl({ status: 'approved', q: '', field: 'any', readerOf: c.id })} class="reader-link">
              This reader’s other comments<Hidden> ({who})</Hidden>
            </a>
          </>
        )}
      </td>
      <td class="comment-cell" data-label="Comment">
        <p class="comment-facts">
          <span class="status-reason">{c.status_reason}</span>
          {c.spam_score !== null && (
            <span class="spam-score">
              {' '}
              · spam score {c.spam_score}
              {c.spam_model_version !== null && ` (model v${c.spam_model_version})`}
            </span>
          )}
          {c.parent_id !== null && <span> · reply to comment #{c.parent_id}</span>}
        </p>
        {features.length > 0 && (
          <p class="spam-features">
            What weighed most with the spam model:{' '}
            {features.map((f, i) => (
              <>
                {i > 0 && '; '}
                <a href={listUrl({ ...filter, q: '', field: 'any', feature: f.feature })}>
                  {featureInWords(f.feature)}
                </a>{' '}
                {weightInWords(f.weight)}
              </>
            ))}
            .
          </p>
        )}
        <div class="comment-text" dangerouslySetInnerHTML={{ __html: c.body_html }} />
      </td>
      <td data-label="Article">
        {c.article_hidden ? (
          <span>
            {c.article_title} <em>(hidden)</em>
          </span>
        ) : (
          <a href={`/articles/${c.article_slug}${c.status === 'approved' ? `#comment-${c.id}` : ''}`}>{c.article_title}</a>
        )}
        {filter.articleId !== c.article_id && (
          <>
            <br />
            <a href={listUrl({ ...filter, q: '', field: 'any', articleId: c.article_id })} class="article-filter-link">
              Only this article’s comments<Hidden> (“{c.article_title}”)</Hidden>
            </a>
          </>
        )}
      </td>
      <td class="actions-cell" data-label="Actions">
        <ul class="row-actions">
          {rowActions[c.status].map((a) => (
            <li>
              <button type="submit" name="one" value={`${a.value}:${c.id}`} class="button-small">
                {a.label}
                <Hidden> the comment by {who}</Hidden>
              </button>
            </li>
          ))}
          {(c.status === 'approved' || c.status === 'pending') && (
            <li>
              <a href={`/admin/comments/${c.id}/reply?return=${back}`}>
                {c.status === 'pending' ? 'Approve and reply' : 'Reply'}
                <Hidden> to {who}</Hidden>
              </a>
            </li>
          )}
          {c.status !== 'trash' && (
            <li>
              <a href={`/admin/comments/${c.id}/edit?return=${back}`}>
                Edit<Hidden> the comment by {who}</Hidden>
              </a>
            </li>
          )}
          {(c.status === 'spam' || c.status === 'trash') && (
            <li>
              <a href={`/admin/comments/delete?ids=${c.id}&return=${back}`} class="danger">
                Delete forever<Hidden> the comment by {who}</Hidden>
              </a>
            </li>
          )}
        </ul>
      </td>
    </tr>
  );
}

export function ConfirmDeletePage({ settings, staff, csrfToken, comments, returnTo }: { settings: Settings; staff: Staff; csrfToken: string; comments: AdminCommentRow[]; returnTo: string }) {
  const title = comments.length === 1 ? 'Delete this comment forever?' : `Delete these ${comments.length} comments forever?`;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={title} section="comments">
      <h1 class="page-title">{title}</h1>
      <p>This cannot be undone. Replies to {comments.length === 1 ? 'it' : 'them'} stay, moved up one level in their thread.</p>
      <ul class="confirm-list">
        {comments.map((c) => (
          <li>
            <strong>{c.author_name}</strong> ({c.status}) on “{c.article_title}”: <span class="excerpt-text">{plainText(c.body_html, 160)}</span>
          </li>
        ))}
      </ul>
      <form method="post" action="/admin/comments/delete" class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="return" value={returnTo} />
        {comments.map((c) => (
          <input type="hidden" name="ids" value={String(c.id)} />
        ))}
        <p class="form-actions">
          <button type="submit" name="confirm" value="yes" class="danger-button">
            Delete forever
          </button>{' '}
          <a href={returnTo}>Cancel</a>
        </p>
      </form>
    </AdminLayout>
  );
}

function plainText(html: string, max: number): string {
  const text = htmlToText(html);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export interface CommentEditValues {
  author: string;
  email: string;
  url: string;
  comment: string;
}

export function EditCommentPage({ settings, staff, csrfToken, id, values, errors, returnTo }: { settings: Settings; staff: Staff; csrfToken: string; id: number; values: CommentEditValues; errors: FieldErrors; returnTo: string }) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={`Edit comment #${id}`} section="comments">
      <h1 class="page-title">Edit comment #{id}</h1>
      <form method="post" action={`/admin/comments/${id}/edit`} class="admin-form">
        {hasErrors && (
          <div class="form-message" role="alert">
            <p>The comment was not saved. Please correct the marked fields.</p>
          </div>
        )}
        <TextField name="author" label="Name" value={values.author} error={errors.author} maxLength={commentLimits.author} required />
        <TextField name="email" label="Email" type="email" value={values.email} error={errors.email} maxLength={commentLimits.email} required />
        <TextField name="url" label="Website" type="url" value={values.url} error={errors.url} maxLength={commentLimits.url} />
        <p class={errors.comment ? 'has-error' : undefined}>
          <label for="comment">Comment (Markdown)</label>
          <textarea id="comment" name="comment" rows={10} maxLength={commentLimits.comment} required aria-invalid={errors.comment ? 'true' : undefined} aria-describedby={errors.comment ? 'comment-error' : undefined}>
            {values.comment}
          </textarea>
          <FieldError id="comment-error" error={errors.comment} />
        </p>
        <EditFormFooter csrfToken={csrfToken} returnTo={returnTo} submit="Save changes" />
      </form>
    </AdminLayout>
  );
}

export function TextField({ name, label, value, error, type = 'text', maxLength, required, help }: { name: string; label: string; value: string; error?: string | undefined; type?: 'text' | 'email' | 'url'; maxLength?: number; required?: boolean; help?: string }) {
  const describedBy = [help ? `${name}-help` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <p class={error ? 'has-error' : undefined}>
      <label for={name}>{label}</label>
      <input id={name} name={name} type={type as "text"} value={value} maxLength={maxLength} required={required} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} />
      {help && (
        <span class="field-help" id={`${name}-help`}>
          {help}
        </span>
      )}
      <FieldError id={`${name}-error`} error={error} />
    </p>
  );
}

export function ReplyPage({ settings, staff, csrfToken, parent, body, error, returnTo }: { settings: Settings; staff: Staff; csrfToken: string; parent: AdminCommentRow; body: string; error: string | null; returnTo: string }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={`Reply to ${parent.author_name}`} section="comments">
      <h1 class="page-title">Reply to {parent.author_name}</h1>
      <p>
        On “{parent.article_title}”{parent.status === 'pending' ? '. Replying approves this comment too.' : '.'}
      </p>
      <blockquote class="comment-text quoted-comment" dangerouslySetInnerHTML={{ __html: parent.body_html }} />
      <form method="post" action={`/admin/comments/${parent.id}/reply`} class="admin-form">
        <p class={error ? 'has-error' : undefined}>
          <label for="comment">Your reply (Markdown), shown as {staff.user.name} with a Staff badge</label>
          <textarea id="comment" name="comment" rows={8} maxLength={commentLimits.comment} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'comment-error' : undefined}>
            {body}
          </textarea>
          <FieldError id="comment-error" error={error} />
        </p>
        <EditFormFooter csrfToken={csrfToken} returnTo={returnTo} submit="Post reply" />
      </form>
    </AdminLayout>
  );
}

/** Where an approve or spam link from a moderator's email lands: one press to confirm, with CSRF. */
export function ConfirmStatusPage({ settings, staff, csrfToken, comment, action }: { settings: Settings; staff: Staff; csrfToken: string; comment: AdminCommentRow; action: 'approve' | 'spam' }) {
  const title = action === 'approve' ? 'Approve this comment?' : 'Mark this comment as spam?';
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={title} section="comments">
      <h1 class="page-title">{title}</h1>
      <p>
        <strong>{comment.author_name}</strong> ({comment.status}, {comment.status_reason}) on “{comment.article_title}”:
      </p>
      <blockquote class="excerpt-text">{plainText(comment.body_html, 600)}</blockquote>
      <form method="post" action="/admin/comments/action" class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="return" value="/admin/comments?status=pending" />
        <p class="form-actions">
          <button type="submit" name="one" value={`${action}:${comment.id}`}>
            {action === 'approve' ? 'Approve' : 'Mark as spam'}
          </button>{' '}
          <a href="/admin/comments?status=pending">Back to the pending comments</a>
        </p>
      </form>
    </AdminLayout>
  );
}
