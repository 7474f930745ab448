import { countThread, type Threadable, type ThreadNode } from './threading.js';

/*
 * The orders a reader may read the threads under an article in. Only the top-level threads are
 * reordered: the replies inside a thread stay in the order they were written, so a conversation
 * always reads as it happened.
 */

export const commentOrders = ['oldest', 'newest', 'replies'] as const;
export type CommentOrder = (typeof commentOrders)[number];

export const defaultCommentOrder: CommentOrder = 'oldest';

export const commentOrderLabels: Record<CommentOrder, string> = { oldest: 'Oldest first', newest: 'Newest first', replies: 'Most replied' };

/** The order a `?sort=` value names; undefined for none, null for a value that names no order. */
export function parseCommentOrder(raw: unknown): CommentOrder | null | undefined {
  if (raw === undefined) return undefined;
  return typeof raw === 'string' && (commentOrders as readonly string[]).includes(raw) ? (raw as CommentOrder) : null;
}

/** The threads (as buildThread made them, oldest first) in the order asked for. */
export function orderThreads<T extends Threadable>(threads: readonly ThreadNode<T>[], order: CommentOrder): ThreadNode<T>[] {
  if (order === 'oldest') return [...threads];
  if (order === 'newest') return [...threads].reverse();
  // Most replies first; equal counts keep the oldest first (a stable sort keeps buildThread's order).
  const counted = threads.map((node, index) => ({ node, index, replies: countThread(node.replies) }));
  counted.sort((a, b) => b.replies - a.replies || a.index - b.index);
  return counted.map((entry) => entry.node);
}
