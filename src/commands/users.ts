import type { Kysely } from 'kysely';
import { actorFor, displayNameProblem } from '../accounts/manage.js';
import { consumePasswordLink, issuePasswordLink, userForPasswordLink } from '../accounts/password-links.js';
import { hashPassword, passwordProblem } from '../accounts/password.js';
import { isStaffRole } from '../accounts/roles.js';
import { endSession, endUserSessions, startSession } from '../accounts/sessions.js';
import { normalizeEmail } from '../discussion/identity.js';
import { deleteUser, findUserByEmail, findUserById, insertUser, lockAdminIds, setUserName, setUserPasswordHash, setUserRole } from '../store/admin-users.js';
import { writeAudit } from '../store/audit.js';
import { staffRoles, type Database, type StaffRole, type User } from '../store/schema.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';
import type { Invalid, Missing } from './results.js';

/*
 * Staff accounts: add, remove, rename, change a role, issue a password link. Only admins (and
 * the operator at the command line) may, however they ask. The desk always keeps one admin:
 * removing or demoting the last one is refused, checked inside the transaction that would do it.
 */

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MAX = 254;

export const lastAdminMessage = 'the desk needs at least one admin: make another account admin first';

export interface UserCommandDeps {
  db: Kysely<Database>;
  /** Where password links lead: the desk's address as readers reach it. */
  publicUrl: string;
}

/** A mistake in a request about an account; it may point at the name or the password. */
export type InvalidUserInput = Invalid<'name' | 'password'>;

export interface LastAdmin {
  kind: 'last-admin';
  message: string;
}

function invalid(message: string, field?: InvalidUserInput['field']): InvalidUserInput {
  return field ? { kind: 'invalid', field, message } : { kind: 'invalid', message };
}

function roleProblem(role: string): string | null {
  return isStaffRole(role) ? null : `the role must be one of ${staffRoles.join(', ')}, not "${role}"`;
}

/** By email, or by id when given digits. */
export async function findStaffUser(db: Kysely<Database>, emailOrId: string): Promise<User | undefined> {
  return /^\d+$/.test(emailOrId) ? findUserById(db, Number(emailOrId)) : findUserByEmail(db, emailOrId);
}

export interface NewStaffUser {
  email: string;
  role: string;
  /** Required: readers see it on staff replies (see displayNameProblem). */
  name: string;
  /** Without one, the result carries a one-time link to set it. */
  password?: string | undefined;
}

export type AddUserResult = Forbidden | InvalidUserInput | { kind: 'added'; user: User; link: string | null };

export async function addUser(deps: UserCommandDeps, actor: CommandActor, input: NewStaffUser, now: Date = new Date()): Promise<AddUserResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  const email = normalizeEmail(input.email);
  if (!emailPattern.test(email) || email.length > EMAIL_MAX) return invalid(`"${input.email}" is not an email address`);
  const badRole = roleProblem(input.role);
  if (badRole) return invalid(badRole);
  const role = input.role as StaffRole;
  const nameProblem = displayNameProblem(input.name);
  if (nameProblem) return invalid(nameProblem, 'name');
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) return invalid(problem, 'password');
  }
  // Hashing is slow on purpose: done before the transaction holds the database.
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, email)) return invalid(`there is already a user with the email ${email}`);
    const user = await insertUser(trx, { email, name: input.name.trim(), role, passwordHash }, now);
    await writeAudit(trx, allowed.audit, { action: 'user.add', targetType: 'user', targetId: user.id, details: { email, role } }, now);
    const link = passwordHash ? null : (await issuePasswordLink(trx, user.id, deps.publicUrl, now)).url;
    return { kind: 'added' as const, user, link };
  });
}

export type RemoveUserResult = Forbidden | Missing | LastAdmin | { kind: 'removed'; user: User };

/** Removes the account; its sessions and links end with it, its audit entries and staff replies stay. */
export async function removeUser(db: Kysely<Database>, actor: CommandActor, input: { user: string }, now: Date = new Date()): Promise<RemoveUserResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  return db.transaction().execute(async (trx): Promise<RemoveUserResult> => {
    const admins = await lockAdminIds(trx);
    const user = await findStaffUser(trx, input.user);
    if (!user) return { kind: 'missing' };
    if (user.role === 'admin' && admins.length <= 1) return { kind: 'last-admin', message: lastAdminMessage };
    await deleteUser(trx, user.id);
    await writeAudit(trx, allowed.audit, { action: 'user.remove', targetType: 'user', targetId: user.id, details: { email: user.email, role: user.role } }, now);
    return { kind: 'removed', user };
  });
}

export type RenameUserResult = Forbidden | Missing | InvalidUserInput | { kind: 'renamed'; user: User; from: string };

/** A new display name: what the account's staff replies are signed with from now on. */
export async function renameUser(db: Kysely<Database>, actor: CommandActor, input: { user: string; name: string }, now: Date = new Date()): Promise<RenameUserResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  const problem = displayNameProblem(input.name);
  if (problem) return invalid(problem);
  const name = input.name.trim();
  return db.transaction().execute(async (trx): Promise<RenameUserResult> => {
    const user = await findStaffUser(trx, input.user);
    if (!user) return { kind: 'missing' };
    await setUserName(trx, user.id, name);
    await writeAudit(trx, allowed.audit, { action: 'user.rename', targetType: 'user', targetId: user.id, details: { email: user.email, from: user.name, to: name } }, now);
    return { kind: 'renamed', user: { ...user, name }, from: user.name };
  });
}

export type SetRoleResult = Forbidden | Missing | InvalidUserInput | LastAdmin | { kind: 'changed'; user: User; from: StaffRole };

/** Changes what an account may do; it takes effect on the account's next request. */
export async function setUserRoleBy(db: Kysely<Database>, actor: CommandActor, input: { user: string; role: string }, now: Date = new Date()): Promise<SetRoleResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  const badRole = roleProblem(input.role);
  if (badRole) return invalid(badRole);
  const role = input.role as StaffRole;
  return db.transaction().execute(async (trx): Promise<SetRoleResult> => {
    const admins = await lockAdminIds(trx);
    const user = await findStaffUser(trx, input.user);
    if (!user) return { kind: 'missing' };
    if (user.role === 'admin' && role !== 'admin' && admins.length <= 1) return { kind: 'last-admin', message: lastAdminMessage };
    if (user.role !== role) {
      await setUserRole(trx, user.id, role);
      await writeAudit(trx, allowed.audit, { action: 'user.set_role', targetType: 'user', targetId: user.id, details: { email: user.email, from: user.role, to: role } }, now);
    }
    return { kind: 'changed', user: { ...user, role }, from: user.role };
  });
}

export type ResetPasswordResult = Forbidden | Missing | { kind: 'link'; user: User; link: string };

/** A new one-time link to set a password; the current password keeps working until the link is used. */
export async function resetPassword(deps: UserCommandDeps, actor: CommandActor, input: { user: string }, now: Date = new Date()): Promise<ResetPasswordResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  return deps.db.transaction().execute(async (trx): Promise<ResetPasswordResult> => {
    const user = await findStaffUser(trx, input.user);
    if (!user) return { kind: 'missing' };
    const { url } = await issuePasswordLink(trx, user.id, deps.publicUrl, now);
    await writeAudit(trx, allowed.audit, { action: 'user.reset_password', targetType: 'user', targetId: user.id, details: { email: user.email } }, now);
    return { kind: 'link', user, link: url };
  });
}

export type SetPasswordResult = { kind: 'set'; user: User; session: { token: string; expiresAt: Date } } | { kind: 'invalid'; problem: string } | { kind: 'expired' };

/**
 * The holder of a one-time link sets the account's password. The password is checked before
 * the link is used up, so a too-short one can be corrected; once set, every other session of
 * the account ends and the holder is signed in. The link proves who asks, so no role is needed.
 */
export async function setPasswordWithLink(db: Kysely<Database>, input: { token: unknown; password: string; confirmation: string; userAgent: string }, now: Date = new Date()): Promise<SetPasswordResult> {
  if (!(await userForPasswordLink(db, input.token, now))) return { kind: 'expired' };
  const problem = passwordProblem(input.password);
  if (problem) return { kind: 'invalid', problem };
  if (input.password !== input.confirmation) return { kind: 'invalid', problem: 'The two passwords are not the same. Type the new password twice.' };
  const hash = await hashPassword(input.password);
  return db.transaction().execute(async (trx): Promise<SetPasswordResult> => {
    const userId = await consumePasswordLink(trx, input.token, now);
    if (userId === null) return { kind: 'expired' };
    await setUserPasswordHash(trx, userId, hash);
    await endUserSessions(trx, userId);
    const user = (await findUserById(trx, userId))!;
    await writeAudit(trx, actorFor(user), { action: 'user.set_password', targetType: 'user', targetId: userId }, now);
    const session = await startSession(trx, userId, input.userAgent, now);
    await writeAudit(trx, actorFor(user), { action: 'user.sign_in', targetType: 'user', targetId: userId, details: { via: 'set-password link' } }, now);
    return { kind: 'set', user, session };
  });
}

/** A staff member signs out: the session ends, and the log says so when the session was theirs. */
export async function signOut(db: Kysely<Database>, input: { sessionToken: string | undefined; user: Pick<User, 'id' | 'email'> | null }, now: Date = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await endSession(trx, input.sessionToken);
    if (input.user) await writeAudit(trx, actorFor(input.user), { action: 'user.sign_out', targetType: 'user', targetId: input.user.id }, now);
  });
}
