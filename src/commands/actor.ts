import { actorFor } from '../accounts/manage.js';
import { canAccess, type AdminArea } from '../accounts/roles.js';
import { commandLine, type Actor } from '../store/audit.js';
import type { User } from '../store/schema.js';

/*
 * Who asks a command for a change. The command decides from this alone what the asker may do,
 * so a page, the command line and a job meet the same rules.
 */

/** A reader of the site, from a browser: where the request came from, and the edit rights the browser holds. */
export interface ReaderActor {
  kind: 'reader';
  /** The raw client address: matched against the lists and sent to the spam service, never stored. */
  address: string;
  userAgent: string;
  /** The Referer header, when known (for the spam service). */
  referrer?: string | undefined;
}

/** A signed-in staff member; their role decides what they may do. */
export interface StaffActor {
  kind: 'staff';
  user: Pick<User, 'id' | 'email' | 'role' | 'name'>;
}

/** Whoever runs `newsdesk` on the machine: they hold the database, so every staff action is theirs. */
export interface OperatorActor {
  kind: 'operator';
}

/** The desk itself (housekeeping, jobs), named in the audit log as given. */
export interface SystemActor {
  kind: 'system';
  audit: Actor;
}

export type CommandActor = ReaderActor | StaffActor | OperatorActor | SystemActor;

export const operator: OperatorActor = { kind: 'operator' };

export function staffActor(user: StaffActor['user']): StaffActor {
  return { kind: 'staff', user };
}

export function readerActor(client: { address: string; userAgent: string; referrer?: string | undefined }): ReaderActor {
  return { kind: 'reader', ...client };
}

/** What a command changes: a part of the back office (staff accounts are the 'users' area, admins only). */
export type CommandArea = AdminArea;

/** Whether the actor may act in this area: staff by their role, the operator and the desk always, a reader never. */
export function permits(actor: CommandActor, area: CommandArea): boolean {
  switch (actor.kind) {
    case 'staff':
      return canAccess(actor.user.role, area);
    case 'operator':
    case 'system':
      return true;
    case 'reader':
      return false;
  }
}

/** A refusal for an actor without the right: the same words whichever way they asked. */
export interface Forbidden {
  kind: 'forbidden';
  message: string;
}

export function forbidden(actor: CommandActor, area: CommandArea): Forbidden {
  const who = actor.kind === 'staff' ? `the ${actor.user.role} role` : actor.kind === 'reader' ? 'a reader' : 'this actor';
  return { kind: 'forbidden', message: `${who} may not change ${area === 'users' ? 'staff accounts' : area}` };
}

/** The audit name of an actor allowed in the area, or the refusal: the first step of every staff command. */
export function allowedIn(actor: CommandActor, area: CommandArea): { kind: 'allowed'; audit: Actor } | Forbidden {
  if (actor.kind === 'reader' || !permits(actor, area)) return forbidden(actor, area);
  return { kind: 'allowed', audit: auditActorOf(actor) };
}

/** How the audit log names a staff actor; readers are named by the command that acts for them. */
export function auditActorOf(actor: StaffActor | OperatorActor | SystemActor): Actor {
  if (actor.kind === 'staff') return actorFor(actor.user);
  if (actor.kind === 'operator') return commandLine;
  return actor.audit;
}
