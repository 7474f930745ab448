import type { EntityLink, QuoteListing } from '../../store/entities.js';
import { ArticleAnalysis } from './entities.js';
import type { AlsoReported } from '../../store/stories.js';
import { AlsoReportedBy } from './stories.js';
import type { CommentField, FieldErrors } from '../../discussion/comment-form.js';
import { commentLimits } from '../../discussion/comment-form.js';
import type { ThreadNode } from '../../discussion/threading.js';
import type { PublicComment } from '../../store/comments.js';
import type { Article, Source } from '../../store/schema.js';
import type { Settings } from '../../store/settings.js';
import { articleCommentsFeedPath, commentFeedLink } from '../feeds/comments.js';
import { formatDate, formatDateTime, plural, plainTextTeaser } from '../format.js';
import { Layout } from './layout.js';
import { ArticleHead } from './meta.js';
import { ArticleLeadImage } from './lead-image.js';
import { FieldError } from './form-parts.js';

/** What the comment form shows: the reader's own values, any errors, and its tokens. */
export interface CommentFormState {
  values: { comment: string; author: string; email: string; url: string; saveDetails: boolean; notify?: boolean };
  fieldErrors: FieldErrors;
  message: string | null;
  replyTo: { id: number; authorName: string } | null;
  formToken: string;
  csrfToken: string;
}

export interface ArticlePageProps {
  settings: Settings;
  article: Article;
  source: Source;
  thread: ThreadNode<PublicComment>[];
  commentCount: number;
  /** The article takes comments now (its own switch, and the closing age). */
  commentsOpen: boolean;
  form: CommentFormState;
  /** The desk's public address, for the page's absolute URLs (OpenGraph, JSON-LD). */
  publicUrl: string;
  /** Which page of top-level threads `thread` is (1 = oldest; the last is the default). */
  commentPage?: { page: number; pageCount: number };
  /** The reader's own comments they may still edit or delete: id → minutes left. */
  ownComments?: ReadonlyMap<number, number>;
  /** The other outlets' versions of the same story, when it has any. */
  alsoReported?: AlsoReported[];
  /** Who said what in it, and the entities it names (its tags). */
  quotes?: QuoteListing[];
  entities?: EntityLink[];
}

/** What every comment in the list needs to know about the page it is on. */
interface ListContext {
  settings: Settings;
  articleSlug: string;
  repliesOpen: boolean;
  ownComments: ReadonlyMap<number, number>;
  /** `cpage=N&` for reply links on a page other than the default, else ''. */
  pageQuery: string;
}

export function ArticlePage({ settings, article, source, thread, commentCount, commentsOpen: open, form, publicUrl, commentPage = { page: 1, pageCount: 1 }, ownComments = new Map(), alsoReported = [], quotes = [], entities = [] }: ArticlePageProps) {
  const { page, pageCount } = commentPage;
  const list: ListContext = { settings, articleSlug: article.slug, repliesOpen: open, ownComments, pageQuery: page === pageCount ? '' : `cpage=${page}&` };
  return (
    <Layout
      settings={settings}
      title={article.title}
      description={plainTextTeaser(article.excerpt_html, 30)}
      head={<ArticleHead publicUrl={publicUrl} settings={settings} article={article} source={source} thread={thread} />}
      laterFeeds={[commentFeedLink(articleCommentsFeedPath(article.slug), `Comments on ${article.title} (RSS)`)]}
    >
      <article class="article">
        <header>
          <h1>{article.title}</h1>
          <p class="meta">
            <span class="source">
              <a href={`/sources/${encodeURIComponent(source.slug)}`}>{source.title}</a>
            </span>
            {' · '}
            <time datetime={article.published_at}>{formatDate(article.published_at, settings.timeZone)}</time>
            {article.author && (
              <>
                {' · '}
                <span class="byline">By {article.author}</span>
              </>
            )}
          </p>
          <ArticleLeadImage article={article} />
        </header>
        <div class="excerpt" dangerouslySetInnerHTML={{ __html: article.excerpt_html }} />
        <p class="read-further">
          Read further at{' '}
          <a href={article.url} rel="noopener">
            {source.title}
          </a>
        </p>
      </article>
      <ArticleAnalysis quotes={quotes} entities={entities} />
      {article.story_id !== null && <AlsoReportedBy storyId={article.story_id} others={alsoReported} timeZone={settings.timeZone} />}

      <section id="comments" class="comments" aria-labelledby="comments-title">
        <h2 id="comments-title">{commentCount === 0 ? 'No comments yet' : plural(commentCount, 'comment', 'comments')}</h2>
        <CommentPages slug={article.slug} page={page} pageCount={pageCount} />
        {thread.length > 0 && (
          <ol class="comment-list">
            {thread.map((node) => (
              <CommentItem node={node} list={list} />
            ))}
          </ol>
        )}
      </section>

      {open ? <CommentForm article={article} form={form} /> : <ClosedNotice form={form} />}
    </Layout>
  );
}

/** "Older comments" / "Newer comments", WordPress's words; pages run oldest (1) to newest (the default). */
function CommentPages({ slug, page, pageCount }: { slug: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination comment-pages" aria-label="Comment pages">
      {page > 1 ? (
        <a href={`/articles/${slug}?cpage=${page - 1}#comments`} rel="prev">
          ← Older comments
        </a>
      ) : (
        <span />
      )}
      <span>
        Comment page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={`/articles/${slug}?cpage=${page + 1}#comments`} rel="next">
          Newer comments →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

function CommentItem({ node, list }: { node: ThreadNode<PublicComment>; list: ListContext }) {
  const { settings, articleSlug, repliesOpen } = list;
  const c = node.comment;
  const minutesLeft = list.ownComments.get(c.id);
  const pending = c.status === 'pending';
  const canReply = repliesOpen && !pending && node.depth < settings.threadDepth;
  return (
    <li id={`comment-${c.id}`} class={`comment depth-${node.depth}${pending ? ' pending' : ''}`}>
      <article class="comment-body" aria-label={`Comment by ${c.author_name}`}>
        <header class="comment-meta">
          <img class="avatar" src={`/avatars/${c.avatar}.svg`} alt="" width={40} height={40} loading="lazy" />
          <span class="comment-author">
            {c.author_url ? (
              <a href={c.author_url} rel="nofollow ugc noopener">
                {c.author_name}
              </a>
            ) : (
              c.author_name
            )}
          </span>
          {c.user_id != null && <span class="staff-badge">Staff</span>}
          <a class="comment-permalink" href={`#comment-${c.id}`}>
            <time datetime={c.created_at}>{formatDateTime(c.created_at, settings.timeZone)}</time>
          </a>
        </header>
        {pending && <p class="moderation-note">Your comment is awaiting moderation.</p>}
        {node.inReplyTo && (
          <p class="in-reply-to">
            In reply to <a href={`#comment-${node.inReplyTo.id}`}>{node.inReplyTo.author_name}</a>
          </p>
        )}
        <div class="comment-text" dangerouslySetInnerHTML={{ __html: c.body_html }} />
        {canReply && (
          <p class="reply">
            <a class="reply-link" href={`/articles/${articleSlug}?${list.pageQuery}replytocom=${c.id}#respond`} data-reply-to={c.id} data-author={c.author_name} aria-label={`Reply to ${c.author_name}`}>
              Reply
            </a>
          </p>
        )}
        {minutesLeft !== undefined && (
          <p class="reply own-actions">
            <a href={`/articles/${articleSlug}/comments/${c.id}/edit`} aria-label="Edit your comment">
              Edit
            </a>
            {' · '}
            <a href={`/articles/${articleSlug}/comments/${c.id}/delete`} aria-label="Delete your comment">
              Delete
            </a>{' '}
            <span class="own-actions-time">(you can change it for {plural(minutesLeft, 'more minute', 'more minutes')})</span>
          </p>
        )}
      </article>
      {node.replies.length > 0 && (
        <ol class="children">
          {node.replies.map((child) => (
            <CommentItem node={child} list={list} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** Comments closed: if a reader's post was refused for it, give their words back to copy. */
function ClosedNotice({ form }: { form: CommentFormState }) {
  if (!form.message) return <p class="comments-closed">Comments are closed.</p>;
  return (
    <section id="respond" class="respond" aria-labelledby="closed-title">
      <h2 id="closed-title">Comments are closed</h2>
      <div class="form-message" role="alert">
        <p>{form.message}</p>
      </div>
      {form.values.comment && (
        <p class="comment-form">
          <label for="comment-copy">Your comment, so you can keep a copy</label>
          <textarea id="comment-copy" rows={6} readOnly>
            {form.values.comment}
          </textarea>
        </p>
      )}
    </section>
  );
}

function CommentForm({ article, form }: { article: Article; form: CommentFormState }) {
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
        <Field name="comment" label="Comment" required error={fieldErrors.comment}>
          {(describedBy) => (
            <textarea
              id="comment"
              name="comment"
              rows={8}
              maxLength={commentLimits.comment}
              required
              aria-required="true"
              aria-invalid={fieldErrors.comment ? 'true' : undefined}
              aria-describedby={describedBy}
            >
              {values.comment}
            </textarea>
          )}
        </Field>
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
        <p class="comment-form-cookies-consent comment-form-notify">
          <input id="notify" name="notify" type="checkbox" value="yes" checked={values.notify === true} />{' '}
          <label for="notify">Notify me of follow-up comments by email</label>
        </p>
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
          </button>
        </p>
      </form>
    </section>
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
