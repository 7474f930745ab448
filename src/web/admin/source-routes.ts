import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { staffActor } from '../../commands/actor.js';
import { addSource, editSource, fetchSourceNow, removeSourceBy, setSourcePausedBy, startSourceImport, type SourceEdit, type SourceField } from '../../commands/sources.js';
import type { DiscoveredFeed } from '../../ingest/discover-source.js';
import { filterRulesFromLines, filterRulesToLines } from '../../ingest/filter-lines.js';
import { parseFilterRules, type FilterRule } from '../../ingest/filters.js';
import { parseOpmlSources } from '../../ingest/parse/opml.js';
import { exportSourcesOpml } from '../../ingest/export-sources.js';
import { FeedParseError } from '../../ingest/types.js';
import { findSourceById } from '../../store/ingest.js';
import type { FullTextMode, Source } from '../../store/schema.js';
import { listSourceFetches } from '../../store/source-fetches.js';
import { findSourceImport, importFailuresOf } from '../../store/source-imports.js';
import { countSourceContents, findSourceWithHealth, listSourcesWithHealth } from '../../store/sources.js';
import { requestSettings, type WebContext } from '../context.js';
import { backTo, fieldsOf, positiveInt, text, type Fields } from './forms.js';
import { requireStaff, sendAdminPage, sendRoleRefusal, staffOf } from './guard.js';
import { MessagePage } from './pages/message.js';
import { HEALTH_DAYS, SourcesPage } from './pages/sources.js';
import { RemoveSourcePage, SourcePage } from './pages/sources-edit.js';
import type { SourceFormErrors, SourceFormValues } from './pages/sources-form.js';
import { ImportProgressPage, ImportSourcesPage } from './pages/sources-import.js';
import { AddSourcePage, type AddSourceState, type FoundFeed, type PreviewItem } from './pages/sources-new.js';

/** What the list and a source's page say after each action. */
const doneNotices = {
  pause: 'The source is paused: nothing is fetched from it until it is resumed.',
  resume: 'The source is resumed and will be fetched shortly.',
  fetch: 'A fetch of the source is queued; a worker runs it within moments.',
  added: 'The source was added; it is fetched within a minute.',
  edit: 'The settings were saved.',
  kept: 'The source is paused for good; its articles stay on the site.',
  removed: 'The source and its articles were removed.',
} as const;

/**
 * Discovery runs on the request that asks for it: it is bounded I/O (the guarded fetcher, its
 * size cap, and one deadline for all the addresses it tries), so it holds the request for
 * seconds at most and never the event loop.
 */
const DISCOVERY_LIMITS = { totalMs: 15_000, maxBytes: 2 * 1024 * 1024 };
const PREVIEW_ITEMS = 5;

export function sourceRoutes(app: FastifyInstance, ctx: WebContext): void {
  const guard = requireStaff(ctx, 'sources');
  const guardPost = [app.csrfProtection, guard];
  const healthSince = () => new Date(Date.now() - HEALTH_DAYS * 86_400_000);

  app.get<{ Querystring: { done?: string } }>('/sources', { preHandler: guard }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const sources = await listSourcesWithHealth(ctx.db, healthSince());
    return sendAdminPage(reply, (csrfToken) => SourcesPage({ settings, staff: staffOf(request), csrfToken, sources, notice: noticeFor(request.query.done) }));
  });

  app.post('/sources/action', { preHandler: guardPost }, async (request, reply) => {
    const staff = staffOf(request);
    const fields = fieldsOf(request.body);
    const [action = '', rawId] = text(fields, 'one').split(':');
    const id = positiveInt(rawId);
    const actor = staffActor(staff.user);
    const result =
      id === null
        ? null
        : action === 'pause' || action === 'resume'
          ? await setSourcePausedBy(ctx.db, actor, { sourceId: id, paused: action === 'pause' })
          : action === 'fetch'
            ? await fetchSourceNow(ctx.db, actor, { sourceId: id })
            : null;
    if (result === null || result.kind === 'missing') return noSuchSource(request, reply);
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'invalid') return refusal(request, reply, result.message, id!);
    return reply.redirect(backTo(text(fields, 'return'), '/admin/sources', { done: action }), 303);
  });

  app.get('/sources/new', { preHandler: guard }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    const state: AddSourceState = { url: '', urlError: null, found: null, chosen: null, preview: [], values: defaultValues(''), errors: {}, formError: null };
    return sendAdminPage(reply, (csrfToken) => AddSourcePage({ settings, staff: staffOf(request), csrfToken, state }));
  });

  app.post('/sources/new', { preHandler: guardPost }, async (request, reply) => {
    const staff = staffOf(request);
    const settings = await requestSettings(ctx, request);
    const fields = fieldsOf(request.body);
    const step = text(fields, 'step');
    const url = text(fields, 'url').trim().slice(0, 2000);
    const send = (state: AddSourceState, status: number) => sendAdminPage(reply, (csrfToken) => AddSourcePage({ settings, staff, csrfToken, state }), status);
    const blank: AddSourceState = { url, urlError: null, found: null, chosen: null, preview: [], values: defaultValues(''), errors: {}, formError: null };
    if (url === '') return send({ ...blank, urlError: 'Type the address of a site, or of its feed.' }, 422);

    // Loaded when first used: a web node otherwise never needs the fetch and parse pipeline.
    const { discoverFeedsOnRequest } = await import('../../ingest/discover-on-request.js');
    const discovery = await discoverFeedsOnRequest(ctx.db, settings, ctx.config, url, DISCOVERY_LIMITS);
    if (discovery.kind === 'problem') return send({ ...blank, urlError: discovery.words }, 422);
    const feeds = discovery.feeds;
    const found: FoundFeed[] = feeds.map((f) => ({ feedUrl: f.feedUrl, title: f.feed.title, format: f.feed.format, itemCount: f.feed.items.length }));
    const asked = text(fields, 'feed');
    const chosen = feeds.find((f) => f.feedUrl === asked) ?? feeds[0]!;
    const state: AddSourceState = { ...blank, found, chosen: chosen.feedUrl, preview: previewOf(chosen) };
    if (step !== 'preview' && step !== 'save') return send({ ...state, values: defaultValues(chosen.feed.title || new URL(chosen.feedUrl).host) }, 200);

    const values = valuesFrom(fields);
    if (step === 'preview') return send({ ...state, values }, 200);
    if (asked !== chosen.feedUrl) return send({ ...state, values, formError: 'The feed you chose is no longer announced at this address. Choose one of those found now.' }, 422);
    const parsed = editFrom(values);
    if (parsed.kind === 'invalid') return send({ ...state, values, errors: parsed.errors }, 422);
    const edit = parsed.edit;
    const origin = new URL(chosen.feedUrl).origin;
    const result = await addSource(ctx.db, staffActor(staff.user), {
      feedUrl: chosen.feedUrl,
      title: edit.title ?? '',
      siteUrl: chosen.feed.siteUrl ?? origin,
      description: chosen.feed.description,
      intervalMinutes: edit.intervalMinutes,
      fullText: edit.fullText,
      excerptWords: edit.excerptWords,
      maxAgeDays: edit.maxAgeDays ?? null,
      filters: edit.filters ?? [],
    });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'invalid') return send({ ...state, values, errors: { [formFieldOf(result.field)]: sentence(result.message) } }, 422);
    if (result.kind === 'duplicate') return send({ ...state, values, formError: `That feed is already a source: ${result.existing.title} (number ${result.existing.id}).` }, 422);
    return reply.redirect(`/admin/sources/${result.source.id}?done=added`, 303);
  });

  app.get('/sources/import', { preHandler: guard }, async (request, reply) => {
    const settings = await requestSettings(ctx, request);
    return sendAdminPage(reply, (csrfToken) => ImportSourcesPage({ settings, staff: staffOf(request), csrfToken, opml: '', error: null }));
  });

  app.post('/sources/import', { preHandler: guardPost }, async (request, reply) => {
    const staff = staffOf(request);
    const opml = text(fieldsOf(request.body), 'opml');
    const again = async (error: string) => {
      const settings = await requestSettings(ctx, request);
      return sendAdminPage(reply, (csrfToken) => ImportSourcesPage({ settings, staff, csrfToken, opml, error }), 422);
    };
    if (opml.trim() === '') return again('Paste the text of an OPML file.');
    let entries;
    try {
      entries = parseOpmlSources(opml);
    } catch (error) {
      if (error instanceof FeedParseError) return again(error.message);
      throw error;
    }
    const result = await startSourceImport(ctx.db, staffActor(staff.user), { entries, label: `a pasted list of ${entries.length === 1 ? 'one feed' : `${entries.length} feeds`}` });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'invalid') return again(sentence(result.message));
    return reply.redirect(`/admin/sources/imports/${result.importId}`, 303);
  });

  app.get<{ Params: { id: string } }>('/sources/imports/:id', { preHandler: guard }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const row = id === null ? undefined : await findSourceImport(ctx.db, id);
    const settings = await requestSettings(ctx, request);
    if (!row) {
      return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'No such import', message: 'There is no import with that number.', link: { href: '/admin/sources', text: 'Back to the sources' } }), 404);
    }
    return sendAdminPage(reply, (csrfToken) => ImportProgressPage({ settings, staff: staffOf(request), csrfToken, row, failures: importFailuresOf(row) }));
  });

  app.get('/sources/export.opml', { preHandler: guard }, async (request, reply) => {
    const body = await exportSourcesOpml(ctx.db);
    return reply.type('text/x-opml; charset=utf-8').header('content-disposition', 'attachment; filename="sources.opml"').header('cache-control', 'no-store').send(body);
  });

  type IdParams = { Params: { id: string }; Querystring: { done?: string } };

  app.get<IdParams>('/sources/:id', { preHandler: guard }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const source = id === null ? undefined : await findSourceWithHealth(ctx.db, id, healthSince());
    if (!source) return noSuchSource(request, reply);
    return sendSourcePage(request, reply, source.id, valuesOf(source), {}, noticeFor(request.query.done), 200);
  });

  app.post<IdParams>('/sources/:id', { preHandler: guardPost }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const before = id === null ? undefined : await findSourceById(ctx.db, id);
    if (!before) return noSuchSource(request, reply);
    const staff = staffOf(request);
    const values = valuesFrom(fieldsOf(request.body));
    const parsed = editFrom(values);
    if (parsed.kind === 'invalid') return sendSourcePage(request, reply, before.id, values, parsed.errors, null, 422);
    const result = await editSource(ctx.db, staffActor(staff.user), { sourceId: before.id, edit: parsed.edit });
    if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
    if (result.kind === 'missing') return noSuchSource(request, reply);
    if (result.kind === 'invalid') return sendSourcePage(request, reply, before.id, values, { [formFieldOf(result.field)]: sentence(result.message) }, null, 422);
    return reply.redirect(`/admin/sources/${before.id}?done=edit`, 303);
  });

  app.get<IdParams>('/sources/:id/remove', { preHandler: guard }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    const source = id === null ? undefined : await findSourceWithHealth(ctx.db, id, healthSince());
    if (!source) return noSuchSource(request, reply);
    return sendRemovePage(request, reply, source.id, null, 200);
  });

  app.post<IdParams>('/sources/:id/remove', { preHandler: guardPost }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    if (id === null) return noSuchSource(request, reply);
    const staff = staffOf(request);
    const mode = text(fieldsOf(request.body), 'mode');
    if (mode === 'keep') {
      const result = await setSourcePausedBy(ctx.db, staffActor(staff.user), { sourceId: id, paused: true });
      if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
      if (result.kind === 'missing') return noSuchSource(request, reply);
      return reply.redirect('/admin/sources?done=kept', 303);
    }
    if (mode === 'delete') {
      // The page said how many comments go with it; choosing this is the confirmation.
      const result = await removeSourceBy(ctx.db, staffActor(staff.user), { sourceId: id, force: true });
      if (result.kind === 'forbidden') return sendRoleRefusal(ctx, reply, staff, result.message);
      if (result.kind !== 'removed') return noSuchSource(request, reply);
      return reply.redirect('/admin/sources?done=removed', 303);
    }
    return sendRemovePage(request, reply, id, 'Choose whether the articles stay or go.', 422);
  });

  async function sendSourcePage(request: FastifyRequest, reply: FastifyReply, sourceId: number, values: SourceFormValues, errors: SourceFormErrors, notice: string | null, status: number) {
    const source = await findSourceWithHealth(ctx.db, sourceId, healthSince());
    if (!source) return noSuchSource(request, reply);
    const [settings, fetches] = await Promise.all([requestSettings(ctx, request), listSourceFetches(ctx.db, source.id)]);
    return sendAdminPage(reply, (csrfToken) => SourcePage({ settings, staff: staffOf(request), csrfToken, source, fetches, values, errors, notice }), status);
  }

  async function sendRemovePage(request: FastifyRequest, reply: FastifyReply, sourceId: number, error: string | null, status: number) {
    const source = await findSourceWithHealth(ctx.db, sourceId, healthSince());
    if (!source) return noSuchSource(request, reply);
    const [settings, contents] = await Promise.all([requestSettings(ctx, request), countSourceContents(ctx.db, source.id)]);
    return sendAdminPage(reply, (csrfToken) => RemoveSourcePage({ settings, staff: staffOf(request), csrfToken, source, comments: contents.comments, error }), status);
  }

  async function noSuchSource(request: FastifyRequest, reply: FastifyReply) {
    const settings = await requestSettings(ctx, request);
    return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'No such source', message: 'There is no source with that number, or the action is not one the desk knows.', link: { href: '/admin/sources', text: 'Back to the sources' } }), 404);
  }

  async function refusal(request: FastifyRequest, reply: FastifyReply, message: string, sourceId: number) {
    const settings = await requestSettings(ctx, request);
    return sendAdminPage(reply, (csrfToken) => MessagePage({ settings, staff: staffOf(request), csrfToken, title: 'Nothing changed', message: sentence(message), link: { href: `/admin/sources/${sourceId}`, text: 'Back to the source' } }), 422);
  }
}

function noticeFor(done: string | undefined): string | null {
  return done && Object.hasOwn(doneNotices, done) ? doneNotices[done as keyof typeof doneNotices] : null;
}

function previewOf(found: DiscoveredFeed): PreviewItem[] {
  const time = (d: Date | null) => d?.getTime() ?? 0;
  return [...found.feed.items]
    .sort((a, b) => time(b.publishedAt) - time(a.publishedAt))
    .slice(0, PREVIEW_ITEMS)
    .map((item) => ({ title: item.title, link: item.link, publishedAt: item.publishedAt?.toISOString() ?? null }));
}

function defaultValues(title: string): SourceFormValues {
  return { title, interval: '30', fullText: 'auto', excerptWords: '300', keep: '', block: '', maxAgeDays: '' };
}

function valuesOf(source: Source): SourceFormValues {
  let rules: FilterRule[] = [];
  try {
    rules = parseFilterRules(source.filters);
  } catch {
    // Rules stored before they were checked; the form starts empty rather than failing.
  }
  const lines = filterRulesToLines(rules);
  return {
    title: source.title,
    interval: String(source.fetch_interval_minutes),
    fullText: source.full_text,
    excerptWords: String(source.excerpt_words),
    keep: lines.keep,
    block: lines.block,
    maxAgeDays: source.max_age_days === null ? '' : String(source.max_age_days),
  };
}

function valuesFrom(fields: Fields): SourceFormValues {
  return {
    title: text(fields, 'title').slice(0, 500),
    interval: text(fields, 'interval').slice(0, 20),
    fullText: text(fields, 'fullText'),
    excerptWords: text(fields, 'excerptWords').slice(0, 20),
    keep: text(fields, 'keep').slice(0, 10_000),
    block: text(fields, 'block').slice(0, 10_000),
    maxAgeDays: text(fields, 'maxAgeDays').slice(0, 20),
  };
}

/** The form's text as a command's input; what cannot even be read as such is refused here, beside its field. */
function editFrom(values: SourceFormValues): { kind: 'edit'; edit: Required<SourceEdit> } | { kind: 'invalid'; errors: SourceFormErrors } {
  const errors: SourceFormErrors = {};
  const fullText = values.fullText as FullTextMode;
  if (!['auto', 'on', 'off'].includes(fullText)) errors.fullText = 'Choose one of the three.';
  const rules = filterRulesFromLines({ keep: values.keep, block: values.block });
  if (rules.kind === 'invalid') errors[rules.box] = sentence(rules.message);
  if (Object.keys(errors).length > 0 || rules.kind === 'invalid') return { kind: 'invalid', errors };
  return {
    kind: 'edit',
    edit: {
      title: values.title,
      intervalMinutes: wholeNumber(values.interval),
      fullText,
      excerptWords: wholeNumber(values.excerptWords),
      filters: rules.rules,
      maxAgeDays: values.maxAgeDays.trim() === '' ? null : wholeNumber(values.maxAgeDays),
    },
  };
}

/** A number as typed; NaN (which the command refuses in its words) when it is not digits. */
function wholeNumber(raw: string): number {
  const trimmed = raw.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function formFieldOf(field: SourceField | undefined): keyof SourceFormValues {
  switch (field) {
    case 'intervalMinutes':
      return 'interval';
    case 'excerptWords':
      return 'excerptWords';
    case 'maxAgeDays':
      return 'maxAgeDays';
    case 'filters':
      return 'keep';
    default:
      return 'title';
  }
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
