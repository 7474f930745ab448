import type { Config } from '../config.js';
import { demoIngestOverrides } from '../demo/publishers.js';
import { openDesk } from '../desk.js';
import { depsFromCurrentSettings } from '../ingest/deps.js';
import { SharedHostGate } from '../ingest/fetch/host-gate.js';
import { deskJobs } from '../jobs/desk-jobs.js';
import { startJobWorker } from '../jobs/worker.js';
import { createMailTransport } from '../mail/sender.js';
import { createLogger } from '../logging.js';
import { onShutdown } from './shutdown.js';
import { leaveWithParent } from './worker-process.js';

/** Jobs one worker runs at once (fetches among them still keep to one request per host). */
const JOB_CONCURRENCY = 4;

/**
 * Runs the job table (src/jobs/) without serving pages: turns due work into jobs and runs
 * them, beside any number of other workers on the same database.
 */
export async function worker(config: Config): Promise<number> {
  const desk = await openDesk(config);
  const db = desk.store.db;
  const transport = createMailTransport(desk.context.config);
  // One gate for the worker's life: its concurrent fetch jobs keep to one request per host, and
  // through the host leases in the database, so do all workers together. Its overall limit is
  // the fetch limit setting as each fetch job reads it.
  const gate = new SharedHostGate(db);
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, name: 'worker' });
  const jobs = startJobWorker({
    db,
    registry: deskJobs(),
    services: { ingestDeps: depsFromCurrentSettings(db, () => demoIngestOverrides(db), config, gate), mailTransport: transport, hostGate: gate },
    concurrency: JOB_CONCURRENCY,
    log: (line, level) => (level === 'warn' ? logger.warn(line) : logger.info(line)),
  });
  const close = onShutdown(async () => {
    await jobs.stop();
    transport.close();
    await desk.store.close();
  });
  leaveWithParent(close);
  console.log(`Newsdesk worker (process ${process.pid}) is running jobs as ${jobs.owner}.`);
  return new Promise<number>(() => {});
}
