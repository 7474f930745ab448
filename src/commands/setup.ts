import type { Kysely } from 'kysely';
import { actorFor, displayNameProblem } from '../accounts/manage.js';
import { hashPassword, passwordProblem } from '../accounts/password.js';
import { startSession } from '../accounts/sessions.js';
import { issueSetupLink } from '../accounts/setup-links.js';
import { looksLikeToken, tokenHash } from '../accounts/tokens.js';
import { normalizeEmail } from '../discussion/identity.js';
import { findUserByEmail, hasAnyAdmin, insertUser } from '../store/admin-users.js';
import { writeAudit } from '../store/audit.js';
import { findSourceByFeedUrl, removeSource } from '../store/ingest.js';
import type { Database, User } from '../store/schema.js';
import { setupLinkIsLive, useAllSetupLinks } from '../store/setup-links.js';
import { countSources } from '../store/sources.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';
import type { Invalid } from './results.js';

/*
 * A new desk's first run: the holder of a setup link (src/accounts/setup-links.ts) creates the
 * first admin, then chooses what the desk starts with.
 */

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MAX = 254;

export type FirstAdminField = 'name' | 'email' | 'password' | 'confirm';

export type FirstAdminResult =
  | { kind: 'created'; user: User; session: { token: string; expiresAt: Date } }
  | Invalid<FirstAdminField>
  /** The link was used, has expired, or the desk has an admin already. */
  | { kind: 'expired' };

export interface FirstAdminInput {
  token: unknown;
  name: string;
  email: string;
  password: string;
  confirmation: string;
  userAgent: string;
}

/**
 * Creates the first admin and signs them in. Every live setup link is used up in the same
 * transaction that checks there is no admin yet, so of two people racing with links only one
 * becomes admin; the other is told the link no longer works.
 */
export async function createFirstAdmin(db: Kysely<Database>, input: FirstAdminInput, now: Date = new Date()): Promise<FirstAdminResult> {
  if (!looksLikeToken(input.token)) return { kind: 'expired' };
  const hash = tokenHash(input.token);
  if ((await hasAnyAdmin(db)) || !(await setupLinkIsLive(db, hash, now))) return { kind: 'expired' };
  const nameProblem = displayNameProblem(input.name);
  if (nameProblem) return { kind: 'invalid', field: 'name', message: nameProblem };
  const email = normalizeEmail(input.email);
  if (email.length > EMAIL_MAX || !emailPattern.test(email)) return { kind: 'invalid', field: 'email', message: 'Enter an email address, like ada@example.org.' };
  const problem = passwordProblem(input.password);
  if (problem) return { kind: 'invalid', field: 'password', message: problem };
  if (input.password !== input.confirmation) return { kind: 'invalid', field: 'confirm', message: 'The two passwords are not the same. Type the password twice.' };
  // Hashing is slow on purpose: done before the transaction holds the database.
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx): Promise<FirstAdminResult> => {
    const used = await useAllSetupLinks(trx, now);
    if (!used.includes(hash) || (await hasAnyAdmin(trx))) return { kind: 'expired' };
    // An editor or moderator added at the command line may hold the address already.
    if (await findUserByEmail(trx, email)) return { kind: 'invalid', field: 'email', message: `Another account already uses ${email}: choose another address.` };
    const user = await insertUser(trx, { email, name: input.name.trim(), role: 'admin', passwordHash }, now);
    const actor = actorFor(user);
    await writeAudit(trx, actor, { action: 'user.add', targetType: 'user', targetId: user.id, details: { email, role: 'admin', via: 'setup link' } }, now);
    const session = await startSession(trx, user.id, input.userAgent, now);
    await writeAudit(trx, actor, { action: 'user.sign_in', targetType: 'user', targetId: user.id, details: { via: 'setup link' } }, now);
    return { kind: 'created', user, session };
  });
}

export type SetupLinkResult = Forbidden | { kind: 'has-admin' } | { kind: 'issued'; url: string; expiresAt: Date };

/**
 * A fresh set-up link, for `serve` as it starts (the desk as actor) and `newsdesk setup-link`
 * (the operator). Earlier links keep working until used or expired, so web nodes starting
 * together do not cancel each other's; none works once an admin exists.
 */
export async function issueSetupLinkBy(deps: { db: Kysely<Database>; publicUrl: string }, actor: CommandActor, now: Date = new Date()): Promise<SetupLinkResult> {
  const allowed = allowedIn(actor, 'users');
  if (allowed.kind === 'forbidden') return allowed;
  return deps.db.transaction().execute(async (trx): Promise<SetupLinkResult> => {
    if (await hasAnyAdmin(trx)) return { kind: 'has-admin' };
    const { url, expiresAt } = await issueSetupLink(trx, deps.publicUrl, now);
    await writeAudit(trx, allowed.audit, { action: 'desk.setup_link', targetType: 'desk', details: { expiresAt: expiresAt.toISOString() } }, now);
    return { kind: 'issued', url, expiresAt };
  });
}

/** What a new desk holds: nothing, the demo, or something else someone added. */
export type DeskContents = 'empty' | 'demo' | 'other';

export async function deskContents(db: Kysely<Database>): Promise<DeskContents> {
  if ((await countSources(db)) === 0) return 'empty';
  return (await demoSourceIds(db)).length > 0 ? 'demo' : 'other';
}

async function demoSourceIds(db: Kysely<Database>): Promise<number[]> {
  const { demoFeeds } = await import('../demo/publishers.js');
  const found = await Promise.all(demoFeeds.map((feed) => findSourceByFeedUrl(db, feed.feedUrl)));
  return found.filter((source) => source !== undefined).map((source) => source.id);
}

export interface StartingContentDeps {
  db: Kysely<Database>;
  secret: string;
}

export type StartingContentResult =
  | Forbidden
  | { kind: 'demo-loaded'; sources: number; articles: number; comments: number }
  /** The desk held sources already: the demo is loaded only into an empty desk. */
  | { kind: 'not-empty' }
  | { kind: 'emptied'; removedSources: number }
  | { kind: 'kept' };

/**
 * The first admin's choice. "demo" loads the demo into an empty desk: four outlets and their
 * bundled articles, answered from the project's own files (nothing is fetched from the
 * network), so the work is bounded. "empty" removes the demo outlets that `serve` loaded on a
 * new desk (NEWSDESK_DEMO) with their articles and discussions; nothing else is touched.
 */
export async function chooseStartingContent(deps: StartingContentDeps, actor: CommandActor, input: { choice: 'demo' | 'empty' }, now: Date = new Date()): Promise<StartingContentResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  if (input.choice === 'demo') {
    if ((await countSources(deps.db)) > 0) return { kind: 'not-empty' };
    const { seedDemoDesk } = await import('../demo/seed.js');
    let seeded: Awaited<ReturnType<typeof seedDemoDesk>>;
    try {
      seeded = await seedDemoDesk(deps.db, deps.secret);
    } catch (error) {
      // A second click raced the first: its sources collide with the ones just added.
      if ((await countSources(deps.db)) > 0) return { kind: 'not-empty' };
      throw error;
    }
    if (!seeded) return { kind: 'not-empty' };
    await writeAudit(deps.db, allowed.audit, { action: 'desk.load_demo', targetType: 'desk', details: { ...seeded } }, now);
    return { kind: 'demo-loaded', ...seeded };
  }
  return deps.db.transaction().execute(async (trx): Promise<StartingContentResult> => {
    const ids = await demoSourceIds(trx);
    for (const id of ids) await removeSource(trx, id);
    await writeAudit(trx, allowed.audit, { action: 'desk.start_empty', targetType: 'desk', details: { removedDemoSources: ids.length } }, now);
    return ids.length > 0 ? { kind: 'emptied', removedSources: ids.length } : { kind: 'kept' };
  });
}
