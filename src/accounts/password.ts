import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/*
 * Staff passwords are hashed with scrypt (node:crypto) and stored as one self-describing
 * string, so the cost can be raised later without breaking stored hashes:
 *
 *   scrypt$ln=15,r=8,p=1$<salt, base64url>$<key, base64url>
 *
 * ln is log2 of N (the CPU/memory cost): 2^15 takes about 32 MiB and a few tens of
 * milliseconds, which is fine for a sign-in and slow for anyone guessing offline.
 */

export const MIN_PASSWORD_LENGTH = 10;
/** Far more than anyone types; keeps a posted megabyte from being hashed. */
export const MAX_PASSWORD_LENGTH = 1000;

export interface ScryptParams {
  /** log2 of N. */
  ln: number;
  r: number;
  p: number;
}

export const currentParams: ScryptParams = { ln: 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Stored strings outside these bounds are refused rather than run (a bad row must not hang a sign-in). */
const MAX_LN = 20;

function derive(password: string, salt: Buffer, params: ScryptParams, keyBytes: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  // scrypt needs about 128·N·r bytes; node's default ceiling (32 MiB) is exactly 2^15·8·128.
  const maxmem = 256 * N * params.r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, { N, r: params.r, p: params.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = currentParams): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

export function parsePasswordHash(stored: string): ParsedHash | null {
  const match = /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/.exec(stored);
  if (!match) return null;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (params.ln < 10 || params.ln > MAX_LN || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) return null;
  return { params, salt: Buffer.from(match[4]!, 'base64url'), key: Buffer.from(match[5]!, 'base64url') };
}

let checksStarted = 0;

/** How many passwords this process has begun to verify: what the sign-in brake is there to bound. */
export function passwordChecksStarted(): number {
  return checksStarted;
}

/** A hash of a password nobody knows: checked when there is no account, so both cases take as long. */
let dummyHash: Promise<string> | null = null;

/**
 * True when the password matches the stored hash. The comparison is constant-time;
 * with no stored hash (no such account, or no password set yet) a dummy hash is checked
 * anyway, so the time taken does not tell whether an account exists.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  checksStarted++;
  const parsed = stored ? parsePasswordHash(stored) : null;
  if (!parsed) {
    dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
    const dummy = parsePasswordHash(await dummyHash)!;
    const key = await derive(password, dummy.salt, dummy.params, dummy.key.length);
    timingSafeEqual(key, dummy.key);
    return false;
  }
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** True when a stored hash was made with weaker parameters than today's (rehash it at the next sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return true;
  return parsed.params.ln < currentParams.ln || parsed.params.r < currentParams.r || parsed.key.length < KEY_BYTES;
}

/** What is wrong with a new password, in words for the person choosing it; null when it will do. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length}).`;
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password.trim() === '') return 'A password of only spaces will not do.';
  return null;
}
