import { commentStatuses, staffRoles } from '../store/schema.js';

/*
 * The help text, one section per command: `newsdesk help` prints them all, and a mistake in one
 * command (`newsdesk sources frobnicate`) prints only that command's section.
 */

const sections = {
  serve: `  serve [--no-worker]           migrate, seed the demo on a new desk and serve on HOST:PORT;
                                a worker process it starts fetches due sources and sends
                                queued mail (--no-worker for web-only nodes beside a worker);
                                while the desk has no admin, prints a one-time set-up link`,
  worker: `  worker                        fetch due sources and send queued mail, without serving pages`,
  migrate: `  migrate                       bring the database schema up to date`,
  sources: `  sources add URL [--name N] [--interval MIN] [--full-text auto|on|off] [--excerpt-words N|full]
                                add a source by its feed or site address (the feed is found)
  sources edit ID [--name N] [--interval MIN] [--full-text M] [--excerpt-words N|full]
               [--filters JSON] [--max-age-days N|none]
                                change a source; filters are keep/block rules, e.g.
                                '[{"action":"block","field":"title","pattern":"sponsored"}]'
  sources list                  every source with its status, last and next fetch, errors
  sources pause|resume ID       stop or restart fetching a source
  sources remove ID [--force]   remove a source and its articles
  sources import FILE.opml      add the sources of an OPML file
  sources export                print every source as OPML 2.0`,
  ingest: `  ingest --once [--all]         fetch every due source (or all of them) now, then exit`,
  comments: `  comments list [--status S] [--limit N]
                                list comments, newest first (S: ${commentStatuses.join(', ')})
  comments approve|spam|trash|pending ID
                                set a comment's status`,
  settings: `  settings list                 show every setting and its value
  settings set KEY VALUE        change a setting (VALUE is JSON: 5, true, "text")`,
  users: `  users add EMAIL --role ${staffRoles.join('|')} --name N [--password-stdin]
                                add a staff account for /admin (N: the name readers see on
                                staff replies); without --password-stdin, prints a one-time
                                link (24 h) to choose a password
  users list                    every staff account, its role and when it was last seen
  users set-name EMAIL|ID NAME  change the name shown with a staff member's replies
  users set-role EMAIL|ID ROLE  change a staff member's role
  users disable|enable EMAIL|ID stop an account signing in (its sessions end), or allow it again
  users remove EMAIL|ID         remove a staff account and end its sessions
  users reset-password EMAIL    print a new one-time link to set the password`,
  'setup-link': `  setup-link                    print a one-time link (24 h) that creates a new desk's first admin
                                (serve prints one too while the desk has no admin)`,
  spam: `  spam classify                 read JSON lines {"id","text","author"?,"email"?,"url"?} on stdin,
                                print {"id","verdict":"approve"|"hold"|"spam","score"} for each:
                                the shipped model's content decision, no database
  spam versions                 the desk's spam model versions and which one decides
  spam rollback                 take back the active version (the one before decides again)`,
  search: `  search rebuild                index every article again (title, text, source, author), with a
                                progress bar on stderr; the index otherwise keeps itself current`,
  stories: `  stories merge INTO FROM       make story FROM part of story INTO; its articles stay there
  stories split ARTICLE         take an article out of its story into one of its own, for good`,
  analyze: `  analyze --json                read one article on stdin (title on the first line, then text or
                                HTML), print {"entities":[{"name","type","aliases"}],"quotes":
                                [{"text","speaker"}]}, no database
  analyze --cluster             read JSON lines {"id","title","text","published_at"?,"source"?} on
                                stdin in arrival order, print {"id","story"} for each: the story
                                it joins (numbered from 1), no database
  analyze --all                 analyse every stored article again (people, places, quotes; a
                                story for those without one), with a progress bar on stderr`,
  backup: `  backup FILE                   write a consistent copy of the SQLite desk to FILE while it runs`,
  'migrate-store': `  migrate-store --to URL        copy this SQLite desk into an empty PostgreSQL database
                                (postgres://…), compare the counts; safe to run again`,
  help: `  help [COMMAND]                show this text, or one command's part of it
  --version, -V                 print the version`,
} as const;

export type CommandName = keyof typeof sections;

export const commandNames = Object.keys(sections) as CommandName[];

export function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(sections, name);
}

/** The usage lines of one command. */
export function commandUsage(command: CommandName): string {
  return `Usage:\n${sections[command]}`;
}

/** Every command's usage, with what applies to all of them. */
export function fullUsage(): string {
  return `Usage: newsdesk <command> [options]

Commands:
${commandNames.map((name) => sections[name]).join('\n')}

The database is the SQLite file at NEWSDESK_DB (default ./data/newsdesk.db),
or PostgreSQL when DATABASE_URL is set. LOG_LEVEL=debug adds stack traces to errors.`;
}
