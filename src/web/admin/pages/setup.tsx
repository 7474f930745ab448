import { MIN_PASSWORD_LENGTH } from '../../../accounts/password.js';
import type { DeskContents } from '../../../commands/setup.js';
import type { Settings } from '../../../store/settings.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Notice } from './layout.js';
import { Field } from './users.js';

export interface SetupValues {
  name: string;
  email: string;
}

export type SetupErrors = Partial<Record<'name' | 'email' | 'password' | 'confirm', string>>;

/** The first-run page: whoever holds the set-up link creates the desk's first admin. */
export function SetupPage({ settings, csrfToken, token, values, errors }: { settings: Settings; csrfToken: string; token: string; values: SetupValues; errors: SetupErrors }) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <AdminLayout settings={settings} staff={null} csrfToken={csrfToken} title="Set up your desk">
      <div class="admin-narrow">
        <h1 class="page-title">Set up your desk</h1>
        <p>This desk has no admin yet. Create the first admin account: it can do everything, and invite the rest of your staff. This link works once.</p>
        <form method="post" action="/admin/setup" class="admin-form setup-form" novalidate>
          {hasErrors && (
            <div class="form-message" role="alert">
              <p>Some fields need another look: see the messages below them.</p>
            </div>
          )}
          <Field id="setup-name" name="name" label="Your name" type="text" value={values.name} error={errors.name} help="Readers see it on your staff replies." autocomplete="name" />
          <Field id="setup-email" name="email" label="Email" type="email" value={values.email} error={errors.email} help="You sign in with it." autocomplete="username" />
          <Field
            id="setup-password"
            name="password"
            label="Password"
            type="password"
            error={errors.password}
            help={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one.`}
            autocomplete="new-password"
          />
          <Field id="setup-confirm" name="confirm" label="The same password again" type="password" error={errors.confirm} autocomplete="new-password" />
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="_csrf" value={csrfToken} />
          <p>
            <button type="submit">Create the admin account</button>
          </p>
        </form>
      </div>
    </AdminLayout>
  );
}

/** After the first admin is made: what the desk starts with. */
export function StartChoicePage({ settings, staff, csrfToken, contents, notice }: { settings: Settings; staff: Staff; csrfToken: string; contents: DeskContents | null; notice: string | null }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="How should your desk start?">
      <div class="admin-narrow">
        <h1 class="page-title">How should your desk start?</h1>
        <Notice text={notice} />
        {contents === 'empty' && (
          <>
            <p>
              The demo fills the desk with four made-up outlets, their articles and some discussions, so you can try everything at once. An empty desk waits for
              your own sources.
            </p>
            <form method="post" action="/admin/setup/start" class="start-choice">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <button type="submit" name="choice" value="demo">
                Load the demo content
              </button>{' '}
              <button type="submit" name="choice" value="empty" class="button-secondary">
                Start with an empty desk
              </button>
            </form>
          </>
        )}
        {contents === 'demo' && (
          <>
            <p>This desk shows the demo content: four made-up outlets, their articles and some discussions. Keep it to try things out, or remove it and start empty.</p>
            <form method="post" action="/admin/setup/start" class="start-choice">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <a href="/admin" class="button-like">
                Keep the demo content
              </a>{' '}
              <button type="submit" name="choice" value="empty">
                Start with an empty desk
              </button>
            </form>
          </>
        )}
        {contents === 'other' && <p>This desk already has sources of its own.</p>}
        <h2>Next steps</h2>
        <ul>
          <li>
            <a href="/admin/users">Invite your staff</a>
          </li>
          <li>
            <a href="/admin">Go to the dashboard</a>
          </li>
        </ul>
      </div>
    </AdminLayout>
  );
}
