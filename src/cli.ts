import { pathToFileURL } from 'node:url';
import { commentsCommand } from './cli/comments.js';
import { ingestCommand } from './cli/ingest.js';
import { serve, worker } from './cli/serve.js';
import { settingsCommand } from './cli/settings.js';
import { UsageError, withDesk } from './cli/shared.js';
import { sourcesCommand } from './cli/sources.js';
import { usersCommand } from './cli/users.js';
import { loadConfig, type Config } from './config.js';
import { commentStatuses } from './store/schema.js';

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
