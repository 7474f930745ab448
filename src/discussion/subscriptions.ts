import { clip, composeMail } from '../mail/compose.js';
import { enqueueMail } from '../mail/outbox.js';
import {
  ensureMailAddress,
  findArticleForMail,
  recordConfirmationSent,
  upsertSubscription,
  type MailAddress,
  type Subscription,
} from '../store/subscriptions.js';
import type { SubscriptionScope } from '../store/schema.js';
import type { DiscussionContext } from './context.js';
import { sign, signatureMatches } from './signing.js';
import { normalizeEmail } from './identity.js';

/*
 * Double opt-in for comment notifications. Ticking "Notify me of all new comments on this article"
 * subscribes the address to the article, "Notify me of replies to my comment" to the replies to
 * its comments there; an address that never confirmed gets one confirmation
 * mail and nothing else until its owner follows the signed link. Every later mail carries signed
 * unsubscribe links. Links are signed with the desk secret (HMAC-SHA256), each for one purpose.
 */

/** How long a confirmation link works. A new one can be asked for once it has expired. */
export const CONFIRM_LINK_DAYS = 7;
const CONFIRM_LINK_MS = CONFIRM_LINK_DAYS * 24 * 3_600_000;

type LinkContext = Pick<DiscussionContext, 'secret' | 'publicUrl'>;

function linkMessage(purpose: string, payload: string): string {
  return `mail-link:${purpose}:${payload}`;
}

function encodeAddress(email: string): string {
  return Buffer.from(email, 'utf8').toString('base64url');
}

function decodeAddress(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(encoded)) return null;
  const email = Buffer.from(encoded, 'base64url').toString('utf8');
  return email.includes('@') ? email : null;
}

/** The query of a confirmation link: the address, when it expires, and the signature of both. */
export function confirmLinkParams(secret: string, email: string, now: Date): { e: string; x: string; sig: string } {
  const e = encodeAddress(normalizeEmail(email));
  const x = String(Math.floor((now.getTime() + CONFIRM_LINK_MS) / 1000));
  return { e, x, sig: sign(secret, linkMessage('confirm', `${e}.${x}`)) };
}

export function confirmLink(ctx: LinkContext, email: string, now: Date): string {
  return `${ctx.publicUrl}/subscriptions/confirm?${new URLSearchParams(confirmLinkParams(ctx.secret, email, now))}`;
}

export type ConfirmLinkCheck = { ok: true; email: string } | { ok: false; reason: 'invalid' | 'expired' };

export function checkConfirmLink(secret: string, params: { e?: unknown; x?: unknown; sig?: unknown }, now: Date): ConfirmLinkCheck {
  const { e, x, sig } = params;
  if (typeof e !== 'string' || typeof x !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(x)) return { ok: false, reason: 'invalid' };
  if (!signatureMatches(secret, linkMessage('confirm', `${e}.${x}`), sig)) return { ok: false, reason: 'invalid' };
  const email = decodeAddress(e);
  if (!email) return { ok: false, reason: 'invalid' };
  if (Number(x) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, email };
}

/** What an unsubscribe link stops: one subscription, or every mail to an address. */
export type UnsubscribeTarget = { kind: 'one'; subscriptionId: number } | { kind: 'all'; email: string };

/** The query of an unsubscribe link. These never expire: a mail read months later must still work. */
export function unsubscribeParams(secret: string, target: UnsubscribeTarget): Record<string, string> {
  if (target.kind === 'one') return { s: String(target.subscriptionId), sig: sign(secret, linkMessage('unsubscribe-one', String(target.subscriptionId))) };
  const e = encodeAddress(normalizeEmail(target.email));
  return { e, sig: sign(secret, linkMessage('unsubscribe-all', e)) };
}

export function unsubscribeLink(ctx: LinkContext, target: UnsubscribeTarget): string {
  return `${ctx.publicUrl}/subscriptions/unsubscribe?${new URLSearchParams(unsubscribeParams(ctx.secret, target))}`;
}

export function checkUnsubscribeLink(secret: string, params: { s?: unknown; e?: unknown; sig?: unknown }): UnsubscribeTarget | null {
  const { s, e, sig } = params;
  if (typeof sig !== 'string') return null;
  if (typeof s === 'string' && e === undefined) {
    if (!/^\d{1,15}$/.test(s) || !signatureMatches(secret, linkMessage('unsubscribe-one', s), sig)) return null;
    return { kind: 'one', subscriptionId: Number(s) };
  }
  if (typeof e === 'string' && s === undefined) {
    if (!signatureMatches(secret, linkMessage('unsubscribe-all', e), sig)) return null;
    const email = decodeAddress(e);
    return email ? { kind: 'all', email } : null;
  }
  return null;
}

export interface SubscribeOutcome {
  subscription: Subscription;
  /** A confirmation mail was queued by this call. */
  confirmationQueued: boolean;
}

/**
 * Subscribes the commenter to the article's new comments (or the replies to theirs). An address that is not confirmed (or
 * asked for no more mail) gets a confirmation mail, at most one per address while its link is
 * valid: whoever types someone else's address can cause one mail a week, never more.
 */
export async function subscribeToReplies(ctx: DiscussionContext, entry: { email: string; articleId: number; commentId: number | null; scope?: SubscriptionScope }): Promise<SubscribeOutcome> {
  const now = ctx.now?.() ?? new Date();
  const email = normalizeEmail(entry.email);
  const subscription = await upsertSubscription(ctx.db, { email, articleId: entry.articleId, commentId: entry.commentId, scope: entry.scope ?? 'article', now });
  const address = await ensureMailAddress(ctx.db, email);
  if (!needsConfirmation(address, now)) return { subscription, confirmationQueued: false };
  const article = await findArticleForMail(ctx.db, entry.articleId);
  const previous = address.confirmation_sent_at;
  // The key depends on the state read, not the clock: a retried request queues the same mail, once.
  const key = previous === null ? `confirm:${email}` : `confirm:${email}:after:${previous}`;
  const queued = await enqueueMail(ctx.db, { idempotencyKey: key, to: email, ...confirmationMail(ctx, email, article?.title ?? null, subscription.scope, now) }, now);
  await recordConfirmationSent(ctx.db, email, previous, now);
  return { subscription, confirmationQueued: queued };
}

/** An address gets a confirmation when it is not (or no longer) confirmed and no valid link is out. */
function needsConfirmation(address: MailAddress, now: Date): boolean {
  const receiving = address.confirmed_at !== null && address.unsubscribed_at === null;
  if (receiving) return false;
  if (address.confirmation_sent_at === null) return true;
  const sentAt = Date.parse(address.confirmation_sent_at);
  if (address.unsubscribed_at !== null && sentAt < Date.parse(address.unsubscribed_at)) return true;
  return now.getTime() - sentAt >= CONFIRM_LINK_MS;
}

function confirmationMail(ctx: DiscussionContext, email: string, articleTitle: string | null, scope: SubscriptionScope, now: Date) {
  const site = ctx.settings.siteName;
  const comments = scope === 'replies' ? 'replies to your comments' : 'new comments';
  const what = articleTitle ? `${comments} on “${clip(articleTitle)}”` : comments;
  return composeMail(`Please confirm: email notifications from ${site}`, [
    { kind: 'text', text: `Someone, probably you, asked ${site} to send ${email} an email about ${what}.` },
    { kind: 'link', label: `To confirm, open this link within ${CONFIRM_LINK_DAYS} days`, url: confirmLink(ctx, email, now) },
    { kind: 'text', text: 'If it was not you, ignore this message: nothing more is sent to this address unless it is confirmed.' },
    { kind: 'footer', lines: [`${site}, ${ctx.publicUrl}`] },
  ]);
}
