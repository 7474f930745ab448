import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { seedDemoDesk } from '../../src/demo/seed.js';
import { openDesk } from '../../src/desk.js';
import { findComment, setCommentStatus } from '../../src/store/comments.js';
import { loadSettings } from '../../src/store/settings.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';

const run = promisify(execFile);
let dir: string;
let store: ScratchStore;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-'));
  store = await scratchStore(dir);
});
after(async () => {
  await store.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function newsdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...store.env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('the demo desk is seeded once, with threaded discussions, and never again', async () => {
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl });
  try {
    const first = await seedDemoDesk(desk.store.db, desk.context.secret);
    assert.ok(first && first.sources >= 3 && first.articles >= 20 && first.comments > 0, JSON.stringify(first));
    assert.equal(await seedDemoDesk(desk.store.db, desk.context.secret), null);
    const articles = await desk.store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(articles.n), first.articles);
    const replies = await desk.store.db.selectFrom('comments').select('id').where('parent_id', 'is not', null).execute();
    assert.ok(replies.length > 0, 'some demo comments are replies');
    // The secret survives reopening, so cookies and tokens outlive restarts.
    const again = await openDesk({ ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl });
    assert.equal(again.context.secret, desk.context.secret);
    assert.deepEqual(again.applied, []);
    await again.store.close();
  } finally {
    await desk.store.close();
  }
});

test('comments list, approve and friendly errors from the command line', async () => {
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl });
  const target = await desk.store.db.selectFrom('comments').select('id').orderBy('id').executeTakeFirstOrThrow();
  await setCommentStatus(desk.store.db, target.id, 'pending', 'held: test');
  await desk.store.close();

  const list = await newsdesk('comments', 'list', '--status', 'pending');
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`#${target.id}\\tpending\\t`));
  assert.match(list.stdout, /held: test/);

  const approve = await newsdesk('comments', 'approve', String(target.id));
  assert.equal(approve.code, 0, approve.stderr);
  assert.match(approve.stdout, new RegExp(`Comment #${target.id} is now approved\\.`));

  const missing = await newsdesk('comments', 'spam', '999999');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /there is no comment #999999/);

  const badStatus = await newsdesk('comments', 'list', '--status', 'weird');
  assert.equal(badStatus.code, 2);
  assert.match(badStatus.stderr, /--status must be one of pending, approved, spam, trash/);

  const setting = await newsdesk('settings', 'set', 'threadDepth', '3');
  assert.equal(setting.code, 0, setting.stderr);
  const badSetting = await newsdesk('settings', 'set', 'threadDepth', 'deep');
  assert.equal(badSetting.code, 2);
  assert.match(badSetting.stderr, /threadDepth must be a number/);

  const unknown = await newsdesk('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);

  const check = await openDesk({ ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl });
  try {
    assert.equal((await findComment(check.store.db, target.id))?.status, 'approved');
    assert.equal((await loadSettings(check.store.db)).threadDepth, 3);
  } finally {
    await check.store.close();
  }
});
