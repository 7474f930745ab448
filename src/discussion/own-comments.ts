import { sign, signatureMatches } from './signing.js';
import { writeAudit, type Actor } from '../store/audit.js';
import { saveEditedComment } from '../store/comments.js';
import type { Comment } from '../store/schema.js';
import { emptyCommentForm, validateCommentForm } from './comment-form.js';
import { examineContent } from './examine.js';
import { changeCommentStatus } from './moderate.js';
import { decideEdit } from './moderation.js';
import { notifyModerators } from './notifications.js';
import type { DiscussionContext } from './post-comment.js';

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

export type EditResult = { kind: 'saved'; comment: Comment } | { kind: 'refused'; message: string };

/** Where an edit comes from: the lists match the editor's address and user agent, as they match a new comment's. */
export interface EditRequest {
  /** The raw client address: matched against the lists, never stored. */
  clientAddress: string;
  userAgent: string;
  articleLanguage: string | null;
}

/**
 * Saves a reader's new text for their comment. The text meets the rules a new comment's text
 * meets (examineContent, then decideEdit: the lists, blocked authors, links, the score, the
 * learned filter, hold-all): where they object, the comment goes to moderation (or to spam)
 * with the reason, in the same statement that saves the text. An edit never approves a comment.
 */
export async function editOwnComment(ctx: DiscussionContext, comment: Comment, text: string, request: EditRequest): Promise<EditResult> {
  const validation = validateCommentForm({
    ...emptyCommentForm,
    comment: text,
    author: comment.author_name,
    email: comment.author_email,
    url: comment.author_url ?? '',
  });
  if ('errors' in validation && validation.errors.comment) return { kind: 'refused', message: validation.errors.comment };
  // Only the text is being changed: the stored name and addresses are judged with it, as they were when it was posted.
  const body = 'draft' in validation ? validation.draft.body : text.replace(/\r\n?/g, '\n').trim();
  const examined = await (ctx.examine ?? examineContent)(ctx.db, ctx.settings, {
    draft: { body, authorName: comment.author_name, authorEmail: comment.author_email, authorUrl: comment.author_url },
    clientAddress: request.clientAddress,
    userAgent: request.userAgent,
    articleLanguage: request.articleLanguage,
  });
  const verdict = decideEdit(examined.facts, ctx.settings);
  const now = ctx.now?.() ?? new Date();
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const row = await saveEditedComment(trx, comment.id, { bodyMarkdown: body, bodyHtml: examined.bodyHtml, spamScore: examined.facts.spamScore?.score ?? null, verdict });
    if (!row || !verdict || row.status === comment.status) return row;
    await writeAudit(trx, commentAuthor, { action: `comment.${row.status}`, targetType: 'comment', targetId: row.id, details: { from: comment.status, reason: verdict.reason } }, now);
    if (row.status === 'pending') await notifyModerators({ ...ctx, db: trx }, row, { edited: true });
    return row;
  });
  return { kind: 'saved', comment: saved ?? comment };
}

/** The author's delete: to the trash, where moderators can still restore it. */
export async function deleteOwnComment(ctx: DiscussionContext, comment: Comment): Promise<Comment | null> {
  return changeCommentStatus(ctx, comment.id, 'trash', commentAuthor, 'trash: deleted by its author');
}
