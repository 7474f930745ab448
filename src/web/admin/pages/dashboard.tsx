import { canAccess } from '../../../accounts/roles.js';
import type { DashboardCounts } from '../../../store/admin-dashboard.js';
import type { Settings } from '../../../store/settings.js';
import type { Staff } from '../staff.js';
import { AdminLayout } from './layout.js';

export function DashboardPage({ settings, staff, csrfToken, counts }: { settings: Settings; staff: Staff; csrfToken: string; counts: DashboardCounts }) {
  const role = staff.user.role;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Dashboard" section="dashboard">
      <h1 class="page-title">Dashboard</h1>
      <p>Welcome, {staff.user.name || staff.user.email}.</p>
      <ul class="dashboard-counts">
        <li>
          <span class="count" id="count-pending">
            {counts.pendingComments.toLocaleString('en')}
          </span>{' '}
          {canAccess(role, 'comments') ? <a href="/admin/comments?status=pending">{counts.pendingComments === 1 ? 'comment' : 'comments'} awaiting moderation</a> : <span>{counts.pendingComments === 1 ? 'comment' : 'comments'} awaiting moderation</span>}
        </li>
        <li>
          <span class="count" id="count-sources-error">
            {counts.sourcesInError.toLocaleString('en')}
          </span>{' '}
          {canAccess(role, 'sources') ? <a href="/admin/sources">{counts.sourcesInError === 1 ? 'source' : 'sources'} failing to fetch</a> : <span>{counts.sourcesInError === 1 ? 'source' : 'sources'} failing to fetch</span>}
        </li>
        <li>
          <span class="count" id="count-articles-today">
            {counts.articlesToday.toLocaleString('en')}
          </span>{' '}
          {canAccess(role, 'articles') ? <a href="/admin/articles">{counts.articlesToday === 1 ? 'article' : 'articles'} added today</a> : <span>{counts.articlesToday === 1 ? 'article' : 'articles'} added today</span>}
        </li>
      </ul>
    </AdminLayout>
  );
}
