import { pathToFileURL } from 'node:url';
import { failureLine, isArgumentError, oneLine, wantsStackTraces } from './cli/errors.js';
import { UsageError, withDesk } from './cli/shared.js';
import { commandNames, commandUsage, fullUsage, isCommandName, type CommandName } from './cli/usage.js';
import { loadConfig, type Config } from './config.js';
import { newsdeskVersion } from './ingest/fetch/settings.js';

export async function main(argv: string[], config?: Config): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-V') {
      console.log(newsdeskVersion());
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h') return help(rest[0]);
    if (!isCommandName(command)) throw new UsageError(`unknown command "${command}"`);
    if (command === 'help') return help(rest[0]);
    if (asksForHelp(rest)) return help(command);
    return await run(command, rest, config ?? loadConfig());
  } catch (error) {
    return reportFailure(error, command, config?.logLevel ?? process.env.LOG_LEVEL);
  }
}

/**
 * Each command's code is loaded when it runs: a web node does not load the ingest and analysis
 * code its worker runs, and `--help` loads none of it (half of `npm start`'s time was loading).
 */
async function run(command: Exclude<CommandName, 'help'>, rest: string[], config: Config): Promise<number> {
  switch (command) {
    case 'serve':
      return (await import('./cli/serve.js')).serve(config, rest);
    case 'worker':
      return (await import('./cli/worker.js')).worker(config);
    case 'migrate':
      return withDesk(config, async ({ applied }) => {
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
      });
    case 'backup':
      return (await import('./cli/store.js')).backupCommand(config, rest);
    case 'migrate-store':
      return (await import('./cli/store.js')).migrateStoreCommand(config, rest);
    case 'sources':
      return (await import('./cli/sources.js')).sourcesCommand(config, rest);
    case 'ingest':
      return (await import('./cli/ingest.js')).ingestCommand(config, rest);
    case 'comments':
      return (await import('./cli/comments.js')).commentsCommand(config, rest);
    case 'settings':
      return (await import('./cli/settings.js')).settingsCommand(config, rest);
    case 'users':
      return (await import('./cli/users.js')).usersCommand(config, rest);
    case 'setup-link':
      return (await import('./cli/setup-link.js')).setupLinkCommand(config);
    case 'spam':
      return (await import('./cli/spam.js')).spamCommand(config, rest);
    case 'search':
      return (await import('./cli/search.js')).searchCommand(config, rest);
    case 'stories':
      return (await import('./cli/stories.js')).storiesCommand(config, rest);
    case 'analyze':
      return (await import('./cli/analyze.js')).analyzeCommand(rest, process.stdin, config);
  }
}

function help(topic: string | undefined): number {
  if (topic === undefined) console.log(fullUsage());
  else if (isCommandName(topic)) console.log(commandUsage(topic));
  else throw new UsageError(`there is no command "${topic}" to explain`);
  return 0;
}

/** --help or -h anywhere among a command's own arguments (before a "--"). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** One line on stderr naming the cause (plus the command's usage for a usage error); the exit code. */
function reportFailure(error: unknown, command: string | undefined, logLevel: string | undefined): number {
  if (error instanceof UsageError || isArgumentError(error)) {
    const usage = isCommandName(command) && command !== 'help' ? commandUsage(command) : `Commands: ${commandNames.join(', ')}. See newsdesk help.`;
    console.error(`newsdesk: ${oneLine(error.message)}\n\n${usage}`);
    return 2;
  }
  console.error(`newsdesk: ${failureLine(error)}`);
  if (wantsStackTraces(logLevel)) {
    for (let e: unknown = error; e instanceof Error; e = e.cause) console.error(e.stack);
  }
  return 1;
}

// Run directly (node dist/cli.js); the bin shim imports main() and calls it itself.
// main() reports every failure itself and never rejects.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
