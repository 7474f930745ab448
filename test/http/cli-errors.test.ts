/** How the newsdesk command fails: one line naming the cause, a non-zero exit, no stack trace; and what it logs. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { format, promisify } from 'node:util';
import { main } from '../../src/cli.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDesk } from '../../src/desk.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';

const run = promisify(execFile);
let dir: string;
let store: ScratchStore;
let config: Config;
let publisher: Publisher;

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>http://127.0.0.1/</link><description>d</description><item><guid>${title}-1</guid><title>One</title><link>http://127.0.0.1/1</link><description>text</description></item></channel></rss>`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-errors-'));
  store = await scratchStore(dir);
  config = { ...loadConfig({}), sqlitePath: store.sqlitePath, databaseUrl: store.databaseUrl };
  publisher = await startPublisher();
  publisher.route('/feed.rss', serve(rss('Local news')));
  publisher.route('/plain/', serve('<!doctype html><html><head><title>No feeds here</title></head><body>Hello</body></html>', { 'content-type': 'text/html' }));
});
after(async () => {
  await publisher.close();
  await store.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() in this process with the given environment changes, capturing what it prints. */
async function cli(args: string[], options: { env?: Record<string, string | undefined>; config?: Config | null } = {}): Promise<Outcome> {
  const env = { NEWSDESK_ALLOW_PRIVATE_FEEDS: undefined, ...options.env };
  const savedEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const saved = { log: console.log, error: console.error, warn: console.warn };
  const stdout: string[] = [];
  const stderr: string[] = [];
  for (const [key, value] of Object.entries(env)) setEnv(key, value);
  console.log = (...parts: unknown[]) => void stdout.push(format(...parts));
  console.error = console.warn = (...parts: unknown[]) => void stderr.push(format(...parts));
  try {
    // A command reads its environment once, at start: the test's paths, with this call's environment.
    const base = options.config === null ? undefined : (options.config ?? config);
    const code = await main(args, base && { ...base, allowPrivateFeeds: loadConfig(process.env).allowPrivateFeeds });
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  } finally {
    Object.assign(console, saved);
    for (const [key, value] of Object.entries(savedEnv)) setEnv(key, value);
  }
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

/** Exactly one line on stderr, starting "newsdesk: ", with no stack frame in it. */
function singleLine(outcome: Outcome): string {
  const lines = outcome.stderr.split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${outcome.stderr}`);
  assert.match(lines[0]!, /^newsdesk: \S/);
  assert.doesNotMatch(lines[0]!, /\bat .*\(.*:\d+:\d+\)|Error:/);
  return lines[0]!;
}

test('sources add with something that is not a web address names what was expected', async () => {
  for (const typed of ['not-a-url', 'example.org', 'ftp://example.org/feed']) {
    const outcome = await cli(['sources', 'add', typed]);
    assert.equal(outcome.code, 1, typed);
    assert.equal(singleLine(outcome), `newsdesk: ${typed} is not a web address (expected http:// or https://, e.g. https://example.org/)`);
    assert.equal(outcome.stdout, '');
  }
});

test('sources add for a host that cannot be resolved (the README example, offline) says it could not be reached', async () => {
  const outcome = await cli(['sources', 'add', 'https://example.invalid/']);
  assert.equal(outcome.code, 1);
  const line = singleLine(outcome);
  assert.match(line, /^newsdesk: could not reach example\.invalid: the host name example\.invalid could not be found$/);
});

test('sources add for a private address names the address guard and how to allow it, without trying other paths', async () => {
  const before = publisher.log.length;
  const refused = await cli(['sources', 'add', `${publisher.url}/feed.rss`]);
  assert.equal(refused.code, 1);
  const line = singleLine(refused);
  assert.match(line, /127\.0\.0\.1: it is a private, local or reserved address; feeds there are refused unless NEWSDESK_ALLOW_PRIVATE_FEEDS=1$/);
  assert.doesNotMatch(line, /no feed found/i);
  assert.equal(publisher.log.length, before, 'the guard refused before connecting');

  const allowed = await cli(['sources', 'add', `${publisher.url}/feed.rss`], { env: { NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' } });
  assert.equal(allowed.code, 0, allowed.stderr);
  assert.match(allowed.stdout, /Added source #\d+ Local news/);
});

test('sources add for a site without a feed says what it found, on one line', async () => {
  const outcome = await cli(['sources', 'add', `${publisher.url}/plain/`], { env: { NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' } });
  assert.equal(outcome.code, 1);
  const line = singleLine(outcome);
  assert.ok(
    line.startsWith(`newsdesk: no feed found at ${publisher.url}/plain/: it is a web page that announces no feed; none of the 10 usual feed addresses on ${publisher.url} (/feed, /rss.xml, /atom.xml…) has one`),
    line,
  );
});

test('sources add for a host that refuses connections stops at the first refusal', async () => {
  const closed = await startPublisher();
  const url = closed.url;
  await closed.close();
  const outcome = await cli(['sources', 'add', `${url}/`], { env: { NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' } });
  assert.equal(outcome.code, 1);
  assert.equal(singleLine(outcome), `newsdesk: could not reach ${new URL(url).host}: ${new URL(url).host} refused the connection`);
});

test('files and databases that cannot be opened are named, with the reason', async () => {
  const missing = await cli(['sources', 'import', join(dir, 'missing.opml')]);
  assert.equal(missing.code, 1);
  assert.equal(singleLine(missing), `newsdesk: cannot open ${join(dir, 'missing.opml')}: no such file or folder (ENOENT)`);

  const notAFolder = join(dir, 'plain-file');
  writeFileSync(notAFolder, 'x');
  // The SQLite file's own failure, whichever store the suite runs on.
  const database = await cli(['sources', 'list'], { config: { ...config, sqlitePath: join(notAFolder, 'desk.db'), databaseUrl: undefined } });
  assert.equal(database.code, 1);
  assert.match(singleLine(database), new RegExp(`^newsdesk: could not open the database \\(SQLite file ${escape(join(notAFolder, 'desk.db'))}\\): cannot create the folder ${escape(notAFolder)}: `));

  const badPort = await cli(['sources', 'list'], { config: null, env: { PORT: 'abc', ...store.env } });
  assert.equal(badPort.code, 1);
  assert.equal(singleLine(badPort), 'newsdesk: PORT must be a whole number from 0 to 65535, got "abc"');
});

test('LOG_LEVEL=debug adds the stack trace after the line', async () => {
  const outcome = await cli(['sources', 'import', join(dir, 'missing.opml')], { config: { ...config, logLevel: 'debug' } });
  assert.equal(outcome.code, 1);
  const [first, ...rest] = outcome.stderr.split('\n');
  assert.match(first!, /^newsdesk: cannot open .*missing\.opml: no such file or folder \(ENOENT\)$/);
  assert.ok(rest.some((line) => /^\s+at /.test(line)), outcome.stderr);
});

test('--version and -V print the version from package.json', async () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const outcome = await cli([flag]);
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.equal(outcome.stdout, version);
    assert.equal(outcome.stderr, '');
  }
});

test('a usage error prints that command\'s usage, not the whole help', async () => {
  const wrong = await cli(['sources', 'frobnicate']);
  assert.equal(wrong.code, 2);
  const [first, blank, ...usage] = wrong.stderr.split('\n');
  assert.equal(first, 'newsdesk: sources has no action "frobnicate"');
  assert.equal(blank, '');
  assert.ok(usage.some((line) => line.includes('sources pause|resume ID')), wrong.stderr);
  assert.ok(usage.every((line) => !/^ {2}(users|comments|settings|serve|ingest) /.test(line)), wrong.stderr);

  const badOption = await cli(['settings', 'frob']);
  assert.equal(badOption.code, 2);
  assert.match(badOption.stderr, /^newsdesk: settings needs list, or set KEY VALUE\n\nUsage:\n {2}settings list /);
  assert.doesNotMatch(badOption.stderr, /sources add/);

  const unknownOption = await cli(['sources', 'add', '--bogus']);
  assert.equal(unknownOption.code, 2);
  assert.match(unknownOption.stderr, /^newsdesk: Unknown option '--bogus'.*\n\nUsage:\n {2}sources add URL/);
  assert.doesNotMatch(unknownOption.stderr, /comments list/);

  const unknown = await cli(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^newsdesk: unknown command "frobnicate"\n\nCommands: serve, worker, migrate, sources, /);
  assert.doesNotMatch(unknown.stderr, /sources add URL/);

  const help = await cli(['sources', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage:\n {2}sources add URL/);
  assert.doesNotMatch(help.stdout, /users add/);
  assert.match((await cli(['help'])).stdout, /sources add URL[\s\S]*users add EMAIL[\s\S]*--version, -V/);
});

test('serve takes --no-worker and nothing else: the old --no-ingest alias is refused, not quietly honoured', { timeout: 20_000 }, async () => {
  const refused = await cli(['serve', '--no-ingest'], { config: { ...config, port: 0, demo: false } });
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /^newsdesk: Unknown option '--no-ingest'.*\n\nUsage:\n {2}serve \[--no-worker\]/);
});

test('sources pause and resume and settings set from the command line write the audit entries the admin pages write', async () => {
  const added = await cli(['sources', 'add', `${publisher.url}/feed.rss`, '--name', 'Audited'], { env: { NEWSDESK_ALLOW_PRIVATE_FEEDS: '1' } });
  assert.ok(added.code === 0 || /already source #/.test(added.stderr), added.stderr);
  const desk = await openDesk(config);
  const audit = () => desk.store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  try {
    const source = await desk.store.db.selectFrom('sources').select('id').where('feed_url', '=', `${publisher.url}/feed.rss`).executeTakeFirstOrThrow();
    const start = (await audit()).length;

    assert.equal((await cli(['sources', 'pause', String(source.id)])).code, 0);
    assert.equal((await cli(['sources', 'resume', String(source.id)])).code, 0);
    assert.equal((await cli(['settings', 'set', 'threadDepth', '4'])).code, 0);
    const unchanged = await cli(['settings', 'set', 'threadDepth', '4']);
    assert.equal(unchanged.code, 0);

    const entries = (await audit()).slice(start).map((e) => ({ user_id: e.user_id, actor: e.actor, action: e.action, target: `${e.target_type}:${e.target_id}`, details: JSON.parse(e.details) as unknown }));
    assert.deepEqual(entries, [
      { user_id: null, actor: 'command line', action: 'source.pause', target: `source:${source.id}`, details: {} },
      { user_id: null, actor: 'command line', action: 'source.resume', target: `source:${source.id}`, details: {} },
      { user_id: null, actor: 'command line', action: 'settings.change', target: 'settings:', details: { threadDepth: { from: 5, to: 4 } } },
    ]);
    assert.equal(unchanged.stdout, 'threadDepth = 4 (unchanged)');
    assert.equal((await cli(['sources', 'pause', '99999'])).code, 1);
    assert.equal((await audit()).length, start + 3, 'nothing is logged for a source that does not exist');
  } finally {
    await desk.store.close();
  }
});

/** The two ways the command really runs: `node src/cli.ts` and the bin shim's `await main()`. */
test('end to end: a spawned newsdesk exits non-zero with a single line on stderr', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...store.env, LOG_LEVEL: 'info' };
  delete env.NEWSDESK_ALLOW_PRIVATE_FEEDS;
  const shim = `const { main } = await import('./src/cli.ts'); process.exitCode = await main(process.argv.slice(1));`;
  const runs: [string, string[]][] = [
    ['src/cli.ts', ['--import', 'tsx', 'src/cli.ts', 'sources', 'add', 'https://example.invalid/']],
    ['the shim', ['--import', 'tsx', '--input-type=module', '-e', shim, 'sources', 'add', 'not-a-url']],
  ];
  for (const [name, args] of runs) {
    const outcome = await run(process.execPath, args, { env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    assert.equal(outcome.code, 1, `${name}: ${outcome.stderr}`);
    const lines = outcome.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, `${name}:\n${outcome.stderr}`);
    assert.match(lines[0]!, /^newsdesk: (could not reach example\.invalid: |not-a-url is not a web address)/, name);
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
