import type { StoryListing } from '../../../store/stories.js';
import type { AdminArticleRow } from '../../../store/admin-articles.js';
import type { Article } from '../../../store/schema.js';
import type { Settings } from '../../../store/settings.js';
import { formatDate, plural } from '../../format.js';
import { withQuery } from '../forms.js';
import type { Staff } from '../staff.js';
import { TextField } from './comments.js';
import { AdminLayout, Hidden, Notice, Pager } from './layout.js';
import { EditFormFooter, FieldError } from '../../pages/form-parts.js';

export interface ArticlesPageProps {
  settings: Settings;
  staff: Staff;
  csrfToken: string;
  q: string;
  rows: AdminArticleRow[];
  total: number;
  page: number;
  pageCount: number;
  notice: string | null;
}

export function articlesUrl(q: string, page = 1): string {
  return withQuery('/admin/articles', { q, page });
}

export function ArticlesPage({ settings, staff, csrfToken, q, rows, total, page, pageCount, notice }: ArticlesPageProps) {
  const returnTo = articlesUrl(q, page);
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Articles" section="articles">
      <h1 class="page-title">Articles</h1>
      <Notice text={notice} />
      <form method="get" action="/admin/articles" class="search-form" role="search" aria-label="Search articles">
        <p>
          <label for="q">Search titles</label>
          <input id="q" name="q" type="search" value={q} />
        </p>
        <p>
          <button type="submit">Search</button>
        </p>
      </form>
      {rows.length === 0 ? (
        <p class="empty">{q ? `No article titles match “${q}”.` : 'No articles yet.'}</p>
      ) : (
        <form method="post" action="/admin/articles/action">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="return" value={returnTo} />
          <table class="admin-table">
            <caption>
              {plural(total, 'article', 'articles')}
              {q ? ` matching “${q}”` : ''}
              {pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Source</th>
                <th scope="col">Published</th>
                <th scope="col">Comments</th>
                <th scope="col">State</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr id={`article-${a.id}`}>
                  <th scope="row" class="title-cell" data-label="Title">
                    {a.hidden ? a.title : <a href={`/articles/${a.slug}`}>{a.title}</a>}
                  </th>
                  <td data-label="Source">{a.source_title}</td>
                  <td data-label="Published">
                    <time datetime={a.published_at}>{formatDate(a.published_at, settings.timeZone)}</time>
                  </td>
                  <td data-label="Comments">
                    {a.approved_count.toLocaleString('en')} approved
                    {a.pending_count > 0 && `, ${a.pending_count.toLocaleString('en')} pending`}
                  </td>
                  <td class="state-cell" data-label="State">
                    {a.hidden ? 'Hidden' : 'Visible'}, comments {a.comments_open ? 'open' : 'closed'}
                  </td>
                  <td class="actions-cell" data-label="Actions">
                    <ul class="row-actions">
                      <li>
                        <button type="submit" name="one" value={`${a.hidden ? 'unhide' : 'hide'}:${a.id}`} class="button-small">
                          {a.hidden ? 'Unhide' : 'Hide'}
                          <Hidden> “{a.title}”</Hidden>
                        </button>
                      </li>
                      <li>
                        <button type="submit" name="one" value={`${a.comments_open ? 'close' : 'open'}:${a.id}`} class="button-small">
                          {a.comments_open ? 'Close comments' : 'Open comments'}
                          <Hidden> on “{a.title}”</Hidden>
                        </button>
                      </li>
                      <li>
                        <a href={`/admin/articles/${a.id}/edit?return=${encodeURIComponent(returnTo)}`}>
                          Edit<Hidden> “{a.title}”</Hidden>
                        </a>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </form>
      )}
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => articlesUrl(q, p)} label="Article pages" />
    </AdminLayout>
  );
}

export interface ArticleEditValues {
  title: string;
  excerpt: string;
}

export function EditArticlePage({
  settings,
  staff,
  csrfToken,
  article,
  values,
  errors,
  returnTo,
  story = null,
}: {
  settings: Settings;
  staff: Staff;
  csrfToken: string;
  article: Article;
  values: ArticleEditValues;
  errors: Partial<Record<keyof ArticleEditValues, string>>;
  returnTo: string;
  /** The story the article is in, for the editor's merge and split. */
  story?: StoryListing | null;
}) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={`Edit “${article.title}”`} section="articles">
      <h1 class="page-title">Edit article</h1>
      <p>
        From <a href={article.url}>the original</a>. A later change at the source may replace these edits when the feed is fetched again.
      </p>
      <form method="post" action={`/admin/articles/${article.id}/edit`} class="admin-form">
        {hasErrors && (
          <div class="form-message" role="alert">
            <p>The article was not saved. Please correct the marked fields.</p>
          </div>
        )}
        <TextField name="title" label="Title" value={values.title} error={errors.title} maxLength={500} required />
        <p class={errors.excerpt ? 'has-error' : undefined}>
          <label for="excerpt">Excerpt (HTML)</label>
          <textarea id="excerpt" name="excerpt" rows={16} aria-describedby={errors.excerpt ? 'excerpt-help excerpt-error' : 'excerpt-help'} aria-invalid={errors.excerpt ? 'true' : undefined}>
            {values.excerpt}
          </textarea>
          <span class="field-help" id="excerpt-help">
            Cleaned when saved, as feeds are: scripts, forms, styles and tracking are removed; links are made absolute against the original's address.
          </span>
          <FieldError id="excerpt-error" error={errors.excerpt} />
        </p>
        <EditFormFooter csrfToken={csrfToken} returnTo={returnTo} submit="Save changes" />
      </form>
      {story && <StoryControls article={article} story={story} csrfToken={csrfToken} />}
    </AdminLayout>
  );
}

/** An editor's word on the article's story: take the article out, or fold another story into this one. Both stick. */
function StoryControls({ article, story, csrfToken }: { article: Article; story: StoryListing; csrfToken: string }) {
  return (
    <section class="admin-form" aria-labelledby="story-title">
      <h2 id="story-title">Story</h2>
      <p>
        In <a href={`/stories/${story.id}`}>story #{story.id}: {story.title}</a> ({story.size === 1 ? 'its only article' : `${story.size} articles`}). What you decide here stays: the desk never moves these articles again.
      </p>
      {story.size > 1 && (
        <form method="post" action={`/admin/articles/${article.id}/split`}>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <button type="submit">Take this article out of the story</button>
        </form>
      )}
      <form method="post" action="/admin/stories/merge">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="into" value={String(story.id)} />
        <input type="hidden" name="article" value={String(article.id)} />
        <p>
          <label for="merge-from">Number of a story that reports the same event</label>
          <input id="merge-from" name="from" type="text" inputMode="numeric" pattern="[0-9]*" maxLength={10} required />
          <span class="field-help">Its articles join this story. The number is in the story's address, /stories/number.</span>
        </p>
        <button type="submit">Merge into this story</button>
      </form>
    </section>
  );
}
