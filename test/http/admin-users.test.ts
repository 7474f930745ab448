/**
 * First run, the users page and each staff member's own account: real server, real store,
 * real scrypt, real SMTP. The rules live in src/commands/users.ts and src/commands/setup.ts;
 * these tests reach them through the pages and, where the page cannot, directly.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { issueSetupLink } from '../../src/accounts/setup-links.js';
import { operator } from '../../src/commands/actor.js';
import { lastAdminMessage, setUserDisabledBy } from '../../src/commands/users.js';
import { smtpTransport, deliverDueMail } from '../../src/mail/sender.js';
import type { StaffRole } from '../../src/store/schema.js';
import { scratchStore, startTestDesk, type TestDesk } from '../support/desk.js';
import { freePort } from '../support/net.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';
import { linkIn, startSmtpServer, type TestSmtp } from '../support/smtp.js';
import { addStaff, auditActions, csrfOn, signIn, staffBrowser, STAFF_PASSWORD } from './admin-helpers.js';
import { runCli } from './commands-cli.js';

const NEW_PASSWORD = 'a brand new passphrase';

/** The path and query of a link the desk built from its configured public address. */
function pathOf(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}

async function userRow(desk: TestDesk, email: string) {
  return desk.desk.store.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

async function admins(desk: TestDesk) {
  return desk.desk.store.db.selectFrom('users').select(['id', 'email']).where('role', '=', 'admin').execute();
}

test('serve prints a working set-up link while the desk has no admin', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-setup-'));
  const store = await scratchStore(dir);
  try {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--no-worker'], {
      env: { ...process.env, ...store.env, PORT: String(port), HOST: '127.0.0.1', NEWSDESK_PUBLIC_URL: undefined, NEWSDESK_DEMO: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!/setup\?token=\S{43}/.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.match(output, /This desk has no admin yet/, output);
      const link = linkIn(output, `http://127.0.0.1:${port}/admin/setup?token=`);
      assert.equal((await fetch(link)).status, 200);
    } finally {
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
  } finally {
    await store.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('first run', () => {
  let t: TestDesk;
  before(async () => {
    t = await startTestDesk();
  });
  after(() => t.close());

  test('newsdesk setup-link prints a link while the desk has no admin', async () => {
    const ran = await runCli(t.desk.context.config, ['setup-link']);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /\/admin\/setup\?token=[A-Za-z0-9_-]{43}$/m);
    const stored = await t.desk.store.db.selectFrom('setup_links').select('token_hash').execute();
    const token = linkIn(ran.stdout, 'http').split('token=')[1]!;
    assert.ok(stored.length > 0 && stored.every((row) => row.token_hash !== token), 'only the hash is kept');
    const audit = await t.desk.store.db.selectFrom('audit_log').select(['action', 'actor']).where('target_type', '=', 'desk').execute();
    assert.deepEqual(audit, [{ action: 'desk.setup_link', actor: 'command line' }]);
  });

  test('a made-up or malformed token gets the "no longer works" page', async () => {
    const browser = new Browserish(t.url);
    for (const token of ['x', 'A'.repeat(43), '']) {
      const page = await browser.get(`/admin/setup?token=${token}`);
      assert.equal(page.status, 410);
      assert.match(page.html, /This set-up link no longer works/);
    }
  });

  test('the form needs its CSRF token, says what is wrong next to the field and keeps what was typed', async () => {
    const { url } = await issueSetupLink(t.desk.store.db, 'http://desk.example', new Date());
    const browser = new Browserish(t.url);
    const page = await browser.get(pathOf(url));
    const token = inputValue(page.html, 'token');
    const noCsrf = await browser.post('/admin/setup', { name: 'Ada', email: 'ada@desk.example', password: NEW_PASSWORD, confirm: NEW_PASSWORD, token });
    assert.equal(noCsrf.status, 403);
    const short = await browser.post('/admin/setup', { name: 'Ada Lovelace', email: 'ada@desk.example', password: 'short', confirm: 'short', token, _csrf: inputValue(page.html, '_csrf') });
    assert.equal(short.status, 422);
    assert.match(short.html, /id="setup-password-error"[^>]*>Use at least 10 characters/);
    assert.equal(inputValue(short.html, 'name'), 'Ada Lovelace');
    assert.equal(inputValue(short.html, 'email'), 'ada@desk.example');
    assert.doesNotMatch(short.html, /value="short"/, 'a password is never sent back');
    const mismatch = await browser.post('/admin/setup', { name: 'Ada', email: 'ada@desk.example', password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}!`, token, _csrf: inputValue(short.html, '_csrf') });
    assert.equal(mismatch.status, 422);
    assert.match(mismatch.html, /id="setup-confirm-error"/);
    assert.equal((await admins(t)).length, 0, 'nothing was created');
  });

  test('two people racing with set-up links: exactly one becomes admin', async () => {
    const first = await issueSetupLink(t.desk.store.db, 'http://desk.example', new Date());
    const second = await issueSetupLink(t.desk.store.db, 'http://desk.example', new Date());
    const [a, b] = [new Browserish(t.url), new Browserish(t.url)];
    const [pageA, pageB] = await Promise.all([a.get(pathOf(first.url)), b.get(pathOf(second.url))]);
    const send = (browser: Browserish, page: { html: string }, email: string) =>
      browser.post('/admin/setup', { name: 'Racer', email, password: NEW_PASSWORD, confirm: NEW_PASSWORD, token: inputValue(page.html, 'token'), _csrf: inputValue(page.html, '_csrf') });
    const answers = await Promise.all([send(a, pageA, 'first@desk.example'), send(b, pageB, 'second@desk.example')]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [303, 410]);
    const made = await admins(t);
    assert.equal(made.length, 1);
    const winner = answers[0]!.status === 303 ? a : b;
    assert.equal(answers.find((r) => r.status === 303)!.location, '/admin/setup/start');
    assert.equal((await winner.get('/admin/setup/start')).status, 200, 'the new admin is signed in');
    const actions = (await auditActions(t.desk, 'user', made[0]!.id)).map((e) => e.action);
    assert.deepEqual(actions, ['user.add', 'user.sign_in']);

    // Once an admin exists, no link works: not the used one, not a fresh one, not the CLI's.
    assert.equal((await new Browserish(t.url).get(pathOf(first.url))).status, 410);
    const later = await issueSetupLink(t.desk.store.db, 'http://desk.example', new Date());
    assert.equal((await new Browserish(t.url).get(pathOf(later.url))).status, 410);
    const cli = await runCli(t.desk.context.config, ['setup-link']);
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /has an admin already/);
  });

  test('the new admin chooses the demo or an empty desk, through a command with audit entries', async () => {
    const [admin] = await admins(t);
    const browser = new Browserish(t.url);
    assert.equal((await signIn(browser, admin!.email, NEW_PASSWORD)).status, 303);
    const choice = await browser.get('/admin/setup/start');
    assert.match(choice.html, /Load the demo content/);
    assert.match(choice.html, /Start with an empty desk/);
    const csrf = inputValue(choice.html, '_csrf');

    const demo = await browser.post('/admin/setup/start', { choice: 'demo', _csrf: csrf });
    assert.equal(demo.status, 303);
    assert.equal(demo.location, '/admin/setup/start?done=demo');
    const sources = await t.desk.store.db.selectFrom('sources').select('id').execute();
    assert.equal(sources.length, 4, 'the four demo outlets');
    const again = await browser.post('/admin/setup/start', { choice: 'demo', _csrf: csrf });
    assert.equal(again.location, '/admin/setup/start?done=not-empty', 'the demo loads only into an empty desk');

    const kept = await browser.get('/admin/setup/start');
    assert.match(kept.html, /Keep the demo content/);
    const empty = await browser.post('/admin/setup/start', { choice: 'empty', _csrf: csrf });
    assert.equal(empty.location, '/admin/setup/start?done=empty');
    assert.equal((await t.desk.store.db.selectFrom('sources').select('id').execute()).length, 0, 'the demo outlets are gone');
    assert.equal((await t.desk.store.db.selectFrom('articles').select('id').execute()).length, 0, 'with their articles');
    assert.equal((await t.desk.store.db.selectFrom('comments').select('id').execute()).length, 0, 'and discussions');
    const desk = await t.desk.store.db.selectFrom('audit_log').select(['action', 'user_id']).where('target_type', '=', 'desk').where('action', '!=', 'desk.setup_link').orderBy('id').execute();
    assert.deepEqual(
      desk.map((e) => e.action),
      ['desk.load_demo', 'desk.start_empty'],
    );
    assert.ok(desk.every((e) => e.user_id === admin!.id));
  });
});

describe('the users page', () => {
  let t: TestDesk;
  before(async () => {
    t = await startTestDesk();
  });
  after(() => t.close());
  beforeEach(() => t.desk.store.db.deleteFrom('login_failures').execute());

  test('only admins open it; the roles are explained', async () => {
    for (const role of ['editor', 'moderator'] as StaffRole[]) {
      const { browser } = await staffBrowser(t.url, t.desk, role);
      assert.equal((await browser.get('/admin/users')).status, 403, role);
    }
    const { browser } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Ada' });
    const page = await browser.get('/admin/users');
    assert.equal(page.status, 200);
    assert.match(page.html, /<dt>editor<\/dt><dd>sources and articles<\/dd>/);
    assert.match(page.html, /data-label="Last active"/);
  });

  test('invite with mail off: the link is shown to copy, and it sets the password', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Ada' });
    const csrf = await csrfOn(browser, '/admin/users');
    const noCsrf = await browser.post('/admin/users', { email: 'mo@desk.example', name: 'Mo', role: 'moderator' });
    assert.equal(noCsrf.status, 403);
    assert.equal(await userRow(t, 'mo@desk.example'), undefined);

    const bad = await browser.post('/admin/users', { email: 'not an address', name: 'Mo Reyes', role: 'moderator', _csrf: csrf });
    assert.equal(bad.status, 422);
    assert.match(bad.html, /id="invite-email-error"[^>]*>&quot;not an address&quot; is not an email address\./);
    assert.equal(inputValue(bad.html, 'name'), 'Mo Reyes');

    const invited = await browser.post('/admin/users', { email: 'Mo@Desk.example', name: 'Mo Reyes', role: 'moderator', _csrf: csrf });
    assert.equal(invited.status, 200);
    const link = decodeEntities(inputValue(invited.html, 'password-link') || (/id="password-link"[^>]*value="([^"]+)"/.exec(invited.html)?.[1] ?? ''));
    assert.match(link, /\/admin\/set-password\?token=/);
    const mo = await userRow(t, 'mo@desk.example');
    assert.equal(mo?.role, 'moderator');
    assert.equal(await t.desk.store.db.selectFrom('outbox').select('id').where('to_address', '=', 'mo@desk.example').executeTakeFirst(), undefined, 'nothing mailed');
    assert.deepEqual((await auditActions(t.desk, 'user', mo!.id)).map((e) => [e.action, e.actor]), [['user.add', account.email]]);

    const invitee = new Browserish(t.url);
    const setPage = await invitee.get(pathOf(link));
    assert.equal(setPage.status, 200);
    const set = await invitee.post('/admin/set-password', { token: inputValue(setPage.html, 'token'), password: NEW_PASSWORD, confirm: NEW_PASSWORD, _csrf: inputValue(setPage.html, '_csrf') });
    assert.equal(set.status, 303);
    assert.equal((await invitee.get('/admin/comments')).status, 200, 'the moderator is signed in');
  });

  test('change a role; the last admin is never demoted, disabled or removed, and the refusal is in words', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Solo' });
    // Leave this one the only admin who can sign in.
    await t.desk.store.db.updateTable('users').set({ role: 'editor' }).where('role', '=', 'admin').where('id', '!=', account.user.id).execute();
    const editor = await addStaff(t.desk, 'editor', { name: 'Ed' });
    const csrf = await csrfOn(browser, '/admin/users');

    const promoted = await browser.post(`/admin/users/${editor.user.id}/role`, { role: 'moderator', _csrf: csrf });
    assert.equal(promoted.status, 303);
    assert.equal(promoted.location, '/admin/users?done=role');
    assert.equal((await userRow(t, editor.email))?.role, 'moderator');
    assert.deepEqual((await auditActions(t.desk, 'user', editor.user.id)).map((e) => e.action), ['user.set_role']);

    const demote = await browser.post(`/admin/users/${account.user.id}/role`, { role: 'editor', _csrf: csrf });
    assert.equal(demote.status, 409);
    assert.ok(decodeEntities(demote.html).includes(lastAdminMessage));
    const remove = await browser.post(`/admin/users/${account.user.id}/remove`, { _csrf: csrf });
    assert.equal(remove.status, 409);
    assert.ok(decodeEntities(remove.html).includes('The account was not removed'));
    const disableSelf = await browser.post(`/admin/users/${account.user.id}/disable`, { _csrf: csrf });
    assert.equal(disableSelf.status, 409);
    assert.match(disableSelf.html, /cannot disable your own account/);
    assert.equal((await userRow(t, account.email))?.role, 'admin');

    // The command line may disable anyone, but not the last admin who can sign in.
    const byOperator = await setUserDisabledBy(t.desk.store.db, operator, { user: account.email, disabled: true });
    assert.equal(byOperator.kind, 'last-admin');
    // A disabled admin does not count: with another, disabled admin, this one is still the last.
    const other = await addStaff(t.desk, 'admin');
    assert.equal((await setUserDisabledBy(t.desk.store.db, operator, { user: other.email, disabled: true })).kind, 'done');
    assert.equal((await setUserDisabledBy(t.desk.store.db, operator, { user: account.email, disabled: true })).kind, 'last-admin');
    assert.equal((await browser.post(`/admin/users/${account.user.id}/role`, { role: 'moderator', _csrf: csrf })).status, 409);
  });

  test('a disabled account cannot sign in and its sessions end; enabled, it can again', async () => {
    const { browser } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Ada' });
    const { browser: modBrowser, account: mod } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Mo' });
    assert.equal((await modBrowser.get('/admin/comments')).status, 200);
    const csrf = await csrfOn(browser, '/admin/users');

    const disabled = await browser.post(`/admin/users/${mod.user.id}/disable`, { _csrf: csrf });
    assert.equal(disabled.status, 303);
    assert.equal(disabled.location, '/admin/users?done=disabled');
    const kicked = await modBrowser.get('/admin/comments');
    assert.equal(kicked.status, 303, 'the session ended');
    const listed = await browser.get('/admin/users');
    assert.match(listed.html, new RegExp(`id="user-${mod.user.id}"[\\s\\S]*?data-label="Status">Disabled<`));

    const again = await signIn(new Browserish(t.url), mod.email, STAFF_PASSWORD);
    assert.equal(again.status, 403);
    assert.match(again.html, /This account is disabled/);
    const wrong = await signIn(new Browserish(t.url), mod.email, 'not the password at all');
    assert.equal(wrong.status, 422, 'a wrong password does not tell that the account is disabled');

    assert.equal((await browser.post(`/admin/users/${mod.user.id}/enable`, { _csrf: csrf })).location, '/admin/users?done=enabled');
    assert.equal((await signIn(new Browserish(t.url), mod.email, STAFF_PASSWORD)).status, 303);
    assert.deepEqual((await auditActions(t.desk, 'user', mod.user.id)).map((e) => e.action).filter((a) => a !== 'user.sign_in'), ['user.disable', 'user.enable']);
  });

  test('reset a password (link shown), remove after a confirmation page', async () => {
    const { browser } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Ada' });
    const ed = await addStaff(t.desk, 'editor', { name: 'Ed' });
    const csrf = await csrfOn(browser, '/admin/users');
    const reset = await browser.post(`/admin/users/${ed.user.id}/reset-password`, { _csrf: csrf });
    assert.equal(reset.status, 200);
    assert.match(reset.html, /New password link for <strong>/);
    assert.match(reset.html, /\/admin\/set-password\?token=[A-Za-z0-9_-]{43}/);

    const confirm = await browser.get(`/admin/users/${ed.user.id}/remove`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.html, /Remove the account/);
    const removed = await browser.post(`/admin/users/${ed.user.id}/remove`, { _csrf: inputValue(confirm.html, '_csrf') });
    assert.equal(removed.location, '/admin/users?done=removed');
    assert.equal(await userRow(t, ed.email), undefined);
    assert.equal((await browser.get('/admin/users/999999/remove')).status, 404);
  });
});

describe('disable and enable at the command line', () => {
  let t: TestDesk;
  before(async () => {
    t = await startTestDesk();
  });
  after(() => t.close());

  test('newsdesk users disable|enable go through the same command, and keep the last admin', async () => {
    const only = await addStaff(t.desk, 'admin');
    const ed = await addStaff(t.desk, 'editor');
    const refused = await runCli(t.desk.context.config, ['users', 'disable', only.email]);
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr, `newsdesk: ${lastAdminMessage}`);
    const disabled = await runCli(t.desk.context.config, ['users', 'disable', String(ed.user.id)]);
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.match(disabled.stdout, /is disabled/);
    assert.match((await runCli(t.desk.context.config, ['users', 'list'])).stdout, new RegExp(`${ed.email}\teditor\t[^\t]*\tdisabled`));
    assert.equal((await runCli(t.desk.context.config, ['users', 'enable', ed.email])).code, 0);
    assert.equal((await userRow(t, ed.email))?.disabled, 0);
    assert.deepEqual((await auditActions(t.desk, 'user', ed.user.id)).map((e) => [e.action, e.actor]), [
      ['user.disable', 'command line'],
      ['user.enable', 'command line'],
    ]);
  });
});

describe('the users page with mail on', () => {
  let t: TestDesk;
  let smtp: TestSmtp;
  before(async () => {
    smtp = await startSmtpServer();
    t = await startTestDesk({ config: { smtpUrl: smtp.url } });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  test('an invitation and a reset are mailed through the outbox, never shown on the page', async () => {
    const { browser } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Ada' });
    const csrf = await csrfOn(browser, '/admin/users');
    const invited = await browser.post('/admin/users', { email: 'kim@desk.example', name: 'Kim', role: 'editor', _csrf: csrf });
    assert.equal(invited.status, 303);
    assert.equal(invited.location, '/admin/users?done=invited');
    const kim = (await userRow(t, 'kim@desk.example'))!;
    assert.equal((await browser.post(`/admin/users/${kim.id}/reset-password`, { _csrf: csrf })).location, '/admin/users?done=mailed');

    const report = await deliverDueMail(t.desk.store.db, smtpTransport(smtp.url, 'Newsdesk <desk@desk.example>'));
    assert.equal(report.sent, 2);
    const mails = smtp.to('kim@desk.example');
    assert.equal(mails.length, 2);
    assert.match(mails[0]!.header('subject') ?? '', /invited/);
    // The reset made the invitation's link stop working: the newest link sets the password.
    const link = linkIn(mails[1]!.text, t.desk.context.config.publicUrl);
    const invitee = new Browserish(t.url);
    assert.equal((await invitee.get(pathOf(linkIn(mails[0]!.text, t.desk.context.config.publicUrl)))).status, 410);
    const page = await invitee.get(pathOf(link));
    assert.equal(page.status, 200);
    assert.match(page.html, /kim@desk\.example/);
  });
});

describe('your account', () => {
  let t: TestDesk;
  before(async () => {
    t = await startTestDesk();
  });
  after(() => t.close());

  test('every role edits its own name; the change is audited', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Mo' });
    const page = await browser.get('/admin/account');
    assert.equal(page.status, 200);
    assert.match(page.html, /aria-current="page"[^>]*>\s*Your account/);
    const csrf = inputValue(page.html, '_csrf');
    const bad = await browser.post('/admin/account/name', { name: 'mo@desk.example', _csrf: csrf });
    assert.equal(bad.status, 422);
    assert.match(bad.html, /id="account-name-error"/);
    assert.equal(inputValue(bad.html, 'name'), 'mo@desk.example');
    const saved = await browser.post('/admin/account/name', { name: 'Mo Reyes', _csrf: csrf });
    assert.equal(saved.location, '/admin/account?done=name');
    assert.equal((await userRow(t, account.email))?.name, 'Mo Reyes');
    assert.deepEqual((await auditActions(t.desk, 'user', account.user.id)).map((e) => [e.action, e.actor]).at(-1), ['user.rename', account.email]);
    assert.equal((await browser.post('/admin/account/name', { name: 'Mo Reyes' })).status, 403, 'CSRF');
  });

  test('a new email needs the current password, and must be free', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'editor', { name: 'Ed' });
    const taken = await addStaff(t.desk, 'moderator');
    const csrf = await csrfOn(browser, '/admin/account');
    const wrong = await browser.post('/admin/account/email', { email: 'ed@desk.example', current: 'not my password', _csrf: csrf });
    assert.equal(wrong.status, 422);
    assert.match(wrong.html, /id="account-email-current-error"[^>]*>That is not your current password/);
    assert.equal(inputValue(wrong.html, 'email'), 'ed@desk.example');
    const clash = await browser.post('/admin/account/email', { email: taken.email, current: STAFF_PASSWORD, _csrf: csrf });
    assert.equal(clash.status, 422);
    assert.match(clash.html, /Another account already uses/);
    const moved = await browser.post('/admin/account/email', { email: 'Ed@Desk.example', current: STAFF_PASSWORD, _csrf: csrf });
    assert.equal(moved.location, '/admin/account?done=email');
    assert.equal((await signIn(new Browserish(t.url), 'ed@desk.example', STAFF_PASSWORD)).status, 303);
    assert.equal(await userRow(t, account.email), undefined);
    assert.ok((await auditActions(t.desk, 'user', account.user.id)).some((e) => e.action === 'user.change_email'));
  });

  test('guessing the current password is held to the sign-in limits', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Guessed' });
    const csrf = await csrfOn(browser, '/admin/account');
    for (let i = 0; i < 5; i++) {
      const wrong = await browser.post('/admin/account/email', { email: 'new@desk.example', current: `guess number ${i}`, _csrf: csrf });
      assert.match(wrong.html, /That is not your current password/);
    }
    const blocked = await browser.post('/admin/account/email', { email: 'new@desk.example', current: STAFF_PASSWORD, _csrf: csrf });
    assert.equal(blocked.status, 422);
    assert.match(blocked.html, /Too many wrong passwords\. Try again in \d+ minutes?\./);
    assert.ok(await userRow(t, account.email), 'the email did not change');
    await t.desk.store.db.deleteFrom('login_failures').execute();
  });

  test('a new password needs the current one; other sessions end, this one goes on', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'admin', { name: 'Ada' });
    const elsewhere = new Browserish(t.url);
    assert.equal((await signIn(elsewhere, account.email, STAFF_PASSWORD)).status, 303);
    const csrf = await csrfOn(browser, '/admin/account');
    const mismatch = await browser.post('/admin/account/password', { current: STAFF_PASSWORD, password: NEW_PASSWORD, confirm: 'something else entirely', _csrf: csrf });
    assert.equal(mismatch.status, 422);
    assert.match(mismatch.html, /id="account-password-confirm-error"/);
    const wrong = await browser.post('/admin/account/password', { current: 'wrong wrong wrong', password: NEW_PASSWORD, confirm: NEW_PASSWORD, _csrf: csrf });
    assert.equal(wrong.status, 422);
    const changed = await browser.post('/admin/account/password', { current: STAFF_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD, _csrf: csrf });
    assert.equal(changed.location, '/admin/account?done=password');
    assert.equal((await browser.get('/admin/account')).status, 200, 'still signed in here');
    assert.equal((await elsewhere.get('/admin/account')).status, 303, 'signed out elsewhere');
    assert.equal((await signIn(new Browserish(t.url), account.email, NEW_PASSWORD)).status, 303);
  });
});
