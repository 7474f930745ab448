import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherSchemaVanished } from '../../src/store/migrate.js';

test('a migration run is repeated only when another desk’s schema vanished during the catalog read', () => {
  assert.equal(otherSchemaVanished('schema "newsdesk_test_3c5d80504353" does not exist', 'newsdesk_test_aaaaaaaaaaaa'), true);
  assert.equal(otherSchemaVanished('schema "newsdesk_test_aaaaaaaaaaaa" does not exist', 'newsdesk_test_aaaaaaaaaaaa'), false, 'our own schema gone is a real failure');
  assert.equal(otherSchemaVanished('schema "other" does not exist', undefined), false, 'SQLite, or a schema we do not know');
  assert.equal(otherSchemaVanished('relation "articles" does not exist', 'desk'), false);
  assert.equal(otherSchemaVanished('syntax error at or near "x"', 'desk'), false);
});
