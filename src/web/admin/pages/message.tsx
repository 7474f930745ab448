import type { Settings } from '../../../store/settings.js';
import type { Staff } from '../staff.js';
import { AdminLayout } from './layout.js';

export function MessagePage({ settings, staff, csrfToken, title, message, link }: { settings: Settings; staff: Staff | null; csrfToken: string; title: string; message: string; link?: { href: string; text: string } }) {
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title={title}>
      <h1 class="page-title">{title}</h1>
      <p>{message}</p>
      <p>{link ? <a href={link.href}>{link.text}</a> : staff ? <a href="/admin">Back to the dashboard</a> : <a href="/admin/login">Go to the sign-in page</a>}</p>
    </AdminLayout>
  );
}
