/**
 * The back office's doors: sign-in, sessions, sign-out, one-time password links, CSRF,
 * and who may open which room. Real server, real SQLite file, real scrypt.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { operator } from '../../src/commands/actor.js';
import { addUser } from '../../src/commands/users.js';
import { usersCommand } from '../../src/cli/users.js';
import { issuePasswordLink } from '../../src/accounts/password-links.js';
import { loadConfig } from '../../src/config.js';
import { openDesk } from '../../src/desk.js';
import { clientHash } from '../../src/discussion/identity.js';
import { findComment } from '../../src/store/comments.js';
import { loadSettings } from '../../src/store/settings.js';
import { buildServer } from '../../src/web/server.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';
import { addComment, addStaff, auditActions, csrfOn, settingsFormFrom, signIn, staffBrowser, STAFF_PASSWORD } from './admin-helpers.js';

let t: TestDesk;
before(async () => {
  t = await startTestDesk();
});
after(() => t.close());

/** Logins in these tests all come from 127.0.0.1: forget the address's failures between tests. */
async function forgetFailures(desk: TestDesk = t) {
  await desk.desk.store.db.deleteFrom('login_failures').execute();
}

/** `newsdesk users …` run in this process against the test desk's database; what it printed. */
async function runUsers(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
  console.error = (...parts: unknown[]) => void err.push(parts.join(' '));
  try {
    const code = await usersCommand(t.desk.context.config, args, process.stdin);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    Object.assign(console, { log, error });
  }
}

function setCookieLine(headers: Headers, name: string): string {
  const line = headers.getSetCookie().find((l) => l.startsWith(`${name}=`));
  assert.ok(line, `a Set-Cookie for ${name}`);
  return line;
}

describe('signing in', () => {
  test('the right password opens a session: a random token in an HttpOnly, SameSite=Lax cookie on /admin, only its SHA-256 stored', async () => {
    const account = await addStaff(t.desk, 'moderator', { name: 'Mo Derator' });
    const browser = new Browserish(t.url);
    const page = await browser.get('/admin/login');
    assert.match(page.html, /<h1 class="page-title">Sign in to the back office<\/h1>/);
    assert.match(page.html, /<label for="email">Email<\/label>/);
    const response = await fetch(`${t.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_csrf=${browser.cookie('nd_csrf')}` },
      body: new URLSearchParams({ email: account.email.toUpperCase(), password: account.password, _csrf: inputValue(page.html, '_csrf'), next: '' }).toString(),
      redirect: 'manual',
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/admin');
    const cookie = setCookieLine(response.headers, 'nd_session');
    assert.match(cookie, /; Path=\/admin/);
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.doesNotMatch(cookie, /; Secure/, 'no Secure flag on a plain-http desk');
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)![1]!);
    assert.ok(Math.abs(expires - (Date.now() + 30 * 86_400_000)) < 60_000, 'the cookie lasts 30 days');
    const token = /^nd_session=([^;]+)/.exec(cookie)![1]!;
    assert.match(token, /^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url');

    const rows = await t.desk.store.db.selectFrom('sessions').selectAll().where('user_id', '=', account.user.id).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.token_hash, createHash('sha256').update(token).digest('hex'));
    assert.equal(Date.parse(rows[0]!.expires_at) - Date.parse(rows[0]!.created_at), 30 * 86_400_000);

    const dashboard = await fetch(`${t.url}/admin`, { headers: { cookie: `nd_session=${token}` }, redirect: 'manual' });
    assert.equal(dashboard.status, 200);
    const html = await dashboard.text();
    assert.match(html, new RegExp(`Signed in as <strong>${account.email}</strong> \\(moderator\\)`));
    assert.match(html, /Welcome, Mo Derator\./);
    assert.deepEqual(
      (await auditActions(t.desk, 'user', account.user.id)).map((a) => [a.action, a.actor, a.user_id]),
      [['user.sign_in', account.email, account.user.id]],
    );
  });

  test('a wrong password and an unknown email get the same refusal; the email typed is kept', async () => {
    await forgetFailures();
    const account = await addStaff(t.desk, 'editor');
    const wrong = await signIn(new Browserish(t.url), account.email, 'not the password at all');
    const unknown = await signIn(new Browserish(t.url), 'nobody-here@desk.example', 'not the password at all');
    for (const [res, email] of [
      [wrong, account.email],
      [unknown, 'nobody-here@desk.example'],
    ] as const) {
      assert.equal(res.status, 422);
      assert.match(res.html, /<div class="form-message" role="alert" id="login-error"><p>That email and password do not match an account\. Check both and try again\.<\/p><\/div>/);
      assert.equal(inputValue(res.html, 'email'), email);
      assert.equal(inputValue(res.html, 'password'), '', 'the password is never sent back');
    }
    // Only the email differs between the two pages.
    assert.equal(wrong.html.replaceAll(account.email, 'E').replace(/name="_csrf" value="[^"]*"/, ''), unknown.html.replaceAll('nobody-here@desk.example', 'E').replace(/name="_csrf" value="[^"]*"/, ''));
    const failures = await t.desk.store.db.selectFrom('login_failures').select('key').orderBy('id').execute();
    const hash = clientHash(t.desk.context.secret, '127.0.0.1');
    const address = `address:${hash}`;
    // Each failure counts for this address on this account, for this address, and for the account from anywhere.
    assert.deepEqual(
      failures.map((f) => f.key),
      [`pair:${hash}:${account.email}`, address, `account:${account.email}`, `pair:${hash}:nobody-here@desk.example`, address, 'account:nobody-here@desk.example'],
    );
    await forgetFailures();
  });

  test('after 5 failures for one account from one address, even the right password from there is refused with 429 and the wait in minutes', async () => {
    await forgetFailures();
    const account = await addStaff(t.desk, 'moderator');
    for (let i = 1; i <= 5; i++) {
      const res = await signIn(new Browserish(t.url), account.email, `wrong guess ${i}`);
      assert.equal(res.status, 422, `attempt ${i} is an ordinary refusal`);
    }
    const browser = new Browserish(t.url);
    const blocked = await signIn(browser, account.email, account.password);
    assert.equal(blocked.status, 429);
    assert.match(blocked.html, /Too many failed sign-ins\. Try again in 15 minutes\./);
    assert.equal(inputValue(blocked.html, 'email'), account.email);
    assert.equal(browser.cookie('nd_session'), undefined);

    // The wait is computed from the failures: the oldest of them now 11 minutes ago leaves 4 minutes.
    await t.desk.store.db.updateTable('login_failures').set({ failed_at: new Date(Date.now() - 11 * 60_000).toISOString() }).execute();
    const later = await signIn(new Browserish(t.url), account.email, account.password);
    assert.equal(later.status, 429);
    assert.match(later.html, /Try again in 4 minutes\./);

    // Once they are older than 15 minutes, the right password works again.
    await t.desk.store.db.updateTable('login_failures').set({ failed_at: new Date(Date.now() - 16 * 60_000).toISOString() }).execute();
    const ok = await signIn(new Browserish(t.url), account.email, account.password);
    assert.equal(ok.status, 303);
    await forgetFailures();
  });

  test('20 failures from one address block every account from it', async () => {
    await forgetFailures();
    const account = await addStaff(t.desk, 'admin');
    const address = `address:${clientHash(t.desk.context.secret, '127.0.0.1')}`;
    const at = new Date(Date.now() - 60_000).toISOString();
    await t.desk.store.db
      .insertInto('login_failures')
      .values(Array.from({ length: 19 }, () => ({ key: address, failed_at: at })))
      .execute();
    const nineteen = await signIn(new Browserish(t.url), `guess@desk.example`, 'wrong password');
    assert.equal(nineteen.status, 422, 'the 20th failure is still an ordinary refusal');
    const blocked = await signIn(new Browserish(t.url), account.email, account.password);
    assert.equal(blocked.status, 429);
    assert.match(blocked.html, /Too many failed sign-ins\. Try again in 14 minutes\./);
    await forgetFailures();
  });

  test('?next= brings the person back where they were going, and never off the back office', async () => {
    await forgetFailures();
    const account = await addStaff(t.desk, 'moderator');
    const browser = new Browserish(t.url);
    const refused = await browser.get('/admin/comments?status=spam');
    assert.equal(refused.status, 303);
    assert.equal(refused.headers.get('location'), '/admin/login?next=%2Fadmin%2Fcomments%3Fstatus%3Dspam');
    const res = await signIn(browser, account.email, account.password, '/admin/comments?status=spam');
    assert.equal(res.location, '/admin/comments?status=spam');
    for (const evil of ['//evil.example/admin', 'https://evil.example/admin', '/admin/../../evil', '/\\evil.example']) {
      const other = await signIn(new Browserish(t.url), account.email, account.password, evil);
      assert.equal(other.location, '/admin', `next=${evil}`);
    }
  });

  test('signing out ends the session in the database and clears the cookie', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'editor');
    const token = browser.cookie('nd_session')!;
    const csrf = await csrfOn(browser, '/admin');

    const forged = await browser.post('/admin/logout', {});
    assert.equal(forged.status, 403, 'sign-out needs the form token too');
    assert.equal((await browser.get('/admin')).status, 200, 'still signed in after a forged sign-out');

    const res = await browser.post('/admin/logout', { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/admin/login?signed_out=1');
    assert.equal(browser.cookie('nd_session'), undefined);
    const hash = createHash('sha256').update(token).digest('hex');
    assert.equal(await t.desk.store.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', hash).executeTakeFirst(), undefined);
    const note = await browser.get('/admin/login?signed_out=1');
    assert.match(note.html, /You are signed out\./);
    // The old token is worthless even if someone kept a copy.
    const replay = await fetch(`${t.url}/admin`, { headers: { cookie: `nd_session=${token}` }, redirect: 'manual' });
    assert.equal(replay.status, 303);
    assert.equal(replay.headers.get('location'), '/admin/login');
    assert.deepEqual(
      (await auditActions(t.desk, 'user', account.user.id)).map((a) => a.action),
      ['user.sign_in', 'user.sign_out'],
    );
  });

  test('an expired session is refused and removed', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'admin');
    await t.desk.store.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', account.user.id).execute();
    const res = await browser.get('/admin');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/login');
    assert.equal((await t.desk.store.db.selectFrom('sessions').select('token_hash').where('user_id', '=', account.user.id).execute()).length, 0);
  });

  test('a session slides: a visit after 5 minutes moves last_seen_at and the 30-day expiry, and renews the cookie', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'moderator');
    const old = new Date(Date.now() - 10 * 86_400_000);
    await t.desk.store.db
      .updateTable('sessions')
      .set({ last_seen_at: old.toISOString(), expires_at: new Date(old.getTime() + 30 * 86_400_000).toISOString() })
      .where('user_id', '=', account.user.id)
      .execute();
    const res = await browser.get('/admin');
    assert.equal(res.status, 200);
    const row = await t.desk.store.db.selectFrom('sessions').selectAll().where('user_id', '=', account.user.id).executeTakeFirstOrThrow();
    assert.ok(Date.now() - Date.parse(row.last_seen_at) < 10_000, 'last_seen_at is now');
    assert.ok(Math.abs(Date.parse(row.expires_at) - (Date.now() + 30 * 86_400_000)) < 10_000, 'expires 30 days from now');
    assert.match(setCookieLine(res.headers, 'nd_session'), /; Path=\/admin; Expires=/);
  });
});

test('a session survives a server restart on the same database file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-admin-restart-'));
  const config = { ...loadConfig({}), sqlitePath: join(dir, 'desk.db'), port: 0 };
  const serve = async () => {
    const desk = await openDesk(config);
    const app = await buildServer(desk.context);
    await app.listen({ host: '127.0.0.1', port: 0 });
    return { desk, app, url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` };
  };
  try {
    const first = await serve();
    let cookie: string;
    let account;
    try {
      account = await addStaff(first.desk, 'admin');
      const browser = new Browserish(first.url);
      assert.equal((await signIn(browser, account.email, account.password)).status, 303);
      assert.equal((await browser.get('/admin')).status, 200);
      cookie = `nd_session=${browser.cookie('nd_session')}; nd_csrf=${browser.cookie('nd_csrf')}`;
    } finally {
      await first.app.close();
      await first.desk.store.close();
    }

    const second = await serve();
    try {
      const again = await fetch(`${second.url}/admin/settings`, { headers: { cookie }, redirect: 'manual' });
      assert.equal(again.status, 200, 'the same cookie opens the back office after the restart');
      const html = await again.text();
      assert.match(html, new RegExp(`Signed in as <strong>${account.email}</strong>`));
      // The form token cookie is signed with the secret kept in the database, so forms still work too.
      const saved = await fetch(`${second.url}/admin/settings`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...settingsFormFrom(html), siteName: 'Restarted Desk', _csrf: inputValue(html, '_csrf') }).toString(),
        redirect: 'manual',
      });
      assert.equal(saved.status, 303);
      assert.equal((await loadSettings(second.desk.store.db)).siteName, 'Restarted Desk');
    } finally {
      await second.app.close();
      await second.desk.store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('one-time links to set a password', () => {
  test('the link shows a form, refuses a short or mismatched password without using itself up, then works once', async () => {
    await forgetFailures();
    const added = await addUser({ db: t.desk.store.db, publicUrl: t.desk.context.config.publicUrl }, operator, { email: 'new.person@desk.example', role: 'moderator', name: 'New Person' });
    assert.equal(added.kind, 'added');
    const { user, link } = added as Extract<typeof added, { kind: 'added' }>;
    assert.ok(link);
    assert.match(link, /^http:\/\/127\.0\.0\.1:3000\/admin\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    const token = new URL(link).searchParams.get('token')!;
    const stored = await t.desk.store.db.selectFrom('password_tokens').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(stored.token_hash, createHash('sha256').update(token).digest('hex'), 'only the hash is stored');
    assert.ok(Math.abs(Date.parse(stored.expires_at) - Date.now() - 24 * 3_600_000) < 60_000, 'valid for 24 hours');

    const browser = new Browserish(t.url);
    const form = await browser.get(`/admin/set-password?token=${token}`);
    assert.equal(form.status, 200);
    assert.match(form.html, /For <strong>new\.person@desk\.example<\/strong>/);
    const csrf = inputValue(form.html, '_csrf');

    const short = await browser.post('/admin/set-password', { token, password: 'short1', confirm: 'short1', _csrf: csrf });
    assert.equal(short.status, 422);
    assert.match(short.html, /Use at least 10 characters \(this one has 6\)\./);
    const mismatch = await browser.post('/admin/set-password', { token, password: 'a long enough one', confirm: 'a different one!', _csrf: csrf });
    assert.equal(mismatch.status, 422);
    assert.match(mismatch.html, /The two passwords are not the same\./);

    const set = await browser.post('/admin/set-password', { token, password: 'a long enough one', confirm: 'a long enough one', _csrf: csrf });
    assert.equal(set.status, 303);
    assert.equal(set.location, '/admin');
    assert.equal((await browser.get('/admin')).status, 200, 'signed in straight away');
    const row = await t.desk.store.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.match(row.password_hash!, /^scrypt\$ln=15,r=8,p=1\$/);

    const reused = await new Browserish(t.url).get(`/admin/set-password?token=${token}`);
    assert.equal(reused.status, 410);
    assert.match(reused.html, /This link no longer works/);
    const again = await browser.post('/admin/set-password', { token, password: 'someone else now', confirm: 'someone else now', _csrf: csrf });
    assert.equal(again.status, 410);
    assert.equal((await signIn(new Browserish(t.url), 'new.person@desk.example', 'someone else now')).status, 422, 'the second use changed nothing');
    assert.equal((await signIn(new Browserish(t.url), 'new.person@desk.example', 'a long enough one')).status, 303);
    assert.deepEqual(
      (await auditActions(t.desk, 'user', user.id)).map((a) => [a.action, a.actor]),
      [
        ['user.add', 'command line'],
        ['user.set_password', 'new.person@desk.example'],
        ['user.sign_in', 'new.person@desk.example'],
        ['user.sign_in', 'new.person@desk.example'],
      ],
    );
    await forgetFailures();
  });

  test('an expired link and a made-up token are refused; a new link ends the old one and setting a password ends old sessions', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'editor');
    const expired = await issuePasswordLink(t.desk.store.db, account.user.id, t.url, new Date(Date.now() - 25 * 3_600_000));
    assert.equal((await new Browserish(t.url).get(`/admin/set-password?token=${expired.token}`)).status, 410);
    assert.equal((await new Browserish(t.url).get(`/admin/set-password?token=${'x'.repeat(43)}`)).status, 410);
    assert.equal((await new Browserish(t.url).get('/admin/set-password')).status, 410);

    const first = await issuePasswordLink(t.desk.store.db, account.user.id, t.url, new Date());
    const second = await issuePasswordLink(t.desk.store.db, account.user.id, t.url, new Date());
    assert.equal((await new Browserish(t.url).get(`/admin/set-password?token=${first.token}`)).status, 410, 'a newer link replaces the older');
    const other = new Browserish(t.url);
    const form = await other.get(`/admin/set-password?token=${second.token}`);
    assert.equal(form.status, 200);
    const set = await other.post('/admin/set-password', { token: second.token, password: 'brand new password', confirm: 'brand new password', _csrf: inputValue(form.html, '_csrf') });
    assert.equal(set.status, 303);
    assert.equal((await browser.get('/admin')).status, 303, 'the session opened with the old password has ended');
  });
});

describe('CSRF', () => {
  test('a forged POST (no token, a wrong one, another browser’s) is refused with a page that says what to do, and changes nothing', async () => {
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const comment = await addComment(t.desk, article);
    const { browser } = await staffBrowser(t.url, t.desk, 'moderator');
    const stranger = new Browserish(t.url);
    const strangersToken = inputValue((await stranger.get('/admin/login')).html, '_csrf');

    for (const [what, fields] of [
      ['no token', { one: `approve:${comment.id}` }],
      ['a wrong token', { one: `approve:${comment.id}`, _csrf: 'abc-not-a-token' }],
      ['a token for another browser', { one: `approve:${comment.id}`, _csrf: strangersToken }],
    ] as const) {
      const res = await browser.post('/admin/comments/action', fields);
      assert.equal(res.status, 403, what);
      assert.match(res.html, /<h1 class="page-title">This form has expired<\/h1>/, what);
      assert.match(res.html, /Nothing was changed\. Go back, reload the page, and send the form again\./, what);
      assert.equal((await findComment(t.desk.store.db, comment.id))?.status, 'pending', `${what}: still pending`);
    }
    const forgedLogin = await new Browserish(t.url).post('/admin/login', { email: 'x@desk.example', password: 'whatever it is' });
    assert.equal(forgedLogin.status, 403);
    assert.match(forgedLogin.html, /Go to the sign-in page/);
    assert.equal((await auditActions(t.desk, 'comment', comment.id)).length, 0);
  });
});

describe('roles', () => {
  const pages = ['/admin', '/admin/comments', '/admin/articles', '/admin/sources', '/admin/settings', '/admin/audit'];
  const allowed = {
    admin: pages,
    editor: ['/admin', '/admin/articles', '/admin/sources'],
    moderator: ['/admin', '/admin/comments'],
  } as const;

  for (const role of ['admin', 'editor', 'moderator'] as const) {
    test(`${role}: opens ${allowed[role].join(', ')}; anything else is a 403 that names the role`, async () => {
      const { browser } = await staffBrowser(t.url, t.desk, role);
      for (const path of pages) {
        const res = await browser.get(path);
        if ((allowed[role] as readonly string[]).includes(path)) {
          assert.equal(res.status, 200, `${role} opens ${path}`);
        } else {
          assert.equal(res.status, 403, `${role} is refused ${path}`);
          assert.match(res.html, new RegExp(`Your role \\(${role}\\) does not include`));
        }
      }
      const nav = (await browser.get('/admin')).html.match(/<nav aria-label="Back office">[\s\S]*?<\/nav>/)![0];
      const links = [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
      const navFor = { admin: [...pages.slice(0, 5), '/admin/users', '/admin/audit'], editor: allowed.editor, moderator: allowed.moderator };
      assert.deepEqual(links, [...navFor[role], '/admin/account', '/']);
    });
  }

  test('a moderator cannot change articles, sources or settings; an editor cannot moderate comments; nothing changes', async () => {
    const source = await makeSource(t.desk);
    const article = await makeArticle(t.desk, source);
    const comment = await addComment(t.desk, article);
    const before = await loadSettings(t.desk.store.db);

    const { browser: moderator } = await staffBrowser(t.url, t.desk, 'moderator');
    const mcsrf = await csrfOn(moderator, '/admin');
    assert.equal((await moderator.post('/admin/articles/action', { one: `hide:${article.id}`, _csrf: mcsrf })).status, 403);
    assert.equal((await moderator.post(`/admin/articles/${article.id}/edit`, { title: 'Moderated title', excerpt: '<p>x</p>', _csrf: mcsrf })).status, 403);
    assert.equal((await moderator.post('/admin/sources/action', { one: `pause:${source.id}`, _csrf: mcsrf })).status, 403);
    assert.equal((await moderator.post('/admin/settings', { siteName: 'Taken over', _csrf: mcsrf })).status, 403);

    const { browser: editor } = await staffBrowser(t.url, t.desk, 'editor');
    const ecsrf = await csrfOn(editor, '/admin');
    assert.equal((await editor.post('/admin/comments/action', { one: `approve:${comment.id}`, _csrf: ecsrf })).status, 403);
    assert.equal((await editor.post(`/admin/comments/${comment.id}/edit`, { author: 'E', email: 'e@example.com', url: '', comment: 'edited', _csrf: ecsrf })).status, 403);
    assert.equal((await editor.post('/admin/comments/delete', { ids: String(comment.id), confirm: 'yes', _csrf: ecsrf })).status, 403);
    assert.equal((await editor.post('/admin/settings', { siteName: 'Taken over', _csrf: ecsrf })).status, 403);

    const after = await t.desk.store.db.selectFrom('articles').selectAll().where('id', '=', article.id).executeTakeFirstOrThrow();
    assert.equal(after.hidden, 0);
    assert.equal(after.title, article.title);
    assert.equal((await t.desk.store.db.selectFrom('sources').select('paused').where('id', '=', source.id).executeTakeFirstOrThrow()).paused, 0);
    const still = await findComment(t.desk.store.db, comment.id);
    assert.equal(still?.status, 'pending');
    assert.equal(still?.body_markdown, comment.body_markdown);
    assert.deepEqual(await loadSettings(t.desk.store.db), before);
  });

  test('the access-denied page names the role to ask for and where an admin gives it; giving it opens the page', async () => {
    const { browser, account } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Mia Moderator' });
    const refused = await browser.get('/admin/settings');
    assert.equal(refused.status, 403);
    assert.match(refused.html, /does not include changing settings\. If you need it, ask an admin to give you the admin role on the Users page of the back office\./);
    const editorPage = await browser.get('/admin/articles');
    assert.match(editorPage.html, /give you the editor role on the Users page/, 'the narrowest role that includes the area');

    const run = await runUsers(['set-role', account.email, 'admin']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /is now admin \(was moderator\)\./);
    assert.equal((await browser.get('/admin/settings')).status, 200, 'the next request has the new role');
    assert.deepEqual((await auditActions(t.desk, 'user', account.user.id)).map((a) => a.action).filter((a) => a !== 'user.sign_in'), ['user.set_role']);
  });

  test('a signed-out request is sent to sign in, and a signed-out POST changes nothing', async () => {
    const article = await makeArticle(t.desk, await makeSource(t.desk));
    const comment = await addComment(t.desk, article);
    const browser = new Browserish(t.url);
    const csrf = inputValue((await browser.get('/admin/login')).html, '_csrf');
    for (const path of pages) {
      const res = await browser.get(path);
      assert.equal(res.status, 303, path);
      assert.equal(res.headers.get('location'), path === '/admin' ? '/admin/login' : `/admin/login?next=${encodeURIComponent(path)}`);
    }
    const post = await browser.post('/admin/comments/action', { one: `approve:${comment.id}`, _csrf: csrf });
    assert.equal(post.status, 303);
    assert.equal(post.location, '/admin/login');
    assert.equal((await findComment(t.desk.store.db, comment.id))?.status, 'pending');
    const forged = await fetch(`${t.url}/admin`, { headers: { cookie: 'nd_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, redirect: 'manual' });
    assert.equal(forged.status, 303, 'a made-up session token opens nothing');
  });
});

describe('staff display names', () => {
  test('an account without a display name cannot reply until it has one; then no public output carries the staff email', async () => {
    const source = await makeSource(t.desk);
    const article = await makeArticle(t.desk, source);
    const parent = await addComment(t.desk, article, { status: 'approved', status_reason: 'approved: by test' });
    const { browser, account } = await staffBrowser(t.url, t.desk, 'moderator');
    assert.equal(account.user.name, '', 'an account from before names were required');

    const form = await browser.get(`/admin/comments/${parent.id}/reply`);
    assert.equal(form.status, 409);
    assert.match(form.html, /Your account needs a display name/);
    assert.match(form.html, /An admin gives it one on the command line: newsdesk users set-name \S+ &quot;Your Name&quot;/);
    const csrf = inputValue(form.html, '_csrf');
    const refused = await browser.post(`/admin/comments/${parent.id}/reply`, { _csrf: csrf, return: '/admin/comments', comment: 'Thanks, fixed.' });
    assert.equal(refused.status, 409);
    const staffRows = () => t.desk.store.db.selectFrom('comments').selectAll().where('user_id', '=', account.user.id).execute();
    assert.equal((await staffRows()).length, 0, 'nothing was published');

    const emailAsName = await runUsers(['set-name', account.email, account.email]);
    assert.equal(emailAsName.code, 1);
    assert.match(emailAsName.stderr, /newsdesk: a display name, not an email address/);
    const named = await runUsers(['set-name', account.email, 'Mo', 'Rivers']);
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stdout, /now signs staff replies as Mo Rivers\./);

    const sent = await browser.post(`/admin/comments/${parent.id}/reply`, { _csrf: csrf, return: '/admin/comments', comment: 'Thanks, fixed.' });
    assert.equal(sent.status, 303);
    const [row] = await staffRows();
    assert.equal(row?.author_name, 'Mo Rivers');
    assert.doesNotMatch(row!.status_reason, /@/, 'the status reason carries no address');

    const pages = await Promise.all([`/articles/${article.slug}`, '/comments.xml', `/articles/${article.slug}/comments.xml`].map(async (path) => [path, await (await fetch(t.url + path)).text()] as const));
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(pages[0]![1])![1]!;
    assert.match(jsonLd, /Mo Rivers/, 'the reply is in the JSON-LD');
    for (const [path, body] of pages) {
      assert.match(body, /Mo Rivers/, `${path} shows the staff reply`);
      assert.ok(!body.toLowerCase().includes(account.email.toLowerCase()), `${path} has no staff email`);
    }
  });
});

test('with trustProxy, the Secure flag follows X-Forwarded-Proto; an https public address always sets it', async () => {
  const proxied = await startTestDesk();
  const app = await buildServer({ ...proxied.desk.context, config: { ...proxied.desk.context.config, trustProxy: true } });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const account = await addStaff(proxied.desk, 'admin');
    for (const [proto, secure] of [
      ['https', true],
      ['http', false],
    ] as const) {
      const browser = new Browserish(url);
      const page = await browser.get('/admin/login');
      const res = await fetch(`${url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_csrf=${browser.cookie('nd_csrf')}`, 'x-forwarded-proto': proto, 'x-forwarded-for': '203.0.113.9' },
        body: new URLSearchParams({ email: account.email, password: STAFF_PASSWORD, _csrf: inputValue(page.html, '_csrf') }).toString(),
        redirect: 'manual',
      });
      assert.equal(res.status, 303);
      assert.equal(/; Secure/.test(setCookieLine(res.headers, 'nd_session')), secure, `X-Forwarded-Proto: ${proto}`);
    }
    // An https public address sets it whatever the request says.
    const httpsApp = await buildServer({ ...proxied.desk.context, config: { ...proxied.desk.context.config, publicUrl: 'https://desk.example' } });
    try {
      const login = await httpsApp.inject({ method: 'GET', url: '/admin/login' });
      const csrfCookie = login.cookies.find((c) => c.name === 'nd_csrf')!;
      assert.equal(csrfCookie.secure, true);
      const res = await httpsApp.inject({
        method: 'POST',
        url: '/admin/login',
        cookies: { nd_csrf: csrfCookie.value },
        payload: new URLSearchParams({ email: account.email, password: STAFF_PASSWORD, _csrf: inputValue(login.body, '_csrf') }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(res.statusCode, 303);
      assert.equal(res.cookies.find((c) => c.name === 'nd_session')?.secure, true);
    } finally {
      await httpsApp.close();
    }
  } finally {
    await app.close();
    await proxied.close();
  }
});
