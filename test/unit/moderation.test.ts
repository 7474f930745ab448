import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CommentDraft, FieldErrors } from '../../src/discussion/comment-form.js';
import { decideComment, decideEdit, messages, rateLimitMessage, type CommentFacts, type ModerationSettings } from '../../src/discussion/moderation.js';
import { heldBecause } from '../../src/discussion/notifications.js';
import type { SpamVerdict } from '../../src/discussion/spam/content.js';

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
    recentCommentsFromAddress: 0,
    blockedAuthor: null,
    disallowedWord: null,
    moderationWord: null,
    spamScore: { score: 0, version: 0, features: [] },
    ...overrides,
  };
}

const settings: ModerationSettings = {
  floodSeconds: 15,
  requirePriorApproval: true,
  commentMaxLinks: 2,
  commentsPerMinutePerAddress: 5,
  holdAllComments: false,
  spamScoreHold: 50,
  spamScoreSpam: 80,
};

function score(value: number): SpamVerdict {
  return {
    score: value,
    version: 3,
    features: [
      { feature: '"casino"', weight: 1.2 },
      { feature: 'links:1', weight: 0.8 },
      { feature: 'bonus', weight: 0.4 },
      { feature: 'free', weight: 0.2 },
    ],
  };
}
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

  test('a filled honeypot meets the token, duplicate, flood and per-address rules first, and only then is kept as spam', () => {
    const caught = facts({ honeypotFilled: true, authorHasApprovedComment: false });
    assert.deepEqual(decideComment(draft, {}, caught, settings), { kind: 'accepted', status: 'spam', reason: 'spam: hidden field filled' });
    const refusals: [Partial<CommentFacts>, string][] = [
      [{ formToken: 'missing' }, tokenStale],
      [{ formToken: 'too-fast' }, tokenTooFast],
      [{ duplicate: true }, messages.duplicate],
      [{ secondsSinceLastComment: 0 }, messages.flood],
      [{ recentCommentsFromAddress: 5 }, rateLimitMessage(5)],
    ];
    for (const [objection, message] of refusals) {
      assert.deepEqual(decideComment(draft, {}, { ...caught, ...objection }, settings), { kind: 'refused', message }, JSON.stringify(objection));
    }
  });

  test('a filled honeypot is kept as spam ahead of every content rule, whatever the text says', () => {
    const f = facts({ honeypotFilled: true, linkCount: 9, disallowedWord: { word: 'x', field: 'text' }, spamScore: score(95) });
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

describe('decideComment: the per-address limit', () => {
  test('at the limit the comment is refused with the count and what to do', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ recentCommentsFromAddress: 5 }), settings), {
      kind: 'refused',
      message: 'You have posted 5 comments in the last minute; please wait a minute and post again.',
    });
    assert.deepEqual(decideComment(draft, {}, facts({ recentCommentsFromAddress: 9 }), settings), { kind: 'refused', message: rateLimitMessage(9) });
  });

  test('below the limit it goes on; 0 turns the limit off', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ recentCommentsFromAddress: 4 }), settings), { kind: 'accepted', status: 'approved', reason: 'approved: known author' });
    assert.equal(decideComment(draft, {}, facts({ recentCommentsFromAddress: 500 }), { ...settings, commentsPerMinutePerAddress: 0 }).kind, 'accepted');
  });

  test('the message counts one comment in the singular', () => {
    assert.equal(rateLimitMessage(1), 'You have posted 1 comment in the last minute; please wait a minute and post again.');
  });

  test('the limit comes after the flood check and before anything is stored as spam', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ recentCommentsFromAddress: 5, secondsSinceLastComment: 1 }), settings), { kind: 'refused', message: messages.flood });
    assert.deepEqual(decideComment(draft, {}, facts({ recentCommentsFromAddress: 5, blockedAuthor: 'email' }), settings), { kind: 'refused', message: rateLimitMessage(5) });
  });
});

describe('decideComment: spam', () => {
  test('a blocked author is kept as spam, saying whether the email or the address matched', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ blockedAuthor: 'email' }), settings), { kind: 'accepted', status: 'spam', reason: 'spam: blocked author (email)' });
    assert.deepEqual(decideComment(draft, {}, facts({ blockedAuthor: 'address', linkCount: 4 }), settings), { kind: 'accepted', status: 'spam', reason: 'spam: blocked author (address)' });
  });

  test('a disallowed word is spam and names the word and the field', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ disallowedWord: { word: 'Casino', field: 'url' } }), settings), {
      kind: 'accepted',
      status: 'spam',
      reason: 'spam: disallowed word "Casino" in url',
    });
  });

  test('a disallowed word in the address does not record the word (it would say where the comment came from)', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ disallowedWord: { word: '203.0.113.', field: 'address' } }), settings), {
      kind: 'accepted',
      status: 'spam',
      reason: 'spam: disallowed word in the address',
    });
  });

  test('a score at spamScoreSpam is spam with the score, the model version and its three strongest features', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ spamScore: score(80) }), settings), {
      kind: 'accepted',
      status: 'spam',
      reason: 'spam: score 80 (model v3: "casino" +1.20, links:1 +0.80, bonus +0.40)',
    });
  });

  test('spam rules come before every hold', () => {
    const holdsToo = { linkCount: 5, moderationWord: { word: 'x', field: 'text' as const }, authorHasApprovedComment: false };
    assert.deepEqual(decideComment(draft, {}, facts({ ...holdsToo, spamScore: score(95) }), { ...settings, holdAllComments: true }), {
      kind: 'accepted',
      status: 'spam',
      reason: 'spam: score 95 (model v3: "casino" +1.20, links:1 +0.80, bonus +0.40)',
    });
    const decision = decideComment(draft, {}, facts({ ...holdsToo, disallowedWord: { word: 'y', field: 'author' } }), settings);
    assert.deepEqual(decision, { kind: 'accepted', status: 'spam', reason: 'spam: disallowed word "y" in author' });
  });

  test('spamScoreSpam 0 turns the spam threshold off', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ spamScore: score(100) }), { ...settings, spamScoreSpam: 0, spamScoreHold: 0 }), {
      kind: 'accepted',
      status: 'approved',
      reason: 'approved: known author',
    });
  });
});

describe('decideComment: content holds', () => {
  test('a moderation word holds and names the word and the field', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ moderationWord: { word: 'referendum', field: 'text' } }), settings), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: moderation word "referendum" in text',
    });
    assert.deepEqual(decideComment(draft, {}, facts({ moderationWord: { word: 'curl', field: 'user agent' } }), settings), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: moderation word "curl" in user agent',
    });
  });

  test('a score between spamScoreHold and spamScoreSpam holds with its reasons', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ spamScore: score(62) }), settings), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: score 62 (model v3: "casino" +1.20, links:1 +0.80, bonus +0.40)',
    });
    assert.deepEqual(decideComment(draft, {}, facts({ spamScore: score(49) }), settings), { kind: 'accepted', status: 'approved', reason: 'approved: known author' });
    const justBelow = decideComment(draft, {}, facts({ spamScore: score(79) }), settings);
    assert.equal(justBelow.kind === 'accepted' ? justBelow.status : justBelow.kind, 'pending');
  });

  test('holdAllComments holds a known author', () => {
    assert.deepEqual(decideComment(draft, {}, facts(), { ...settings, holdAllComments: true }), { kind: 'accepted', status: 'pending', reason: 'held: every comment is held' });
  });

  test('holds name the most specific reason: links, then moderation word, then score, then hold-all, then first comment', () => {
    const all = facts({ linkCount: 3, moderationWord: { word: 'mayor', field: 'text' }, spamScore: score(60), authorHasApprovedComment: false });
    const hold = { ...settings, holdAllComments: true };
    assert.deepEqual(decideComment(draft, {}, all, hold), { kind: 'accepted', status: 'pending', reason: 'held: 3 links' });
    assert.deepEqual(decideComment(draft, {}, { ...all, linkCount: 0 }, hold), { kind: 'accepted', status: 'pending', reason: 'held: moderation word "mayor" in text' });
    assert.deepEqual(decideComment(draft, {}, { ...all, linkCount: 0, moderationWord: null }, hold), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: score 60 (model v3: "casino" +1.20, links:1 +0.80, bonus +0.40)',
    });
    assert.deepEqual(decideComment(draft, {}, { ...all, linkCount: 0, moderationWord: null, spamScore: score(10) }, hold), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: every comment is held',
    });
    assert.deepEqual(decideComment(draft, {}, { ...all, linkCount: 0, moderationWord: null, spamScore: null }, settings), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: first comment',
    });
  });
});

describe('decideComment: the spam model', () => {
  test('a score without named features still says which version gave it', () => {
    assert.deepEqual(decideComment(draft, {}, facts({ spamScore: { score: 60, version: 0, features: [] } }), settings), {
      kind: 'accepted',
      status: 'pending',
      reason: 'held: score 60 (model v0)',
    });
  });
});

describe('why a comment is held, as moderators read it in mail', () => {
  test('every kind of hold reads "Held because: <reason>" without the status word', () => {
    const held: [Partial<CommentFacts>, Partial<ModerationSettings>, string][] = [
      [{ authorHasApprovedComment: false }, {}, 'first comment'],
      [{}, { holdAllComments: true }, 'every comment is held'],
      [{ linkCount: 2 }, {}, '2 links'],
      [{ moderationWord: { word: 'bridge', field: 'text' } }, {}, 'moderation word "bridge" in text'],
      [{ moderationWord: { word: '203.0', field: 'address' } }, {}, 'moderation word in the address'],
      [{ spamScore: score(60) }, {}, 'score 60 (model v3: "casino" +1.20, links:1 +0.80, bonus +0.40)'],
    ];
    for (const [f, s, expected] of held) {
      const decision = decideComment(draft, {}, facts(f), { ...settings, ...s });
      assert.equal(decision.kind === 'accepted' && decision.status, 'pending', expected);
      assert.equal(`Held because: ${heldBecause(decision.kind === 'accepted' ? decision.reason : '')}`, `Held because: ${expected}`);
    }
    const edited = decideEdit({ ...facts(), linkCount: 3 }, settings);
    assert.equal(heldBecause(edited?.reason ?? ''), '3 links, after an edit');
    assert.equal(heldBecause('held: first comment; spam check unavailable'), 'first comment; spam check unavailable');
    assert.equal(heldBecause('pending: by Ada'), 'by Ada');
  });
});

describe('decideEdit: an edit meets the content rules', () => {
  test('spam and hold verdicts name the rule and the edit; hold-all holds; the first-comment rule does not apply', () => {
    assert.deepEqual(decideEdit({ ...facts(), disallowedWord: { word: 'casino', field: 'text' } }, settings), { status: 'spam', reason: 'spam: disallowed word "casino" in text, after an edit' });
    assert.deepEqual(decideEdit({ ...facts(), spamScore: score(90) }, settings), {
      status: 'spam',
      reason: 'spam: score 90 (model v3: "casino" +1.20, links:1 +0.80, bonus +0.40), after an edit',
    });
    assert.deepEqual(decideEdit({ ...facts(), blockedAuthor: 'email' }, settings), { status: 'spam', reason: 'spam: blocked author (email), after an edit' });
    assert.deepEqual(decideEdit(facts(), { ...settings, holdAllComments: true }), { status: 'pending', reason: 'held: every comment is held, after an edit' });
    assert.equal(decideEdit(facts({ authorHasApprovedComment: false }), settings), null);
  });
});
