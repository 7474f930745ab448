import type { Kysely } from 'kysely';
import { hasAnyAdmin } from '../store/admin-users.js';
import type { Database } from '../store/schema.js';
import { deleteOldSetupLinks, insertSetupLink, setupLinkIsLive } from '../store/setup-links.js';
import { looksLikeToken, newToken, tokenHash } from './tokens.js';

/*
 * A new desk has no admin, so nobody can sign in to make one. `serve` (and `newsdesk
 * setup-link`) issues a one-time link, `${publicUrl}/admin/setup?token=…`, valid 24 hours:
 * whoever opens it first creates the first admin (src/commands/setup.ts). The table keeps only
 * the token's hash; once an admin exists, no link works any more.
 */

export const SETUP_LINK_HOURS = 24;

export async function issueSetupLink(db: Kysely<Database>, publicUrl: string, now: Date): Promise<{ url: string; token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000);
  await deleteOldSetupLinks(db, new Date(now.getTime() - 86_400_000));
  await insertSetupLink(db, { tokenHash: tokenHash(token), now, expiresAt });
  return { url: `${publicUrl}/admin/setup?token=${token}`, token, expiresAt };
}

/** Whether the link can still create the first admin: live, and the desk has none yet. */
export async function setupLinkWorks(db: Kysely<Database>, token: unknown, now: Date): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  if (await hasAnyAdmin(db)) return false;
  return setupLinkIsLive(db, tokenHash(token), now);
}
