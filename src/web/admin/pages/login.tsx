import type { Settings } from '../../../store/settings.js';
import { AdminLayout } from './layout.js';
import { MIN_PASSWORD_LENGTH } from '../../../accounts/password.js';

export interface LoginPageProps {
  settings: Settings;
  csrfToken: string;
  email: string;
  next: string;
  /** Why the last attempt failed, shown as an alert. */
  error: string | null;
  /** A neutral note ("You are signed out."). */
  note: string | null;
}

export function LoginPage({ settings, csrfToken, email, next, error, note }: LoginPageProps) {
  return (
    <AdminLayout settings={settings} staff={null} csrfToken={csrfToken} title="Sign in">
      <div class="admin-narrow">
        <h1 class="page-title">Sign in to the back office</h1>
        {note && (
          <div class="notice" role="status">
            <p>{note}</p>
          </div>
        )}
        <form method="post" action="/admin/login" class="admin-form" id="login-form">
          {error && (
            <div class="form-message" role="alert" id="login-error">
              <p>{error}</p>
            </div>
          )}
          <p>
            <label for="email">Email</label>
            <input id="email" name="email" type="email" value={email} autocomplete="username" required aria-describedby={error ? 'login-error' : undefined} />
          </p>
          <p>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </p>
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="_csrf" value={csrfToken} />
          <p>
            <button type="submit">Sign in</button>
          </p>
        </form>
        <p class="help">Forgot your password? Ask an admin for a new link: they send one from the Users page.</p>
      </div>
    </AdminLayout>
  );
}

export interface SetPasswordPageProps {
  settings: Settings;
  csrfToken: string;
  token: string;
  email: string;
  error: string | null;
}

export function SetPasswordPage({ settings, csrfToken, token, email, error }: SetPasswordPageProps) {
  return (
    <AdminLayout settings={settings} staff={null} csrfToken={csrfToken} title="Choose a password">
      <div class="admin-narrow">
        <h1 class="page-title">Choose a password</h1>
        <p>
          For <strong>{email}</strong>. This link works once.
        </p>
        <form method="post" action="/admin/set-password" class="admin-form">
          {error && (
            <div class="form-message" role="alert" id="password-error">
              <p>{error}</p>
            </div>
          )}
          <input type="text" name="username" value={email} autocomplete="username" hidden readOnly />
          <p>
            <label for="password">New password</label>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete="new-password"
              minLength={MIN_PASSWORD_LENGTH}
              required
              aria-describedby={error ? 'password-rule password-error' : 'password-rule'}
              aria-invalid={error ? 'true' : undefined}
            />
            <span class="field-help" id="password-rule">
              At least {MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one.
            </span>
          </p>
          <p>
            <label for="confirm">The same password again</label>
            <input id="confirm" name="confirm" type="password" autocomplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
          </p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="_csrf" value={csrfToken} />
          <p>
            <button type="submit">Set password and sign in</button>
          </p>
        </form>
      </div>
    </AdminLayout>
  );
}
