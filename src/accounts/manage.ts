import type { Kysely } from 'kysely';
import { writeAudit, type Actor } from '../store/audit.js';
import { normalizeEmail } from '../discussion/identity.js';
import { deleteUser, findUserByEmail, findUserById, insertUser, setUserName, setUserPasswordHash, setUserRole } from '../store/admin-users.js';
import type { Database, StaffRole, User } from '../store/schema.js';
import { consumePasswordLink, issuePasswordLink, userForPasswordLink } from './password-links.js';
import { hashPassword, passwordProblem } from './password.js';
import { isStaffRole } from './roles.js';
import { endUserSessions } from './sessions.js';

/** A request about accounts that cannot be done as asked; the message is for the person who asked. */
export class AccountError extends Error {}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MAX = 254;
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

export interface NewStaffUser {
  email: string;
  role: string;
  /** Required: see displayNameProblem. */
  name?: string | undefined;
  /** Without one, the result carries a link to set it. */
  password?: string | undefined;
}

export async function addStaffUser(db: Kysely<Database>, input: NewStaffUser, actor: Actor, publicUrl: string, now: Date): Promise<{ user: User; link: string | null }> {
  const email = normalizeEmail(input.email);
  if (!emailPattern.test(email) || email.length > EMAIL_MAX) throw new AccountError(`"${input.email}" is not an email address`);
  if (!isStaffRole(input.role)) throw new AccountError(`the role must be admin, editor or moderator, not "${input.role}"`);
  const role: StaffRole = input.role;
  const nameProblem = displayNameProblem(input.name ?? '');
  if (nameProblem) throw new AccountError(`--name: ${nameProblem}`);
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw new AccountError(`password: ${problem}`);
  }
  if (await findUserByEmail(db, email)) throw new AccountError(`there is already a user with the email ${email}`);
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const user = await insertUser(db, { email, name: input.name!.trim(), role, passwordHash }, now);
  await writeAudit(db, actor, { action: 'user.add', targetType: 'user', targetId: user.id, details: { email, role } }, now);
  const link = passwordHash ? null : (await issuePasswordLink(db, user.id, publicUrl, now)).url;
  return { user, link };
}

/** By email, or by id when given digits. */
export async function findStaffUser(db: Kysely<Database>, emailOrId: string): Promise<User | undefined> {
  return /^\d+$/.test(emailOrId) ? findUserById(db, Number(emailOrId)) : findUserByEmail(db, emailOrId);
}

export async function removeStaffUser(db: Kysely<Database>, emailOrId: string, actor: Actor, now: Date): Promise<User | null> {
  const user = await findStaffUser(db, emailOrId);
  if (!user) return null;
  await deleteUser(db, user.id);
  await writeAudit(db, actor, { action: 'user.remove', targetType: 'user', targetId: user.id, details: { email: user.email, role: user.role } }, now);
  return user;
}

/** Gives an account a new display name (what its staff replies are signed with from now on). */
export async function renameStaffUser(db: Kysely<Database>, emailOrId: string, name: string, actor: Actor, now: Date): Promise<User | null> {
  const problem = displayNameProblem(name);
  if (problem) throw new AccountError(problem);
  const user = await findStaffUser(db, emailOrId);
  if (!user) return null;
  await setUserName(db, user.id, name.trim());
  await writeAudit(db, actor, { action: 'user.rename', targetType: 'user', targetId: user.id, details: { email: user.email, from: user.name, to: name.trim() } }, now);
  return (await findUserById(db, user.id))!;
}

/** Changes what an account may do; it takes effect on the account's next request. */
export async function changeStaffRole(db: Kysely<Database>, emailOrId: string, role: string, actor: Actor, now: Date): Promise<{ user: User; from: StaffRole } | null> {
  if (!isStaffRole(role)) throw new AccountError(`the role must be admin, editor or moderator, not "${role}"`);
  const user = await findStaffUser(db, emailOrId);
  if (!user) return null;
  await setUserRole(db, user.id, role);
  await writeAudit(db, actor, { action: 'user.set_role', targetType: 'user', targetId: user.id, details: { email: user.email, from: user.role, to: role } }, now);
  return { user: (await findUserById(db, user.id))!, from: user.role };
}

/** A new one-time link; the current password keeps working until the link is used. */
export async function resetPasswordLink(db: Kysely<Database>, email: string, actor: Actor, publicUrl: string, now: Date): Promise<{ user: User; link: string } | null> {
  const user = await findUserByEmail(db, email);
  if (!user) return null;
  const { url } = await issuePasswordLink(db, user.id, publicUrl, now);
  await writeAudit(db, actor, { action: 'user.reset_password', targetType: 'user', targetId: user.id, details: { email: user.email } }, now);
  return { user, link: url };
}

export type SetPasswordResult = { kind: 'set'; user: User } | { kind: 'invalid'; problem: string } | { kind: 'expired' };

/**
 * Sets a password through a one-time link. The password is checked before the link is used
 * up, so a too-short one can be corrected; once set, every session of the user ends.
 */
export async function setPasswordWithLink(db: Kysely<Database>, token: unknown, password: string, confirmation: string, now: Date): Promise<SetPasswordResult> {
  if (!(await userForPasswordLink(db, token, now))) return { kind: 'expired' };
  const problem = passwordProblem(password);
  if (problem) return { kind: 'invalid', problem };
  if (password !== confirmation) return { kind: 'invalid', problem: 'The two passwords are not the same. Type the new password twice.' };
  const hash = await hashPassword(password);
  const userId = await consumePasswordLink(db, token, now);
  if (userId === null) return { kind: 'expired' };
  await setUserPasswordHash(db, userId, hash);
  await endUserSessions(db, userId);
  const user = (await findUserById(db, userId))!;
  await writeAudit(db, actorFor(user), { action: 'user.set_password', targetType: 'user', targetId: userId }, now);
  return { kind: 'set', user };
}
