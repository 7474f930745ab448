import { fetchSourceById } from '../../ingest/run.js';
import { findSourceById } from '../../store/ingest.js';
import { objectPayload, optionalFlag, positiveInteger } from '../payloads.js';
import { deskJob, JobDeferral, type JobContext } from '../registry.js';

/** How long a fetch job waits in its slot for a busy host before going back to the queue. */
const HOST_WAIT_MS = 3_000;

/*
 * Fetches one source. Its failures (network, parse, write) are recorded on the source, whose
 * own schedule backs off; the job itself only fails when the store could not be reached, and is
 * then retried like any job. Running it twice is harmless: the second run finds the source not
 * due and does nothing. When the worker lends its host gate and the source's host stays busy
 * (another fetch, here or in another worker, holds it), the job is put back in the queue.
 */
export function makeFetchSourceJob(options: { hostWaitMs?: number } = {}) {
  const hostWaitMs = options.hostWaitMs ?? HOST_WAIT_MS;
  return deskJob({
    kind: 'fetch-source',
    parse(raw) {
      const payload = objectPayload(raw);
      const force = optionalFlag(payload.force, 'force');
      return { sourceId: positiveInteger(payload.sourceId, 'sourceId'), ...(force === undefined ? {} : { force }) };
    },
    async run(payload, context) {
      const source = await findSourceById(context.db, payload.sourceId);
      await waitForHost(context, source?.feed_url ?? null, hostWaitMs);
      const deps = await context.services.ingestDeps();
      const report = await fetchSourceById(deps, payload.sourceId, { force: payload.force ?? false });
      if (!report) return undefined;
      const counts = `${report.newArticles} new, ${report.updatedArticles} updated`;
      // The worker's line already names the job and the source's number; the title says which one it is.
      const title = source?.title ?? 'a removed source';
      const line = `“${title}” ${report.status}${report.status === 'fetched' ? `, ${counts}` : ''}${report.error ? `: ${report.error}` : ''}`;
      if (report.status === 'failed') context.log(line, 'warn');
      return report.status === 'failed' ? undefined : line;
    },
  });
}

export const fetchSourceJob = makeFetchSourceJob();

async function waitForHost(context: JobContext, feedUrl: string | null, hostWaitMs: number): Promise<void> {
  const gate = context.services.hostGate;
  if (!gate) return;
  const host = feedUrl ? hostOf(feedUrl) : null;
  if (host === null) return;
  if (!(await gate.waitUntilFree(host, hostWaitMs))) throw new JobDeferral(`${host} is busy with another fetch`);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
