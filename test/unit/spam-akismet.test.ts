import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { akismetForm } from '../../src/discussion/spam/akismet.js';
import { verdictFor } from '../../src/discussion/spam/feedback.js';

describe('akismetForm', () => {
  test('sends the key, the site, the charset and every non-empty field', () => {
    const previous = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      const form = akismetForm({ key: 'k3y', url: 'https://akismet.example' }, 'https://desk.example', {
        user_ip: '198.51.100.4',
        user_agent: 'Mozilla/5.0',
        referrer: '',
        comment_type: 'reply',
        comment_author: 'Rui',
        comment_author_url: undefined,
        comment_content: 'Words & more',
      });
      assert.deepEqual([...form], [
        ['api_key', 'k3y'],
        ['blog', 'https://desk.example'],
        ['blog_charset', 'UTF-8'],
        ['user_ip', '198.51.100.4'],
        ['user_agent', 'Mozilla/5.0'],
        ['comment_type', 'reply'],
        ['comment_author', 'Rui'],
        ['comment_content', 'Words & more'],
      ]);
      assert.equal(form.toString().includes('comment_content=Words+%26+more'), true);
    } finally {
      if (previous !== undefined) process.env.NODE_ENV = previous;
    }
  });

  test('marks requests as tests when NODE_ENV is "test"', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'test';
    try {
      assert.equal(akismetForm({ key: 'k', url: 'u' }, 'b', {}).get('is_test'), '1');
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
  });
});

describe('verdictFor: what a moderator’s change teaches the service', () => {
  test('to spam from any other status is missed spam', () => {
    assert.equal(verdictFor('pending', 'spam'), 'spam');
    assert.equal(verdictFor('approved', 'spam'), 'spam');
    assert.equal(verdictFor('trash', 'spam'), 'spam');
  });

  test('from spam to approved is a false positive', () => {
    assert.equal(verdictFor('spam', 'approved'), 'ham');
  });

  test('nothing else is reported', () => {
    assert.equal(verdictFor('pending', 'approved'), null);
    assert.equal(verdictFor('spam', 'trash'), null);
    assert.equal(verdictFor('spam', 'pending'), null);
    assert.equal(verdictFor('approved', 'trash'), null);
    assert.equal(verdictFor('spam', 'spam'), null);
  });
});
