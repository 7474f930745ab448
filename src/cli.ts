import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from './config.js';
import { seedDemoDesk } from './demo/seed.js';
import { openDesk } from './desk.js';
import { listComments, setCommentStatus } from './store/comments.js';
import { commentStatuses, type CommentStatus } from './store/schema.js';
import { defaultSettings, loadSettings, parseSetting, saveSetting, type SettingKey } from './store/settings.js';
import { buildServer } from './web/server.js';

const usage = `Usage: newsdesk <command> [options]

Commands:
  serve                         migrate, seed the demo on a new desk, and serve on HOST:PORT
  migrate                       bring the database schema up to date
  comments list [--status S] [--limit N]
                                list comments, newest first (S: ${commentStatuses.join(', ')})
  comments approve|spam|trash|pending ID
                                set a comment's status
  settings list                 show every setting and its value
  settings set KEY VALUE        change a setting (VALUE is JSON: 5, true, "text")
  help                          show this text

The database is the SQLite file at NEWSDESK_DB (default ./data/newsdesk.db),
or PostgreSQL when DATABASE_URL is set.`;

export async function main(argv: string[], config: Config = loadConfig()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate':
      return withDesk(config, async ({ applied }) => {
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
      });
    case 'comments':
      return commentsCommand(config, rest);
    case 'settings':
      return settingsCommand(config, rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return 0;
    default:
      console.error(`newsdesk: unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

type OpenedDesk = Awaited<ReturnType<typeof openDesk>>;

async function withDesk(config: Config, work: (desk: OpenedDesk) => Promise<number | void>): Promise<number> {
  const desk = await openDesk(config);
  try {
    return (await work(desk)) ?? 0;
  } finally {
    await desk.store.close();
  }
}

async function serve(config: Config): Promise<number> {
  const desk = await openDesk(config);
  const { context, store } = desk;
  if (desk.applied.includes('001_initial') && process.env.NEWSDESK_DEMO !== '0') {
    const seeded = await seedDemoDesk(store.db, context.secret);
    if (seeded) console.log(`Seeded the demo desk: ${seeded.sources} sources, ${seeded.articles} articles, ${seeded.comments} comments.`);
  }
  const app = await buildServer(context, { level: config.logLevel });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received, closing`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  console.log(`Newsdesk is serving on ${config.publicUrl}`);
  return new Promise<number>(() => {});
}

async function commentsCommand(config: Config, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'list') {
    const { values } = parseArgs({ args: rest, options: { status: { type: 'string' }, limit: { type: 'string', default: '50' } } });
    const status = values.status;
    if (status !== undefined && !isStatus(status)) {
      console.error(`newsdesk: --status must be one of ${commentStatuses.join(', ')}`);
      return 2;
    }
    return withDesk(config, async ({ store }) => {
      const rows = await listComments(store.db, { status, limit: Number(values.limit) || 50 });
      if (rows.length === 0) console.log('No comments.');
      for (const r of rows) {
        const text = r.body_markdown.replace(/\s+/g, ' ').slice(0, 60);
        console.log(`#${r.id}\t${r.status}\t${r.created_at}\t${r.author_name} <${r.author_email}>\t/articles/${r.article_slug}\t${r.status_reason}\n\t${text}`);
      }
    });
  }
  const target = isStatusAction(action) ? actionStatus[action] : undefined;
  if (target) {
    const id = Number(rest[0]);
    if (!Number.isInteger(id) || id <= 0) {
      console.error(`newsdesk: comments ${action} needs a comment ID, e.g. newsdesk comments ${action} 12`);
      return 2;
    }
    return withDesk(config, async ({ store }) => {
      const changed = await setCommentStatus(store.db, id, target, `${target}: by command line`);
      if (!changed) {
        console.error(`newsdesk: there is no comment #${id}`);
        return 1;
      }
      console.log(`Comment #${id} is now ${target}.`);
    });
  }
  console.error(`newsdesk: comments needs list, approve, spam, trash or pending\n\n${usage}`);
  return 2;
}

const actionStatus = { approve: 'approved', spam: 'spam', trash: 'trash', pending: 'pending' } as const satisfies Record<string, CommentStatus>;
function isStatusAction(action: string | undefined): action is keyof typeof actionStatus {
  return action !== undefined && Object.hasOwn(actionStatus, action);
}
function isStatus(value: string): value is CommentStatus {
  return (commentStatuses as readonly string[]).includes(value);
}

async function settingsCommand(config: Config, args: string[]): Promise<number> {
  const [action, key, value] = args;
  if (action === 'list') {
    return withDesk(config, async ({ store }) => {
      const settings = await loadSettings(store.db);
      for (const [k, v] of Object.entries(settings)) console.log(`${k} = ${JSON.stringify(v)}`);
    });
  }
  if (action === 'set' && key && value !== undefined) {
    if (!Object.hasOwn(defaultSettings, key)) {
      console.error(`newsdesk: unknown setting "${key}"; known: ${Object.keys(defaultSettings).join(', ')}`);
      return 2;
    }
    const settingKey = key as SettingKey;
    let parsed;
    try {
      parsed = parseSetting(settingKey, value);
    } catch {
      // Let people type plain words for text settings: settings set siteName My Desk
      try {
        parsed = parseSetting(settingKey, JSON.stringify(args.slice(2).join(' ')));
      } catch (error) {
        console.error(`newsdesk: ${(error as Error).message}`);
        return 2;
      }
    }
    return withDesk(config, async ({ store }) => {
      await saveSetting(store.db, settingKey, parsed);
      console.log(`${key} = ${JSON.stringify(parsed)}`);
    });
  }
  console.error(`newsdesk: settings needs list, or set KEY VALUE\n\n${usage}`);
  return 2;
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
