import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { operator, readerActor, staffActor } from '../../src/commands/actor.js';
import { addUser, lastAdminMessage, removeUser, renameUser, resetPassword, setUserRoleBy } from '../../src/commands/users.js';
import type { StaffRole } from '../../src/store/schema.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';
import { addStaff, auditActions } from './admin-helpers.js';
import { runCli } from './commands-cli.js';

/*
 * Staff accounts through src/commands/users.ts: the command line (main() in this process) and a
 * direct call as a staff member meet the same rules, leave the same audit entries, and the
 * desk never loses its last admin.
 */

let t: TestDesk;
before(async () => {
  t = await startTestDesk();
});
after(() => t.close());

const db = () => t.desk.store.db;
const deps = () => ({ db: db(), publicUrl: 'http://news.example' });

const newsdesk = (...args: string[]) => runCli(t.desk.context.config, args);
/** Runs the command and requires exit 0, with what it printed on stderr as the reason otherwise. */
async function newsdeskSucceeds(...args: string[]) {
  const ran = await newsdesk(...args);
  assert.equal(ran.code, 0, `newsdesk ${args.join(' ')}: ${ran.stderr}`);
  return ran;
}

async function roleOf(id: number): Promise<StaffRole | undefined> {
  return (await db().selectFrom('users').select('role').where('id', '=', id).executeTakeFirst())?.role;
}

/** Leaves exactly the given accounts as admins: every other admin becomes an editor. */
async function onlyAdmins(ids: number[]): Promise<void> {
  let query = db().updateTable('users').set({ role: 'editor' }).where('role', '=', 'admin');
  if (ids.length > 0) query = query.where('id', 'not in', ids);
  await query.execute();
}

describe('the last admin', () => {
  beforeEach(() => onlyAdmins([]));

  test('the command line may not remove or demote the only admin; with a second admin it may', async () => {
    const only = await addStaff(t.desk, 'admin');
    const remove = await newsdesk('users', 'remove', only.email);
    assert.equal(remove.code, 1);
    assert.equal(remove.stderr, `newsdesk: ${lastAdminMessage}`);
    const demote = await newsdesk('users', 'set-role', String(only.user.id), 'editor');
    assert.equal(demote.code, 1);
    assert.equal(demote.stderr, `newsdesk: ${lastAdminMessage}`);
    assert.equal(await roleOf(only.user.id), 'admin');
    assert.deepEqual(await auditActions(t.desk, 'user', only.user.id), [], 'a refusal is not logged as a change');

    const second = await addStaff(t.desk, 'admin');
    const demoted = await newsdesk('users', 'set-role', only.email, 'moderator');
    assert.equal(demoted.code, 0, demoted.stderr);
    assert.match(demoted.stdout, /is now moderator \(was admin\)/);
    const last = await newsdesk('users', 'remove', second.email);
    assert.equal(last.code, 1, 'the second is now the only admin');
    assert.equal(await roleOf(second.user.id), 'admin');
  });

  test('an admin on their own: the same refusal when they remove or demote themselves', async () => {
    const only = await addStaff(t.desk, 'admin');
    const asThem = staffActor(only.user);
    assert.deepEqual(await removeUser(db(), asThem, { user: only.email }), { kind: 'last-admin', message: lastAdminMessage });
    assert.deepEqual(await setUserRoleBy(db(), asThem, { user: only.email, role: 'editor' }), { kind: 'last-admin', message: lastAdminMessage });
    assert.equal(await roleOf(only.user.id), 'admin');
  });

  test('two admins demoted at the same moment: one goes ahead, the other is refused', async () => {
    const a = await addStaff(t.desk, 'admin');
    const b = await addStaff(t.desk, 'admin');
    // On PostgreSQL, open a few pool connections first, so neither transaction waits for a new one.
    await Promise.all([1, 2, 3].map(() => db().transaction().execute((trx) => trx.selectFrom('users').select('id').execute())));
    const results = await Promise.all([setUserRoleBy(db(), operator, { user: a.email, role: 'editor' }), setUserRoleBy(db(), operator, { user: b.email, role: 'editor' })]);
    assert.deepEqual(results.map((r) => r.kind).sort(), ['changed', 'last-admin']);
    const admins = await db().selectFrom('users').select('id').where('role', '=', 'admin').execute();
    assert.equal(admins.length, 1);
  });
});

describe('who may manage accounts', () => {
  for (const role of ['editor', 'moderator'] as const) {
    test(`the ${role} role is refused every account command, and nothing changes`, async () => {
      const asker = staffActor((await addStaff(t.desk, role)).user);
      const target = await addStaff(t.desk, 'moderator', { name: 'Target Person' });
      const refusal = { kind: 'forbidden', message: `the ${role} role may not change staff accounts` };
      assert.deepEqual(await addUser(deps(), asker, { email: `new-${role}@example.org`, role: 'admin', name: 'Newcomer' }), refusal);
      assert.deepEqual(await removeUser(db(), asker, { user: target.email }), refusal);
      assert.deepEqual(await renameUser(db(), asker, { user: target.email, name: 'Renamed' }), refusal);
      assert.deepEqual(await setUserRoleBy(db(), asker, { user: target.email, role: 'admin' }), refusal);
      assert.deepEqual(await resetPassword(deps(), asker, { user: target.email }), refusal);
      const row = await db().selectFrom('users').selectAll().where('id', '=', target.user.id).executeTakeFirstOrThrow();
      assert.equal(row.role, 'moderator');
      assert.equal(row.name, 'Target Person');
      assert.equal(await db().selectFrom('users').select('id').where('email', '=', `new-${role}@example.org`).executeTakeFirst(), undefined);
      assert.equal(await db().selectFrom('password_tokens').select('user_id').where('user_id', '=', target.user.id).executeTakeFirst(), undefined);
      assert.deepEqual(await auditActions(t.desk, 'user', target.user.id), []);
    });
  }

  test('a reader is refused', async () => {
    const target = await addStaff(t.desk, 'moderator');
    const result = await removeUser(db(), readerActor({ address: '192.0.2.1', userAgent: 'test' }), { user: target.email });
    assert.equal(result.kind, 'forbidden');
    assert.equal(await roleOf(target.user.id), 'moderator');
  });
});

describe('the same audit entries from the command line and from an admin', () => {
  test('add, set-name, set-role, reset-password, remove', async () => {
    const admin = await addStaff(t.desk, 'admin');
    const asAdmin = staffActor(admin.user);

    await newsdeskSucceeds('users', 'add', 'cli.person@example.org', '--role', 'moderator', '--name', 'Cli Person');
    const direct = await addUser(deps(), asAdmin, { email: 'direct.person@example.org', role: 'moderator', name: 'Direct Person' });
    assert.equal(direct.kind, 'added');
    const ids = await db().selectFrom('users').select(['id', 'email']).where('email', 'in', ['cli.person@example.org', 'direct.person@example.org']).orderBy('email').execute();
    const [cliId, directId] = [ids.find((u) => u.email.startsWith('cli'))!.id, ids.find((u) => u.email.startsWith('direct'))!.id];

    await newsdeskSucceeds('users', 'set-name', String(cliId), 'Cli', 'Renamed');
    assert.equal((await renameUser(db(), asAdmin, { user: String(directId), name: 'Direct Renamed' })).kind, 'renamed');
    await newsdeskSucceeds('users', 'set-role', String(cliId), 'editor');
    assert.equal((await setUserRoleBy(db(), asAdmin, { user: String(directId), role: 'editor' })).kind, 'changed');
    const reset = await newsdeskSucceeds('users', 'reset-password', 'cli.person@example.org');
    assert.match(reset.stdout, /\/admin\/set-password\?token=/);
    assert.equal((await resetPassword(deps(), asAdmin, { user: 'direct.person@example.org' })).kind, 'link');
    await newsdeskSucceeds('users', 'remove', String(cliId));
    assert.equal((await removeUser(db(), asAdmin, { user: String(directId) })).kind, 'removed');

    const shape = (rows: Awaited<ReturnType<typeof auditActions>>, email: string) =>
      rows.map((r) => ({ action: r.action, details: JSON.parse(r.details.replaceAll(email, 'EMAIL').replace(/"(?:Cli|Direct) (Person|Renamed)"/g, '"NAME $1"')) as unknown }));
    const viaCli = await auditActions(t.desk, 'user', cliId);
    const viaAdmin = await auditActions(t.desk, 'user', directId);
    assert.deepEqual(
      viaCli.map((r) => r.action),
      ['user.add', 'user.rename', 'user.set_role', 'user.reset_password', 'user.remove'],
    );
    assert.deepEqual(shape(viaCli, 'cli.person@example.org'), shape(viaAdmin, 'direct.person@example.org'));
    assert.ok(viaCli.every((r) => r.actor === 'command line' && r.user_id === null));
    assert.ok(viaAdmin.every((r) => r.actor === admin.email && r.user_id === admin.user.id));
  });

  test('a mistake is refused the same way whoever asks, and nothing is written', async () => {
    const admin = await addStaff(t.desk, 'admin');
    const cli = await newsdesk('users', 'add', 'shorty@example.org', '--role', 'editor', '--name', 'shorty@example.org');
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /^newsdesk: --name: a display name, not an email address/);
    const direct = await addUser(deps(), staffActor(admin.user), { email: 'shorty@example.org', role: 'editor', name: 'shorty@example.org' });
    assert.deepEqual(direct, { kind: 'invalid', field: 'name', message: 'a display name, not an email address: leave out the @' });
    assert.equal(await db().selectFrom('users').select('id').where('email', '=', 'shorty@example.org').executeTakeFirst(), undefined);
  });
});
