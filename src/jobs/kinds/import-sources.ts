import { addSource } from '../../commands/sources.js';
import { discoverFeed, FeedDiscoveryError } from '../../ingest/discover-source.js';
import { discoveryProblemInWords, fetchErrorInWords } from '../../ingest/fetch/error-words.js';
import { FetchError } from '../../ingest/types.js';
import { findSourceByFeedUrl } from '../../store/ingest.js';
import { findSourceImport, finishSourceImport, importEntriesOf, importFailuresOf, recordImportStep, type StoredImportEntry } from '../../store/source-imports.js';
import { objectPayload, positiveInteger } from '../payloads.js';
import { deskJob, type JobContext } from '../registry.js';

/*
 * Works through an imported subscription list one entry at a time: a feed that is already a
 * source is counted as known; any other is fetched (the guarded fetcher, bounded) and added when
 * it is a feed, in the name of whoever started the import; one that cannot be read is listed with
 * the reason in words. Progress is saved after every entry, so a second run (a retry, another
 * worker after a crash) carries on where the first stopped and counts nothing twice.
 */
export const importSourcesJob = deskJob({
  kind: 'import-sources',
  parse(raw) {
    return { importId: positiveInteger(objectPayload(raw).importId, 'importId') };
  },
  async run(payload, context) {
    let row = await findSourceImport(context.db, payload.importId);
    if (!row) return `import #${payload.importId} is gone`;
    const entries = importEntriesOf(row);
    const deps = await context.services.ingestDeps();
    const actor = { kind: 'system', audit: { userId: row.user_id, label: row.actor } } as const;
    while (row.checked < entries.length && row.finished_at === null) {
      context.signal.throwIfAborted();
      const entry = entries[row.checked]!;
      const step = await checkEntry(entry, context, deps, actor);
      const failures = importFailuresOf(row);
      const saved = await recordImportStep(context.db, row, step.outcome === 'failed' ? { outcome: 'failed', failure: { feedUrl: entry.feedUrl, reason: step.reason }, failures } : step);
      if (!saved) return `import #${row.id}: another run is working on it`;
      row = (await findSourceImport(context.db, row.id))!;
    }
    await finishSourceImport(context.db, row.id, context.now());
    return `import #${row.id}: ${row.added} added, ${row.known} already sources, ${importFailuresOf(row).length} failed`;
  },
});

type Step = { outcome: 'added' } | { outcome: 'known' } | { outcome: 'failed'; reason: string };

async function checkEntry(entry: StoredImportEntry, context: JobContext, deps: Awaited<ReturnType<JobContext['services']['ingestDeps']>>, actor: { kind: 'system'; audit: { userId: number | null; label: string } }): Promise<Step> {
  if (await findSourceByFeedUrl(context.db, entry.feedUrl)) return { outcome: 'known' };
  let found;
  try {
    found = await discoverFeed(entry.feedUrl, deps.fetch, deps.fetchOptions);
  } catch (error) {
    if (error instanceof FeedDiscoveryError) return { outcome: 'failed', reason: discoveryProblemInWords(error.problem) };
    if (error instanceof FetchError) return { outcome: 'failed', reason: fetchErrorInWords(error) };
    throw error;
  }
  const url = new URL(found.feedUrl);
  const result = await addSource(
    context.db,
    actor,
    {
      feedUrl: found.feedUrl,
      title: (entry.title ?? '').trim().slice(0, 200) || found.feed.title.trim().slice(0, 200) || url.host,
      siteUrl: entry.siteUrl ?? found.feed.siteUrl ?? url.origin,
      description: found.feed.description,
    },
    context.now(),
  );
  if (result.kind === 'added') return { outcome: 'added' };
  if (result.kind === 'duplicate') return { outcome: 'known' };
  return { outcome: 'failed', reason: result.message };
}
