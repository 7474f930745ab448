import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestCommand } from '../../src/cli/ingest.js';
import { loadConfig } from '../../src/config.js';
import { demoFeeds, demoIngestOverrides, holdsDemoSources } from '../../src/demo/publishers.js';
import { seedDemoDesk } from '../../src/demo/seed.js';
import { openDesk } from '../../src/desk.js';
import { createIngestDeps } from '../../src/ingest/deps.js';
import { fetchResource } from '../../src/ingest/fetch/fetcher.js';
import { ingestSource } from '../../src/ingest/ingest-source.js';
import { findSourceByFeedUrl } from '../../src/store/ingest.js';
import { loadSettings } from '../../src/store/settings.js';

test('production ingest fetches demo addresses like any other (and fails); the demo composes its publishers in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-demo-'));
  const config = { ...loadConfig({}), sqlitePath: join(dir, 'desk.db') };
  const desk = await openDesk(config);
  try {
    const db = desk.store.db;
    assert.equal(await holdsDemoSources(db), false, 'a new desk holds no demo source');
    assert.deepEqual(await demoIngestOverrides(db), {}, 'so nothing is composed in');

    const seeded = await seedDemoDesk(db, desk.context.secret);
    assert.equal(seeded?.sources, demoFeeds.length);
    assert.equal(await holdsDemoSources(db), true);

    const production = createIngestDeps(db, await loadSettings(db), {}, config);
    assert.equal(production.fetch, fetchResource, 'production deps fetch over the network, with nothing answering in between');
    const source = (await findSourceByFeedUrl(db, demoFeeds[0]!.feedUrl))!;
    const refused = await ingestSource({ ...production, fetchOptions: { ...production.fetchOptions, totalTimeoutMs: 5000 } }, source);
    assert.equal(refused.status, 'failed', 'a .example feed does not resolve outside the demo');
    assert.ok(refused.error, 'and the reason is recorded');

    const demo = createIngestDeps(db, await loadSettings(db), await demoIngestOverrides(db), config);
    const answered = await ingestSource(demo, source);
    assert.equal(answered.status, 'fetched', 'with the demo publishers composed in, the bundled feed answers');
    assert.equal(answered.error, null);
  } finally {
    await desk.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('on a demo desk, `ingest --once --all` fetches every bundled feed without an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-demo-cli-'));
  const config = { ...loadConfig({}), sqlitePath: join(dir, 'desk.db') };
  const desk = await openDesk(config);
  try {
    await seedDemoDesk(desk.store.db, desk.context.secret);
    const log = console.log;
    console.log = () => {};
    let code: number;
    try {
      code = await ingestCommand(config, ['--once', '--all']);
    } finally {
      console.log = log;
    }
    assert.equal(code, 0);
    const failing = await desk.store.db.selectFrom('sources').select(['feed_url', 'last_error']).where('error_count', '>', 0).execute();
    assert.deepEqual(failing, [], 'no demo source is in error after the CLI fetched it');
  } finally {
    await desk.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
