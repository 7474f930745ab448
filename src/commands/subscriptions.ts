import type { Kysely } from 'kysely';
import { normalizeEmail } from '../discussion/identity.js';
import { checkConfirmLink, checkUnsubscribeLink, type UnsubscribeTarget } from '../discussion/subscriptions.js';
import { writeAudit, type Actor } from '../store/audit.js';
import type { Database } from '../store/schema.js';
import { confirmMailAddress, endAllSubscriptions, endSubscription } from '../store/subscriptions.js';
import { forbidden, type CommandActor, type Forbidden } from './actor.js';

/*
 * The two changes a reader makes from a notification mail: confirming the address (double
 * opt-in) and stopping mail. Only the signed link proves the address, so only a reader holding
 * one may make them; the audit entry names the subscription, never the address.
 */

/** Who the audit log names for a change made from a link in a mail. */
export const mailLinkActor: Actor = { userId: null, label: 'reader (mail link)' };

interface LinkDeps {
  db: Kysely<Database>;
  secret: string;
}

export type ConfirmResult = Forbidden | { kind: 'refused'; reason: 'invalid' | 'expired' } | { kind: 'unknown-address' } | { kind: 'confirmed' };

/** The fields of a confirmation link (e, x, sig), as the mail carried them. */
export async function confirmNotifications(deps: LinkDeps, actor: CommandActor, link: Record<string, unknown>, now: Date = new Date()): Promise<ConfirmResult> {
  if (actor.kind !== 'reader') return forbidden(actor, 'comments');
  const check = checkConfirmLink(deps.secret, link, now);
  if (!check.ok) return { kind: 'refused', reason: check.reason };
  const email = normalizeEmail(check.email);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await confirmMailAddress(trx, email, now))) return { kind: 'unknown-address' as const };
    await writeAudit(trx, mailLinkActor, { action: 'subscription.confirm', targetType: 'mail_address' }, now);
    return { kind: 'confirmed' as const };
  });
}

export type UnsubscribeResult = Forbidden | { kind: 'refused'; reason: 'invalid' } | { kind: 'gone' } | { kind: 'unsubscribed'; target: UnsubscribeTarget };

/** The fields of an unsubscribe link (s or e, and sig): one subscription, or every mail to an address. */
export async function stopNotifications(deps: LinkDeps, actor: CommandActor, link: Record<string, unknown>, now: Date = new Date()): Promise<UnsubscribeResult> {
  if (actor.kind !== 'reader') return forbidden(actor, 'comments');
  const target = checkUnsubscribeLink(deps.secret, link);
  if (target === null) return { kind: 'refused', reason: 'invalid' };
  return deps.db.transaction().execute(async (trx) => {
    if (target.kind === 'one') {
      if (!(await endSubscription(trx, target.subscriptionId, now))) return { kind: 'gone' as const };
      await writeAudit(trx, mailLinkActor, { action: 'subscription.end', targetType: 'subscription', targetId: target.subscriptionId }, now);
    } else {
      const email = normalizeEmail(target.email);
      await endAllSubscriptions(trx, email, now);
      await writeAudit(trx, mailLinkActor, { action: 'subscription.end_all', targetType: 'mail_address' }, now);
    }
    return { kind: 'unsubscribed' as const, target };
  });
}
