import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { claimMail, enqueueMail, type OutgoingMail } from '../../src/mail/outbox.js';
import { createMailTransport, deliverDueMail, messageIdFor, startMailSender, type MailTransport } from '../../src/mail/sender.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';
import { startSmtpServer, type TestSmtp } from '../support/smtp.js';

const mailFrom = 'News Desk <desk@news.example>';
const minute = 60_000;

let smtp: TestSmtp;
before(async () => {
  smtp = await startSmtpServer();
});
after(() => smtp.close());

/** Each test gets its own database, so due rows of one never meet another. */
let t: TestDesk;
let transport: MailTransport;
beforeEach(async () => {
  smtp.rejectAll = false;
  smtp.rejectNext = 0;
  t = await startTestDesk({ config: { smtpUrl: smtp.url, mailFrom } });
  transport = createMailTransport(t.desk.context.config);
});
afterEach(async () => {
  transport.close();
  await t.close();
});

const db = () => t.desk.store.db;
const row = (key: string) => db().selectFrom('outbox').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();

function mail(key: string, to: string, extra: Partial<OutgoingMail> = {}): OutgoingMail {
  return { idempotencyKey: key, to, subject: `Subject for ${key}`, text: `Text for ${key}\n`, html: `<p>Text for ${key}</p>`, ...extra };
}

describe('the outbox over SMTP', () => {
  test('a refused first try is kept with its error and tried again after a minute', async () => {
    const t0 = new Date('2030-01-01T10:00:00.000Z');
    await enqueueMail(db(), mail('retry:1', 'retry@example.com'), t0);
    smtp.rejectNext = 1;

    assert.deepEqual(await deliverDueMail(db(), transport, t0), { sent: 0, failed: 1, gaveUp: 0 });
    const failed = await row('retry:1');
    assert.equal(failed.attempts, 1);
    assert.match(failed.last_error ?? '', /451/);
    assert.match(failed.last_error ?? '', /Mailbox busy, try again later/);
    assert.equal(failed.next_attempt_at, new Date(t0.getTime() + minute).toISOString());
    assert.equal(failed.sent_at, null);
    assert.equal(failed.leased_until, null);
    assert.equal(smtp.to('retry@example.com').length, 0);

    assert.deepEqual(await deliverDueMail(db(), transport, new Date(t0.getTime() + 30_000)), { sent: 0, failed: 0, gaveUp: 0 }, 'not due yet');
    const later = new Date(t0.getTime() + minute + 1000);
    assert.deepEqual(await deliverDueMail(db(), transport, later), { sent: 1, failed: 0, gaveUp: 0 });
    const sent = await row('retry:1');
    assert.equal(sent.sent_at, later.toISOString());
    assert.equal(sent.attempts, 2);
    assert.equal(smtp.to('retry@example.com').length, 1);
    assert.equal(smtp.to('retry@example.com')[0]!.header('subject'), 'Subject for retry:1');
    assert.deepEqual(await deliverDueMail(db(), transport, new Date(later.getTime() + 3_600_000)), { sent: 0, failed: 0, gaveUp: 0 });
  });

  test('after ten failed tries the message stays in the outbox with its error and is not tried again', async () => {
    let now = new Date('2030-01-01T10:00:00.000Z');
    await enqueueMail(db(), mail('doomed:1', 'doomed@example.com'), now);
    smtp.rejectAll = true;
    const delays: number[] = [];
    let last = { sent: 0, failed: 0, gaveUp: 0 };
    for (let i = 0; i < 10; i++) {
      last = await deliverDueMail(db(), transport, now);
      assert.equal(last.failed, 1, `try ${i + 1}`);
      const next = new Date((await row('doomed:1')).next_attempt_at);
      delays.push((next.getTime() - now.getTime()) / minute);
      now = next;
    }
    assert.deepEqual(delays, [1, 2, 4, 8, 16, 32, 64, 128, 256, 360]);
    assert.deepEqual(last, { sent: 0, failed: 1, gaveUp: 1 });
    smtp.rejectAll = false;
    assert.deepEqual(await deliverDueMail(db(), transport, new Date(now.getTime() + 86_400_000)), { sent: 0, failed: 0, gaveUp: 0 });
    const kept = await row('doomed:1');
    assert.equal(kept.attempts, 10);
    assert.equal(kept.sent_at, null);
    assert.match(kept.last_error ?? '', /451/);
    assert.equal(smtp.to('doomed@example.com').length, 0);
  });

  test('the same key queued twice (a retried request, a restart) is one row and one mail', async () => {
    assert.equal(await enqueueMail(db(), mail('once:1', 'once@example.com')), true);
    assert.equal(await enqueueMail(db(), mail('once:1', 'once@example.com', { subject: 'A second version' })), false);
    const rows = await db().selectFrom('outbox').select('subject').where('idempotency_key', '=', 'once:1').execute();
    assert.deepEqual(rows, [{ subject: 'Subject for once:1' }]);
    assert.deepEqual(await deliverDueMail(db(), transport), { sent: 1, failed: 0, gaveUp: 0 });
    assert.equal(await enqueueMail(db(), mail('once:1', 'once@example.com')), false, 'nor after it was sent');
    assert.deepEqual(await deliverDueMail(db(), transport), { sent: 0, failed: 0, gaveUp: 0 });
    const received = smtp.to('once@example.com');
    assert.equal(received.length, 1);
    assert.equal(received[0]!.header('message-id'), messageIdFor('once:1', mailFrom));
    assert.equal(received[0]!.header('from'), mailFrom);
    assert.equal(received[0]!.header('auto-submitted'), 'auto-generated');
    assert.equal(received[0]!.text, 'Text for once:1\n');
  });

  test('a message claimed by a worker that died is sent by another once the lease runs out', async () => {
    const t0 = new Date('2030-01-01T10:00:00.000Z');
    await enqueueMail(db(), mail('lease:1', 'lease@example.com'), t0);
    const claimed = await claimMail(db(), (await row('lease:1')).id, t0, 5 * minute);
    assert.equal(claimed?.leased_until, new Date(t0.getTime() + 5 * minute).toISOString());
    assert.equal(await claimMail(db(), claimed!.id, t0, 5 * minute), null, 'no second claim while leased');
    assert.deepEqual(await deliverDueMail(db(), transport, new Date(t0.getTime() + minute)), { sent: 0, failed: 0, gaveUp: 0 });
    assert.deepEqual(await deliverDueMail(db(), transport, new Date(t0.getTime() + 6 * minute)), { sent: 1, failed: 0, gaveUp: 0 });
    assert.equal(smtp.to('lease@example.com').length, 1);
  });

  test('the mail sender delivers in the background and stops cleanly', async () => {
    await enqueueMail(db(), mail('background:1', 'background@example.com'));
    const reports: number[] = [];
    const sender = startMailSender({ db: db(), transport: createMailTransport(t.desk.context.config), everyMs: 20, onRun: (r) => reports.push(r.sent) });
    for (let i = 0; i < 100 && smtp.to('background@example.com').length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await sender.stop();
    assert.equal(smtp.to('background@example.com').length, 1);
    assert.deepEqual(reports, [1]);
    assert.notEqual((await row('background:1')).sent_at, null);
  });
});

describe('without SMTP', () => {
  test('each message is appended to the mail log file, headers and text, in a folder created for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mail-log-'));
    try {
      const path = join(dir, 'nested', 'folder', 'mail.log');
      const logTransport = createMailTransport({ smtpUrl: undefined, mailFrom, mailLogPath: path });
      assert.equal(logTransport.kind, 'log');
      await enqueueMail(
        db(),
        mail('log:1', 'log@example.com', {
          subject: 'Hello “there”',
          text: 'First line\nFrom the desk, a line that mbox would misread\n',
          headers: { 'List-Unsubscribe': '<https://news.example/subscriptions/unsubscribe?s=1&sig=x>' },
        }),
      );
      await enqueueMail(db(), mail('log:2', 'second@example.com'));
      assert.equal(existsSync(path), false);
      assert.deepEqual(await deliverDueMail(db(), logTransport), { sent: 2, failed: 0, gaveUp: 0 });
      const log = readFileSync(path, 'utf8');
      const entries = log.split(/^From newsdesk /m).filter(Boolean);
      assert.equal(entries.length, 2);
      assert.ok(entries[0]!.includes(`\nMessage-ID: ${messageIdFor('log:1', mailFrom)}\n`));
      assert.ok(entries[0]!.includes(`\nFrom: ${mailFrom}\nTo: log@example.com\nSubject: Hello “there”\n`));
      assert.ok(entries[0]!.includes('\nAuto-Submitted: auto-generated\nList-Unsubscribe: <https://news.example/subscriptions/unsubscribe?s=1&sig=x>\n\nFirst line\n>From the desk, a line that mbox would misread\n'));
      assert.ok(!log.includes('<p>'), 'the HTML part is not logged');
      assert.ok(entries[1]!.includes('\nTo: second@example.com\n'));
      assert.notEqual((await row('log:2')).sent_at, null);
      assert.equal(smtp.messages.filter((m) => m.recipients.includes('log@example.com')).length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
