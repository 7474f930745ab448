import type { CommentField, FieldErrors } from '../../discussion/comment-form.js';
import { commentLimits } from '../../discussion/comment-form.js';
import type { Article } from '../../store/schema.js';
import { FieldError } from './form-parts.js';

/** What the comment form shows: the reader's own values, any errors, and its tokens. */
export interface CommentFormState {
  values: { comment: string; author: string; email: string; url: string; saveDetails: boolean; notify?: boolean; notifyReplies?: boolean };
  fieldErrors: FieldErrors;
  message: string | null;
  /** The comment being answered, with its first words so the reader keeps the thread in view. */
  replyTo: { id: number; authorName: string; excerpt: string } | null;
  /** The comment as it would be shown, when the reader pressed "Preview"; never stored. */
  preview?: { bodyHtml: string; authorName: string; avatar: string | null } | null;
  formToken: string;
  csrfToken: string;
}

/** "Leave a Reply": the form, the preview when asked for, and the comment being answered. */
export function CommentForm({ article, form }: { article: Article; form: CommentFormState }) {
  const { values, fieldErrors, replyTo } = form;
  const hasErrors = form.message !== null || Object.keys(fieldErrors).length > 0;
  return (
    <section id="respond" class="respond" aria-labelledby="reply-title">
      <h2 id="reply-title">
        {replyTo ? `Leave a Reply to ${replyTo.authorName}` : 'Leave a Reply'}
        {replyTo && (
          <>
            {' '}
            <small>
              <a id="cancel-reply" href={`/articles/${article.slug}#respond`}>
                Cancel reply
              </a>
            </small>
          </>
        )}
      </h2>
      {replyTo && <ReplyContext authorName={replyTo.authorName} excerpt={replyTo.excerpt} commentId={replyTo.id} />}
      {form.preview && <CommentPreviewBox preview={form.preview} />}
      {/* #respond: a refused post comes back scrolled to the form and its message, not the top of the article. */}
      <form action={`/articles/${article.slug}/comments#respond`} method="post" id="commentform" class="comment-form">
        {hasErrors && (
          <div class="form-message" role="alert" id="form-message" tabIndex={-1}>
            <p>{form.message ?? 'Your comment was not posted. Please correct the marked fields.'}</p>
          </div>
        )}
        <p class="comment-notes">
          <span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span>
        </p>
        <CommentBox value={values.comment} error={fieldErrors.comment} />
        <Field name="author" label="Name" required error={fieldErrors.author}>
          {(describedBy) => (
            <input id="author" name="author" type="text" value={values.author} maxLength={commentLimits.author} autocomplete="name" required aria-required="true" aria-invalid={fieldErrors.author ? 'true' : undefined} aria-describedby={describedBy} />
          )}
        </Field>
        <Field name="email" label="Email" required error={fieldErrors.email}>
          {(describedBy) => (
            <input
              id="email"
              name="email"
              type="email"
              value={values.email}
              maxLength={commentLimits.email}
              autocomplete="email"
              required
              aria-required="true"
              aria-invalid={fieldErrors.email ? 'true' : undefined}
              aria-describedby={['email-notes', describedBy].filter(Boolean).join(' ')}
            />
          )}
        </Field>
        <Field name="url" label="Website" error={fieldErrors.url}>
          {(describedBy) => (
            <input id="url" name="url" type="url" value={values.url} maxLength={commentLimits.url} autocomplete="url" aria-invalid={fieldErrors.url ? 'true' : undefined} aria-describedby={describedBy} />
          )}
        </Field>
        <p class="comment-form-cookies-consent">
          <input id="save_details" name="save_details" type="checkbox" value="yes" checked={values.saveDetails} />{' '}
          <label for="save_details">Save my name, email, and website in this browser for the next time I comment.</label>
        </p>
        <fieldset class="comment-form-follow" aria-describedby="follow-notes">
          <legend>Email notifications</legend>
          <p class="comment-form-cookies-consent comment-form-notify-replies">
            <input id="notify_replies" name="notify_replies" type="checkbox" value="yes" checked={values.notifyReplies === true} />{' '}
            <label for="notify_replies">Notify me of replies to my comment</label>
          </p>
          <p class="comment-form-cookies-consent comment-form-notify">
            <input id="notify" name="notify" type="checkbox" value="yes" checked={values.notify === true} />{' '}
            <label for="notify">Notify me of all new comments on this article</label>
          </p>
          <p class="follow-notes" id="follow-notes">
            The first time, we email you a link to confirm your address, and send nothing else until you do. Every email has links to stop emails about this article, or all of them.
          </p>
        </fieldset>
        <div class="hp" aria-hidden="true">
          <label for="homepage">Leave this field empty</label>
          <input id="homepage" name="homepage" type="text" tabIndex={-1} autocomplete="off" value="" />
        </div>
        <input type="hidden" name="parent_id" id="parent_id" value={replyTo ? String(replyTo.id) : '0'} />
        <input type="hidden" name="form_token" value={form.formToken} />
        <input type="hidden" name="_csrf" value={form.csrfToken} />
        <p class="form-submit">
          <button type="submit" id="submit">
            Post Comment
          </button>{' '}
          {/* Without the browser's checks: a preview needs only the text; posting checks the rest. */}
          <button type="submit" id="preview-comment" class="secondary-button" name="preview" value="yes" formNoValidate>
            Preview
          </button>
        </p>
      </form>
    </section>
  );
}

/** The comment being answered, quoted above the form (site.js keeps it in step when the form moves). */
function ReplyContext({ authorName, excerpt, commentId }: { authorName: string; excerpt: string; commentId: number }) {
  return (
    <div class="reply-context" id="reply-context">
      <p>
        Replying to <a href={`#comment-${commentId}`}>{authorName}</a>:
      </p>
      <blockquote>
        <p>{excerpt}</p>
      </blockquote>
    </div>
  );
}

function CommentPreviewBox({ preview }: { preview: NonNullable<CommentFormState['preview']> }) {
  return (
    <section class="comment-preview" id="comment-preview" aria-labelledby="comment-preview-title">
      <h3 id="comment-preview-title">Preview of your comment</h3>
      <p class="comment-preview-note">It is not posted yet. This is how it will look; change it below, then press “Post Comment”.</p>
      <article class="comment-body" aria-label="Preview of your comment">
        <header class="comment-meta">
          {preview.avatar && <img class="avatar" src={`/avatars/${preview.avatar}.svg`} alt="" width={40} height={40} />}
          <span class="comment-author">{preview.authorName}</span>
        </header>
        <div class="comment-text" dangerouslySetInnerHTML={{ __html: preview.bodyHtml }} />
      </article>
    </section>
  );
}

/** The text box with what Markdown it takes beside it and its length limit under it (site.js counts down). */
function CommentBox({ value, error }: { value: string; error: string | undefined }) {
  const errorId = 'comment-error';
  return (
    <div class={`comment-form-comment${error ? ' has-error' : ''}`}>
      <label for="comment">
        Comment{' '}
        <span class="required" aria-hidden="true">
          *
        </span>
      </label>
      <div class="comment-box">
        <div class="comment-box-field">
          <textarea
            id="comment"
            name="comment"
            rows={8}
            maxLength={commentLimits.comment}
            required
            aria-required="true"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={['comment-limit', error ? errorId : null].filter(Boolean).join(' ')}
            data-limit={String(commentLimits.comment)}
          >
            {value}
          </textarea>
          <p class="comment-limit">
            <span id="comment-limit">Up to {commentLimits.comment.toLocaleString('en')} characters.</span> <span id="comment-counter" class="comment-counter" aria-live="polite"></span>
          </p>
          <FieldError id={errorId} error={error} />
        </div>
        <FormattingHelp />
      </div>
    </div>
  );
}

/** What the comment renderer (src/discussion/markdown.ts) takes; headings, images, tables and rules it does not. */
function FormattingHelp() {
  return (
    <div class="formatting-help">
      <p class="formatting-help-title" id="formatting-help-title">
        Formatting
      </p>
      <ul aria-labelledby="formatting-help-title">
        <li>
          <code>*italic*</code> gives <em>italic</em>
        </li>
        <li>
          <code>**bold**</code> gives <strong>bold</strong>
        </li>
        <li>
          <code>[words](https://…)</code> gives a link; addresses become links by themselves
        </li>
        <li>
          <code>&gt; text</code> at the start of a line quotes it
        </li>
        <li>
          <code>`code`</code> gives <code>code</code>
        </li>
        <li>
          <code>- item</code> on each line gives a list
        </li>
        <li>A blank line starts a new paragraph; HTML is shown as typed</li>
      </ul>
    </div>
  );
}

function Field({ name, label, required, error, children }: { name: CommentField; label: string; required?: boolean; error: string | undefined; children: (describedBy: string | undefined) => preact.ComponentChildren }) {
  const errorId = `${name}-error`;
  return (
    <p class={`comment-form-${name}${error ? ' has-error' : ''}`}>
      <label for={name}>
        {label}
        {required && (
          <>
            {' '}
            <span class="required" aria-hidden="true">
              *
            </span>
          </>
        )}
      </label>
      {children(error ? errorId : undefined)}
      <FieldError id={errorId} error={error} />
    </p>
  );
}
