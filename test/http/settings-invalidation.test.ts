import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { settingsCommand } from '../../src/cli/settings.js';
import { loadConfig } from '../../src/config.js';
import { openDesk } from '../../src/desk.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';
import { freePort } from '../support/net.js';
import { testStore } from '../support/postgres.js';
import { startCli, untilPrinted, type CliProcess } from '../support/processes.js';

/*
 * Two web nodes as real processes (`serve --no-worker`) on one store, SQLite file or, in the
 * PostgreSQL pass, one schema. A setting changed with the CLI shows in the page header of both
 * nodes, though each had just cached the old one: on SQLite on the very next request (each read
 * compares the version); on PostgreSQL as soon as the NOTIFY is delivered, which the server does
 * after the commit, so a request sent at that instant may still be answered from the old copy.
 * Either way well before the 5 s safety-net TTL, which a missing invalidation would wait out.
 */

/** The nodes' safety-net TTL (settingsCache(db, 5000) in src/desk.ts). */
const SETTINGS_TTL_MS = 5000;
/** How long a notification may take to arrive: a small fraction of the TTL. */
const NOTIFY_GRACE_MS = 1500;

/** The site name in the page header of the node's home page. */
async function headerName(base: string): Promise<string> {
  const response = await fetch(`${base}/`);
  assert.equal(response.status, 200);
  const html = await response.text();
  const header = /<header[^>]*>[\s\S]*?<a href="\/">([^<]*)<\/a>/.exec(html);
  assert.ok(header, 'the page has a header with the site name');
  return header[1]!;
}

describe(`settings changed with the CLI show on every web node at once (${testStore})`, () => {
  let dir: string;
  let store: ScratchStore;
  let env: Record<string, string>;
  const nodes: CliProcess[] = [];
  const bases: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-settings-nodes-'));
    store = await scratchStore(dir);
    // Migrated once here, so the two nodes start on a ready store.
    const desk = await openDesk({ ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl });
    await desk.store.close();
    env = { ...store.env, NEWSDESK_DEMO: '0', LOG_LEVEL: 'warn', NEWSDESK_MAIL_LOG: join(dir, 'mail.log') };
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      nodes.push(startCli(['serve', '--no-worker'], { ...env, PORT: String(port) }));
      bases.push(`http://127.0.0.1:${port}`);
    }
    for (const node of nodes) await untilPrinted('a web node', node, 'serving on');
  });

  after(async () => {
    for (const node of nodes) if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill('SIGTERM');
    await Promise.all(nodes.map((node) => node.exited));
    await store?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * `newsdesk settings set KEY VALUE`, run in this process: a spawned CLI can take longer to
   * start than the nodes' 5 s safety-net TTL, which would hide a missing invalidation.
   */
  async function setWithCli(key: string, value: string): Promise<void> {
    const config = loadConfig({ ...process.env, ...env });
    assert.equal(await settingsCommand(config, ['set', key, value]), 0);
  }

  /**
   * The header name once it is `expected`: at once on SQLite; on PostgreSQL polled for at most
   * NOTIFY_GRACE_MS. Fails if the node still shows the old name when its copy, cached at
   * `cachedAt`, would anyway have expired, since then only the TTL could have fixed it.
   */
  async function changedHeader(base: string, expected: string, cachedAt: number): Promise<void> {
    const deadline = Date.now() + (store.databaseUrl ? NOTIFY_GRACE_MS : 0);
    let seen = await headerName(base);
    while (seen !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      seen = await headerName(base);
    }
    assert.equal(seen, expected, base);
    assert.ok(Date.now() < cachedAt + SETTINGS_TTL_MS, `${base} showed the change before its cached copy expired`);
  }

  test('siteName set with the CLI is in both nodes’ header at once, twice over', async () => {
    const firstCachedAt = Date.now();
    for (const base of bases) assert.equal(await headerName(base), 'Newsdesk');
    await setWithCli('siteName', 'The Harbour Desk');
    // Every copy of the new name is loaded after this instant.
    const secondCachedAt = Date.now();
    for (const base of bases) await changedHeader(base, 'The Harbour Desk', firstCachedAt);
    // Cached again on both; a second change drops that copy too.
    for (const base of bases) assert.equal(await headerName(base), 'The Harbour Desk');
    await setWithCli('siteName', 'The Quay Desk');
    for (const base of bases) await changedHeader(base, 'The Quay Desk', secondCachedAt);
  });
});
