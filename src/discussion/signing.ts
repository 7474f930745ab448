import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The desk's signed tokens (form tokens, edit grants, mail links, privacy links) all sign a
 * message that starts with their purpose, so a signature made for one can never pass as another.
 */

/** HMAC-SHA256 of `message` with the desk secret, base64url, cut to `length` characters if given. */
export function sign(secret: string, message: string, length?: number): string {
  const signature = createHmac('sha256', secret).update(message).digest('base64url');
  return length === undefined ? signature : signature.slice(0, length);
}

/** Whether `given` is the signature of `message`, compared in constant time. */
export function signatureMatches(secret: string, message: string, given: string, length?: number): boolean {
  const expected = Buffer.from(sign(secret, message, length));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
