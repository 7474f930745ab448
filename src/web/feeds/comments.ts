import { generateRssFeed } from 'feedsmith';
import type { FeedComment } from '../../store/comments.js';
import { toDate, xmlText } from './entry.js';

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
export function renderCommentsRss({ head, comments, paths, publicUrl }: CommentFeedInput): { body: string; lastModified: Date | null } {
  const items = comments.map((c) => {
    const link = publicUrl + (paths.get(c.id) ?? `/articles/${encodeURIComponent(c.article_slug)}#comment-${c.id}`);
    return {
      title: xmlText(`${c.author_name} on ${c.article_title}`),
      link,
      guid: { value: link, isPermaLink: true },
      pubDate: toDate(c.created_at, new Date(0)),
      description: xmlText(c.body_html),
      dc: { creators: [xmlText(c.author_name)] },
    };
  });
  const newest = items.reduce<Date | null>((max, i) => (max === null || i.pubDate > max ? i.pubDate : max), null);
  const body = generateRssFeed({
    title: xmlText(head.title),
    link: head.pageUrl,
    description: xmlText(head.description),
    language: head.language,
    lastBuildDate: newest ?? head.emptyUpdated,
    generator: 'Newsdesk',
    docs: 'https://www.rssboard.org/rss-specification',
    atom: { links: [{ href: head.selfUrl, rel: 'self', type: 'application/rss+xml' }] },
    items,
  });
  return { body, lastModified: newest };
}
