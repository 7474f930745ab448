import { buildThread, type Threadable, type ThreadNode } from '../../discussion/threading.js';

/*
 * Where a comment lives. Under an article, top-level threads are split into pages of
 * `commentsPerPage` (replies stay with their thread), numbered from the oldest as WordPress
 * does, so a page's number never changes as new comments arrive; the page shown by default
 * is the last, newest one. A link to a comment names its page unless that is the default.
 */

/**
 * The settings pages are cut by. With a thread depth of 1 the comments are shown flat, and
 * each comment counts as a thread, as WordPress does with threading off.
 */
export interface CommentPaging {
  perPage: number;
  threadDepth: number;
}

/** How many pages the threads fill; `perPage` 0 puts every thread on one page. */
export function commentPageCount(threadCount: number, perPage: number): number {
  if (perPage <= 0) return 1;
  return Math.max(1, Math.ceil(threadCount / perPage));
}

/** The threads on one page (1 = oldest). */
export function threadsOnPage<T extends Threadable>(threads: readonly ThreadNode<T>[], perPage: number, page: number): ThreadNode<T>[] {
  if (perPage <= 0) return [...threads];
  return threads.slice((page - 1) * perPage, page * perPage);
}

function holds<T extends Threadable>(node: ThreadNode<T>, commentId: number): boolean {
  return node.comment.id === commentId || node.replies.some((child) => holds(child, commentId));
}

/** The page a comment is on, or null when it is not among the threads. */
export function pageOfComment<T extends Threadable>(threads: readonly ThreadNode<T>[], perPage: number, commentId: number): number | null {
  const index = threads.findIndex((node) => holds(node, commentId));
  if (index < 0) return null;
  return perPage <= 0 ? 1 : Math.floor(index / perPage) + 1;
}

/** `/articles/SLUG#comment-ID`, with `?cpage=N` when the comment is not on the default (last) page. */
export function commentPath(slug: string, commentId: number, page: number | null, pageCount: number): string {
  const base = `/articles/${encodeURIComponent(slug)}`;
  return page === null || page === pageCount ? `${base}#comment-${commentId}` : `${base}?cpage=${page}#comment-${commentId}`;
}

/** The path of a comment among the comments a reader sees (their own held ones included). */
export function commentPathAmong<T extends Threadable>(slug: string, comments: readonly T[], paging: CommentPaging, commentId: number): string {
  const { perPage } = paging;
  const threads = buildThread(comments, paging.threadDepth);
  return commentPath(slug, commentId, pageOfComment(threads, perPage, commentId), commentPageCount(threads.length, perPage));
}

/** Page-aware paths for many comments at once, over each article's approved comments. */
export function commentPaths<T extends Threadable & { article_id: number }>(
  targets: readonly { id: number; article_id: number; article_slug: string }[],
  approved: readonly T[],
  paging: CommentPaging,
): Map<number, string> {
  const { perPage } = paging;
  const byArticle = new Map<number, T[]>();
  for (const c of approved) byArticle.set(c.article_id, [...(byArticle.get(c.article_id) ?? []), c]);
  const threadsOf = new Map<number, ThreadNode<T>[]>();
  const paths = new Map<number, string>();
  for (const target of targets) {
    let threads = threadsOf.get(target.article_id);
    if (!threads) {
      threads = buildThread(byArticle.get(target.article_id) ?? [], paging.threadDepth);
      threadsOf.set(target.article_id, threads);
    }
    paths.set(target.id, commentPath(target.article_slug, target.id, pageOfComment(threads, perPage, target.id), commentPageCount(threads.length, perPage)));
  }
  return paths;
}
