/** The least a comment needs for threading. */
export interface Threadable {
  id: number;
  parent_id: number | null;
  created_at: string;
}

export interface ThreadNode<T extends Threadable> {
  comment: T;
  depth: number;
  /** Set when the reply was lifted to the deepest level shown: the comment it answers. */
  inReplyTo: T | null;
  replies: ThreadNode<T>[];
}

/**
 * Nests comments oldest first under their parents, down to `maxDepth` levels (1 = flat).
 * Replies deeper than that are shown at the deepest level, in time order, marked with
 * the comment they answer, as WordPress does. A reply whose parent is not in the list
 * (trashed, held) is shown at the top level rather than lost.
 */
export function buildThread<T extends Threadable>(comments: readonly T[], maxDepth: number): ThreadNode<T>[] {
  const depthLimit = Math.max(1, Math.floor(maxDepth));
  const sorted = [...comments].sort(olderFirst);
  const byId = new Map(sorted.map((c) => [c.id, c]));
  const childrenOf = new Map<number, T[]>();
  const roots: T[] = [];
  for (const comment of sorted) {
    const parent = comment.parent_id === null ? undefined : byId.get(comment.parent_id);
    if (!parent || parent.id === comment.id) roots.push(comment);
    else childrenOf.set(parent.id, [...(childrenOf.get(parent.id) ?? []), comment]);
  }
  const children = (comment: T) => childrenOf.get(comment.id) ?? [];
  const descendants = (comment: T): T[] => children(comment).flatMap((child) => [child, ...descendants(child)]);

  const nested = (comment: T, depth: number): ThreadNode<T>[] => {
    if (depth < depthLimit) {
      return [{ comment, depth, inReplyTo: null, replies: children(comment).flatMap((child) => nested(child, depth + 1)) }];
    }
    // At the deepest level the comment and everything below it become siblings.
    const lifted = descendants(comment).sort(olderFirst);
    return [comment, ...lifted].map((c, i) => ({
      comment: c,
      depth,
      inReplyTo: i === 0 ? null : (byId.get(c.parent_id ?? -1) ?? null),
      replies: [],
    }));
  };

  return roots.flatMap((root) => nested(root, 1));
}

function olderFirst(a: Threadable, b: Threadable): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1;
  return a.id - b.id;
}

export function countThread<T extends Threadable>(nodes: readonly ThreadNode<T>[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countThread(node.replies), 0);
}
