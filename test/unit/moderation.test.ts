import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CommentDraft, FieldErrors } from '../../src/discussion/comment-form.js';
import { decideComment, messages, type CommentFacts, type ModerationSettings } from '../../src/discussion/moderation.js';

const draft: CommentDraft = {
  body: 'The council vote was closer than the article says.',
  authorName: 'Ines Duarte',
  authorEmail: 'ines@example.org',
  authorUrl: null,
  parentId: null,
};

/** Facts for a comment that nothing objects to, from an author with an approved comment. */
function facts(overrides: Partial<CommentFacts> = {}): CommentFacts {
  return {
    commentsOpen: true,
    formToken: 'ok',
    honeypotFilled: false,
    duplicate: false,
    secondsSinceLastComment: null,
    authorHasApprovedComment: true,
    linkCount: 0,
    ...overrides,
  };
}

const settings: ModerationSettings = { floodSeconds: 15, requirePriorApproval: true, commentMaxLinks: 2 };
const fieldErrors: FieldErrors = { email: 'Please enter your email address. It will not be published.' };
const tokenStale = 'This form was open for too long or did not come from this page. Your comment is kept below: press “Post Comment” again to send it.';
const tokenTooFast =
  'That was quicker than people usually type, so we could not tell you from a bot. Your comment is kept below: wait a few seconds and press “Post Comment” again.';

describe('messages', () => {
  test('are the WordPress wordings and the desk’s own', () => {
    assert.deepEqual(messages, {
      closed: 'Sorry, comments are closed for this item.',
      duplicate: 'Duplicate comment detected; it looks as though you’ve already said that!',
      flood: 'You are posting comments too quickly. Slow down.',
      unapprovedParent: 'Sorry, replies to unapproved comments are not allowed.',
      missingParent: 'The comment you are replying to is no longer here. Your text is kept below; you can post it as a new comment.',
      tokenTooFast,
      tokenStale,
    });
  });
});

describe('decideComment: refusals in order', () => {
  test('closed comes first, before every other signal', () => {
    const everythingWrong = facts({
      commentsOpen: false,
      honeypotFilled: true,
      formToken: 'invalid',
      parent: null,
      duplicate: true,
      secondsSinceLastComment: 1,
      linkCount: 9,
    });
    assert.deepEqual(decideComment(draft, {}, everythingWrong, settings), { kind: 'refused', message: 'Sorry, comments are closed for this item.' });
    assert.deepEqual(decideComment(null, fieldErrors, facts({ commentsOpen: false }), settings), { kind: 'refused', message: 'Sorry, comments are closed for this item.' });
  });

  test('a filled honeypot keeps the comment as spam, ahead of token and duplicate checks', () => {
    const f = facts({ honeypotFilled: true, formToken: 'too-fast', duplicate: true, secondsSinceLastComment: 0, authorHasApprovedComment: false });
    assert.deepEqual(decideComment(draft, {}, f, settings), { kind: 'accepted', status: 'spam', reason: 'spam: hidden field filled' });
  });

  test('field errors are refused with the fields marked', () => {
    assert.deepEqual(decideComment(null, fieldErrors, facts(), settings), { kind: 'refused', message: 'Please correct the marked fields.', fieldErrors });
  });

  test('field errors win over a filled honeypot: nothing is kept', () => {
    assert.deepEqual(decideComment(null, fieldErrors, facts({ honeypotFilled: true }), settings), {
      kind: 'refused',
      message: 'Please correct the marked fields.',
      fieldErrors,
    });
  });

  test('field errors with a bad token show the token message and keep the field errors', () => {
    assert.deepEqual(decideComment(null, fieldErrors, facts({ formToken: 'too-fast' }), settings), { kind: 'refused', message: tokenTooFast, fieldErrors });
    assert.deepEqual(decideComment(null, fieldErrors, facts({ formToken: 'expired' }), settings), { kind: 'refused', message: tokenStale, fieldErrors });
  });

  test('too-fast token', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ formToken: 'too-fast' }), settings), { kind: 'refused', message: tokenTooFast });
  });

  for (const formToken of ['expired', 'invalid', 'missing'] as const) {
    test(`${formToken} token gets the stale-form message`, () => {
      assert.deepEqual(decideComment(draft, {}, facts({ formToken }), settings), { kind: 'refused', message: tokenStale });
    });
  }

  test('token is checked before the parent', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ formToken: 'invalid', parent: null }), settings), { kind: 'refused', message: tokenStale });
  });

  test('a missing parent is refused and the text kept', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ parent: null, duplicate: true }), settings), {
      kind: 'refused',
      message: 'The comment you are replying to is no longer here. Your text is kept below; you can post it as a new comment.',
    });
  });

  for (const status of ['pending', 'spam', 'trash'] as const) {
    test(`a reply to a ${status} comment is refused`, () => {
      assert.deepEqual(decideComment(draft, {}, facts({ parent: { status }, duplicate: true }), settings), {
        kind: 'refused',
        message: 'Sorry, replies to unapproved comments are not allowed.',
      });
    });
  }

  test('a reply to an approved comment goes on', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ parent: { status: 'approved' } }), settings), {
      kind: 'accepted',
      status: 'approved',
      reason: 'approved: known author',
    });
  });

  test('a duplicate is refused, ahead of the flood check', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ duplicate: true, secondsSinceLastComment: 1 }), settings), {
      kind: 'refused',
      message: 'Duplicate comment detected; it looks as though you’ve already said that!',
    });
  });

  test('a flood is refused under floodSeconds', () => {
    for (const seconds of [0, 1, 14.9]) {
      assert.deepEqual(decideComment(draft, {}, facts({ secondsSinceLastComment: seconds }), settings), {
        kind: 'refused',
        message: 'You are posting comments too quickly. Slow down.',
      }, `${seconds}s`);
    }
  });

  test('no flood at exactly floodSeconds or with no earlier comment', () => {
    assert.equal(decideComment(draft, {}, facts({ secondsSinceLastComment: 15 }), settings).kind, 'accepted');
    assert.equal(decideComment(draft, {}, facts({ secondsSinceLastComment: null }), settings).kind, 'accepted');
  });

  test('flood is checked before links are held', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ secondsSinceLastComment: 2, linkCount: 5 }), settings), {
      kind: 'refused',
      message: 'You are posting comments too quickly. Slow down.',
    });
  });
});

describe('decideComment: holds and approvals', () => {
  test('commentMaxLinks links or more are held with the count', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ linkCount: 2 }), settings), { kind: 'accepted', status: 'pending', reason: 'held: 2 links' });
    assert.deepEqual(decideComment(draft, {}, facts({ linkCount: 7 }), settings), { kind: 'accepted', status: 'pending', reason: 'held: 7 links' });
  });

  test('fewer links than commentMaxLinks are not held for it', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ linkCount: 1 }), settings), { kind: 'accepted', status: 'approved', reason: 'approved: known author' });
  });

  test('commentMaxLinks 1 holds a single link', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ linkCount: 1 }), { ...settings, commentMaxLinks: 1 }), { kind: 'accepted', status: 'pending', reason: 'held: 1 links' });
  });

  test('the link hold comes before the first-comment hold', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ linkCount: 3, authorHasApprovedComment: false }), settings), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: 3 links',
    });
  });

  test('commentMaxLinks 0 disables the link rule', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ linkCount: 50 }), { ...settings, commentMaxLinks: 0 }), {
      kind: 'accepted',
      status: 'approved',
      reason: 'approved: known author',
    });
  });

  test('a first comment is held', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ authorHasApprovedComment: false }), settings), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: first comment',
    });
  });

  test('a known author is approved', () => {
    assert.deepEqual(decideComment(draft, {}, facts(), settings), { kind: 'accepted', status: 'approved', reason: 'approved: known author' });
  });

  test('requirePriorApproval false approves a first comment', () => {
    const decision = decideComment(draft, {}, facts({ authorHasApprovedComment: false }), { ...settings, requirePriorApproval: false });
    assert.equal(decision.kind, 'accepted');
    assert.equal(decision.kind === 'accepted' && decision.status, 'approved');
  });

  test('requirePriorApproval false still holds for links', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ authorHasApprovedComment: false, linkCount: 2 }), { ...settings, requirePriorApproval: false }), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: 2 links',
    });
  });
});
