import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  commentLimits,
  emptyCommentForm,
  normalizeWebsite,
  readCommentForm,
  validateCommentForm,
  type CommentDraft,
  type CommentFormInput,
  type FieldErrors,
} from '../../src/discussion/comment-form.js';

function form(overrides: Partial<CommentFormInput> = {}): CommentFormInput {
  return {
    ...emptyCommentForm,
    comment: 'The new tram timetable leaves the night shift stranded.',
    author: 'Ines Duarte',
    email: 'ines@example.org',
    ...overrides,
  };
}

function draftOf(input: CommentFormInput): CommentDraft {
  const result = validateCommentForm(input);
  assert.ok('draft' in result, `expected a draft, got ${JSON.stringify(result)}`);
  return result.draft;
}

function errorsOf(input: CommentFormInput): FieldErrors {
  const result = validateCommentForm(input);
  assert.ok('errors' in result, `expected errors, got ${JSON.stringify(result)}`);
  return result.errors;
}

describe('readCommentForm', () => {
  test('maps posted field names onto the form', () => {
    const input = readCommentForm({
      comment: 'Hello',
      author: 'Ann',
      email: 'ann@example.org',
      url: 'example.org',
      parent_id: '12',
      save_details: 'yes',
      form_token: 'abc.def',
      homepage: 'http://spam.example',
    });
    assert.deepEqual(input, {
      comment: 'Hello',
      author: 'Ann',
      email: 'ann@example.org',
      url: 'example.org',
      parentId: '12',
      saveDetails: true,
      notify: false,
      notifyReplies: false,
      formToken: 'abc.def',
      trap: 'http://spam.example',
    });
  });

  test('save_details is only true for the exact value "yes"', () => {
    assert.equal(readCommentForm({ save_details: 'yes' }).saveDetails, true);
    assert.equal(readCommentForm({ save_details: 'on' }).saveDetails, false);
    assert.equal(readCommentForm({ save_details: 'YES' }).saveDetails, false);
    assert.equal(readCommentForm({ save_details: true }).saveDetails, false);
    assert.equal(readCommentForm({}).saveDetails, false);
  });

  test('non-string fields become empty strings', () => {
    const input = readCommentForm({
      comment: ['first', 'second'],
      author: 42,
      email: { address: 'x@example.org' },
      url: null,
      parent_id: 7,
      form_token: true,
      homepage: ['bot'],
    });
    assert.deepEqual(input, emptyCommentForm);
  });

  test('a body that is not an object gives the empty form', () => {
    for (const body of [undefined, null, 'comment=hi', 42, true]) {
      assert.deepEqual(readCommentForm(body), emptyCommentForm, `body ${JSON.stringify(body)}`);
    }
  });

  test('an array body gives the empty form and ignores indexes', () => {
    assert.deepEqual(readCommentForm(['hi', 'Ann']), emptyCommentForm);
  });
});

describe('validateCommentForm: required fields', () => {
  test('a complete form gives a trimmed draft', () => {
    assert.deepEqual(draftOf(form()), {
      body: 'The new tram timetable leaves the night shift stranded.',
      authorName: 'Ines Duarte',
      authorEmail: 'ines@example.org',
      authorUrl: null,
      parentId: null,
    });
  });

  test('an empty form reports every required field with WordPress wording', () => {
    assert.deepEqual(errorsOf(emptyCommentForm), {
      comment: 'Please type your comment.',
      author: 'Please enter your name.',
      email: 'Please enter your email address. It will not be published.',
    });
  });

  test('whitespace-only fields count as empty', () => {
    assert.deepEqual(errorsOf(form({ comment: ' \r\n\t \n', author: '   ', email: '\t' })), {
      comment: 'Please type your comment.',
      author: 'Please enter your name.',
      email: 'Please enter your email address. It will not be published.',
    });
  });

  test('one bad field gives only that error', () => {
    assert.deepEqual(errorsOf(form({ author: '' })), { author: 'Please enter your name.' });
  });
});

describe('validateCommentForm: trimming and normalisation', () => {
  test('comment is trimmed and CRLF / CR become LF', () => {
    const draft = draftOf(form({ comment: '\r\n  First line\r\nsecond line\rthird line\r\n\r\n' }));
    assert.equal(draft.body, 'First line\nsecond line\nthird line');
  });

  test('inner blank lines of a comment are kept', () => {
    assert.equal(draftOf(form({ comment: 'One.\r\n\r\nTwo.' })).body, 'One.\n\nTwo.');
  });

  test('name runs of whitespace collapse to one space', () => {
    assert.equal(draftOf(form({ author: '  Ines \t  Maria\n Duarte  ' })).authorName, 'Ines Maria Duarte');
  });

  test('email and website are trimmed', () => {
    const draft = draftOf(form({ email: '  ines@example.org \n', url: '  https://ines.example.org/blog  ' }));
    assert.equal(draft.authorEmail, 'ines@example.org');
    assert.equal(draft.authorUrl, 'https://ines.example.org/blog');
  });
});

describe('validateCommentForm: WordPress length limits', () => {
  test('the limits are the WordPress column limits', () => {
    assert.deepEqual({ ...commentLimits }, { comment: 65_525, author: 245, email: 100, url: 200 });
  });

  test('comment of exactly 65,525 characters passes', () => {
    assert.equal(draftOf(form({ comment: 'x'.repeat(65_525) })).body.length, 65_525);
  });

  test('comment of 65,526 characters fails with a message', () => {
    assert.deepEqual(errorsOf(form({ comment: 'x'.repeat(65_526) })), {
      comment: 'Your comment is too long: 65,526 characters, the limit is 65,525.',
    });
  });

  test('comment length is measured after trimming', () => {
    assert.equal(draftOf(form({ comment: `   ${'x'.repeat(65_525)}\n\n  ` })).body.length, 65_525);
  });

  test('comment length counts a CRLF as one character', () => {
    const raw = `${'x'.repeat(65_522)}\r\nyy`;
    assert.equal(raw.length, 65_526);
    assert.equal(draftOf(form({ comment: raw })).body.length, 65_525);
  });

  test('name of exactly 245 characters passes', () => {
    assert.equal(draftOf(form({ author: 'n'.repeat(245) })).authorName.length, 245);
  });

  test('name of 246 characters fails with a message', () => {
    assert.deepEqual(errorsOf(form({ author: 'n'.repeat(246) })), {
      author: 'Your name is too long: 246 characters, the limit is 245.',
    });
  });

  test('email of exactly 100 characters passes', () => {
    const email = `${'a'.repeat(60)}@${'b'.repeat(27)}.example.org`;
    assert.equal(email.length, 100);
    assert.equal(draftOf(form({ email })).authorEmail, email);
  });

  test('email of 101 characters fails with the length message, not the format one', () => {
    const email = `${'a'.repeat(61)}@${'b'.repeat(27)}.example.org`;
    assert.equal(email.length, 101);
    assert.deepEqual(errorsOf(form({ email })), {
      email: 'Your email address is too long: 101 characters, the limit is 100.',
    });
  });

  test('website of exactly 200 characters passes', () => {
    const url = `https://example.org/${'p'.repeat(180)}`;
    assert.equal(url.length, 200);
    assert.equal(draftOf(form({ url })).authorUrl, url);
  });

  test('website of 201 characters fails with a message', () => {
    const url = `https://example.org/${'p'.repeat(181)}`;
    assert.deepEqual(errorsOf(form({ url })), {
      url: 'Your website address is too long: 201 characters, the limit is 200.',
    });
  });
});

describe('validateCommentForm: email addresses', () => {
  const invalidMessage = 'Please enter a valid email address, like name@example.com.';

  for (const email of ['plainaddress', 'ines@localhost', 'ines @example.org', 'ines@exa mple.org', '@example.org', 'ines@', 'ines@example..org', 'ines@example.org.', 'ines@-example.org', 'ines@@example.org', 'ines<x>@example.org']) {
    test(`refuses ${JSON.stringify(email)}`, () => {
      assert.deepEqual(errorsOf(form({ email })), { email: invalidMessage });
    });
  }

  for (const email of ['first.last+news@mail.example.co.uk', "o'brien@example.ie", 'X_Y-9@Sub-Domain.Example.ORG']) {
    test(`accepts ${JSON.stringify(email)}`, () => {
      assert.equal(draftOf(form({ email })).authorEmail, email);
    });
  }
});

describe('validateCommentForm: website', () => {
  const schemeMessage = 'Please enter a web address starting with http:// or https://, or leave it empty.';

  test('an empty website gives null', () => {
    assert.equal(draftOf(form({ url: '' })).authorUrl, null);
    assert.equal(draftOf(form({ url: '   ' })).authorUrl, null);
  });

  test('a website without a scheme gets http://', () => {
    assert.equal(draftOf(form({ url: 'ines.example.org/about' })).authorUrl, 'http://ines.example.org/about');
  });

  for (const url of ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://files.example.org/me', 'mailto:ines@example.org', 'file:///etc/passwd']) {
    test(`refuses ${JSON.stringify(url)}`, () => {
      assert.deepEqual(errorsOf(form({ url })), { url: schemeMessage });
    });
  }

  test('refuses a host without a dot', () => {
    assert.deepEqual(errorsOf(form({ url: 'http://intranet/me' })), { url: schemeMessage });
  });

  test('website errors do not hide other field errors', () => {
    assert.deepEqual(errorsOf(form({ url: 'javascript:void(0)', author: '' })), { url: schemeMessage, author: 'Please enter your name.' });
  });
});

describe('normalizeWebsite', () => {
  const cases: [string, string | null][] = [
    ['example.org', 'http://example.org/'],
    ['example.org/me', 'http://example.org/me'],
    ['//example.org/me', 'http://example.org/me'],
    ['https://Example.ORG/Me?x=1#top', 'https://example.org/Me?x=1#top'],
    ['HTTP://example.org', 'http://example.org/'],
    ['http://localhost', 'http://localhost/'],
    ['localhost', 'http://localhost/'],
    ['example.org:8080/me', 'http://example.org:8080/me'],
    ['localhost:3000', 'http://localhost:3000/'],
    ['javascript:alert(1)', null],
    ['javascript:1', null],
    ['data:text/plain,hi', null],
    ['ftp://example.org', null],
    ['ws://example.org', null],
    ['http://intranet', null],
    ['exa mple.org', null],
    ['http://', null],
  ];
  for (const [raw, expected] of cases) {
    test(`${JSON.stringify(raw)} → ${JSON.stringify(expected)}`, () => {
      assert.equal(normalizeWebsite(raw), expected);
    });
  }
});

describe('validateCommentForm: parent id', () => {
  const cases: [string, number | null][] = [
    ['', null],
    ['0', null],
    ['42', 42],
    ['000042', 42],
    ['123456789012345', 123_456_789_012_345],
    ['1234567890123456', -1],
    ['-3', -1],
    ['4.5', -1],
    ['12abc', -1],
    [' 12', -1],
    ['1e3', -1],
  ];
  for (const [parentId, expected] of cases) {
    test(`${JSON.stringify(parentId)} → ${expected}`, () => {
      assert.equal(draftOf(form({ parentId })).parentId, expected);
    });
  }
});
