import { createHmac } from 'node:crypto';

/*
 * Readers' addresses and emails never leave the store as themselves. What pages need
 * (an avatar, a way to spot floods) is derived with a keyed hash: without the desk's
 * secret nobody can test a guess against it, unlike a plain MD5 of an email.
 */

export function clientHash(secret: string, address: string): string {
  return createHmac('sha256', secret).update(`client:${address}`).digest('base64url').slice(0, 32);
}

/** Addresses are compared without regard to case, as mail providers treat them. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function avatarKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`avatar:${normalizeEmail(email)}`).digest('hex').slice(0, 32);
}
