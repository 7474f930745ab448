import type { Kysely } from 'kysely';
import { actorFor, displayNameProblem } from '../accounts/manage.js';
import { consumePasswordLink, issuePasswordLink, userForPasswordLink } from '../accounts/password-links.js';
import { hashPassword, passwordProblem, verifyPassword, MAX_PASSWORD_LENGTH } from '../accounts/password.js';
import { reserveSignInAttempt, signInSucceeded, waitInWords } from '../accounts/login-limit.js';
import { isStaffRole } from '../accounts/roles.js';
import { endSession, endUserSessions, startSession } from '../accounts/sessions.js';
import { normalizeEmail } from '../discussion/identity.js';
import { deleteUser, findUserByEmail, findUserById, insertUser, lockAdminIds, setUserDisabled, setUserEmail, setUserName, setUserPasswordHash, setUserRole } from '../store/admin-users.js';
import { PASSWORD_LINK_HOURS } from '../accounts/password-links.js';
import { composeMail } from '../mail/compose.js';
import { enqueueMail } from '../mail/outbox.js';
import { writeAudit } from '../store/audit.js';
import { staffRoles, type Database, type StaffRole, type User } from '../store/schema.js';
import { allowedIn, auditActorOf, type CommandActor, type Forbidden, type StaffActor } from './actor.js';
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
  /**
   * When the desk sends real mail: password links go to their owner through the outbox, in
   * the same transaction. Without it (mail off, or the command line) the link is handed back
   * for the asker to pass on.
   */
  mail?: { siteName: string } | undefined;
}

/** A password link queued for its owner: the same link is never mailed twice. */
async function mailPasswordLink(trx: Kysely<Database>, mail: { siteName: string }, user: Pick<User, 'email' | 'name'>, link: { url: string; token: string }, why: 'invite' | 'reset', now: Date): Promise<void> {
  const message = composeMail(why === 'invite' ? `You are invited to the ${mail.siteName} back office` : `A new password for the ${mail.siteName} back office`, [
    {
      kind: 'text',
      text: why === 'invite' ? `Hello ${user.name}, an admin of ${mail.siteName} made you a staff account. Choose a password to sign in:` : `Hello ${user.name}, an admin of ${mail.siteName} asked for a new password for your account. Choose one here:`,
    },
    { kind: 'link', label: 'Choose a password', url: link.url },
    { kind: 'footer', lines: [`The link works once, for ${PASSWORD_LINK_HOURS} hours. If you did not expect it, ignore this email.`] },
  ]);
  await enqueueMail(trx, { idempotencyKey: `password-link:${link.token.slice(0, 16)}:${user.email}`, to: user.email, ...message }, now);
}

/** Whether this account is one the desk cannot lose: an admin that can sign in, and the only one. */
function isLastAdmin(user: User, activeAdminIds: readonly number[]): boolean {
  return activeAdminIds.includes(user.id) && activeAdminIds.length <= 1;
}

/** A mistake in a request about an account; it may point at the name or the password. */
export type InvalidUserInput = Invalid<'name' | 'password' | 'email'>;

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

/** `link` is null when a password was given; `mailed` says the link went to the user rather than back to the asker. */
export type AddUserResult = Forbidden | InvalidUserInput | { kind: 'added'; user: User; link: string | null; mailed: boolean };

export async function addUser(deps: UserCommandDeps, actor: CommandActor, input: NewStaffUser, now: Date = new Date()): Promise<AddUserResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  const email = normalizeEmail(input.email);
  if (email.length > EMAIL_MAX || !emailPattern.test(email)) return invalid(`"${input.email}" is not an email address`, 'email');
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
    if (await findUserByEmail(trx, email)) return invalid(`there is already a user with the email ${email}`, 'email');
    const user = await insertUser(trx, { email, name: input.name.trim(), role, passwordHash }, now);
    await writeAudit(trx, allowed.audit, { action: 'user.add', targetType: 'user', targetId: user.id, details: { email, role } }, now);
    if (passwordHash) return { kind: 'added' as const, user, link: null, mailed: false };
    const link = await issuePasswordLink(trx, user.id, deps.publicUrl, now);
    if (deps.mail) await mailPasswordLink(trx, deps.mail, user, link, 'invite', now);
    return { kind: 'added' as const, user, link: link.url, mailed: deps.mail !== undefined };
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
    if (isLastAdmin(user, admins)) return { kind: 'last-admin', message: lastAdminMessage };
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
    if (role !== 'admin' && isLastAdmin(user, admins)) return { kind: 'last-admin', message: lastAdminMessage };
    if (user.role !== role) {
      await setUserRole(trx, user.id, role);
      await writeAudit(trx, allowed.audit, { action: 'user.set_role', targetType: 'user', targetId: user.id, details: { email: user.email, from: user.role, to: role } }, now);
    }
    return { kind: 'changed', user: { ...user, role }, from: user.role };
  });
}

export type ResetPasswordResult = Forbidden | Missing | { kind: 'link'; user: User; link: string; mailed: boolean };

/** A new one-time link to set a password; the current password keeps working until the link is used. */
export async function resetPassword(deps: UserCommandDeps, actor: CommandActor, input: { user: string }, now: Date = new Date()): Promise<ResetPasswordResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  return deps.db.transaction().execute(async (trx): Promise<ResetPasswordResult> => {
    const user = await findStaffUser(trx, input.user);
    if (!user) return { kind: 'missing' };
    const link = await issuePasswordLink(trx, user.id, deps.publicUrl, now);
    if (deps.mail) await mailPasswordLink(trx, deps.mail, user, link, 'reset', now);
    await writeAudit(trx, allowed.audit, { action: 'user.reset_password', targetType: 'user', targetId: user.id, details: { email: user.email, mailed: deps.mail !== undefined } }, now);
    return { kind: 'link', user, link: link.url, mailed: deps.mail !== undefined };
  });
}

export type SetDisabledResult = Forbidden | Missing | LastAdmin | { kind: 'refused'; message: string } | { kind: 'done'; user: User; changed: boolean };

/**
 * Disables an account (it cannot sign in, and its sessions end at once) or enables it again.
 * The last admin who can sign in is never disabled, and nobody disables their own account.
 */
export async function setUserDisabledBy(db: Kysely<Database>, actor: CommandActor, input: { user: string; disabled: boolean }, now: Date = new Date()): Promise<SetDisabledResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  return db.transaction().execute(async (trx): Promise<SetDisabledResult> => {
    const admins = await lockAdminIds(trx);
    const user = await findStaffUser(trx, input.user);
    if (!user) return { kind: 'missing' };
    const wasDisabled = user.disabled === 1;
    if (wasDisabled === input.disabled) return { kind: 'done', user, changed: false };
    if (input.disabled) {
      if (actor.kind === 'staff' && actor.user.id === user.id) return { kind: 'refused', message: 'you cannot disable your own account: ask another admin' };
      if (isLastAdmin(user, admins)) return { kind: 'last-admin', message: lastAdminMessage };
    }
    await setUserDisabled(trx, user.id, input.disabled);
    if (input.disabled) await endUserSessions(trx, user.id);
    await writeAudit(trx, allowed.audit, { action: input.disabled ? 'user.disable' : 'user.enable', targetType: 'user', targetId: user.id, details: { email: user.email } }, now);
    return { kind: 'done', user: { ...user, disabled: input.disabled ? 1 : 0 }, changed: true };
  });
}

/*
 * Each staff member's own account: their name, email and password. The actor is the account;
 * no role is needed, and a change of email or password needs the current password, so a
 * session left open on a shared machine cannot take the account over.
 */

export type OwnAccountField = 'name' | 'email' | 'current' | 'password' | 'confirm';
export type OwnAccountResult = Missing | Invalid<OwnAccountField> | { kind: 'saved'; user: User; changed: boolean };

/**
 * Checks the current password under the sign-in limits (src/accounts/login-limit.ts), so an open
 * session cannot be used to guess it faster than the sign-in form allows.
 */
async function currentPasswordProblem(db: Kysely<Database>, userId: number, current: string, clientHash: string, now: Date): Promise<Invalid<OwnAccountField> | null> {
  const user = await findUserById(db, userId);
  if (!user) return { kind: 'invalid', field: 'current', message: 'That is not your current password. Type it again.' };
  const reservation = await reserveSignInAttempt(db, user.email, clientHash, now);
  if (reservation.kind === 'blocked') return { kind: 'invalid', field: 'current', message: `Too many wrong passwords. Try again in ${waitInWords(reservation.retryAfterSeconds)}.` };
  const ok = await verifyPassword(current.slice(0, MAX_PASSWORD_LENGTH + 1), user.password_hash);
  if (!ok) return { kind: 'invalid', field: 'current', message: 'That is not your current password. Type it again.' };
  await signInSucceeded(db, reservation);
  return null;
}

/** A staff member changes the name their replies are signed with. */
export async function changeOwnName(db: Kysely<Database>, actor: StaffActor, input: { name: string }, now: Date = new Date()): Promise<OwnAccountResult> {
  const problem = displayNameProblem(input.name);
  if (problem) return { kind: 'invalid', field: 'name', message: problem };
  const name = input.name.trim();
  return db.transaction().execute(async (trx): Promise<OwnAccountResult> => {
    const user = await findUserById(trx, actor.user.id);
    if (!user) return { kind: 'missing' };
    if (user.name === name) return { kind: 'saved', user, changed: false };
    await setUserName(trx, user.id, name);
    await writeAudit(trx, auditActorOf(actor), { action: 'user.rename', targetType: 'user', targetId: user.id, details: { email: user.email, from: user.name, to: name, own: true } }, now);
    return { kind: 'saved', user: { ...user, name }, changed: true };
  });
}

/** A staff member moves their account to another address (they sign in with it from now on). */
export async function changeOwnEmail(db: Kysely<Database>, actor: StaffActor, input: { email: string; currentPassword: string; clientHash: string }, now: Date = new Date()): Promise<OwnAccountResult> {
  const email = normalizeEmail(input.email);
  if (email.length > EMAIL_MAX || !emailPattern.test(email)) return { kind: 'invalid', field: 'email', message: `"${input.email.slice(0, 100)}" is not an email address.` };
  const wrong = await currentPasswordProblem(db, actor.user.id, input.currentPassword, input.clientHash, now);
  if (wrong) return wrong;
  return db.transaction().execute(async (trx): Promise<OwnAccountResult> => {
    const user = await findUserById(trx, actor.user.id);
    if (!user) return { kind: 'missing' };
    if (user.email === email) return { kind: 'saved', user, changed: false };
    if (await findUserByEmail(trx, email)) return { kind: 'invalid', field: 'email', message: `Another account already uses ${email}.` };
    await setUserEmail(trx, user.id, email);
    await writeAudit(trx, auditActorOf(actor), { action: 'user.change_email', targetType: 'user', targetId: user.id, details: { from: user.email, to: email } }, now);
    return { kind: 'saved', user: { ...user, email }, changed: true };
  });
}

export type OwnPasswordResult = Missing | Invalid<OwnAccountField> | { kind: 'saved'; user: User; session: { token: string; expiresAt: Date } };

/** A staff member chooses a new password: every session of theirs ends, and this browser gets a new one. */
export async function changeOwnPassword(
  db: Kysely<Database>,
  actor: StaffActor,
  input: { currentPassword: string; password: string; confirmation: string; userAgent: string; clientHash: string },
  now: Date = new Date(),
): Promise<OwnPasswordResult> {
  const problem = passwordProblem(input.password);
  if (problem) return { kind: 'invalid', field: 'password', message: problem };
  if (input.password !== input.confirmation) return { kind: 'invalid', field: 'confirm', message: 'The two new passwords are not the same. Type the new password twice.' };
  const wrong = await currentPasswordProblem(db, actor.user.id, input.currentPassword, input.clientHash, now);
  if (wrong) return wrong;
  const hash = await hashPassword(input.password);
  return db.transaction().execute(async (trx): Promise<OwnPasswordResult> => {
    const user = await findUserById(trx, actor.user.id);
    if (!user) return { kind: 'missing' };
    await setUserPasswordHash(trx, user.id, hash);
    await endUserSessions(trx, user.id);
    const session = await startSession(trx, user.id, input.userAgent, now);
    await writeAudit(trx, auditActorOf(actor), { action: 'user.change_password', targetType: 'user', targetId: user.id }, now);
    return { kind: 'saved', user, session };
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
