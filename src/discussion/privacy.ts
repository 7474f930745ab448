import type { Kysely } from 'kysely';
import { composeMail } from '../mail/compose.js';
import type { OutgoingMail } from '../mail/outbox.js';
import { hasCommentByEmail, listCommentsByEmail } from '../store/comments.js';
import type { Database } from '../store/schema.js';
import { hasSubscriptionOrAddress, listSubscriptionsByEmail } from '../store/subscriptions.js';
import { normalizeEmail } from './identity.js';
import { issuePrivacyToken, PRIVACY_LINK_HOURS } from './privacy-links.js';

/*
 * A reader's own data, without an account: they ask with their email, the desk mails a
 * signed link to that address (so only its owner can use it), and the link opens a page
 * to download their comments or to erase their name and address from them, as
 * WordPress's personal data exporter and eraser do.
 */

/** Whether the desk keeps anything under this address: comments, subscriptions, a mail address row. */
export async function hasDataFor(db: Kysely<Database>, email: string): Promise<boolean> {
  const normalized = normalizeEmail(email);
  return (await hasCommentByEmail(db, normalized)) || hasSubscriptionOrAddress(db, normalized);
}

export interface PrivacyMailContext {
  secret: string;
  siteName: string;
  /** The desk's public address, without a trailing slash. */
  publicUrl: string;
}

/** The mail that carries a reader's signed privacy link, and the outbox key that sends it once an hour at most. */
export function privacyLinkMail(ctx: PrivacyMailContext, email: string, now: Date): OutgoingMail {
  const link = `${ctx.publicUrl}/privacy/manage?token=${issuePrivacyToken(ctx.secret, email, now)}`;
  const hourBucket = Math.floor(now.getTime() / 3_600_000);
  const mail = composeMail(`Your comments on ${ctx.siteName}`, [
    { kind: 'text', text: `Someone (we hope you) asked ${ctx.siteName} for the comments written with this address.` },
    { kind: 'text', text: `Open this link within ${PRIVACY_LINK_HOURS} hours to download them, or to remove your name and address from them:` },
    { kind: 'link', label: 'Your comments', url: link },
    { kind: 'footer', lines: ['If you did not ask, you can ignore this message: nothing changes unless the link is used.'] },
  ]);
  return { idempotencyKey: `privacy:${email}:${hourBucket}`, to: email, ...mail };
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
    subscriptions: subscriptions.map((s) => ({
      article: { title: s.title, url: page(s.slug) },
      follows: s.scope === 'replies' ? 'replies to your comments' : 'every new comment',
      since: s.created_at,
      unsubscribedAt: s.unsubscribed_at,
    })),
  };
}
