import type { Kysely } from 'kysely';
import { composeMail } from '../mail/compose.js';
import { enqueueMail } from '../mail/outbox.js';
import { writeAudit, type Actor } from '../store/audit.js';
import { anonymizeCommentsByEmail, listCommentsByEmail } from '../store/comments.js';
import type { Database } from '../store/schema.js';
import { commentLimits } from './comment-form.js';
import { sign, signatureMatches } from './signing.js';
import { normalizeEmail } from './identity.js';

/*
 * A reader's own data, without an account: they ask with their email, the desk mails a
 * signed link to that address (so only its owner can use it), and the link opens a page
 * to download their comments or to erase their name and address from them, as
 * WordPress's personal data exporter and eraser do.
 */

export const PRIVACY_LINK_HOURS = 24;
const PURPOSE = 'privacy-manage';

/** Who the audit log names for an erasure. */
export const privacyActor: Actor = { userId: null, label: 'reader (privacy)' };

/** A plausible address: enough to refuse typing mistakes; the lookup decides the rest. */
export function isPlausibleEmail(email: string): boolean {
  return email.length <= commentLimits.email && /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email);
}

function privacyMessage(email: string, expiresSec: number): string {
  return `${PURPOSE}:${email}:${expiresSec}`;
}

/** `EMAIL64.EXPIRES36.SIG`: the address, when the link stops working, and an HMAC over both and the purpose. */
export function issuePrivacyToken(secret: string, email: string, now: Date): string {
  const normalized = normalizeEmail(email);
  const expiresSec = Math.floor(now.getTime() / 1000) + PRIVACY_LINK_HOURS * 3600;
  return `${Buffer.from(normalized, 'utf8').toString('base64url')}.${expiresSec.toString(36)}.${sign(secret, privacyMessage(normalized, expiresSec))}`;
}

export type PrivacyTokenCheck = { kind: 'ok'; email: string; expiresAt: Date } | { kind: 'invalid' } | { kind: 'expired' };

export function checkPrivacyToken(secret: string, token: string, now: Date): PrivacyTokenCheck {
  const match = /^([A-Za-z0-9_-]{1,200})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { kind: 'invalid' };
  const email = Buffer.from(match[1]!, 'base64url').toString('utf8');
  const expiresSec = parseInt(match[2]!, 36);
  if (!signatureMatches(secret, privacyMessage(email, expiresSec), match[3]!)) return { kind: 'invalid' };
  if (!email || email !== normalizeEmail(email)) return { kind: 'invalid' };
  if (expiresSec * 1000 <= now.getTime()) return { kind: 'expired' };
  return { kind: 'ok', email, expiresAt: new Date(expiresSec * 1000) };
}

/** Whether the desk keeps anything under this address: comments, subscriptions, a mail address row. */
export async function hasDataFor(db: Kysely<Database>, email: string): Promise<boolean> {
  const normalized = normalizeEmail(email);
  const comment = await db
    .selectFrom('comments')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['author_email']), '=', normalized))
    .executeTakeFirst();
  if (comment) return true;
  const subscription = await db
    .selectFrom('subscriptions')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', normalized))
    .executeTakeFirst();
  if (subscription) return true;
  const address = await db
    .selectFrom('mail_addresses')
    .select('email')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', normalized))
    .executeTakeFirst();
  return address !== undefined;
}

export interface PrivacyMailContext {
  db: Kysely<Database>;
  secret: string;
  siteName: string;
  /** The desk's public address, without a trailing slash. */
  publicUrl: string;
}

/**
 * Queues the mail with the signed link, when the desk keeps anything under the address.
 * One mail per address per hour at most (the outbox's idempotency key), so the form cannot
 * be used to flood someone's inbox. The caller answers the same either way.
 */
export async function requestPrivacyLink(ctx: PrivacyMailContext, email: string, now: Date): Promise<boolean> {
  const normalized = normalizeEmail(email);
  if (!isPlausibleEmail(normalized) || !(await hasDataFor(ctx.db, normalized))) return false;
  const link = `${ctx.publicUrl}/privacy/manage?token=${issuePrivacyToken(ctx.secret, normalized, now)}`;
  const hourBucket = Math.floor(now.getTime() / 3_600_000);
  const mail = composeMail(`Your comments on ${ctx.siteName}`, [
    { kind: 'text', text: `Someone (we hope you) asked ${ctx.siteName} for the comments written with this address.` },
    { kind: 'text', text: `Open this link within ${PRIVACY_LINK_HOURS} hours to download them, or to remove your name and address from them:` },
    { kind: 'link', label: 'Your comments', url: link },
    { kind: 'footer', lines: ['If you did not ask, you can ignore this message: nothing changes unless the link is used.'] },
  ]);
  return enqueueMail(ctx.db, { idempotencyKey: `privacy:${normalized}:${hourBucket}`, to: normalized, ...mail }, now);
}

/** Everything the desk keeps about the comments written with an address, as a download. */
export async function exportReaderData(db: Kysely<Database>, email: string, publicUrl: string, now: Date) {
  const normalized = normalizeEmail(email);
  const comments = await listCommentsByEmail(db, normalized);
  const subscriptions = await db
    .selectFrom('subscriptions')
    .innerJoin('articles', 'articles.id', 'subscriptions.article_id')
    .select(['articles.title', 'articles.slug', 'subscriptions.created_at', 'subscriptions.unsubscribed_at'])
    .where((eb) => eb(eb.fn('lower', ['subscriptions.email']), '=', normalized))
    .orderBy('subscriptions.created_at')
    .execute();
  const page = (slug: string) => `${publicUrl}/articles/${encodeURIComponent(slug)}`;
  return {
    exportedAt: now.toISOString(),
    site: publicUrl,
    email: normalized,
    comments: comments.map((c) => ({
      id: c.id,
      article: { title: c.article_title, url: page(c.article_slug) },
      url: `${page(c.article_slug)}#comment-${c.id}`,
      inReplyTo: c.parent_id,
      date: c.created_at,
      status: c.status,
      name: c.author_name,
      email: c.author_email,
      website: c.author_url,
      text: c.body_markdown,
      userAgent: c.user_agent,
    })),
    subscriptions: subscriptions.map((s) => ({ article: { title: s.title, url: page(s.slug) }, since: s.created_at, unsubscribedAt: s.unsubscribed_at })),
  };
}

export interface ErasureResult {
  commentIds: number[];
  subscriptions: number;
  mailAddresses: number;
}

/**
 * WordPress's eraser: the comments stay, as "Anonymous", without email, website, address
 * hash or user agent; the address's subscriptions and mail opt-in go. One audit entry,
 * which names the comments but not the address.
 */
export async function eraseReaderData(db: Kysely<Database>, email: string, now: Date): Promise<ErasureResult> {
  const normalized = normalizeEmail(email);
  if (!normalized) return { commentIds: [], subscriptions: 0, mailAddresses: 0 };
  return db.transaction().execute(async (trx) => {
    const commentIds = await anonymizeCommentsByEmail(trx, normalized);
    const subs = await trx.deleteFrom('subscriptions').where((eb) => eb(eb.fn('lower', ['email']), '=', normalized)).executeTakeFirst();
    const addresses = await trx.deleteFrom('mail_addresses').where((eb) => eb(eb.fn('lower', ['email']), '=', normalized)).executeTakeFirst();
    const result = { commentIds, subscriptions: Number(subs.numDeletedRows), mailAddresses: Number(addresses.numDeletedRows) };
    await writeAudit(trx, privacyActor, { action: 'privacy.erase', targetType: 'comments', details: { ...result } }, now);
    return result;
  });
}
