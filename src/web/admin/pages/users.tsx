import { PASSWORD_LINK_HOURS } from '../../../accounts/password-links.js';
import { roleDescriptions } from '../../../accounts/roles.js';
import type { UserListing } from '../../../store/admin-users.js';
import { staffRoles, type User } from '../../../store/schema.js';
import type { Settings } from '../../../store/settings.js';
import { formatDateTime } from '../../format.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Hidden, Notice } from './layout.js';

export interface InviteValues {
  email: string;
  name: string;
  role: string;
}

export type InviteErrors = Partial<Record<'email' | 'name' | 'role', string>>;

/** A password link the admin passes on themselves (mail is off). */
export interface LinkToCopy {
  email: string;
  url: string;
  why: 'invite' | 'reset';
}

export interface UsersPageProps {
  settings: Settings;
  staff: Staff;
  csrfToken: string;
  users: UserListing[];
  notice: string | null;
  /** A refusal (the last admin…) in words. */
  refusal: string | null;
  invite: { values: InviteValues; errors: InviteErrors };
  link: LinkToCopy | null;
  /** Password links are mailed (NEWSDESK_SMTP_URL) rather than shown here. */
  mailOn: boolean;
}

export const emptyInvite: InviteValues = { email: '', name: '', role: 'moderator' };

function statusOf(user: UserListing): string {
  if (user.disabled === 1) return 'Disabled';
  return user.password_hash ? 'Active' : 'Invited (no password yet)';
}

export function UsersPage({ settings, staff, csrfToken, users, notice, refusal, invite, link, mailOn }: UsersPageProps) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Users" section="users">
      <h1 class="page-title">Users</h1>
      <Notice text={notice} />
      {refusal && (
        <div class="form-message" role="alert">
          <p>{refusal}</p>
        </div>
      )}
      {link && (
        <div class="notice copy-link" role="status">
          <p>
            {link.why === 'invite' ? 'Invited' : 'New password link for'} <strong>{link.email}</strong>. Mail is off on this desk, so send them this link yourself; it
            works once, for {PASSWORD_LINK_HOURS} hours:
          </p>
          <p>
            <label for="password-link">Link to choose a password</label>
            <input id="password-link" type="text" readOnly value={link.url} class="copy-link-field" />
          </p>
        </div>
      )}
      <table class="admin-table users-table">
        <caption>{users.length === 1 ? '1 staff account' : `${users.length.toLocaleString('en')} staff accounts`}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last active</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow user={u} staff={staff} csrfToken={csrfToken} settings={settings} />
          ))}
        </tbody>
      </table>

      <h2>Invite a staff member</h2>
      <p class="help">{mailOn ? 'They get an email with a link to choose a password.' : 'Mail is off on this desk: the link to choose a password is shown here for you to send them.'}</p>
      <form method="post" action="/admin/users" class="admin-form invite-form" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Field id="invite-email" name="email" label="Email" type="email" value={invite.values.email} error={invite.errors.email} autocomplete="off" />
        <Field id="invite-name" name="name" label="Name" type="text" value={invite.values.name} error={invite.errors.name} help="Readers see it on their staff replies." autocomplete="off" />
        <p class={invite.errors.role ? 'has-error' : undefined}>
          <label for="invite-role">Role</label>
          <select id="invite-role" name="role" aria-describedby={invite.errors.role ? 'invite-role-error' : undefined}>
            {staffRoles.map((role) => (
              <option value={role} selected={role === invite.values.role}>
                {role}
              </option>
            ))}
          </select>
          {invite.errors.role && (
            <span class="field-error" id="invite-role-error">
              {invite.errors.role}
            </span>
          )}
        </p>
        <p>
          <button type="submit">Invite</button>
        </p>
      </form>

      <h2>What each role may do</h2>
      <dl class="role-list">
        {staffRoles.map((role) => (
          <>
            <dt>{role}</dt>
            <dd>{roleDescriptions[role]}</dd>
          </>
        ))}
      </dl>
    </AdminLayout>
  );
}

function UserRow({ user, staff, csrfToken, settings }: { user: UserListing; staff: Staff; csrfToken: string; settings: Settings }) {
  const self = user.id === staff.user.id;
  const who = user.name || user.email;
  return (
    <tr id={`user-${user.id}`}>
      <th scope="row" data-label="Name">
        {user.name || '–'}
        {self && <span class="small"> (you)</span>}
      </th>
      <td data-label="Email" class="user-email">
        {user.email}
      </td>
      <td data-label="Role">
        <form method="post" action={`/admin/users/${user.id}/role`} class="inline-form">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <label for={`role-${user.id}`} class="visually-hidden">
            Role of {who}
          </label>
          <select id={`role-${user.id}`} name="role">
            {staffRoles.map((role) => (
              <option value={role} selected={role === user.role}>
                {role}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="button-small">
            Change role<Hidden> of {who}</Hidden>
          </button>
        </form>
      </td>
      <td data-label="Status">{statusOf(user)}</td>
      <td data-label="Last active">{user.last_seen_at ? <time datetime={user.last_seen_at}>{formatDateTime(user.last_seen_at, settings.timeZone)}</time> : 'never'}</td>
      <td data-label="Actions" class="user-actions">
        <form method="post" action={`/admin/users/${user.id}/reset-password`} class="inline-form">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <button type="submit" class="button-small">
            {user.password_hash ? 'Reset password' : 'New invite link'}
            <Hidden> for {who}</Hidden>
          </button>
        </form>
        {!self && (
          <form method="post" action={`/admin/users/${user.id}/${user.disabled === 1 ? 'enable' : 'disable'}`} class="inline-form">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <button type="submit" class="button-small">
              {user.disabled === 1 ? 'Enable' : 'Disable'}
              <Hidden> {who}</Hidden>
            </button>
          </form>
        )}
        {!self && (
          <a href={`/admin/users/${user.id}/remove`} class="danger">
            Remove<Hidden> {who}</Hidden>
          </a>
        )}
      </td>
    </tr>
  );
}

/** A labelled text input with its error next to it; what was typed stays. */
export function Field(props: { id: string; name: string; label: string; type: 'text' | 'email' | 'password'; value?: string; error?: string | undefined; help?: string; autocomplete?: string }) {
  const invalid = props.error ? 'true' : undefined;
  const describedBy = [props.help ? `${props.id}-help` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <p class={props.error ? 'has-error' : undefined}>
      <label for={props.id}>{props.label}</label>
      {props.type === 'password' ? (
        <input id={props.id} name={props.name} type="password" autocomplete={props.autocomplete} aria-invalid={invalid} aria-describedby={describedBy || undefined} />
      ) : props.type === 'email' ? (
        <input id={props.id} name={props.name} type="email" value={props.value ?? ''} autocomplete={props.autocomplete} aria-invalid={invalid} aria-describedby={describedBy || undefined} />
      ) : (
        <input id={props.id} name={props.name} type="text" value={props.value ?? ''} autocomplete={props.autocomplete} aria-invalid={invalid} aria-describedby={describedBy || undefined} />
      )}
      {props.help && (
        <span class="field-help" id={`${props.id}-help`}>
          {props.help}
        </span>
      )}
      {props.error && (
        <span class="field-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </p>
  );
}

export function RemoveUserPage({ settings, staff, csrfToken, user }: { settings: Settings; staff: Staff; csrfToken: string; user: User }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Remove a staff account" section="users">
      <h1 class="page-title">Remove {user.name || user.email}?</h1>
      <p>
        The account <strong>{user.email}</strong> ({user.role}) is removed and its sessions end. Its entries in the audit log and its staff replies stay. To keep
        the account for later, disable it instead.
      </p>
      <form method="post" action={`/admin/users/${user.id}/remove`} class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p>
          <button type="submit" class="danger-button">
            Remove the account
          </button>{' '}
          <a href="/admin/users">Keep it</a>
        </p>
      </form>
    </AdminLayout>
  );
}
