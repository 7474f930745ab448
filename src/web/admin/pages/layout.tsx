import { assetPath } from '../../assets.js';
import type { ComponentChildren } from 'preact';
import { canAccess, type AdminArea } from '../../../accounts/roles.js';
import type { Settings } from '../../../store/settings.js';
import type { Staff } from '../staff.js';

export interface AdminLayoutProps {
  settings: Settings;
  /** Null on the sign-in and set-password pages. */
  staff: Staff | null;
  /** For the sign-out form in the header. */
  csrfToken: string;
  title: string;
  /** The navigation entry to mark as current; 'account' is each staff member's own page. */
  section?: AdminArea | 'account';
  children: ComponentChildren;
}

const sections: { area: AdminArea; href: string; label: string }[] = [
  { area: 'dashboard', href: '/admin', label: 'Dashboard' },
  { area: 'comments', href: '/admin/comments', label: 'Comments' },
  { area: 'articles', href: '/admin/articles', label: 'Articles' },
  { area: 'sources', href: '/admin/sources', label: 'Sources' },
  { area: 'settings', href: '/admin/settings', label: 'Settings' },
  { area: 'users', href: '/admin/users', label: 'Users' },
  { area: 'audit', href: '/admin/audit', label: 'Audit log' },
];

/**
 * The back office's page frame: its own header and navigation (by role, with the number of
 * comments awaiting moderation beside "Comments"), and admin.js, which only adds shortcuts to
 * what the forms already do.
 */
export function AdminLayout({ settings, staff, csrfToken, title, section, children }: AdminLayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} – Back office – ${settings.siteName}`}</title>
        <link rel="stylesheet" href={assetPath('style.css')} />
        <link rel="icon" href={assetPath('favicon.svg')} type="image/svg+xml" />
        <script src={assetPath('admin.js')} defer />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header admin-header">
          <div class="wrap">
            <p class="site-name">
              <a href="/admin">{settings.siteName}</a> <span class="admin-label">Back office</span>
            </p>
            {staff && (
              <>
                <nav aria-label="Back office">
                  <ul>
                    {sections
                      .filter((s) => canAccess(staff.user.role, s.area))
                      .map((s) => (
                        <li>
                          <a href={s.href} aria-current={section === s.area ? 'page' : undefined}>
                            {s.label}
                            {s.area === 'comments' && <PendingCount count={staff.pendingComments} />}
                          </a>
                        </li>
                      ))}
                    <li>
                      <a href="/admin/account" aria-current={section === 'account' ? 'page' : undefined}>
                        Your account
                      </a>
                    </li>
                    <li>
                      <a href="/">View the site</a>
                    </li>
                  </ul>
                </nav>
                <form class="signed-in" method="post" action="/admin/logout">
                  <p>
                    Signed in as <strong>{staff.user.email}</strong> ({staff.user.role}){' '}
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <button type="submit" class="button-link">
                      Sign out
                    </button>
                  </p>
                </form>
              </>
            )}
          </div>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              {settings.siteName} back office. <a href="/">Go to the public site</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The menu's count of comments awaiting moderation; nothing when there are none or it was not counted. */
function PendingCount({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <>
      {' '}
      <span class="menu-count" id="menu-pending-count">
        {count.toLocaleString('en')}
      </span>
      <Hidden> awaiting moderation</Hidden>
    </>
  );
}

/** A short confirmation after an action, announced politely to screen readers. */
export function Notice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div class="notice" role="status">
      <p>{text}</p>
    </div>
  );
}

/** Previous/next links that keep the rest of the query. */
export function Pager({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={label}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          ← Previous page
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next">
          Next page →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** Text that screen readers read and sighted readers do not need (it repeats what the layout shows). */
export function Hidden({ children }: { children: ComponentChildren }) {
  return <span class="visually-hidden">{children}</span>;
}
