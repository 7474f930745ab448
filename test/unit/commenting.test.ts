import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commentLimits, followScope, readCommentForm } from '../../src/discussion/comment-form.js';
import { orderThreads, parseCommentOrder } from '../../src/discussion/comment-order.js';
import { previewComment } from '../../src/discussion/comment-preview.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { buildThread } from '../../src/discussion/threading.js';
import { heldNoteSentences, heldWhy } from '../../src/web/pages/comment-held-note.js';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();
const c = (id: number, minute: number, parent: number | null = null) => ({ id, parent_id: parent, created_at: at(minute) });

describe('orders of the threads', () => {
  const threads = buildThread([c(1, 0), c(2, 1), c(3, 2), c(4, 3, 2), c(5, 4, 4), c(6, 5, 3), c(7, 6)], 5);
  const ids = (order: 'oldest' | 'newest' | 'replies') => orderThreads(threads, order).map((node) => node.comment.id);

  test('oldest, newest, and most replied (all replies below a thread count; ties stay oldest first)', () => {
    assert.deepEqual(ids('oldest'), [1, 2, 3, 7]);
    assert.deepEqual(ids('newest'), [7, 3, 2, 1]);
    assert.deepEqual(ids('replies'), [2, 3, 1, 7]);
  });

  test('replies inside a thread keep the order they were written in', () => {
    const busy = orderThreads(threads, 'newest').find((node) => node.comment.id === 2)!;
    assert.deepEqual(busy.replies.map((node) => node.comment.id), [4]);
    assert.deepEqual(busy.replies[0]!.replies.map((node) => node.comment.id), [5]);
    assert.deepEqual(ids('oldest'), threads.map((node) => node.comment.id), 'the default order leaves the threads as built');
  });

  test('?sort= values: the known orders, none, or a value naming no order', () => {
    assert.equal(parseCommentOrder('newest'), 'newest');
    assert.equal(parseCommentOrder('replies'), 'replies');
    assert.equal(parseCommentOrder(undefined), undefined);
    assert.equal(parseCommentOrder('NEWEST'), null);
    assert.equal(parseCommentOrder(['newest']), null);
  });
});

describe('preview', () => {
  test('renders what would be stored, with the renderer of posted comments', () => {
    const shown = previewComment({ comment: '\r\n  *Hi* <b>there</b>\r\n', author: '  Ann   Lee ' });
    assert.deepEqual(shown, { kind: 'shown', bodyHtml: renderCommentMarkdown('*Hi* <b>there</b>'), authorName: 'Ann Lee' });
    assert.deepEqual(previewComment({ comment: 'x', author: ' ' }), { kind: 'shown', bodyHtml: '<p>x</p>', authorName: 'You' });
  });

  test('refuses an empty or too long text in words', () => {
    assert.equal(previewComment({ comment: ' \n ', author: '' }).kind, 'refused');
    const long = previewComment({ comment: 'a'.repeat(commentLimits.comment + 1), author: '' });
    assert.deepEqual(long, { kind: 'refused', error: `Your comment is too long: ${(commentLimits.comment + 1).toLocaleString('en')} characters, the limit is ${commentLimits.comment.toLocaleString('en')}.` });
  });
});

describe('following', () => {
  test('the two boxes: the whole article wins over replies only', () => {
    assert.equal(followScope(readCommentForm({})), null);
    assert.equal(followScope(readCommentForm({ notify_replies: 'yes' })), 'replies');
    assert.equal(followScope(readCommentForm({ notify: 'yes' })), 'article');
    assert.equal(followScope(readCommentForm({ notify: 'yes', notify_replies: 'yes' })), 'article');
    assert.equal(followScope(readCommentForm({ notify_replies: 'on' })), null);
  });
});

describe('the held note', () => {
  test('follows the settings and what the author asked for', () => {
    const quiet = heldNoteSentences({ moderatorsMailed: false, following: null });
    assert.equal(quiet[0], 'Your comment is awaiting moderation.');
    assert.match(quiet[1]!, /when they next look at the comments waiting/);
    assert.equal(quiet.at(-1), 'You will not get an email about it.');
    assert.match(heldNoteSentences({ moderatorsMailed: true, following: null })[1]!, /have been told/);
    assert.match(heldNoteSentences({ moderatorsMailed: true, following: null, why: 'first' })[1]!, /^A first comment under a name and email address is read before it appears/);
    assert.equal(heldNoteSentences({ moderatorsMailed: true, following: null, why: 'all' })[1], 'Every comment here is read before it appears.');
    assert.equal(heldWhy('held: first comment'), 'first');
    assert.equal(heldWhy('held: every comment is held'), 'all');
    assert.equal(heldWhy('held: 3 links'), 'other', 'the rules’ reasons are not told');
    assert.equal(heldNoteSentences({ moderatorsMailed: true, following: { scope: 'replies', confirmed: true } }).at(-1), 'You will get an email about replies to your comment.');
    assert.match(heldNoteSentences({ moderatorsMailed: true, following: { scope: 'article', confirmed: false } }).at(-1)!, /^You asked for emails about new comments on this article: we have sent you an email with a link to confirm/);
  });
});
