import type { EntityLink, QuoteListing } from '../../store/entities.js';
import { ArticleAnalysis } from './entities.js';
import type { AlsoReported } from '../../store/stories.js';
import { AlsoReportedBy } from './stories.js';
import { defaultCommentOrder, type CommentOrder } from '../../discussion/comment-order.js';
import type { ThreadNode } from '../../discussion/threading.js';
import type { PublicComment } from '../../store/comments.js';
import type { Article, Source } from '../../store/schema.js';
import type { Settings } from '../../store/settings.js';
import { articleCommentsFeedPath, commentFeedLink } from '../feeds/comments.js';
import { formatDate, formatDateTime, plural, plainTextTeaser } from '../format.js';
import { Layout } from './layout.js';
import { ArticleHead } from './meta.js';
import { ArticleLeadImage } from './lead-image.js';
import { CommentForm, type CommentFormState } from './comment-form.js';
import { HeldNote, type HeldNoteFacts } from './comment-held-note.js';
import { CommentOrderLinks, orderQuery } from './comment-order.js';

export type { CommentFormState } from './comment-form.js';

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
  /** The order the threads are in (?sort=). */
  order?: CommentOrder;
  /** Each comment's lasting address (its page in the default order), to link and copy. */
  permalinks?: ReadonlyMap<number, string>;
  /** For the reader's own held comments: what the note under each says happens next. */
  heldNotes?: ReadonlyMap<number, HeldNoteFacts>;
}

/** What every comment in the list needs to know about the page it is on. */
interface ListContext {
  settings: Settings;
  articleSlug: string;
  repliesOpen: boolean;
  ownComments: ReadonlyMap<number, number>;
  /** `sort=X&cpage=N&` for reply links on a page other than the default, else ''. */
  pageQuery: string;
  permalinks: ReadonlyMap<number, string>;
  heldNotes: ReadonlyMap<number, HeldNoteFacts>;
}

export function ArticlePage({
  settings,
  article,
  source,
  thread,
  commentCount,
  commentsOpen: open,
  form,
  publicUrl,
  commentPage = { page: 1, pageCount: 1 },
  ownComments = new Map(),
  alsoReported = [],
  quotes = [],
  entities = [],
  order = defaultCommentOrder,
  permalinks = new Map(),
  heldNotes = new Map(),
}: ArticlePageProps) {
  const { page, pageCount } = commentPage;
  const defaultPage = order === defaultCommentOrder ? pageCount : 1;
  const pageQuery = `${orderQuery(order)}${page === defaultPage ? '' : `cpage=${page}&`}`;
  const list: ListContext = { settings, articleSlug: article.slug, repliesOpen: open, ownComments, pageQuery, permalinks, heldNotes };
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
        {commentCount > 1 && <CommentOrderLinks slug={article.slug} order={order} />}
        <CommentPages slug={article.slug} page={page} pageCount={pageCount} order={order} />
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

/**
 * "Older comments" / "Newer comments", WordPress's words; pages run oldest (1) to newest (the
 * default). In another order the first page is the default and the links just go on.
 */
function CommentPages({ slug, page, pageCount, order }: { slug: string; page: number; pageCount: number; order: CommentOrder }) {
  if (pageCount <= 1) return null;
  const inDefaultOrder = order === defaultCommentOrder;
  const query = orderQuery(order);
  return (
    <nav class="pagination comment-pages" aria-label="Comment pages">
      {page > 1 ? (
        <a href={`/articles/${slug}?${query}cpage=${page - 1}#comments`} rel="prev">
          {inDefaultOrder ? '← Older comments' : '← Previous comments'}
        </a>
      ) : (
        <span />
      )}
      <span>
        Comment page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={`/articles/${slug}?${query}cpage=${page + 1}#comments`} rel="next">
          {inDefaultOrder ? 'Newer comments →' : 'More comments →'}
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
          {!pending && (
            <a class="comment-link" href={list.permalinks.get(c.id) ?? `/articles/${articleSlug}#comment-${c.id}`} aria-label={`Link to the comment by ${c.author_name}`}>
              Link
            </a>
          )}
        </header>
        {pending && <HeldNote facts={list.heldNotes.get(c.id) ?? { moderatorsMailed: settings.notifyModeratorsOfHeld, following: null }} />}
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
