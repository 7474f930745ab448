import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

test('every variable the desk reads is parsed here: private feeds, the demo, Akismet test mode, the metrics port', () => {
  const defaults = loadConfig({});
  assert.equal(defaults.allowPrivateFeeds, false);
  assert.equal(defaults.demo, true);
  assert.equal(defaults.akismetTestMode, false);
  assert.equal(defaults.metricsPort, null);

  assert.equal(loadConfig({ NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' }).allowPrivateFeeds, true);
  assert.equal(loadConfig({ NEWSDESK_ALLOW_PRIVATE_FEEDS: ' TRUE ' }).allowPrivateFeeds, true);
  assert.equal(loadConfig({ NEWSDESK_ALLOW_PRIVATE_FEEDS: 'yes please' }).allowPrivateFeeds, false);
  assert.equal(loadConfig({ NEWSDESK_DEMO: '0' }).demo, false);
  assert.equal(loadConfig({ NEWSDESK_DEMO: '1' }).demo, true);
  assert.equal(loadConfig({ NODE_ENV: 'test' }).akismetTestMode, true);
  assert.equal(loadConfig({ NODE_ENV: 'production' }).akismetTestMode, false);
  assert.equal(loadConfig({ NEWSDESK_METRICS_PORT: '9464' }).metricsPort, 9464);
  assert.equal(loadConfig({ NEWSDESK_METRICS_PORT: '' }).metricsPort, null);
  assert.throws(() => loadConfig({ NEWSDESK_METRICS_PORT: 'metrics' }), /NEWSDESK_METRICS_PORT must be a whole number from 0 to 65535, got "metrics"/);
});

test('outside src/config.ts no source file reads process.env (but src/cli.ts, when the configuration itself failed to load)', () => {
  const readers = sourceFiles(resolve('src'))
    .filter((file) => readFileSync(file, 'utf8').includes('process.env'))
    .map((file) => relative(resolve('src'), file))
    .sort();
  // cli.ts falls back to LOG_LEVEL when the configuration itself failed to load.
  assert.deepEqual(readers, ['cli.ts', 'config.ts']);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
