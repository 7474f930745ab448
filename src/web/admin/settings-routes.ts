import type { FastifyInstance } from 'fastify';
import { AUDIT_PER_PAGE, listAuditEntries } from '../../store/admin-audit.js';
import { changeSettings } from '../../commands/settings.js';
import { defaultSettings, loadSettings, parseSetting, type SettingKey, type Settings } from '../../store/settings.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { fieldsOf, pageNumber, text } from './forms.js';
import { requireStaff, sendRoleRefusal, staffOf } from './guard.js';
import { staffActor } from '../../commands/actor.js';
import { AuditPage } from './pages/audit.js';
import { formValuesOf, SettingsPage, type SettingsFormValues } from './pages/settings.js';

/**
 * Reads the settings form: every setting is on it, so an absent checkbox means false.
 * Returns the parsed values, or a message for each field that is wrong.
 */
export function readSettingsForm(body: unknown): { values: SettingsFormValues; parsed: Partial<Settings>; errors: Record<string, string> } {
  const fields = fieldsOf(body);
  const values: SettingsFormValues = {};
  const parsed: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const key of Object.keys(defaultSettings) as SettingKey[]) {
    const kind = typeof defaultSettings[key];
    if (kind === 'boolean') {
      const on = text(fields, key) !== '';
      values[key] = on;
      parsed[key] = on;
      continue;
    }
    const raw = text(fields, key).replace(/\r\n?/g, '\n');
    values[key] = raw;
    try {
      if (kind === 'number') {
        const trimmed = raw.trim();
        if (!/^-?\d+(?:\.\d+)?$/.test(trimmed)) throw new Error(`Enter a number${trimmed ? `, not “${trimmed}”` : ''}.`);
        parsed[key] = parseSetting(key, trimmed);
      } else {
        parsed[key] = parseSetting(key, JSON.stringify(longText(key) ? raw.trim() : raw.trim().replace(/\s+/g, ' ')));
      }
    } catch (error) {
      errors[key] = (error as Error).message;
    }
  }
  return { values, parsed: parsed as Partial<Settings>, errors };
}

function longText(key: string): boolean {
  return ['moderationWords', 'disallowedWords', 'blockedAuthors', 'globalFilters'].includes(key);
}

export function settingsRoutes(app: FastifyInstance, ctx: WebContext): void {
  const guard = requireStaff(ctx, 'settings');

  app.get<{ Querystring: { saved?: string } }>('/settings', { preHandler: guard }, async (request, reply) => {
    // Straight from the database, not the few-seconds cache: the page must show what was just saved.
    const settings = await loadSettings(ctx.db);
    const notice = request.query.saved === undefined ? null : request.query.saved === '0' ? 'Nothing changed.' : 'Settings saved. Pages show the change within a few seconds.';
    return sendPage(reply, SettingsPage({ settings, staff: staffOf(request), csrfToken: reply.generateCsrf(), values: formValuesOf(settings), errors: {}, publicUrl: ctx.config.publicUrl, notice }));
  });

  app.post('/settings', { preHandler: [app.csrfProtection, guard] }, async (request, reply) => {
    const staff = staffOf(request);
    const current = await loadSettings(ctx.db);
    const { values, parsed, errors } = readSettingsForm(request.body);
    if (Object.keys(errors).length > 0) {
      return sendPage(reply, SettingsPage({ settings: current, staff, csrfToken: reply.generateCsrf(), values, errors, publicUrl: ctx.config.publicUrl, notice: null }), 422);
    }
    const saved = await changeSettings(ctx.db, staffActor(staff.user), parsed);
    if (saved.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, saved.message);
    return reply.redirect(`/admin/settings?saved=${Object.keys(saved.changes).length > 0 ? '1' : '0'}`, 303);
  });

  app.get<{ Querystring: { page?: string } }>('/audit', { preHandler: requireStaff(ctx, 'audit') }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const pageNo = pageNumber(request.query.page);
    if (pageNo === null) return reply.redirect('/admin/audit', 303);
    const { rows, total } = await listAuditEntries(ctx.db, AUDIT_PER_PAGE, (pageNo - 1) * AUDIT_PER_PAGE);
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_PER_PAGE));
    if (pageNo > pageCount) return reply.redirect(pageCount > 1 ? `/admin/audit?page=${pageCount}` : '/admin/audit', 303);
    return sendPage(reply, AuditPage({ settings, staff: staffOf(request), csrfToken: reply.generateCsrf(), rows, total, page: pageNo, pageCount }));
  });
}
