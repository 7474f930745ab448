import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { changeSettings } from '../../src/commands/settings.js';
import { operator } from '../../src/commands/actor.js';
import { loadConfig } from '../../src/config.js';
import { openDesk, type Desk } from '../../src/desk.js';
import { listenForChanges, SETTINGS_CHANNEL, type ChangeListener } from '../../src/store/change-signals.js';
import { saveSetting } from '../../src/store/settings.js';
import { settingsCache, settingsCacheControl } from '../../src/web/context.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';
import { testStore } from '../support/postgres.js';

/*
 * The settings cache of one node, with the store changed by another (a second desk on the same
 * store stands for the CLI or another node). A write that bypasses changeSettings is not seen
 * until the TTL, which shows the cache really keeps its copy; a change through changeSettings
 * is seen on the next read.
 */

const HOUR = 3_600_000;

/** The promise, or a failure naming what never came. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`${what} never came`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('settings cache: invalidated by a change on another node', () => {
  let dir: string;
  let store: ScratchStore;
  let node: Desk;
  let elsewhere: Desk;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-settings-cache-'));
    store = await scratchStore(dir);
    const config = { ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl };
    node = await openDesk(config);
    elsewhere = await openDesk(config);
  });

  after(async () => {
    await node?.store.close();
    await elsewhere?.store.close();
    await store?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('without notifications: a changeSettings elsewhere shows on the next read; a bare write waits for the TTL', async () => {
    const read = settingsCache(node.store.db, HOUR);
    await changeSettings(elsewhere.store.db, operator, { siteName: 'First Name' });
    assert.equal((await read()).siteName, 'First Name');

    await saveSetting(elsewhere.store.db, 'siteName', 'Written Around The Cache');
    assert.equal((await read()).siteName, 'First Name', 'a write without a signal is not seen before the TTL');

    await changeSettings(elsewhere.store.db, operator, { siteTagline: 'A new tagline' });
    const next = await read();
    assert.equal(next.siteTagline, 'A new tagline');
    assert.equal(next.siteName, 'Written Around The Cache', 'the reload reads every setting afresh');
  });

  test('the TTL is a safety net for a change that sent no signal', async () => {
    const read = settingsCache(node.store.db, 30);
    await changeSettings(elsewhere.store.db, operator, { siteName: 'Before The TTL' });
    assert.equal((await read()).siteName, 'Before The TTL');
    await saveSetting(elsewhere.store.db, 'siteName', 'After The TTL');
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal((await read()).siteName, 'After The TTL');
  });

  test('invalidate() drops the copy', async () => {
    const context = { settings: settingsCache(node.store.db, HOUR) };
    const control = settingsCacheControl(context);
    assert.ok(control, 'a cache built by settingsCache has a control');
    control.setNotified(true);
    await changeSettings(elsewhere.store.db, operator, { siteName: 'Kept' });
    assert.equal((await context.settings()).siteName, 'Kept');
    await saveSetting(elsewhere.store.db, 'siteName', 'Dropped');
    assert.equal((await context.settings()).siteName, 'Kept', 'while notified, reads do not check the version');
    control.invalidate();
    assert.equal((await context.settings()).siteName, 'Dropped');
  });

  test('on PostgreSQL, a change elsewhere arrives as a notification', { skip: testStore === 'postgres' ? false : 'runs in the PostgreSQL pass (NEWSDESK_TEST_STORE=postgres)' }, async () => {
    const context = { settings: settingsCache(node.store.db, HOUR) };
    const control = settingsCacheControl(context)!;
    let notifications = 0;
    let heard: () => void = () => {};
    const listening = new Promise<void>((resolve) => (heard = resolve));
    let arrived: () => void = () => {};
    const listener: ChangeListener = listenForChanges(store.databaseUrl!, SETTINGS_CHANNEL, {
      onChange: () => {
        notifications++;
        control.invalidate();
        arrived();
      },
      onListening: (on) => {
        control.setNotified(on);
        if (on) heard();
      },
    });
    try {
      await within(listening, 10_000, 'LISTEN');
      assert.equal(listener.listening, true);
      await saveSetting(elsewhere.store.db, 'siteName', 'Quietly Written');
      assert.equal((await context.settings()).siteName, 'Quietly Written');
      await saveSetting(elsewhere.store.db, 'siteName', 'Not Signalled');
      assert.equal((await context.settings()).siteName, 'Quietly Written', 'kept until notified');

      const notified = new Promise<void>((resolve) => (arrived = resolve));
      await changeSettings(elsewhere.store.db, operator, { siteName: 'Signalled Name' });
      await within(notified, 10_000, 'the notification');
      assert.equal(notifications, 1);
      assert.equal((await context.settings()).siteName, 'Signalled Name');
    } finally {
      await listener.close();
    }
    assert.equal(listener.listening, false);
  });
});
