import type { Kysely } from 'kysely';
import { isPostgres } from './dialect.js';
import type { Database, StaffRole, User } from './schema.js';
import { normalizeEmail } from '../discussion/identity.js';

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Kysely<Database>, user: { email: string; name: string; role: StaffRole; passwordHash: string | null }, now: Date): Promise<User> {
  return db
    .insertInto('users')
    .values({ email: normalizeEmail(user.email), name: user.name.trim(), role: user.role, password_hash: user.passwordHash, created_at: now.toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setUserPasswordHash(db: Kysely<Database>, userId: number, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

export async function setUserName(db: Kysely<Database>, userId: number, name: string): Promise<void> {
  await db.updateTable('users').set({ name }).where('id', '=', userId).execute();
}

export async function setUserEmail(db: Kysely<Database>, userId: number, email: string): Promise<void> {
  await db.updateTable('users').set({ email: normalizeEmail(email) }).where('id', '=', userId).execute();
}

export async function setUserDisabled(db: Kysely<Database>, userId: number, disabled: boolean): Promise<void> {
  await db.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', userId).execute();
}

/** Whether the desk has an admin account at all (a disabled one counts: the desk is set up). */
export async function hasAnyAdmin(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function setUserRole(db: Kysely<Database>, userId: number, role: StaffRole): Promise<void> {
  await db.updateTable('users').set({ role }).where('id', '=', userId).execute();
}

/** Removes the account; its sessions and links go with it, its audit entries and staff comments stay. */
export async function deleteUser(db: Kysely<Database>, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface UserListing extends User {
  last_seen_at: string | null;
}

export async function listUsers(db: Kysely<Database>): Promise<UserListing[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll('users')
    .select((eb) => eb.selectFrom('sessions').whereRef('sessions.user_id', '=', 'users.id').select((s) => s.fn.max('last_seen_at').as('seen')).as('last_seen_at'))
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({ ...r, last_seen_at: (r.last_seen_at as string | null | undefined) ?? null }));
}

/**
 * The ids of the admin accounts that can sign in (not disabled), locked until the transaction
 * ends on PostgreSQL, so two transactions that each remove, demote or disable one of the last
 * two admins cannot both go ahead. (SQLite runs one write transaction at a time.)
 */
export async function lockAdminIds(trx: Kysely<Database>): Promise<number[]> {
  const query = trx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0).orderBy('id');
  const rows = await (isPostgres(trx) ? query.forUpdate() : query).execute();
  return rows.map((r) => r.id);
}
