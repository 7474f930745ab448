import type { AuditLogTable } from '../../../store/schema.js';
import type { Selectable } from 'kysely';
import type { Settings } from '../../../store/settings.js';
import { formatDateTime, plural } from '../../format.js';
import { auditActionKinds, auditSentence, type AuditLookups } from '../audit-words.js';
import { withQuery } from '../forms.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Pager } from './layout.js';
import { FieldError } from '../../pages/form-parts.js';

/** The filters as typed, kept in the form (and in the pages' links). */
export interface AuditFilterValues {
  actor: string;
  kind: string;
  from: string;
  to: string;
}

export interface AuditPageProps {
  settings: Settings;
  staff: Staff;
  csrfToken: string;
  rows: Selectable<AuditLogTable>[];
  /** Null when the filters were refused and nothing was looked up. */
  names: AuditLookups | null;
  total: number;
  page: number;
  pageCount: number;
  values: AuditFilterValues;
  errors: Partial<Record<keyof AuditFilterValues, string>>;
}

function filtered(values: AuditFilterValues): boolean {
  return Boolean(values.actor || values.kind || values.from || values.to);
}

export function AuditPage({ settings, staff, csrfToken, rows, names, total, page, pageCount, values, errors }: AuditPageProps) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Audit log" section="audit">
      <h1 class="page-title">Audit log</h1>
      <AuditFilters values={values} errors={errors} />
      {hasErrors ? (
        <p class="form-message" role="alert">
          The log was not filtered: please correct the marked {Object.keys(errors).length === 1 ? 'field' : 'fields'}.
        </p>
      ) : rows.length === 0 ? (
        <p class="empty">{filtered(values) ? 'No entries match these filters.' : 'Nothing has been logged yet.'}</p>
      ) : (
        <table class="admin-table audit-table">
          <caption>
            {plural(total, 'entry', 'entries')}
            {filtered(values) ? ' matching the filters' : ''}, newest first{pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td data-label="When">
                  <time datetime={r.created_at}>{formatDateTime(r.created_at, settings.timeZone)}</time>
                </td>
                <td data-label="What happened">
                  <p class="audit-sentence">{auditSentence(r, names ?? undefined)}</p>
                  <details class="audit-details">
                    <summary>Recorded details</summary>
                    <pre>{rawDetails(r)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => withQuery('/admin/audit', { ...values, page: p })} label="Audit log pages" />
    </AdminLayout>
  );
}

/** The entry as stored, for an admin who needs more than the sentence. */
function rawDetails(r: Selectable<AuditLogTable>): string {
  let details = r.details;
  try {
    details = JSON.stringify(JSON.parse(r.details), null, 2);
  } catch {
    // Kept as stored when it is not JSON.
  }
  return [`action: ${r.action}`, `actor: ${r.actor}${r.user_id !== null ? ` (account #${r.user_id})` : ''}`, r.target_type ? `target: ${r.target_type}${r.target_id ? ` #${r.target_id}` : ''}` : '', details === '{}' ? '' : `details: ${details}`].filter(Boolean).join('\n');
}

function AuditFilters({ values, errors }: { values: AuditFilterValues; errors: AuditPageProps['errors'] }) {
  const field = (name: 'from' | 'to', label: string) => (
    <p class={errors[name] ? 'has-error' : undefined}>
      <label for={`audit-${name}`}>{label}</label>
      <input id={`audit-${name}`} name={name} type="date" value={values[name]} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={errors[name] ? `audit-${name}-error` : undefined} />
      <FieldError id={`audit-${name}-error`} error={errors[name]} />
    </p>
  );
  return (
    <form method="get" action="/admin/audit" class="audit-filters" aria-label="Filter the audit log">
      <p>
        <label for="audit-actor">Who</label>
        <input id="audit-actor" name="actor" type="search" value={values.actor} aria-describedby="audit-actor-help" />
        <span class="field-help" id="audit-actor-help">
          Part of an email, or “command line”.
        </span>
      </p>
      <p>
        <label for="audit-kind">What</label>
        <select id="audit-kind" name="kind">
          <option value="">Everything</option>
          {Object.entries(auditActionKinds).map(([kind, { label }]) => (
            <option value={kind} selected={values.kind === kind}>
              {label}
            </option>
          ))}
          <option value="other" selected={values.kind === 'other'}>
            Anything else
          </option>
        </select>
      </p>
      {field('from', 'From (day)')}
      {field('to', 'To (day)')}
      <p>
        <button type="submit">Filter</button> {filtered(values) && <a href="/admin/audit">Show everything</a>}
      </p>
    </form>
  );
}
