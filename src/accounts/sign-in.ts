import type { Kysely } from 'kysely';
import { writeAudit } from '../store/audit.js';
import { normalizeEmail } from '../discussion/identity.js';
import { findUserByEmail, setUserPasswordHash } from '../store/admin-users.js';
import type { Database, User } from '../store/schema.js';
import { reserveSignInAttempt, signInSucceeded } from './login-limit.js';
import { actorFor } from './manage.js';
import { hashPassword, MAX_PASSWORD_LENGTH, needsRehash, verifyPassword } from './password.js';
import { startSession } from './sessions.js';

export interface SignInAttempt {
  email: string;
  password: string;
  /** Keyed hash of the client's address (src/discussion/identity.ts). */
  clientHash: string;
  userAgent: string;
  now: Date;
}

export type SignInResult =
  | { kind: 'signed-in'; user: User; token: string; expiresAt: Date }
  /** Wrong email or wrong password: the two are never told apart. */
  | { kind: 'refused' }
  /** The right password for an account an admin has disabled. */
  | { kind: 'disabled' }
  /** Over a limit of src/accounts/login-limit.ts: nothing was checked. */
  | { kind: 'blocked'; retryAfterSeconds: number };

export async function signIn(db: Kysely<Database>, attempt: SignInAttempt): Promise<SignInResult> {
  const { now } = attempt;
  const email = normalizeEmail(attempt.email).slice(0, 320);
  // The attempt is counted before the password is hashed, so concurrent guesses cannot outrun the limits.
  const reservation = await reserveSignInAttempt(db, email, attempt.clientHash, now);
  if (reservation.kind === 'blocked') return reservation;

  const user = email ? await findUserByEmail(db, email) : undefined;
  const password = attempt.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  // verifyPassword hashes even without an account, so both cases take as long.
  const ok = (await verifyPassword(password, user?.password_hash ?? null)) && user !== undefined;
  // A wrong password keeps its reservation: that row is the counted failure.
  if (!ok || !user) return { kind: 'refused' };
  // Told apart only after the right password: a stranger learns nothing about the account.
  if (user.disabled === 1) return { kind: 'disabled' };
  await signInSucceeded(db, reservation);
  if (user.password_hash && needsRehash(user.password_hash)) await setUserPasswordHash(db, user.id, await hashPassword(password));
  const session = await startSession(db, user.id, attempt.userAgent, now);
  await writeAudit(db, actorFor(user), { action: 'user.sign_in', targetType: 'user', targetId: user.id }, now);
  return { kind: 'signed-in', user, ...session };
}
