import type { AuditLogTable } from '../../../store/schema.js';
import type { Selectable } from 'kysely';
import type { Settings } from '../../../store/settings.js';
import { formatDateTime, plural } from '../../format.js';
import { withQuery } from '../forms.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Pager } from './layout.js';

export function AuditPage({ settings, staff, csrfToken, rows, total, page, pageCount }: { settings: Settings; staff: Staff; csrfToken: string; rows: Selectable<AuditLogTable>[]; total: number; page: number; pageCount: number }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Audit log" section="audit">
      <h1 class="page-title">Audit log</h1>
      {rows.length === 0 ? (
        <p class="empty">Nothing has been logged yet.</p>
      ) : (
        <table class="admin-table audit-table">
          <caption>
            {plural(total, 'entry', 'entries')}, newest first{pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Target</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <time datetime={r.created_at}>{formatDateTime(r.created_at, settings.timeZone)}</time>
                </td>
                <td>{r.actor}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>{r.target_type ? `${r.target_type} ${r.target_id ? `#${r.target_id}` : ''}`.trim() : ''}</td>
                <td class="details-cell">{r.details === '{}' ? '' : r.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => withQuery('/admin/audit', { page: p })} label="Audit log pages" />
    </AdminLayout>
  );
}
