import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { operator, readerActor, staffActor } from '../../src/commands/actor.js';
import { changeSettings } from '../../src/commands/settings.js';
import { loadSettings } from '../../src/store/settings.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';
import { addStaff } from './admin-helpers.js';

let t: TestDesk;
before(async () => {
  t = await startTestDesk();
});
after(() => t.close());

const settingsAudit = () => t.desk.store.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'settings.change').execute();

test('only roles with the settings area and the operator change settings; others change nothing and leave no entry', async () => {
  const db = t.desk.store.db;
  const moderator = await addStaff(t.desk, 'moderator');
  const editor = await addStaff(t.desk, 'editor');
  const admin = await addStaff(t.desk, 'admin');
  const reader = readerActor({ address: '192.0.2.1', userAgent: 'test' });
  for (const actor of [staffActor(moderator.user), staffActor(editor.user), reader]) {
    const refused = await changeSettings(db, actor, { siteName: 'Taken Over' });
    assert.equal(refused.kind, 'forbidden');
  }
  assert.notEqual((await loadSettings(db)).siteName, 'Taken Over');
  assert.deepEqual(await settingsAudit(), []);

  const byAdmin = await changeSettings(db, staffActor(admin.user), { siteName: 'The Admin’s Desk' });
  assert.equal(byAdmin.kind, 'saved');
  const byOperator = await changeSettings(db, operator, { siteName: 'The Operator’s Desk' });
  assert.deepEqual(byOperator.kind === 'saved' && byOperator.changes.siteName, { from: 'The Admin’s Desk', to: 'The Operator’s Desk' });
  assert.deepEqual((await settingsAudit()).map((a) => a.actor), [admin.email, 'command line']);
});
