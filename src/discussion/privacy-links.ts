import { commentLimits } from './comment-form.js';
import { normalizeEmail } from './identity.js';
import { sign, signatureMatches } from './signing.js';

/*
 * The signed link that lets a reader reach their own data without an account: it names the
 * address and when it stops working, and only the desk can sign it.
 */

export const PRIVACY_LINK_HOURS = 24;
const PURPOSE = 'privacy-manage';

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
