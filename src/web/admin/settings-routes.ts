import type { FastifyInstance } from 'fastify';
import { AUDIT_PER_PAGE, auditNames, listAuditEntries, type AuditFilter } from '../../store/admin-audit.js';
import { startOfDay } from '../../store/admin-dashboard.js';
import { auditActionKinds, isAuditActionKind } from './audit-words.js';
import { changeSettings } from '../../commands/settings.js';
import { defaultSettings, loadSettings, parseSetting, type SettingKey, type Settings } from '../../store/settings.js';
import { requestSettings, type WebContext } from '../context.js';
import { sendPage } from '../render.js';
import { fieldsOf, pageNumber, text, withQuery } from './forms.js';
import { requireStaff, sendRoleRefusal, staffOf } from './guard.js';
import { staffActor } from '../../commands/actor.js';
import { AuditPage, type AuditFilterValues } from './pages/audit.js';
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

  app.get<{ Querystring: Partial<Record<keyof AuditFilterValues | 'page', string>> }>('/audit', { preHandler: requireStaff(ctx, 'audit') }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const q = request.query;
    const values: AuditFilterValues = { actor: (q.actor ?? '').slice(0, 200), kind: q.kind ?? '', from: (q.from ?? '').trim().slice(0, 40), to: (q.to ?? '').trim().slice(0, 40) };
    const { filter, errors } = readAuditFilter(values, settings.timeZone);
    const pageNo = pageNumber(q.page);
    const urlFor = (page: number) => withQuery('/admin/audit', { ...values, page });
    if (pageNo === null) return reply.redirect(urlFor(1), 303);
    if (Object.keys(errors).length > 0) {
      return sendPage(reply, AuditPage({ settings, staff: staffOf(request), csrfToken: reply.generateCsrf(), rows: [], names: null, total: 0, page: 1, pageCount: 1, values, errors }), 422);
    }
    const { rows, total } = await listAuditEntries(ctx.db, filter, AUDIT_PER_PAGE, (pageNo - 1) * AUDIT_PER_PAGE);
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_PER_PAGE));
    if (pageNo > pageCount) return reply.redirect(urlFor(pageCount), 303);
    const names = await auditNames(ctx.db, rows);
    return sendPage(reply, AuditPage({ settings, staff: staffOf(request), csrfToken: reply.generateCsrf(), rows, names, total, page: pageNo, pageCount, values, errors }));
  });
}

/** The audit page's filters from its query: who, what kind of action, and days (in the desk's time zone). */
export function readAuditFilter(values: AuditFilterValues, timeZone: string): { filter: AuditFilter; errors: Partial<Record<keyof AuditFilterValues, string>> } {
  const errors: Partial<Record<keyof AuditFilterValues, string>> = {};
  const day = (raw: string, field: 'from' | 'to'): Date | null => {
    if (raw === '') return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    const noon = m ? new Date(`${raw}T12:00:00Z`) : null;
    if (!m || !noon || Number.isNaN(noon.getTime()) || noon.toISOString().slice(0, 10) !== raw) {
      errors[field] = `Enter a date as year-month-day, such as 2026-03-14${raw ? `, not “${raw}”` : ''}.`;
      return null;
    }
    // Noon UTC falls on the same calendar day in every time zone a desk is likely to use.
    return startOfDay(timeZone, noon);
  };
  const from = day(values.from, 'from');
  const to = day(values.to, 'to');
  if (from && to && to < from) errors.to = 'The last day is before the first day.';
  const before = to ? startOfDay(timeZone, new Date(to.getTime() + 36 * 3600_000)) : null;
  const known = Object.values(auditActionKinds).flatMap((k) => k.actions);
  const actions = values.kind === 'other' ? { except: known } : isAuditActionKind(values.kind) ? { only: auditActionKinds[values.kind].actions } : null;
  return { filter: { actor: values.actor, actions, from: from?.toISOString() ?? null, before: before?.toISOString() ?? null }, errors };
}
