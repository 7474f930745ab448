import type { Actor } from '../store/audit.js';
import type { Comment } from '../store/schema.js';
import { sign, signatureMatches } from './signing.js';

/*
 * A reader may edit or delete their own comment for a short while after posting it, as
 * Isso allows. The right is a grant kept in the reader's browser: the comment's id and
 * creation time, signed with the desk secret, so it can be neither forged nor moved to
 * another comment (nor to a later comment that reuses an id).
 */

export const EDIT_WINDOW_MS = 15 * 60 * 1000;
/** Grants a browser keeps; older ones are dropped first. */
export const EDIT_GRANT_LIMIT = 20;

/** Who the audit log names when a reader changes their own comment. */
export const commentAuthor: Actor = { userId: null, label: 'comment author' };

export const editMessages = {
  notYours:
    'Only the person who posted a comment can edit or delete it, from the browser they posted it with, within 15 minutes of posting. This browser has no such right over this comment.',
  expired: 'The 15 minutes for editing or deleting this comment are over, so it can no longer be changed here.',
  gone: 'This comment is no longer here: it was deleted or removed by a moderator.',
} as const;

export interface EditGrant {
  id: number;
  /** The comment's created_at, as ISO text. */
  createdAt: string;
}

/** Grants travel in a cookie: a shortened signature (132 bits) keeps it small. */
const GRANT_SIGNATURE_LENGTH = 22;

function grantMessage(id: number, createdAt: string): string {
  return `edit-grant:${id}:${createdAt}`;
}

/** Grants as cookie text: `ID.TIME36.SIG` joined by `~`. */
export function encodeEditGrants(secret: string, grants: readonly EditGrant[]): string {
  return grants.map((g) => `${g.id}.${Date.parse(g.createdAt).toString(36)}.${sign(secret, grantMessage(g.id, g.createdAt), GRANT_SIGNATURE_LENGTH)}`).join('~');
}

/** The grants whose signatures hold; anything else in the text is ignored. */
export function decodeEditGrants(secret: string, raw: string | undefined): EditGrant[] {
  if (!raw) return [];
  const grants: EditGrant[] = [];
  for (const part of raw.split('~').slice(-EDIT_GRANT_LIMIT * 2)) {
    const match = /^(\d{1,15})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(part);
    if (!match) continue;
    const id = Number(match[1]);
    const ms = parseInt(match[2]!, 36);
    const time = new Date(ms);
    if (!Number.isSafeInteger(id) || id <= 0 || Number.isNaN(time.getTime())) continue;
    const createdAt = time.toISOString();
    if (signatureMatches(secret, grantMessage(id, createdAt), match[3]!, GRANT_SIGNATURE_LENGTH)) grants.push({ id, createdAt });
  }
  return grants;
}

/** The grants after adding one: expired ones dropped, the newest kept up to the limit. */
export function addEditGrant(grants: readonly EditGrant[], grant: EditGrant, nowMs: number): EditGrant[] {
  const live = grants.filter((g) => g.id !== grant.id && Date.parse(g.createdAt) + EDIT_WINDOW_MS > nowMs);
  return [...live, grant].slice(-EDIT_GRANT_LIMIT);
}

export type EditRight = { kind: 'granted'; msLeft: number } | { kind: 'not-yours' } | { kind: 'expired' };

/**
 * Whether these grants let the reader change the comment now. The window runs from the
 * earlier of the grant's time and the row's: a row that claims to be newer than its grant
 * is another comment under a reused id.
 */
export function editRight(grants: readonly EditGrant[], comment: Pick<Comment, 'id' | 'created_at'>, nowMs: number): EditRight {
  const grant = grants.find((g) => g.id === comment.id);
  if (!grant) return { kind: 'not-yours' };
  const granted = Date.parse(grant.createdAt);
  const created = Date.parse(comment.created_at);
  if (Number.isNaN(created) || created > granted) return { kind: 'not-yours' };
  const msLeft = created + EDIT_WINDOW_MS - nowMs;
  return msLeft > 0 ? { kind: 'granted', msLeft } : { kind: 'expired' };
}

/** "14 minutes", rounded up so the last seconds still read "1 minute". */
export function minutesLeft(msLeft: number): number {
  return Math.max(1, Math.ceil(msLeft / 60_000));
}

/** Comments still shown under the article may be changed; trashed and spam ones are gone. */
export function isChangeable(comment: Pick<Comment, 'status'>): boolean {
  return comment.status === 'approved' || comment.status === 'pending';
}

export type OwnCommentRefusal = { kind: 'refused'; reason: keyof typeof editMessages; message: string };
export type OwnCommentAccess = { kind: 'granted'; msLeft: number } | OwnCommentRefusal;

/** The refusal for a comment that is no longer under the article. */
export const commentGone: OwnCommentRefusal = { kind: 'refused', reason: 'gone', message: editMessages.gone };

/**
 * Whether a reader holding these grants may change this comment of this article now: it must
 * still be shown there, be theirs, and be within its window. The page that offers the change
 * and the command that makes it both ask this.
 */
export function ownCommentAccess(grants: readonly EditGrant[], comment: Pick<Comment, 'id' | 'created_at' | 'status' | 'article_id'> | undefined, articleId: number, nowMs: number): OwnCommentAccess {
  if (!comment || comment.article_id !== articleId || !isChangeable(comment)) return commentGone;
  const right = editRight(grants, comment, nowMs);
  if (right.kind === 'not-yours') return { kind: 'refused', reason: 'notYours', message: editMessages.notYours };
  if (right.kind === 'expired') return { kind: 'refused', reason: 'expired', message: editMessages.expired };
  return right;
}
