import type { Kysely } from 'kysely';
import { parseFilterRules, type FilterRule } from '../ingest/filters.js';
import { writeAudit } from '../store/audit.js';
import { addFeedSource, findSourceByFeedUrl, findSourceById, removeSource, setSourcePaused, type NewFeedSource } from '../store/ingest.js';
import type { Database, FullTextMode, Source } from '../store/schema.js';
import { insertSourceImport } from '../store/source-imports.js';
import { countSourceContents, updateSource, type SourceChanges } from '../store/sources.js';
import { enqueue, fetchSourceKey } from '../jobs/enqueue.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';
import type { Invalid, Missing } from './results.js';

/*
 * What staff do to sources, from the admin pages or the command line: add (once discovery in
 * src/ingest has found the feed), edit, pause and resume, remove, import a subscription list.
 * Editors and admins may, and the operator; the change and its audit entry are written in
 * one transaction, so no path leaves the log behind.
 */

const TITLE_MAX = 200;

/** The setting a refusal is about, for a form to mark. */
export type SourceField = 'title' | 'intervalMinutes' | 'excerptWords' | 'maxAgeDays' | 'filters';

export type AddSourceResult = Forbidden | Invalid<SourceField> | { kind: 'duplicate'; existing: Source } | { kind: 'added'; source: Source };

/** Adds a feed found by discovery (with keep/block rules, when given); a feed address that is already a source is refused. */
export async function addSource(
  db: Kysely<Database>,
  actor: CommandActor,
  input: NewFeedSource & { filters?: readonly FilterRule[]; maxAgeDays?: number | null },
  now: Date = new Date(),
): Promise<AddSourceResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  const problem = sourceProblem({ title: input.title, intervalMinutes: input.intervalMinutes, excerptWords: input.excerptWords, maxAgeDays: input.maxAgeDays });
  if (problem) return { kind: 'invalid', ...problem };
  const { filters, maxAgeDays, ...feed } = input;
  const extra: SourceChanges = {};
  if (maxAgeDays != null) extra.max_age_days = maxAgeDays;
  if (filters !== undefined && filters.length > 0) {
    try {
      extra.filters = JSON.stringify(parseFilterRules(JSON.stringify(filters)));
    } catch (error) {
      return { kind: 'invalid', field: 'filters', message: (error as Error).message };
    }
  }
  return db.transaction().execute(async (trx): Promise<AddSourceResult> => {
    const existing = await findSourceByFeedUrl(trx, input.feedUrl);
    if (existing) return { kind: 'duplicate', existing };
    const added = await addFeedSource(trx, { ...feed, title: feed.title.trim() }, now);
    const source = Object.keys(extra).length === 0 ? added : ((await updateSource(trx, added.id, extra)) ?? added);
    await writeAudit(trx, allowed.audit, { action: 'source.add', targetType: 'source', targetId: source.id, details: { title: source.title, feed: source.feed_url } }, now);
    return { kind: 'added', source };
  });
}

/** A subscription list's entry: a feed address, with a title and site when the list gives them. */
export interface ImportEntry {
  feedUrl: string;
  title: string | null;
  siteUrl: string | null;
}

export type ImportSourcesResult = Forbidden | { kind: 'imported'; added: Source[]; known: number };

/** Adds each feed of the list that is not yet a source (without fetching it first), one audit entry for the import. */
export async function importSources(db: Kysely<Database>, actor: CommandActor, input: { entries: readonly ImportEntry[]; from: string }, now: Date = new Date()): Promise<ImportSourcesResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  return db.transaction().execute(async (trx) => {
    const added: Source[] = [];
    let known = 0;
    for (const entry of input.entries) {
      if (await findSourceByFeedUrl(trx, entry.feedUrl)) {
        known++;
        continue;
      }
      const url = new URL(entry.feedUrl);
      added.push(await addFeedSource(trx, { feedUrl: entry.feedUrl, title: (entry.title ?? '').trim() || url.host, siteUrl: entry.siteUrl ?? url.origin }, now));
    }
    await writeAudit(trx, allowed.audit, { action: 'source.import', targetType: 'sources', details: { from: input.from, added: added.map((s) => s.id), known } }, now);
    return { kind: 'imported' as const, added, known };
  });
}

/** A change to a source's settings; what is left out stays as it is. */
export interface SourceEdit {
  title?: string;
  intervalMinutes?: number;
  fullText?: FullTextMode;
  /** 0: the whole text. */
  excerptWords?: number;
  filters?: readonly FilterRule[];
  /** null: no age limit. */
  maxAgeDays?: number | null;
}

export type EditSourceResult = Forbidden | Missing | Invalid<SourceField> | { kind: 'edited'; source: Source; changed: (keyof SourceChanges)[] };

export async function editSource(db: Kysely<Database>, actor: CommandActor, input: { sourceId: number; edit: SourceEdit }, now: Date = new Date()): Promise<EditSourceResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  const { edit } = input;
  const problem = sourceProblem(edit);
  if (problem) return { kind: 'invalid', ...problem };
  const changes: SourceChanges = {};
  if (edit.title !== undefined) changes.title = edit.title.trim();
  if (edit.intervalMinutes !== undefined) changes.fetch_interval_minutes = edit.intervalMinutes;
  if (edit.fullText !== undefined) changes.full_text = edit.fullText;
  if (edit.excerptWords !== undefined) changes.excerpt_words = edit.excerptWords;
  if (edit.filters !== undefined) {
    try {
      changes.filters = JSON.stringify(parseFilterRules(JSON.stringify(edit.filters)));
    } catch (error) {
      return { kind: 'invalid', field: 'filters', message: (error as Error).message };
    }
  }
  if (edit.maxAgeDays !== undefined) changes.max_age_days = edit.maxAgeDays;
  const changed = Object.keys(changes) as (keyof SourceChanges)[];
  if (changed.length === 0) return { kind: 'invalid', message: 'nothing to change' };
  return db.transaction().execute(async (trx): Promise<EditSourceResult> => {
    const before = await findSourceById(trx, input.sourceId);
    if (!before) return { kind: 'missing' };
    const source = (await updateSource(trx, input.sourceId, changes))!;
    const details = Object.fromEntries(changed.map((key) => [key, { from: before[key], to: source[key] }]));
    await writeAudit(trx, allowed.audit, { action: 'source.edit', targetType: 'source', targetId: source.id, details }, now);
    return { kind: 'edited', source, changed };
  });
}

export type RemoveSourceResult = Forbidden | Missing | { kind: 'has-comments'; comments: number } | { kind: 'removed'; source: Source; articles: number; comments: number };

/**
 * Removes a source with its articles. When readers have commented under them, the comments
 * would go too: refused unless `force` says so (pausing keeps everything).
 */
export async function removeSourceBy(db: Kysely<Database>, actor: CommandActor, input: { sourceId: number; force: boolean }, now: Date = new Date()): Promise<RemoveSourceResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  return db.transaction().execute(async (trx): Promise<RemoveSourceResult> => {
    const source = await findSourceById(trx, input.sourceId);
    if (!source) return { kind: 'missing' };
    const contents = await countSourceContents(trx, source.id);
    if (contents.comments > 0 && !input.force) return { kind: 'has-comments', comments: contents.comments };
    await removeSource(trx, source.id);
    await writeAudit(trx, allowed.audit, { action: 'source.remove', targetType: 'source', targetId: source.id, details: { title: source.title, feed: source.feed_url, ...contents } }, now);
    return { kind: 'removed', source, ...contents };
  });
}

export type PauseSourceResult = Forbidden | Missing | { kind: 'done' };

/** Pauses or resumes a source (resuming makes it due at once) and records who did it. */
export async function setSourcePausedBy(db: Kysely<Database>, actor: CommandActor, input: { sourceId: number; paused: boolean }, now: Date = new Date()): Promise<PauseSourceResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  return db.transaction().execute(async (trx): Promise<PauseSourceResult> => {
    if (!(await setSourcePaused(trx, input.sourceId, input.paused, now))) return { kind: 'missing' };
    await writeAudit(trx, allowed.audit, { action: input.paused ? 'source.pause' : 'source.resume', targetType: 'source', targetId: input.sourceId }, now);
    return { kind: 'done' };
  });
}

/** What is wrong with a source's title or numbers, and which it is, or null. */
function sourceProblem(values: { title?: string | undefined; intervalMinutes?: number | undefined; excerptWords?: number | undefined; maxAgeDays?: number | null | undefined }): { field: SourceField; message: string } | null {
  if (values.title !== undefined) {
    const title = values.title.trim();
    if (!title) return { field: 'title', message: 'a source needs a name' };
    if (title.length > TITLE_MAX) return { field: 'title', message: `a source's name has at most ${TITLE_MAX} characters` };
  }
  if (values.intervalMinutes !== undefined && !(Number.isInteger(values.intervalMinutes) && values.intervalMinutes >= 1)) return { field: 'intervalMinutes', message: 'the fetch interval is a whole number of minutes, 1 or more' };
  if (values.excerptWords !== undefined && !(Number.isInteger(values.excerptWords) && values.excerptWords >= 0)) return { field: 'excerptWords', message: 'the excerpt length is a whole number of words (0 for the whole text)' };
  if (values.maxAgeDays != null && !(Number.isInteger(values.maxAgeDays) && values.maxAgeDays >= 1)) return { field: 'maxAgeDays', message: 'the age limit is a whole number of days, 1 or more' };
  return null;
}

export type FetchNowResult = Forbidden | Missing | Invalid | { kind: 'queued'; alreadyQueued: boolean };

/**
 * Queues a fetch of the source now, whatever its schedule (a worker runs it); a fetch already
 * queued or running for it is left to do the work. A paused source is refused: resume it first.
 */
export async function fetchSourceNow(db: Kysely<Database>, actor: CommandActor, input: { sourceId: number }, now: Date = new Date()): Promise<FetchNowResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  return db.transaction().execute(async (trx): Promise<FetchNowResult> => {
    const source = await findSourceById(trx, input.sourceId);
    if (!source) return { kind: 'missing' };
    if (source.paused) return { kind: 'invalid', message: 'this source is paused: resume it to fetch it' };
    if (!source.feed_url) return { kind: 'invalid', message: 'this source has no feed to fetch' };
    const job = await enqueue(trx, 'fetch-source', { sourceId: source.id, force: true }, { dedupeKey: fetchSourceKey(source.id), maxAttempts: 3 }, now);
    await writeAudit(trx, allowed.audit, { action: 'source.fetch-now', targetType: 'source', targetId: source.id, details: { job: job.id ?? null } }, now);
    return { kind: 'queued', alreadyQueued: !job.created };
  });
}

/** The most entries one import may bring: each is checked by a fetch. */
export const MAX_IMPORT_ENTRIES = 500;

export type StartImportResult = Forbidden | Invalid | { kind: 'started'; importId: number; total: number };

/**
 * Starts an import of a subscription list: a job checks each feed (is it there, is it a feed)
 * and adds those that are not yet sources, counting as it goes so a page can show progress.
 */
export async function startSourceImport(db: Kysely<Database>, actor: CommandActor, input: { entries: readonly ImportEntry[]; label: string }, now: Date = new Date()): Promise<StartImportResult> {
  const allowed = allowedIn(actor, 'sources');
  if (allowed.kind === 'forbidden') return allowed;
  if (input.entries.length === 0) return { kind: 'invalid', message: 'the list holds no feeds (no outline with an xmlUrl)' };
  if (input.entries.length > MAX_IMPORT_ENTRIES) return { kind: 'invalid', message: `the list holds ${input.entries.length} feeds; import at most ${MAX_IMPORT_ENTRIES} at a time` };
  return db.transaction().execute(async (trx): Promise<StartImportResult> => {
    const row = await insertSourceImport(trx, { userId: allowed.audit.userId, actor: allowed.audit.label, label: input.label.slice(0, 200), entries: input.entries }, now);
    await enqueue(trx, 'import-sources', { importId: row.id }, { dedupeKey: `import-sources:${row.id}`, maxAttempts: 3 }, now);
    await writeAudit(trx, allowed.audit, { action: 'source.import.start', targetType: 'source-import', targetId: row.id, details: { label: row.label, feeds: row.total } }, now);
    return { kind: 'started', importId: row.id, total: row.total };
  });
}
