import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.js';

test('the mail log lives beside the SQLite file unless NEWSDESK_MAIL_LOG says otherwise', () => {
  assert.equal(loadConfig({ NEWSDESK_DB: '/srv/desk/newsdesk.db' }).mailLogPath, '/srv/desk/mail.log');
  assert.equal(loadConfig({}).mailLogPath, resolve('./data/mail.log'));
  assert.equal(loadConfig({ NEWSDESK_DB: '/srv/desk/newsdesk.db', NEWSDESK_MAIL_LOG: '/var/log/desk-mail.log' }).mailLogPath, '/var/log/desk-mail.log');
});

test('a port that is not a whole number from 0 to 65535 is refused with a clear message', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT must be a whole number from 0 to 65535, got "eighty"/);
  assert.throws(() => loadConfig({ PORT: '70000' }), /PORT must be/);
});
