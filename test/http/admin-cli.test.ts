/** newsdesk users …: accounts from the command line, and the links it prints working in the back office. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { verifyPassword } from '../../src/accounts/password.js';
import { usersCommand } from '../../src/cli/users.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDesk, type Desk } from '../../src/desk.js';
import { readPublicUrl, recordPublicUrl } from '../../src/store/public-url.js';
import { buildServer } from '../../src/web/server.js';
import { Browserish, inputValue } from '../support/http.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';
import { signIn } from './admin-helpers.js';

let dir: string;
let store: ScratchStore;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-users-cli-'));
  store = await scratchStore(dir);
});
after(async () => {
  await store.drop();
  rmSync(dir, { recursive: true, force: true });
});

const PUBLIC_URL = 'https://news.example.org';

function newsdesk(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...store.env, NEWSDESK_PUBLIC_URL: PUBLIC_URL, NEWSDESK_DEMO: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

async function withDesk<T>(work: (desk: Desk) => Promise<T>): Promise<T> {
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl });
  try {
    return await work(desk);
  } finally {
    await desk.store.close();
  }
}

test('users add --password-stdin stores an scrypt hash of exactly what was piped in', async () => {
  const res = await newsdesk(['users', 'add', 'Ada@Example.org', '--role', 'admin', '--name', 'Ada Admin', '--password-stdin'], 'a password from a pipe\n');
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stdout, /^Added admin ada@example\.org \(#1\)\.\n$/);
  await withDesk(async (desk) => {
    const user = await desk.store.db.selectFrom('users').selectAll().where('email', '=', 'ada@example.org').executeTakeFirstOrThrow();
    assert.equal(user.name, 'Ada Admin');
    assert.equal(user.role, 'admin');
    assert.match(user.password_hash!, /^scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    assert.equal(await verifyPassword('a password from a pipe', user.password_hash), true);
    assert.equal(await verifyPassword('a password from a pipe\n', user.password_hash), false);
    const audit = await desk.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.add').execute();
    assert.deepEqual(audit.map((a) => [a.actor, a.target_id, JSON.parse(a.details)]), [['command line', String(user.id), { email: 'ada@example.org', role: 'admin' }]]);
  });
});

test('mistakes: a short password, an unknown role, a duplicate email, no email, no display name', async () => {
  const short = await newsdesk(['users', 'add', 'short@example.org', '--role', 'editor', '--name', 'Shorty', '--password-stdin'], 'tiny\n');
  assert.equal(short.code, 1);
  assert.match(short.stderr, /newsdesk: password: Use at least 10 characters \(this one has 4\)\./);
  const role = await newsdesk(['users', 'add', 'x@example.org', '--role', 'boss']);
  assert.equal(role.code, 2);
  assert.match(role.stderr, /--role must be one of admin, editor, moderator, not "boss"/);
  const duplicate = await newsdesk(['users', 'add', 'ADA@example.org', '--role', 'editor', '--name', 'Ada Again', '--password-stdin'], 'another long password');
  assert.equal(duplicate.code, 1);
  assert.match(duplicate.stderr, /there is already a user with the email ada@example\.org/);
  const none = await newsdesk(['users', 'add', '--role', 'editor']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /users add needs an email/);
  // Staff replies are signed with the display name: without one, no account (and never the email in its place).
  const nameless = await newsdesk(['users', 'add', 'nameless@example.org', '--role', 'moderator']);
  assert.equal(nameless.code, 2);
  assert.match(nameless.stderr, /users add needs --name, the display name readers see on staff replies/);
  const addressed = await newsdesk(['users', 'add', 'addressed@example.org', '--role', 'moderator', '--name', 'addressed@example.org']);
  assert.equal(addressed.code, 1);
  assert.match(addressed.stderr, /newsdesk: --name: a display name, not an email address/);
  await withDesk(async (desk) => {
    const emails = (await desk.store.db.selectFrom('users').select('email').execute()).map((u) => u.email);
    assert.deepEqual(emails, ['ada@example.org']);
  });
});

test('users add without a password prints a one-time link that works in the back office; list, reset-password, remove', async () => {
  const added = await newsdesk(['users', 'add', 'mod@example.org', '--role', 'moderator', '--name', 'Mod Erator']);
  assert.equal(added.code, 0, added.stderr);
  const link = /https:\/\/news\.example\.org\/admin\/set-password\?token=([A-Za-z0-9_-]{43})\n/.exec(added.stdout);
  assert.ok(link, added.stdout);
  assert.match(added.stdout, /it works once, for 24 hours/);

  const list = await newsdesk(['users', 'list']);
  assert.equal(list.code, 0);
  assert.match(list.stdout, /#1\tada@example\.org\tadmin\tAda Admin\tpassword set\tlast seen never\n/);
  assert.match(list.stdout, /#2\tmod@example\.org\tmoderator\tMod Erator\tno password yet\tlast seen never\n/);

  const reset = await newsdesk(['users', 'reset-password', 'mod@example.org']);
  assert.equal(reset.code, 0);
  const newLink = /set-password\?token=([A-Za-z0-9_-]{43})/.exec(reset.stdout);
  assert.ok(newLink);
  assert.notEqual(newLink[1], link[1]);

  await withDesk(async (desk) => {
    const app = await buildServer(desk.context);
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      assert.equal((await new Browserish(url).get(`/admin/set-password?token=${link[1]}`)).status, 410, 'the first link was replaced');
      const browser = new Browserish(url);
      const form = await browser.get(`/admin/set-password?token=${newLink[1]}`);
      assert.equal(form.status, 200);
      const set = await browser.post('/admin/set-password', { token: newLink[1]!, password: 'moderating all day', confirm: 'moderating all day', _csrf: inputValue(form.html, '_csrf') });
      assert.equal(set.status, 303);
      assert.equal((await signIn(new Browserish(url), 'mod@example.org', 'moderating all day')).status, 303);
    } finally {
      await app.close();
    }
  });

  const seen = await newsdesk(['users', 'list']);
  assert.match(seen.stdout, /#2\tmod@example\.org\tmoderator\tMod Erator\tpassword set\tlast seen 20\d\d-/);

  const missing = await newsdesk(['users', 'reset-password', 'nobody@example.org']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /there is no user nobody@example\.org/);

  const removed = await newsdesk(['users', 'remove', '2']);
  assert.equal(removed.code, 0, removed.stderr);
  assert.match(removed.stdout, /Removed moderator mod@example\.org \(#2\); their sessions ended\./);
  await withDesk(async (desk) => {
    assert.equal((await desk.store.db.selectFrom('sessions').select('user_id').where('user_id', '=', 2).execute()).length, 0);
    const actions = await desk.store.db.selectFrom('audit_log').select(['action', 'actor']).where('target_type', '=', 'user').where('target_id', '=', '2').orderBy('id').execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['user.add', 'user.reset_password', 'user.set_password', 'user.sign_in', 'user.sign_in', 'user.remove'],
    );
  });
  const again = await newsdesk(['users', 'remove', 'mod@example.org']);
  assert.equal(again.code, 1);

  const help = await newsdesk(['help']);
  // --name is required (usage.ts may still show it in brackets until it is updated).
  assert.match(help.stdout, /users add EMAIL --role admin\|editor\|moderator (?:\[--name N\]|--name N) \[--password-stdin\]/);
});

/** `newsdesk users …` in this process, with the configuration given (its environment, read once); what it printed. */
async function usersInProcess(config: Config, args: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const { log } = console;
  console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
  try {
    return { code: await usersCommand(config, args, process.stdin), stdout: out.join('\n') };
  } finally {
    console.log = log;
  }
}

test('links printed by the CLI lead to the running desk: its recorded public address, unless NEWSDESK_PUBLIC_URL is set for the command', async (t) => {
  const own = await scratchStore(join(dir, 'links'));
  t.after(() => own.drop());
  const ownStore = { sqlitePath: own.sqlitePath, databaseUrl: own.databaseUrl };
  // The command's own configuration: no NEWSDESK_PUBLIC_URL, another PORT than the desk's.
  const config: Config = { ...loadConfig({ PORT: '4321' }), ...ownStore };
  const linkIn = (stdout: string) => /(\S+)\/admin\/set-password\?token=[A-Za-z0-9_-]{43}/.exec(stdout)?.[1];

  const before = await usersInProcess(config, ['add', 'first@example.org', '--role', 'editor', '--name', 'First']);
  assert.equal(before.code, 0);
  assert.equal(linkIn(before.stdout), 'http://127.0.0.1:4321', 'no desk has started yet: the command’s own address');

  // The desk starts (serve records its address) on the same database.
  const desk = await openDesk(config);
  try {
    await recordPublicUrl(desk.store.db, 'https://news.example.net');
    assert.equal(await readPublicUrl(desk.store.db), 'https://news.example.net');
  } finally {
    await desk.store.close();
  }

  const added = await usersInProcess(config, ['add', 'second@example.org', '--role', 'moderator', '--name', 'Second']);
  assert.equal(linkIn(added.stdout), 'https://news.example.net');
  const reset = await usersInProcess(config, ['reset-password', 'first@example.org']);
  assert.equal(linkIn(reset.stdout), 'https://news.example.net');

  const explicit = { NEWSDESK_PUBLIC_URL: 'https://explicit.example.org' };
  const chosen = await usersInProcess({ ...loadConfig(explicit), ...ownStore }, ['reset-password', 'second@example.org']);
  assert.equal(linkIn(chosen.stdout), 'https://explicit.example.org');
});
