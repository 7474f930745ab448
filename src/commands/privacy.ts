import type { Kysely } from 'kysely';
import { enqueue, spamModelRefreshKey } from '../jobs/enqueue.js';
import { normalizeEmail } from '../discussion/identity.js';
import { hasDataFor, privacyLinkMail, type PrivacyMailContext } from '../discussion/privacy.js';
import { checkPrivacyToken, isPlausibleEmail } from '../discussion/privacy-links.js';
import { enqueueMail } from '../mail/outbox.js';
import { writeAudit, type Actor } from '../store/audit.js';
import { anonymizeCommentsByEmail } from '../store/comments.js';
import type { Database } from '../store/schema.js';
import { deleteMailDataOf } from '../store/subscriptions.js';
import { allowedIn, forbidden, type CommandActor, type Forbidden } from './actor.js';

/*
 * Erasing what the desk keeps under an email address (WordPress's eraser): the comments stay, as
 * "Anonymous", without email, website, address hash or user agent; the address's subscriptions
 * and mail opt-in go. A reader proves the address with the signed link mailed to it; staff who
 * moderate comments (or the operator) may erase an address on its owner's request.
 */

/** Who the audit log names for a reader's erasure. */
export const privacyActor: Actor = { userId: null, label: 'reader (privacy)' };

export interface ErasureResult {
  commentIds: number[];
  subscriptions: number;
  mailAddresses: number;
}

/** A reader brings the signed link; staff name the address. */
export type EraseInput = { token: string } | { email: string };

export type EraseResult = Forbidden | { kind: 'refused'; reason: 'invalid' | 'expired' } | { kind: 'erased'; email: string; result: ErasureResult };

export async function eraseReaderData(deps: { db: Kysely<Database>; secret: string }, actor: CommandActor, input: EraseInput, now: Date = new Date()): Promise<EraseResult> {
  if (actor.kind === 'reader') {
    if (!('token' in input)) return forbidden(actor, 'comments');
    const check = checkPrivacyToken(deps.secret, input.token, now);
    if (check.kind !== 'ok') return { kind: 'refused', reason: check.kind };
    return { kind: 'erased', email: check.email, result: await eraseAddress(deps.db, privacyActor, check.email, now) };
  }
  const allowed = allowedIn(actor, 'comments');
  if (allowed.kind === 'forbidden') return allowed;
  const email = 'email' in input ? normalizeEmail(input.email) : null;
  if (email === null) return { kind: 'refused', reason: 'invalid' };
  return { kind: 'erased', email, result: await eraseAddress(deps.db, allowed.audit, email, now) };
}

/** The erasure itself, with one audit entry that names the comments but not the address. */
export async function eraseAddress(db: Kysely<Database>, audit: Actor, email: string, now: Date): Promise<ErasureResult> {
  const normalized = normalizeEmail(email);
  if (!normalized) return { commentIds: [], subscriptions: 0, mailAddresses: 0 };
  return db.transaction().execute(async (trx) => {
    const commentIds = await anonymizeCommentsByEmail(trx, normalized);
    const removed = await deleteMailDataOf(trx, normalized);
    const result = { commentIds, ...removed };
    await writeAudit(trx, audit, { action: 'privacy.erase', targetType: 'comments', details: { ...result } }, now);
    // The website field of an erased comment may have trained the desk's spam model: the next version learns without it.
    if (commentIds.length > 0) await enqueue(trx, 'spam-model-refresh', {}, { dedupeKey: spamModelRefreshKey }, now);
    return result;
  });
}

export type PrivacyLinkResult = Forbidden | { kind: 'refused'; reason: 'invalid' } | { kind: 'done'; queued: boolean };

/**
 * A reader asks for their privacy link: a mail with the signed link is queued when the desk keeps
 * anything under the address, one an hour at most (the outbox key), so the form cannot flood an
 * inbox. The answer to the reader must not differ either way; `queued` is for the caller's tests
 * and logs. The audit entry names no address.
 */
export async function requestPrivacyLink(
  deps: PrivacyMailContext & { db: Kysely<Database> },
  actor: CommandActor,
  input: { email: string },
  now: Date = new Date(),
): Promise<PrivacyLinkResult> {
  if (actor.kind !== 'reader') return forbidden(actor, 'comments');
  const email = normalizeEmail(input.email);
  if (!isPlausibleEmail(email)) return { kind: 'refused', reason: 'invalid' };
  if (!(await hasDataFor(deps.db, email))) return { kind: 'done', queued: false };
  const queued = await deps.db.transaction().execute(async (trx) => {
    const added = await enqueueMail(trx, privacyLinkMail(deps, email, now), now);
    if (added) await writeAudit(trx, privacyActor, { action: 'privacy.link_sent', targetType: 'mail' }, now);
    return added;
  });
  return { kind: 'done', queued };
}
