import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildThread, countThread, type ThreadNode, type Threadable } from '../../src/discussion/threading.js';

interface TestComment extends Threadable {
  author: string;
}

/** A comment posted `minute` minutes after 10:00 on a fixed day. */
function c(id: number, parentId: number | null, minute: number): TestComment {
  const at = new Date(Date.UTC(2026, 4, 1, 10, minute, 0)).toISOString();
  return { id, parent_id: parentId, created_at: at, author: `reader ${id}` };
}

/** A compact picture of a thread: "id@depth" with replies in brackets and "^parent" when lifted. */
function shape(nodes: readonly ThreadNode<TestComment>[]): string[] {
  return nodes.map((n) => {
    const lifted = n.inReplyTo ? `^${n.inReplyTo.id}` : '';
    const replies = n.replies.length ? `[${shape(n.replies).join(' ')}]` : '';
    return `${n.comment.id}@${n.depth}${lifted}${replies}`;
  });
}

describe('buildThread', () => {
  test('no comments, no nodes', () => {
    assert.deepEqual(buildThread([], 5), []);
  });

  test('top-level comments are shown oldest first', () => {
    const thread = buildThread([c(3, null, 30), c(1, null, 10), c(2, null, 20)], 5);
    assert.deepEqual(shape(thread), ['1@1', '2@1', '3@1']);
  });

  test('ties in time are broken by id', () => {
    const thread = buildThread([c(9, null, 5), c(4, null, 5), c(7, null, 5), c(1, null, 6)], 5);
    assert.deepEqual(shape(thread), ['4@1', '7@1', '9@1', '1@1']);
  });

  test('order follows time, not id', () => {
    assert.deepEqual(shape(buildThread([c(1, null, 50), c(2, null, 10)], 5)), ['2@1', '1@1']);
  });

  test('replies nest under their parents, oldest first, with depth', () => {
    const thread = buildThread([c(1, null, 0), c(2, null, 1), c(3, 1, 2), c(4, 3, 3), c(5, 1, 4), c(6, 2, 5)], 5);
    assert.deepEqual(shape(thread), ['1@1[3@2[4@3] 5@2]', '2@1[6@2]']);
    assert.equal(thread[0]!.replies[0]!.replies[0]!.comment.author, 'reader 4');
  });

  test('nested replies are not marked as lifted', () => {
    const thread = buildThread([c(1, null, 0), c(2, 1, 1)], 5);
    assert.equal(thread[0]!.inReplyTo, null);
    assert.equal(thread[0]!.replies[0]!.inReplyTo, null);
  });

  test('a reply older than its parent still nests under it', () => {
    assert.deepEqual(shape(buildThread([c(2, 1, 0), c(1, null, 5)], 5)), ['1@1[2@2]']);
  });

  test('a reply whose parent is absent is shown at the top level, in time order', () => {
    const thread = buildThread([c(1, null, 0), c(5, 99, 10), c(2, null, 20), c(6, 5, 30)], 5);
    assert.deepEqual(shape(thread), ['1@1', '5@1[6@2]', '2@1']);
  });

  test('a comment that names itself as parent is shown at the top level', () => {
    assert.deepEqual(shape(buildThread([c(1, 1, 0), c(2, null, 1)], 5)), ['1@1', '2@1']);
  });

  test('replies beyond maxDepth are lifted to the deepest level in time order with inReplyTo', () => {
    // 1 ← 2 ← 3 ← 4 ← 5, and 6 also answers 3, posted between 4 and 5's thread.
    const comments = [c(1, null, 0), c(2, 1, 1), c(3, 2, 2), c(4, 3, 3), c(6, 3, 4), c(5, 4, 5), c(7, 2, 6)];
    const thread = buildThread(comments, 3);
    assert.deepEqual(shape(thread), ['1@1[2@2[3@3 4@3^3 6@3^3 5@3^4 7@3]]']);
    const deepest = thread[0]!.replies[0]!.replies;
    assert.equal(deepest.find((n) => n.comment.id === 5)!.inReplyTo!.author, 'reader 4');
    for (const node of deepest) assert.deepEqual(node.replies, []);
  });

  test('maxDepth 2 lifts grandchildren beside the child they descend from', () => {
    const thread = buildThread([c(1, null, 0), c(2, 1, 1), c(3, 2, 2), c(4, 1, 3), c(5, 3, 4)], 2);
    assert.deepEqual(shape(thread), ['1@1[2@2 3@2^2 5@2^3 4@2]']);
  });

  test('maxDepth 1 is flat: every comment at depth 1, replies marked', () => {
    const thread = buildThread([c(1, null, 0), c(2, null, 1), c(3, 1, 2), c(4, 3, 3), c(5, 2, 4)], 1);
    assert.deepEqual(shape(thread), ['1@1', '3@1^1', '4@1^3', '2@1', '5@1^2']);
    for (const node of thread) {
      assert.equal(node.depth, 1);
      assert.deepEqual(node.replies, []);
    }
  });

  test('maxDepth below 1 is treated as flat and fractions are floored', () => {
    const comments = [c(1, null, 0), c(2, 1, 1), c(3, 2, 2)];
    assert.deepEqual(shape(buildThread(comments, 0)), ['1@1', '2@1^1', '3@1^2']);
    assert.deepEqual(shape(buildThread(comments, -4)), ['1@1', '2@1^1', '3@1^2']);
    assert.deepEqual(shape(buildThread(comments, 2.9)), ['1@1[2@2 3@2^2]']);
  });

  test('does not reorder the array it is given', () => {
    const comments = [c(3, null, 30), c(1, null, 10)];
    buildThread(comments, 5);
    assert.deepEqual(comments.map((x) => x.id), [3, 1]);
  });

  test('keeps the caller’s comment objects', () => {
    const comments = [c(1, null, 0), c(2, 1, 1)];
    const thread = buildThread(comments, 5);
    assert.equal(thread[0]!.comment, comments[0]);
    assert.equal(thread[0]!.replies[0]!.comment, comments[1]);
  });
});

describe('countThread', () => {
  test('0 for an empty thread', () => {
    assert.equal(countThread([]), 0);
  });

  test('counts every comment at every depth and whatever the depth limit', () => {
    const comments = [c(1, null, 0), c(2, 1, 1), c(3, 2, 2), c(4, 3, 3), c(5, null, 4), c(6, 5, 5), c(7, 42, 6)];
    for (const depth of [1, 2, 3, 5, 10]) {
      assert.equal(countThread(buildThread(comments, depth)), 7, `depth ${depth}`);
    }
  });

  test('counts nested replies of hand-built nodes', () => {
    const leaf = (id: number): ThreadNode<TestComment> => ({ comment: c(id, null, id), depth: 2, inReplyTo: null, replies: [] });
    const nodes: ThreadNode<TestComment>[] = [{ comment: c(1, null, 0), depth: 1, inReplyTo: null, replies: [leaf(2), leaf(3)] }, leaf(4)];
    assert.equal(countThread(nodes), 4);
  });
});
