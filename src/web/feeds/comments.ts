import type { FeedComment } from '../../store/comments.js';
import { xml } from '../../text/xml.js';
import { toDate } from './entry.js';
import { rssDocument } from './rss.js';

export const commentFeedType = 'application/rss+xml; charset=utf-8';

export const deskCommentsFeedPath = '/comments.xml';

/** Where an article's comment feed lives. */
export function articleCommentsFeedPath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}/comments.xml`;
}

/** The `<link rel="alternate">` for a comment feed. */
export function commentFeedLink(href: string, title: string): { href: string; type: string; title: string } {
  return { href, type: 'application/rss+xml', title };
}

/** What a comment feed says about itself. URLs are absolute. */
export interface CommentFeedHead {
  title: string;
  description: string;
  /** The page the comments are on (the article), or the desk's home page. */
  pageUrl: string;
  selfUrl: string;
  language: string;
  /** Used as the feed's build time when it has no comments yet. */
  emptyUpdated: Date;
}

export interface CommentFeedInput {
  head: CommentFeedHead;
  comments: readonly FeedComment[];
  /** Each comment's page-aware path (`/articles/SLUG?cpage=N#comment-ID`), by id. */
  paths: ReadonlyMap<number, string>;
  publicUrl: string;
}

/**
 * RSS 2.0 of approved comments, newest first, as WordPress's comment feeds: the title
 * "NAME on ARTICLE", the link and guid the comment's permalink, the name in dc:creator,
 * the comment's sanitized HTML as the description. Never an email or address.
 */
export function renderCommentsRss({ head, comments, paths, publicUrl }: CommentFeedInput): string {
  const dated = comments.map((c) => ({ comment: c, created: toDate(c.created_at, new Date(0)) }));
  const newest = dated.reduce<Date | null>((max, d) => (max === null || d.created > max ? d.created : max), null);
  const items = dated.map(({ comment: c, created }) => {
    const link = publicUrl + (paths.get(c.id) ?? `/articles/${encodeURIComponent(c.article_slug)}#comment-${c.id}`);
    return xml(
      'item',
      {},
      xml('title', {}, `${c.author_name} on ${c.article_title}`),
      xml('link', {}, link),
      xml('guid', { isPermaLink: 'true' }, link),
      xml('pubDate', {}, created.toUTCString()),
      xml('description', {}, c.body_html),
      xml('dc:creator', {}, c.author_name),
    );
  });
  return rssDocument(
    { title: head.title, pageUrl: head.pageUrl, selfUrl: head.selfUrl, description: head.description, language: head.language, lastBuildDate: newest ?? head.emptyUpdated },
    items,
  );
}
