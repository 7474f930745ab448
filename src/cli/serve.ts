import { parseArgs } from 'node:util';
import { summaryLine } from './ingest.js';
import type { Config } from '../config.js';
import { seedDemoDesk } from '../demo/seed.js';
import { openDesk } from '../desk.js';
import { createIngestDeps } from '../ingest/deps.js';
import { applyRetention } from '../ingest/retention.js';
import { startScheduler, type Scheduler } from '../ingest/run.js';
import { emptyOldTrash } from '../store/admin-comments.js';
import { createMailTransport, startMailSender, type MailSender } from '../mail/sender.js';
import { buildServer } from '../web/server.js';

/** How often the in-process worker looks for due sources. */
const SCHEDULER_TICK_MS = 30_000;
/** How often the in-process mail sender looks at the outbox. */
const MAIL_TICK_MS = 15_000;

export async function serve(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'no-ingest': { type: 'boolean', default: false } } });
  const desk = await openDesk(config);
  const { context, store } = desk;
  if (desk.applied.includes('001_initial') && process.env.NEWSDESK_DEMO !== '0') {
    const seeded = await seedDemoDesk(store.db, context.secret);
    if (seeded) console.log(`Seeded the demo desk: ${seeded.sources} sources, ${seeded.articles} articles, ${seeded.comments} comments.`);
  }
  const app = await buildServer(context, { level: config.logLevel });
  const scheduler = values['no-ingest'] ? null : await startWorker(desk, (line) => app.log.info(line), (error) => app.log.error({ err: error }, 'ingest run failed'));
  const mail = startMail(desk, (line) => app.log.info(line), (error) => app.log.error({ err: error }, 'mail delivery failed'));
  onShutdown(async () => {
    await app.close();
    await scheduler?.stop();
    await mail.stop();
    await store.close();
  });
  await app.listen({ host: config.host, port: config.port });
  console.log(`Newsdesk is serving on ${config.publicUrl}`);
  return new Promise<number>(() => {});
}

export async function worker(config: Config): Promise<number> {
  const desk = await openDesk(config);
  const scheduler = await startWorker(desk, console.log, (error) => console.error('ingest run failed:', error));
  const mail = startMail(desk, console.log, (error) => console.error('mail delivery failed:', error));
  onShutdown(async () => {
    await scheduler.stop();
    await mail.stop();
    await desk.store.close();
  });
  console.log('Newsdesk worker is fetching due sources.');
  return new Promise<number>(() => {});
}

async function startWorker(desk: Awaited<ReturnType<typeof openDesk>>, log: (line: string) => void, onError: (error: unknown) => void): Promise<Scheduler> {
  const deps = createIngestDeps(desk.store.db, await desk.context.settings());
  const housekeeping = async () => {
    const settings = await desk.context.settings();
    const now = new Date();
    await applyRetention(desk.store.db, settings.retentionDays, now);
    await emptyOldTrash(desk.store.db, settings.emptyTrashAfterDays, now);
  };
  return startScheduler(deps, { everyMs: SCHEDULER_TICK_MS, afterRun: housekeeping, onRun: (summary) => log(`ingest: ${summaryLine(summary)}`), onError });
}

/** Sends the outbox: over SMTP with NEWSDESK_SMTP_URL, else into the NEWSDESK_MAIL_LOG file. */
function startMail(desk: Awaited<ReturnType<typeof openDesk>>, log: (line: string) => void, onError: (error: unknown) => void): MailSender {
  const transport = createMailTransport(desk.context.config);
  return startMailSender({
    db: desk.store.db,
    transport,
    everyMs: MAIL_TICK_MS,
    onRun: (r) => log(`mail: ${r.sent} sent, ${r.failed} failed${r.gaveUp ? `, ${r.gaveUp} given up` : ''}${transport.kind === 'log' ? ` (written to ${desk.context.config.mailLogPath})` : ''}`),
    onError,
  });
}

function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal} received, closing`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

