/**
 * The sign-in brake under attack: concurrent guesses, strangers trying to lock an owner out,
 * one address hammering, and ?next= paths a Location header cannot carry as typed.
 * Real server behind a (pretend) trusted proxy, so each test speaks from its own addresses.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { randomBytes } from 'node:crypto';
import { reserveSignInAttempt, signInLimits } from '../../src/accounts/login-limit.js';
import { passwordChecksStarted } from '../../src/accounts/password.js';
import { openStore, type Store } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { clientHash } from '../../src/discussion/identity.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';
import { addStaff, signIn } from './admin-helpers.js';
import { housekeepingJob } from '../../src/jobs/kinds/housekeeping.js';
import { postgresSkip, scratchSchema } from '../support/postgres.js';

let t: TestDesk;
before(async () => {
  t = await startTestDesk({ config: { trustProxy: true } });
});
after(() => t.close());

let addressCounter = 0;
/** A documentation address (RFC 5737) no other test uses. */
function newAddress(): string {
  addressCounter++;
  return `198.51.100.${addressCounter}`;
}

/** A CSRF cookie and token pair that any number of sign-in posts can share. */
async function loginForm(): Promise<{ cookie: string; token: string }> {
  const browser = new Browserish(t.url);
  const page = await browser.get('/admin/login');
  return { cookie: `nd_csrf=${browser.cookie('nd_csrf')}`, token: inputValue(page.html, '_csrf') };
}

async function postSignIn(form: { cookie: string; token: string }, from: string, email: string, password: string, next = '') {
  const response = await fetch(`${t.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie, 'x-forwarded-for': from },
    body: new URLSearchParams({ email, password, next, _csrf: form.token }).toString(),
    redirect: 'manual',
  });
  const html = await response.text();
  return { status: response.status, html, location: response.headers.get('location'), retryAfter: response.headers.get('retry-after'), session: response.headers.getSetCookie().some((c) => c.startsWith('nd_session=')) };
}

function pairKey(address: string, email: string): string {
  return `pair:${clientHash(t.desk.context.secret, address)}:${email}`;
}

describe('a burst of concurrent guesses', () => {
  test('40 wrong passwords and then the right one, all at once from one address: at most 5 are checked, and the right one does not get in', async () => {
    const account = await addStaff(t.desk, 'admin', { name: 'Ada' });
    const form = await loginForm();
    const from = newAddress();
    const checksBefore = passwordChecksStarted();
    const wrong = Array.from({ length: 40 }, (_, i) => postSignIn(form, from, account.email, `wrong guess number ${i}`));
    // The right password goes in while the wrong ones are still being hashed: once the brake's
    // five slots are taken (or, without a brake, once hashing is under way).
    let allWrongDone = false;
    void Promise.allSettled(wrong).then(() => (allWrongDone = true));
    while (passwordChecksStarted() - checksBefore < 5 && !allWrongDone) await sleep(2);
    const right = await postSignIn(form, from, account.email, account.password);
    const answers = await Promise.all(wrong);

    const checked = passwordChecksStarted() - checksBefore;
    assert.ok(checked <= 5, `${checked} passwords were checked; the limit is 5`);
    assert.equal(right.status, 429, 'the right password past the limit is refused');
    assert.equal(right.session, false, 'no session');
    assert.match(right.html, /Too many failed sign-ins\. Try again in 15 minutes\./);
    assert.equal(answers.filter((a) => a.status === 422).length, checked, 'every checked guess was an ordinary refusal');
    assert.equal(answers.filter((a) => a.status === 429).length, 40 - checked, 'every other guess was refused unchecked');
    const recorded = await t.desk.store.db.selectFrom('login_failures').select('id').where('key', '=', pairKey(from, account.email)).execute();
    assert.equal(recorded.length, checked, 'only checked attempts are recorded as failures');
  });
});

/**
 * Racing reservations straight against the store: on SQLite (always) and on PostgreSQL when
 * a PostgreSQL server is at hand (test/support/postgres.ts), where the requests really do run in parallel.
 */
async function raceReservations(store: Store): Promise<void> {
  const email = `race-${randomBytes(6).toString('hex')}@desk.example`;
  const now = () => new Date();
  // One address, one account: exactly the pair limit (5) get through, however many race.
  const fromOne = await Promise.all(Array.from({ length: 40 }, () => reserveSignInAttempt(store.db, email, `one-${email}`, now())));
  assert.equal(fromOne.filter((r) => r.kind === 'reserved').length, 5);
  // Sixty addresses, one account: exactly up to the account-wide ceiling.
  const ceiling = signInLimits.find((l) => l.scope === 'account')!.max;
  const spread = await Promise.all(Array.from({ length: 60 }, (_, i) => reserveSignInAttempt(store.db, email, `many-${i}-${email}`, now())));
  assert.equal(spread.filter((r) => r.kind === 'reserved').length, ceiling - 5);
  const blocked = spread.find((r) => r.kind === 'blocked');
  assert.ok(blocked?.kind === 'blocked' && blocked.retryAfterSeconds > 4 * 60 && blocked.retryAfterSeconds <= 5 * 60, 'the rest wait about 5 minutes');
}

describe('reservations race', () => {
  test('on SQLite', async () => {
    await raceReservations(t.desk.store);
  });
  test('on PostgreSQL', { skip: postgresSkip }, async () => {
    const schema = await scratchSchema();
    const store = openStore({ sqlitePath: ':memory:', databaseUrl: schema.url });
    try {
      await migrateToLatest(store);
      await raceReservations(store);
    } finally {
      await store.close();
      await schema.drop();
    }
  });
});

describe('strangers cannot lock the owner out', () => {
  test('failures from address A stop A, not the owner signing in from address B', async () => {
    const account = await addStaff(t.desk, 'moderator', { name: 'Mo' });
    const form = await loginForm();
    const stranger = newAddress();
    for (let i = 1; i <= 5; i++) assert.equal((await postSignIn(form, stranger, account.email, `guess ${i}`)).status, 422, `guess ${i}`);
    const checks = passwordChecksStarted();
    const blocked = await postSignIn(form, stranger, account.email, account.password);
    assert.equal(blocked.status, 429, 'A is refused, even with the right password');
    assert.match(blocked.html, /Too many failed sign-ins\. Try again in 15 minutes\./);
    const retryAfter = Number(blocked.retryAfter);
    assert.ok(retryAfter > 14 * 60 && retryAfter <= 15 * 60, `Retry-After: ${retryAfter} seconds, until the oldest guess is 15 minutes old`);
    assert.equal(passwordChecksStarted(), checks, 'a refused attempt hashes nothing');

    const owner = await postSignIn(form, newAddress(), account.email, account.password);
    assert.equal(owner.status, 303, 'the owner from B signs in');
    assert.equal(owner.session, true);
  });

  test('failures spread over many addresses stop the account only briefly: 50 in 5 minutes, then the right password works again', async () => {
    const account = await addStaff(t.desk, 'editor', { name: 'Ed' });
    const form = await loginForm();
    const accountKey = `account:${account.email}`;
    // 49 failures from elsewhere a moment ago, then the 50th through the form.
    const at = new Date(Date.now() - 1000).toISOString();
    await t.desk.store.db.insertInto('login_failures').values(Array.from({ length: 49 }, () => ({ key: accountKey, failed_at: at }))).execute();
    assert.equal((await postSignIn(form, newAddress(), account.email, 'one more guess')).status, 422, 'the 50th is still checked');
    const owner = newAddress();
    const paused = await postSignIn(form, owner, account.email, account.password);
    assert.equal(paused.status, 429);
    assert.match(paused.html, /Too many failed sign-ins\. Try again in 5 minutes\./);
    // Five minutes on (the failures aged by hand), the owner's right password works.
    await t.desk.store.db.updateTable('login_failures').set({ failed_at: new Date(Date.now() - 5 * 60_000 - 1000).toISOString() }).where('key', '=', accountKey).execute();
    const later = await postSignIn(form, owner, account.email, account.password);
    assert.equal(later.status, 303);
  });
});

describe('one address is slowed down', () => {
  test('10 failures in a minute over any accounts: the 11th attempt from there waits, and is told how long in seconds', async () => {
    const account = await addStaff(t.desk, 'admin', { name: 'Al' });
    const form = await loginForm();
    const from = newAddress();
    for (let i = 1; i <= 10; i++) assert.equal((await postSignIn(form, from, `nobody-${i}@desk.example`, 'a wrong password')).status, 422, `attempt ${i}`);
    const slowed = await postSignIn(form, from, account.email, account.password);
    assert.equal(slowed.status, 429);
    const seconds = Number(/Try again in (\d+) seconds?\./.exec(slowed.html)?.[1]);
    assert.ok(seconds >= 1 && seconds <= 60, `a wait of ${seconds} seconds`);
    assert.equal(slowed.retryAfter, String(seconds));
    assert.equal((await postSignIn(form, newAddress(), account.email, account.password)).status, 303, 'the account itself is not stopped');
  });
});

/** One raw HTTP/1.1 request, so the request line can carry bytes fetch would percent-encode. */
function rawGet(path: Buffer): Promise<{ status: number; head: string }> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]), head: text.slice(0, text.indexOf('\r\n\r\n')) });
    });
    socket.end(Buffer.concat([Buffer.from('GET '), path, Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]));
  });
}

describe('?next= with characters outside ASCII', () => {
  test('the sign-in page and the sign-in itself answer normally and send the person to the encoded path', async () => {
    const account = await addStaff(t.desk, 'moderator', { name: 'Nia' });
    const browser = new Browserish(t.url);
    // é fits in Latin-1, which Node would send as one raw byte; 日本 does not fit at all.
    const res = await signIn(browser, account.email, account.password, '/admin/été-日本');
    assert.equal(res.status, 303);
    assert.equal(res.location, '/admin/%C3%A9t%C3%A9-%E6%97%A5%E6%9C%AC');
    // Signed in already, the sign-in page sends the person straight on.
    const again = await browser.get('/admin/login?next=/admin/%C3%A9');
    assert.equal(again.status, 303);
    assert.equal(again.headers.get('location'), '/admin/%C3%A9');

    const encoded = await fetch(`${t.url}/admin/login?next=/admin/%C3%A9t%C3%A9?q=%E6%97%A5`);
    assert.equal(encoded.status, 200);
    assert.equal(inputValue(await encoded.text(), 'next'), '/admin/%C3%A9t%C3%A9?q=%E6%97%A5');

    const raw = await rawGet(Buffer.from('/admin/login?next=/admin/été-日本', 'utf8'));
    assert.notEqual(raw.status, 500);
    assert.ok(raw.status < 500, `status ${raw.status}`);

    const form = await loginForm();
    const posted = await postSignIn(form, newAddress(), account.email, account.password, '/admin/comments?q=naïve\uD800');
    assert.equal(posted.status, 303);
    assert.equal(posted.location, '/admin/comments?q=na%C3%AFve%EF%BF%BD');
  });
});

test('signing in forgets nothing on the way; housekeeping drops ended sessions and failures past every window', async () => {
  const own = await startTestDesk();
  try {
    const db = own.desk.store.db;
    const staff = await addStaff(own.desk, 'moderator');
    const longAgo = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await db.insertInto('login_failures').values({ key: 'old-key', failed_at: longAgo }).execute();
    await db.insertInto('sessions').values({ token_hash: 'ended', user_id: staff.user.id, created_at: longAgo, expires_at: longAgo, last_seen_at: longAgo, user_agent: 'old' }).execute();
    assert.equal((await signIn(new Browserish(own.url), staff.email, staff.password)).status, 303);
    const sessions = async () => (await db.selectFrom('sessions').select('token_hash').execute()).map((r) => r.token_hash);
    assert.ok((await sessions()).includes('ended'), 'a sign-in does not sweep the table');
    assert.equal((await db.selectFrom('login_failures').select('id').where('key', '=', 'old-key').execute()).length, 1);

    const outcome = await housekeepingJob.execute({}, { db, services: undefined as never, signal: new AbortController().signal, now: () => new Date(), log: () => {} });
    assert.match(String(outcome), /1 ended sessions, 1 old sign-in failures and \d+ old page changes forgotten/);
    assert.ok(!(await sessions()).includes('ended'));
    assert.equal((await sessions()).length, 1, 'the live session stays');
    assert.equal((await db.selectFrom('login_failures').select('id').where('key', '=', 'old-key').execute()).length, 0);
  } finally {
    await own.close();
  }
});
