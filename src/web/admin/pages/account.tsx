import { MIN_PASSWORD_LENGTH } from '../../../accounts/password.js';
import { roleDescriptions } from '../../../accounts/roles.js';
import type { Settings } from '../../../store/settings.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Notice } from './layout.js';
import { Field } from './users.js';

export type AccountErrors = Partial<Record<'name' | 'email' | 'current' | 'password' | 'confirm', string>>;

export interface AccountPageProps {
  settings: Settings;
  staff: Staff;
  csrfToken: string;
  notice: string | null;
  /** What was typed in the form that failed; the others show the account as it is. */
  values: { name: string; email: string };
  /** The form that failed, so its errors show under it. */
  failed: 'name' | 'email' | 'password' | null;
  errors: AccountErrors;
}

/** Each staff member's own account: name, email and password. */
export function AccountPage({ settings, staff, csrfToken, notice, values, failed, errors }: AccountPageProps) {
  const errorsOf = (form: AccountPageProps['failed']): AccountErrors => (failed === form ? errors : {});
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Your account" section="account">
      <div class="admin-narrow account-page">
        <h1 class="page-title">Your account</h1>
        <Notice text={notice} />
        <p>
          Your role: <strong>{staff.user.role}</strong> ({roleDescriptions[staff.user.role]}). Only an admin changes roles.
        </p>

        <h2 id="name-heading">Name</h2>
        <form method="post" action="/admin/account/name" class="admin-form" aria-labelledby="name-heading" novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <Field id="account-name" name="name" label="Your name" type="text" value={values.name} error={errorsOf('name').name} help="Readers see it on your staff replies." autocomplete="name" />
          <p>
            <button type="submit">Save the name</button>
          </p>
        </form>

        <h2 id="email-heading">Email</h2>
        <form method="post" action="/admin/account/email" class="admin-form" aria-labelledby="email-heading" novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <Field id="account-email" name="email" label="Email" type="email" value={values.email} error={errorsOf('email').email} help="You sign in with it." autocomplete="username" />
          <Field id="account-email-current" name="current" label="Your current password" type="password" error={errorsOf('email').current} autocomplete="current-password" />
          <p>
            <button type="submit">Change the email</button>
          </p>
        </form>

        <h2 id="password-heading">Password</h2>
        <form method="post" action="/admin/account/password" class="admin-form" aria-labelledby="password-heading" novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="text" name="username" value={staff.user.email} autocomplete="username" hidden readOnly />
          <Field id="account-password-current" name="current" label="Your current password" type="password" error={errorsOf('password').current} autocomplete="current-password" />
          <Field
            id="account-password"
            name="password"
            label="New password"
            type="password"
            error={errorsOf('password').password}
            help={`At least ${MIN_PASSWORD_LENGTH} characters. Your other sessions end when it changes.`}
            autocomplete="new-password"
          />
          <Field id="account-password-confirm" name="confirm" label="The new password again" type="password" error={errorsOf('password').confirm} autocomplete="new-password" />
          <p>
            <button type="submit">Change the password</button>
          </p>
        </form>
      </div>
    </AdminLayout>
  );
}
