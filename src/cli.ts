import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { commentsCommand } from './cli/comments.js';
import { ingestCommand, summaryLine } from './cli/ingest.js';
import { settingsCommand } from './cli/settings.js';
import { UsageError, withDesk } from './cli/shared.js';
import { sourcesCommand } from './cli/sources.js';
import { usersCommand } from './cli/users.js';
import { loadConfig, type Config } from './config.js';
import { seedDemoDesk } from './demo/seed.js';
import { openDesk } from './desk.js';
import { createIngestDeps } from './ingest/deps.js';
import { applyRetention } from './ingest/retention.js';
import { startScheduler, type Scheduler } from './ingest/run.js';
import { emptyOldTrash } from './store/admin-comments.js';
import { createMailTransport, startMailSender, type MailSender } from './mail/sender.js';
import { commentStatuses } from './store/schema.js';
import { buildServer } from './web/server.js';

const usage = `Usage: newsdesk <command> [options]

Commands:
  serve [--no-ingest]           migrate, seed the demo on a new desk, serve on HOST:PORT,
                                send queued mail, and fetch due sources in the same process
                                (unless --no-ingest)
  worker                        fetch due sources and send queued mail, without serving pages
  migrate                       bring the database schema up to date
  sources add URL [--name N] [--interval MIN] [--full-text auto|on|off] [--excerpt-words N|full]
                                add a source by its feed or site address (the feed is found)
  sources edit ID [--name N] [--interval MIN] [--full-text M] [--excerpt-words N|full]
               [--filters JSON] [--max-age-days N|none]
                                change a source; filters are keep/block rules, e.g.
                                '[{"action":"block","field":"title","pattern":"sponsored"}]'
  sources list                  every source with its status, last and next fetch, errors
  sources pause|resume ID       stop or restart fetching a source
  sources remove ID [--force]   remove a source and its articles
  sources import FILE.opml      add the sources of an OPML file
  sources export                print every source as OPML 2.0
  ingest --once [--all]         fetch every due source (or all of them) now, then exit
  comments list [--status S] [--limit N]
                                list comments, newest first (S: ${commentStatuses.join(', ')})
  comments approve|spam|trash|pending ID
                                set a comment's status
  settings list                 show every setting and its value
  settings set KEY VALUE        change a setting (VALUE is JSON: 5, true, "text")
  users add EMAIL --role admin|editor|moderator [--name N] [--password-stdin]
                                add a staff account for /admin; without --password-stdin,
                                prints a one-time link (24 h) to choose a password
  users list                    every staff account, its role and when it was last seen
  users remove EMAIL|ID         remove a staff account and end its sessions
  users reset-password EMAIL    print a new one-time link to set the password
  help                          show this text

The database is the SQLite file at NEWSDESK_DB (default ./data/newsdesk.db),
or PostgreSQL when DATABASE_URL is set.`;

/** How often the in-process worker looks for due sources. */
const SCHEDULER_TICK_MS = 30_000;
/** How often the in-process mail sender looks at the outbox. */
const MAIL_TICK_MS = 15_000;

export async function main(argv: string[], config: Config = loadConfig()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(config, rest);
      case 'worker':
        return await worker(config);
      case 'migrate':
        return await withDesk(config, async ({ applied }) => {
          console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
        });
      case 'sources':
        return await sourcesCommand(config, rest);
      case 'ingest':
        return await ingestCommand(config, rest);
      case 'comments':
        return await commentsCommand(config, rest);
      case 'settings':
        return await settingsCommand(config, rest);
      case 'users':
        return await usersCommand(config, rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(usage);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`newsdesk: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

async function serve(config: Config, args: string[]): Promise<number> {
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

async function worker(config: Config): Promise<number> {
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

// Run directly (node dist/cli.js); the bin shim imports main() and calls it itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`newsdesk: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
