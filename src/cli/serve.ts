import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summaryLine } from './ingest.js';
import { leaveWithParent, superviseWorker, type SupervisedWorker } from './worker-process.js';
import type { Config } from '../config.js';
import { seedDemoDesk } from '../demo/seed.js';
import { openDesk, type Desk } from '../desk.js';
import { depsFromCurrentSettings } from '../ingest/deps.js';
import { applyRetention } from '../ingest/retention.js';
import { startScheduler, type Scheduler } from '../ingest/run.js';
import { learnedModelSettled, warmLearnedModel } from '../discussion/spam/bayes-store.js';
import { emptyOldTrash } from '../store/admin-comments.js';
import { recordPublicUrl } from '../store/public-url.js';
import { loadSettings } from '../store/settings.js';
import { createMailTransport, startMailSender, type MailSender } from '../mail/sender.js';
import { buildServer } from '../web/server.js';

/** How often the worker looks for due sources. */
const SCHEDULER_TICK_MS = 30_000;
/** How often the worker looks at the outbox. */
const MAIL_TICK_MS = 15_000;

/** The CLI's entry file, run by the worker child: cli.ts under tsx, cli.js once built. */
const cliEntry = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../cli.ts' : '../cli.js', import.meta.url));

/**
 * Pages on this process's event loop; every piece of background work in a `newsdesk worker`
 * child process it supervises (unless --no-worker, for web-only nodes beside separate workers).
 */
export async function serve(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'no-worker': { type: 'boolean', default: false }, 'no-ingest': { type: 'boolean', default: false } },
  });
  const desk = await openDesk(config);
  const { context, store } = desk;
  if (desk.applied.includes('001_initial') && config.demo) {
    const seeded = await seedDemoDesk(store.db, context.secret);
    if (seeded) console.log(`Seeded the demo desk: ${seeded.sources} sources, ${seeded.articles} articles, ${seeded.comments} comments.`);
  }
  // Links the CLI prints (set-password) use the address readers reach this desk at.
  await recordPublicUrl(store.db, config.publicUrl);
  const app = await buildServer(context, { level: config.logLevel });
  // The learned spam filter is built in small slices in the background; until then it abstains.
  void warmLearnedModel(store.db);
  let worker: SupervisedWorker | null = null;
  onShutdown(async () => {
    await app.close();
    await worker?.stop();
    await learnedModelSettled(store.db);
    await store.close();
  });
  await app.listen({ host: config.host, port: config.port });
  console.log(`Newsdesk is serving on ${config.publicUrl}`);
  if (!values['no-worker'] && !values['no-ingest']) worker = superviseWorker({ entry: cliEntry, log: (line) => app.log.info(line) });
  return new Promise<number>(() => {});
}

/** Fetches due sources, sends the outbox and keeps house, without serving pages. */
export async function worker(config: Config): Promise<number> {
  const desk = await openDesk(config);
  const scheduler = startIngest(desk, console.log, (error) => console.error('ingest run failed:', error));
  const mail = startMail(desk, console.log, (error) => console.error('mail delivery failed:', error));
  const close = onShutdown(async () => {
    await scheduler.stop();
    await mail.stop();
    await desk.store.close();
  });
  leaveWithParent(close);
  console.log(`Newsdesk worker (process ${process.pid}) is fetching due sources.`);
  return new Promise<number>(() => {});
}

function startIngest(desk: Desk, log: (line: string) => void, onError: (error: unknown) => void): Scheduler {
  const db = desk.store.db;
  const housekeeping = async () => {
    const settings = await loadSettings(db);
    const now = new Date();
    await applyRetention(db, settings.retentionDays, now);
    await emptyOldTrash(db, settings.emptyTrashAfterDays, now);
  };
  return startScheduler(depsFromCurrentSettings(db), { everyMs: SCHEDULER_TICK_MS, afterRun: housekeeping, onRun: (summary) => log(`ingest: ${summaryLine(summary)}`), onError });
}

/** Sends the outbox: over SMTP with NEWSDESK_SMTP_URL, else into the NEWSDESK_MAIL_LOG file. */
function startMail(desk: Desk, log: (line: string) => void, onError: (error: unknown) => void): MailSender {
  const transport = createMailTransport(desk.context.config);
  return startMailSender({
    db: desk.store.db,
    transport,
    everyMs: MAIL_TICK_MS,
    onRun: (r) => log(`mail: ${r.sent} sent, ${r.failed} failed${r.gaveUp ? `, ${r.gaveUp} given up` : ''}${transport.kind === 'log' ? ` (written to ${desk.context.config.mailLogPath})` : ''}`),
    onError,
  });
}

/** Closes once on SIGINT or SIGTERM (or when the returned function is called), then exits. */
function onShutdown(close: () => Promise<void>): (why: string) => void {
  let closing = false;
  const shutdown = (why: string) => {
    if (closing) return;
    closing = true;
    console.log(`${why}, closing`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT received'));
  process.on('SIGTERM', () => shutdown('SIGTERM received'));
  return shutdown;
}
