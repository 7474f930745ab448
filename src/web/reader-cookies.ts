import type { FastifyReply, FastifyRequest } from 'fastify';
import { addEditGrant, decodeEditGrants, EDIT_WINDOW_MS, encodeEditGrants, type EditGrant } from '../discussion/own-comments.js';

/*
 * Two cookies remember a reader without an account:
 * - the commenter's details, when they tick "Save my name, email, and website";
 * - the ids of their own comments still awaiting moderation, signed so nobody can
 *   claim to be the author of someone else's held comment;
 * - the right to edit or delete one's own recent comments, each grant signed over the
 *   comment's id and creation time (see src/discussion/own-comments.ts).
 */

const DETAILS = 'nd_commenter';
const OWN = 'nd_own';
const EDIT = 'nd_edit';
const YEAR_SECONDS = 365 * 24 * 3600;
const OWN_LIMIT = 20;

export interface CommenterDetails {
  author: string;
  email: string;
  url: string;
}

export function readCommenterDetails(request: FastifyRequest): CommenterDetails | null {
  const raw = request.cookies[DETAILS];
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<CommenterDetails>;
    return { author: String(parsed.author ?? ''), email: String(parsed.email ?? ''), url: String(parsed.url ?? '') };
  } catch {
    return null;
  }
}

export function saveCommenterDetails(reply: FastifyReply, details: CommenterDetails, secure: boolean): void {
  const value = Buffer.from(JSON.stringify(details), 'utf8').toString('base64url');
  reply.setCookie(DETAILS, value, { path: '/', maxAge: YEAR_SECONDS, httpOnly: true, sameSite: 'lax', secure });
}

export function clearCommenterDetails(reply: FastifyReply): void {
  reply.clearCookie(DETAILS, { path: '/' });
}

export function readOwnCommentIds(request: FastifyRequest): number[] {
  const raw = request.cookies[OWN];
  if (!raw) return [];
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return [];
  return unsigned.value
    .split('.')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

export function rememberOwnComment(request: FastifyRequest, reply: FastifyReply, id: number, secure: boolean): void {
  const ids = [...readOwnCommentIds(request).filter((n) => n !== id), id].slice(-OWN_LIMIT);
  reply.setCookie(OWN, ids.join('.'), { path: '/', maxAge: 30 * 24 * 3600, httpOnly: true, sameSite: 'lax', secure, signed: true });
}

/** The edit rights this browser holds (signatures checked; expiry is judged against the comment). */
export function readEditGrants(request: FastifyRequest, secret: string): EditGrant[] {
  return decodeEditGrants(secret, request.cookies[EDIT]);
}

/** Grants the right to edit or delete this comment for the next 15 minutes, keeping the last 20 grants. */
export function grantEditRight(request: FastifyRequest, reply: FastifyReply, secret: string, comment: { id: number; created_at: string }, secure: boolean, now: Date): void {
  const grants = addEditGrant(readEditGrants(request, secret), { id: comment.id, createdAt: new Date(comment.created_at).toISOString() }, now.getTime());
  reply.setCookie(EDIT, encodeEditGrants(secret, grants), { path: '/', maxAge: EDIT_WINDOW_MS / 1000, httpOnly: true, sameSite: 'lax', secure });
}
