import type { Kysely } from 'kysely';
import { composeMail } from '../mail/compose.js';
import { enqueueMail } from '../mail/outbox.js';
import { eraseAddress, privacyActor, type ErasureResult } from '../commands/privacy.js';
import { hasCommentByEmail, listCommentsByEmail } from '../store/comments.js';
import type { Database } from '../store/schema.js';
import { hasSubscriptionOrAddress, listSubscriptionsByEmail } from '../store/subscriptions.js';
import { normalizeEmail } from './identity.js';
import { isPlausibleEmail, issuePrivacyToken, PRIVACY_LINK_HOURS } from './privacy-links.js';

/*
 * A reader's own data, without an account: they ask with their email, the desk mails a
 * signed link to that address (so only its owner can use it), and the link opens a page
 * to download their comments or to erase their name and address from them, as
 * WordPress's personal data exporter and eraser do.
 */

export { checkPrivacyToken, isPlausibleEmail, issuePrivacyToken, PRIVACY_LINK_HOURS, type PrivacyTokenCheck } from './privacy-links.js';
export { privacyActor, type ErasureResult } from '../commands/privacy.js';

/** Whether the desk keeps anything under this address: comments, subscriptions, a mail address row. */
export async function hasDataFor(db: Kysely<Database>, email: string): Promise<boolean> {
  const normalized = normalizeEmail(email);
  return (await hasCommentByEmail(db, normalized)) || hasSubscriptionOrAddress(db, normalized);
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
  const subscriptions = await listSubscriptionsByEmail(db, normalized);
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

/** The erasure a privacy link asks for, as the page and older callers know it: see commands/privacy.ts. */
export async function eraseReaderData(db: Kysely<Database>, email: string, now: Date): Promise<ErasureResult> {
  return eraseAddress(db, privacyActor, email, now);
}
