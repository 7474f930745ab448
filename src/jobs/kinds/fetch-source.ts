import { fetchSourceById } from '../../ingest/run.js';
import { objectPayload, optionalFlag, positiveInteger } from '../payloads.js';
import { deskJob } from '../registry.js';

/*
 * Fetches one source. Its failures (network, parse, write) are recorded on the source, whose
 * own schedule backs off; the job itself only fails when the store could not be reached, and is
 * then retried like any job. Running it twice is harmless: the second run finds the source not
 * due and does nothing.
 */
export const fetchSourceJob = deskJob({
  kind: 'fetch-source',
  maxAttempts: 3,
  parse(raw) {
    const payload = objectPayload(raw);
    const force = optionalFlag(payload.force, 'force');
    return { sourceId: positiveInteger(payload.sourceId, 'sourceId'), ...(force === undefined ? {} : { force }) };
  },
  async run(payload, context) {
    const deps = await context.services.ingestDeps();
    const report = await fetchSourceById(deps, payload.sourceId, { force: payload.force ?? false });
    if (!report) return undefined;
    const counts = `${report.newArticles} new, ${report.updatedArticles} updated`;
    return `source #${report.sourceId}: ${report.status}${report.status === 'fetched' ? `, ${counts}` : ''}${report.error ? ` (${report.error})` : ''}`;
  },
});
