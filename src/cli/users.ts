import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { Kysely } from 'kysely';
import { PASSWORD_LINK_HOURS } from '../accounts/password-links.js';
import { isStaffRole } from '../accounts/roles.js';
import { operator, type Forbidden } from '../commands/actor.js';
import { addUser as addUserCommand, removeUser, renameUser, resetPassword, setUserDisabledBy, setUserRoleBy, type InvalidUserInput, type LastAdmin } from '../commands/users.js';
import type { Missing } from '../commands/results.js';
import { listUsers } from '../store/admin-users.js';
import { readPublicUrl } from '../store/public-url.js';
import { staffRoles, type Database } from '../store/schema.js';
import { UsageError, withDesk } from './shared.js';

/**
 * Where the links this command prints lead: NEWSDESK_PUBLIC_URL when it is set for the
 * command, else the address the running desk recorded as it started, else this command's
 * own configuration (which may well have another PORT than the desk).
 */
export function linkBaseUrl(configured: string, configuredExplicitly: boolean, recorded: string | null): string {
  if (configuredExplicitly) return configured;
  return recorded ?? configured;
}

async function linkBase(db: Kysely<Database>, config: Config): Promise<string> {
  return linkBaseUrl(config.publicUrl, config.publicUrlExplicit, await readPublicUrl(db));
}

export async function usersCommand(config: Config, args: string[], stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'add':
      return addUser(config, rest, stdin);
    case 'list':
      return withDesk(config, async ({ store }) => {
        const users = await listUsers(store.db);
        if (users.length === 0) console.log('No staff accounts yet. Add one with: newsdesk users add EMAIL --role admin --name NAME');
        for (const u of users) {
          const password = u.disabled === 1 ? 'disabled' : u.password_hash ? 'password set' : 'no password yet';
          console.log(`#${u.id}\t${u.email}\t${u.role}\t${u.name || '-'}\t${password}\tlast seen ${u.last_seen_at ?? 'never'}`);
        }
      });
    case 'remove': {
      const target = rest[0];
      if (!target) throw new UsageError('users remove needs an email or an ID: newsdesk users remove ada@example.org');
      return withDesk(config, async ({ store }) => {
        const result = await removeUser(store.db, operator, { user: target });
        if (result.kind !== 'removed') return refused(result, target);
        const { user } = result;
        console.log(`Removed ${user.role} ${user.email} (#${user.id}); their sessions ended.`);
      });
    }
    case 'reset-password': {
      const email = rest[0];
      if (!email) throw new UsageError('users reset-password needs an email: newsdesk users reset-password ada@example.org');
      return withDesk(config, async ({ store }) => {
        const result = await resetPassword({ db: store.db, publicUrl: await linkBase(store.db, config) }, operator, { user: email });
        if (result.kind !== 'link') return refused(result, email);
        console.log(`Send this link to ${result.user.email}; it sets a new password, works once, for ${PASSWORD_LINK_HOURS} hours:`);
        console.log(result.link);
      });
    }
    case 'set-name': {
      const [target, ...words] = rest;
      const name = words.join(' ');
      if (!target || !name.trim()) throw new UsageError('users set-name needs an email or an ID and a name: newsdesk users set-name ada@example.org "Ada Lovelace"');
      return withDesk(config, async ({ store }) => {
        const result = await renameUser(store.db, operator, { user: target, name });
        if (result.kind !== 'renamed') return refused(result, target);
        const { user } = result;
        console.log(`${user.email} (#${user.id}) now signs staff replies as ${user.name}.`);
      });
    }
    case 'set-role': {
      const [target, role] = rest;
      if (!target || !role) throw new UsageError(`users set-role needs an email or an ID and a role (${staffRoles.join(', ')}): newsdesk users set-role ada@example.org editor`);
      if (!isStaffRole(role)) throw new UsageError(`the role must be one of ${staffRoles.join(', ')}, not "${role}"`);
      return withDesk(config, async ({ store }) => {
        const changed = await setUserRoleBy(store.db, operator, { user: target, role });
        if (changed.kind !== 'changed') return refused(changed, target);
        console.log(`${changed.user.email} (#${changed.user.id}) is now ${changed.user.role} (was ${changed.from}).`);
      });
    }
    case 'disable':
    case 'enable': {
      const target = rest[0];
      if (!target) throw new UsageError(`users ${action} needs an email or an ID: newsdesk users ${action} ada@example.org`);
      return withDesk(config, async ({ store }) => {
        const result = await setUserDisabledBy(store.db, operator, { user: target, disabled: action === 'disable' });
        if (result.kind === 'refused') return refused({ kind: 'invalid', message: result.message }, target);
        if (result.kind !== 'done') return refused(result, target);
        const { user } = result;
        const state = action === 'disable' ? 'disabled: it cannot sign in, and its sessions ended' : 'enabled: it can sign in';
        console.log(result.changed ? `${user.email} (#${user.id}) is ${state}.` : `${user.email} (#${user.id}) was already ${action}d.`);
      });
    }
    default:
      throw new UsageError('users needs add, list, remove, reset-password, set-name, set-role, disable or enable');
  }
}

async function addUser(config: Config, args: string[], stdin: NodeJS.ReadableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const email = positionals[0];
  if (!email) throw new UsageError('users add needs an email: newsdesk users add ada@example.org --role admin --name Ada');
  if (!values.role) throw new UsageError(`users add needs --role (${staffRoles.join(', ')})`);
  if (!isStaffRole(values.role)) throw new UsageError(`--role must be one of ${staffRoles.join(', ')}, not "${values.role}"`);
  // Staff replies are signed with this name; there is no falling back to the email.
  if (!values.name?.trim()) throw new UsageError('users add needs --name, the display name readers see on staff replies: --name "Ada Lovelace"');
  const password = values['password-stdin'] ? await readPassword(stdin) : undefined;
  const name = values.name;
  return withDesk(config, async ({ store }) => {
    const result = await addUserCommand({ db: store.db, publicUrl: await linkBase(store.db, config) }, operator, { email, role: values.role!, name, password });
    if (result.kind !== 'added') return refused(result, email);
    const { user, link } = result;
    console.log(`Added ${user.role} ${user.email} (#${user.id}).`);
    if (link) {
      console.log(`Send them this link to choose a password; it works once, for ${PASSWORD_LINK_HOURS} hours:`);
      console.log(link);
    }
  });
}

/** A command's refusal, as one line on stderr and exit code 1. */
function refused(result: Missing | InvalidUserInput | LastAdmin | Forbidden, target: string): number {
  if (result.kind === 'missing') return noSuchUser(target);
  const field = result.kind === 'invalid' && result.field ? `${flagWords[result.field]}: ` : '';
  console.error(`newsdesk: ${field}${result.message}`);
  return 1;
}

const flagWords: Record<NonNullable<InvalidUserInput['field']>, string> = { name: '--name', password: 'password', email: 'email' };

/** The whole of standard input, without the one line ending `echo` or a terminal adds. */
async function readPassword(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (text === '') throw new UsageError('--password-stdin: nothing was read from standard input');
  return text;
}

function noSuchUser(what: string): number {
  console.error(`newsdesk: there is no user ${what}`);
  return 1;
}
