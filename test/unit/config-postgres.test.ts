import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.js';

test('the PostgreSQL pool holds 10 connections and cancels statements after 30 seconds unless the environment says otherwise', () => {
  const defaults = loadConfig({});
  assert.equal(defaults.pgPoolSize, 10);
  assert.equal(defaults.pgStatementTimeoutMs, 30_000);
  const set = loadConfig({ NEWSDESK_PG_POOL_SIZE: '25', NEWSDESK_PG_STATEMENT_TIMEOUT_MS: '0' });
  assert.equal(set.pgPoolSize, 25);
  assert.equal(set.pgStatementTimeoutMs, 0, '0 turns the limit off');
  assert.equal(loadConfig({ NEWSDESK_PG_POOL_SIZE: '' }).pgPoolSize, 10, 'empty is unset');
});

test('a pool size or statement timeout that is not a whole number in range is refused with a clear message', () => {
  assert.throws(() => loadConfig({ NEWSDESK_PG_POOL_SIZE: '0' }), /NEWSDESK_PG_POOL_SIZE must be a whole number of 1 or more, got "0"/);
  assert.throws(() => loadConfig({ NEWSDESK_PG_POOL_SIZE: 'ten' }), /NEWSDESK_PG_POOL_SIZE must be a whole number/);
  assert.throws(() => loadConfig({ NEWSDESK_PG_STATEMENT_TIMEOUT_MS: '-1' }), /NEWSDESK_PG_STATEMENT_TIMEOUT_MS must be a whole number of 0 or more, got "-1"/);
  assert.throws(() => loadConfig({ NEWSDESK_PG_STATEMENT_TIMEOUT_MS: '1.5' }), /NEWSDESK_PG_STATEMENT_TIMEOUT_MS must be a whole number/);
});
