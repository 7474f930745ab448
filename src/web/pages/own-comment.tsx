import { commentLimits } from '../../discussion/comment-form.js';
import type { Article, Comment } from '../../store/schema.js';
import type { Settings } from '../../store/settings.js';
import { plural } from '../format.js';
import { Layout } from './layout.js';
import { FieldError } from './form-parts.js';

/*
 * The pages a reader sees when changing their own comment: the edit form, the delete
 * confirmation, the note that it was deleted, and the refusal when they may not.
 */

interface Base {
  settings: Settings;
  article: Pick<Article, 'slug' | 'title'>;
  /** Where the comment is shown: `/articles/SLUG?cpage=N#comment-ID`. */
  commentPath: string;
}

export interface EditCommentPageProps extends Base {
  comment: Pick<Comment, 'id'>;
  text: string;
  minutesLeft: number;
  error: string | null;
  /** A message about the whole form (a refused CSRF token). */
  message: string | null;
  csrfToken: string;
}

function Back({ article, commentPath }: Pick<Base, 'article' | 'commentPath'>) {
  return (
    <p>
      <a href={commentPath}>Back to the comment under “{article.title}”</a>
    </p>
  );
}

export function EditCommentPage({ settings, article, commentPath, comment, text, minutesLeft, error, message, csrfToken }: EditCommentPageProps) {
  const describedBy = ['edit-notes', error ? 'comment-error' : ''].filter(Boolean).join(' ');
  return (
    <Layout settings={settings} title="Edit your comment">
      <h1 class="page-title">Edit your comment</h1>
      <p id="edit-notes">
        On “{article.title}”. You can edit or delete it for {plural(minutesLeft, 'more minute', 'more minutes')}. Markdown works as when posting: *emphasis*, **strong**,
        [links](https://example.org), &gt; quotes.
      </p>
      <form action={`/articles/${article.slug}/comments/${comment.id}/edit`} method="post" class="comment-form" id="editform">
        {(message || error) && (
          <div class="form-message" role="alert" id="form-message" tabIndex={-1}>
            <p>{message ?? 'Your changes were not saved. Please correct the marked field.'}</p>
          </div>
        )}
        <p class={`comment-form-comment${error ? ' has-error' : ''}`}>
          <label for="comment">Comment</label>
          <textarea id="comment" name="comment" rows={8} maxLength={commentLimits.comment} required aria-required="true" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}>
            {text}
          </textarea>
          <FieldError id="comment-error" error={error} />
        </p>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class="form-submit">
          <button type="submit">Save changes</button>
        </p>
      </form>
      <p>
        <a href={`/articles/${article.slug}/comments/${comment.id}/delete`}>Delete this comment instead</a>
      </p>
      <Back article={article} commentPath={commentPath} />
    </Layout>
  );
}

export interface DeleteCommentPageProps extends Base {
  comment: Pick<Comment, 'id' | 'body_html'>;
  minutesLeft: number;
  message: string | null;
  csrfToken: string;
}

export function DeleteCommentPage({ settings, article, commentPath, comment, minutesLeft, message, csrfToken }: DeleteCommentPageProps) {
  return (
    <Layout settings={settings} title="Delete your comment?">
      <h1 class="page-title">Delete your comment?</h1>
      {message && (
        <div class="form-message" role="alert">
          <p>{message}</p>
        </div>
      )}
      <p>
        It will no longer be shown under “{article.title}”. The desk’s moderators can still see it, and can restore it if you ask them. You can decide for{' '}
        {plural(minutesLeft, 'more minute', 'more minutes')}.
      </p>
      <blockquote class="comment-text" dangerouslySetInnerHTML={{ __html: comment.body_html }} />
      <form action={`/articles/${article.slug}/comments/${comment.id}/delete`} method="post" class="comment-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class="form-submit">
          <button type="submit">Delete comment</button>
        </p>
      </form>
      <Back article={article} commentPath={commentPath} />
    </Layout>
  );
}

export function CommentDeletedPage({ settings, article }: { settings: Settings; article: Pick<Article, 'slug' | 'title'> }) {
  return (
    <Layout settings={settings} title="Your comment was deleted">
      <h1 class="page-title">Your comment was deleted</h1>
      <p>It is no longer shown under “{article.title}”. If that was a mistake, the desk’s moderators can restore it.</p>
      <p>
        <a href={`/articles/${article.slug}#comments`}>Back to “{article.title}”</a>
      </p>
    </Layout>
  );
}

/** Refused (403) or gone (404): says why, and gives back any text the reader typed. */
export function CommentChangeRefusedPage({ settings, article, message, typed }: { settings: Settings; article: Pick<Article, 'slug' | 'title'>; message: string; typed: string }) {
  return (
    <Layout settings={settings} title="This comment cannot be changed">
      <h1 class="page-title">This comment cannot be changed</h1>
      <p role="alert">{message}</p>
      {typed && (
        <p class="comment-form">
          <label for="comment-copy">Your text, so you can keep a copy</label>
          <textarea id="comment-copy" rows={6} readOnly>
            {typed}
          </textarea>
        </p>
      )}
      <p>
        <a href={`/articles/${article.slug}#comments`}>Back to “{article.title}”</a>
      </p>
    </Layout>
  );
}
