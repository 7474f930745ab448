import { deliverDueMail } from '../../mail/sender.js';
import { objectPayload } from '../payloads.js';
import { deskJob } from '../registry.js';

/*
 * Delivers what the outbox has due. Each message keeps its own claim, tries and backoff in the
 * outbox (src/mail/outbox.ts), so this job succeeds even when some messages failed; they are
 * picked up by a later send-mail job once due again.
 */
export const sendMailJob = deskJob({
  kind: 'send-mail',
  parse(raw) {
    objectPayload(raw);
    return {};
  },
  async run(_payload, context) {
    const transport = context.services.mailTransport;
    const report = await deliverDueMail(context.db, transport, context.now());
    if (report.sent + report.failed === 0) return undefined;
    return `mail: ${report.sent} sent, ${report.failed} failed${report.gaveUp ? `, ${report.gaveUp} given up` : ''}${transport.kind === 'log' ? ' (written to the mail log)' : ''}`;
  },
});
