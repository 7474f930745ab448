import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { AccountError, addStaffUser, removeStaffUser, resetPasswordLink } from '../accounts/manage.js';
import { PASSWORD_LINK_HOURS } from '../accounts/password-links.js';
import { isStaffRole } from '../accounts/roles.js';
import { commandLine } from '../store/audit.js';
import { listUsers } from '../store/admin-users.js';
import { staffRoles } from '../store/schema.js';
import { UsageError, withDesk } from './shared.js';

export async function usersCommand(config: Config, args: string[], stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'add':
      return addUser(config, rest, stdin);
    case 'list':
      return withDesk(config, async ({ store }) => {
        const users = await listUsers(store.db);
        if (users.length === 0) console.log('No staff accounts yet. Add one with: newsdesk users add EMAIL --role admin');
        for (const u of users) {
          const password = u.password_hash ? 'password set' : 'no password yet';
          console.log(`#${u.id}\t${u.email}\t${u.role}\t${u.name || '-'}\t${password}\tlast seen ${u.last_seen_at ?? 'never'}`);
        }
      });
    case 'remove': {
      const target = rest[0];
      if (!target) throw new UsageError('users remove needs an email or an ID: newsdesk users remove ada@example.org');
      return withDesk(config, async ({ store }) => {
        const removed = await removeStaffUser(store.db, target, commandLine, new Date());
        if (!removed) return noSuchUser(target);
        console.log(`Removed ${removed.role} ${removed.email} (#${removed.id}); their sessions ended.`);
      });
    }
    case 'reset-password': {
      const email = rest[0];
      if (!email) throw new UsageError('users reset-password needs an email: newsdesk users reset-password ada@example.org');
      return withDesk(config, async ({ store, context }) => {
        const result = await resetPasswordLink(store.db, email, commandLine, context.config.publicUrl, new Date());
        if (!result) return noSuchUser(email);
        console.log(`Send this link to ${result.user.email}; it sets a new password, works once, for ${PASSWORD_LINK_HOURS} hours:`);
        console.log(result.link);
      });
    }
    default:
      throw new UsageError('users needs add, list, remove or reset-password');
  }
}

async function addUser(config: Config, args: string[], stdin: NodeJS.ReadableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const email = positionals[0];
  if (!email) throw new UsageError('users add needs an email: newsdesk users add ada@example.org --role admin');
  if (!values.role) throw new UsageError(`users add needs --role (${staffRoles.join(', ')})`);
  if (!isStaffRole(values.role)) throw new UsageError(`--role must be one of ${staffRoles.join(', ')}, not "${values.role}"`);
  const password = values['password-stdin'] ? await readPassword(stdin) : undefined;
  return withDesk(config, async ({ store, context }) => {
    try {
      const { user, link } = await addStaffUser(store.db, { email, role: values.role!, name: values.name, password }, commandLine, context.config.publicUrl, new Date());
      console.log(`Added ${user.role} ${user.email} (#${user.id}).`);
      if (link) {
        console.log(`Send them this link to choose a password; it works once, for ${PASSWORD_LINK_HOURS} hours:`);
        console.log(link);
      }
    } catch (error) {
      if (error instanceof AccountError) {
        console.error(`newsdesk: ${error.message}`);
        return 1;
      }
      throw error;
    }
  });
}

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
