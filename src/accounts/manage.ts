import type { Actor } from '../store/audit.js';
import type { User } from '../store/schema.js';

/* What a staff account is called and how the audit log names it; the changes are src/commands/users.ts. */

/** Well under the 245 characters a comment's author name may have. */
export const DISPLAY_NAME_MAX = 100;

/**
 * What is wrong with a display name, or null when it will do. Readers see it on staff
 * replies (page, JSON-LD, feeds, reply mail), so it must exist and must not be an address.
 */
export function displayNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'a display name is needed: readers see it on staff replies';
  if ([...trimmed].length > DISPLAY_NAME_MAX) return `a display name has at most ${DISPLAY_NAME_MAX} characters`;
  if (trimmed.includes('@')) return 'a display name, not an email address: leave out the @';
  return null;
}

/** The name a staff member's public words are signed with; null when the account has none fit to show. */
export function staffDisplayName(user: Pick<User, 'name'>): string | null {
  return displayNameProblem(user.name) === null ? user.name.trim() : null;
}

export function actorFor(user: Pick<User, 'id' | 'email'>): Actor {
  return { userId: user.id, label: user.email };
}
