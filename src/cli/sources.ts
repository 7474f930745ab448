import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { demoIngestOverrides } from '../demo/publishers.js';
import { createIngestDeps } from '../ingest/deps.js';
import { discoverFeed } from '../ingest/discover-source.js';
import { parseFilterRules } from '../ingest/filters.js';
import { parseOpmlSources } from '../ingest/parse/opml.js';
import { exportSourcesOpml } from '../ingest/export-sources.js';
import { operator } from '../commands/actor.js';
import { addSource as addSourceCommand, editSource as editSourceCommand, importSources, removeSourceBy, setSourcePausedBy, type SourceEdit } from '../commands/sources.js';
import { listSourcesWithCounts } from '../store/ingest.js';
import type { FullTextMode, Source } from '../store/schema.js';
import { loadSettings } from '../store/settings.js';
import { UsageError, positiveId, withDesk } from './shared.js';

export async function sourcesCommand(config: Config, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'add':
      return addSource(config, rest);
    case 'edit':
      return editSource(config, rest);
    case 'list':
      return withDesk(config, async ({ store }) => {
        const sources = await listSourcesWithCounts(store.db);
        if (sources.length === 0) console.log('No sources yet. Add one with: newsdesk sources add https://example.org/');
        for (const s of sources) console.log(describeSource(s, s.article_count));
      });
    case 'pause':
    case 'resume': {
      const id = positiveId(rest[0], `newsdesk sources ${action}`);
      return withDesk(config, async ({ store }) => {
        const result = await setSourcePausedBy(store.db, operator, { sourceId: id, paused: action === 'pause' });
        if (result.kind !== 'done') return result.kind === 'missing' ? missing(id) : failed(result.message);
        console.log(`Source #${id} is ${action === 'pause' ? 'paused' : 'resumed and will be fetched shortly'}.`);
      });
    }
    case 'remove': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
      const id = positiveId(positionals[0], 'newsdesk sources remove');
      return withDesk(config, async ({ store }) => {
        const result = await removeSourceBy(store.db, operator, { sourceId: id, force: values.force });
        if (result.kind === 'missing') return missing(id);
        if (result.kind === 'forbidden') return failed(result.message);
        if (result.kind === 'has-comments') return failed(`source #${id} has ${result.comments} comments under its articles; removing it deletes them too. Pause it instead, or add --force.`);
        console.log(`Removed source #${id} (${result.source.title}) and its articles.`);
      });
    }
    case 'import': {
      const file = rest[0];
      if (!file) throw new UsageError('sources import needs an OPML file: newsdesk sources import subscriptions.opml');
      const entries = parseOpmlSources(await readFile(file, 'utf8'));
      return withDesk(config, async ({ store }) => {
        const result = await importSources(store.db, operator, { entries, from: file });
        if (result.kind === 'forbidden') return failed(result.message);
        const { added, known } = result;
        console.log(`Imported ${added.length} sources from ${file}${known ? ` (${known} already here)` : ''}. They will be fetched shortly.`);
      });
    }
    case 'export':
      return withDesk(config, async ({ store }) => {
        process.stdout.write(await exportSourcesOpml(store.db));
      });
    default:
      throw new UsageError(action === undefined ? 'sources needs an action' : `sources has no action "${action}"`);
  }
}

async function addSource(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, interval: { type: 'string' }, 'full-text': { type: 'string' }, 'excerpt-words': { type: 'string' } },
  });
  const url = positionals[0];
  if (!url) throw new UsageError('sources add needs a feed or site address: newsdesk sources add https://example.org/');
  const interval = values.interval === undefined ? 30 : wholeNumber(values.interval, '--interval', 1);
  const fullText = fullTextMode(values['full-text'] ?? 'auto');
  const rawWords = values['excerpt-words'] ?? '300';
  const excerptWords = rawWords === 'full' ? 0 : wholeNumber(rawWords, '--excerpt-words', 1);

  return withDesk(config, async ({ store }) => {
    const deps = createIngestDeps(store.db, await loadSettings(store.db), await demoIngestOverrides(store.db), config);
    const found = await discoverFeed(url, deps.fetch, deps.fetchOptions);
    const result = await addSourceCommand(store.db, operator, {
      feedUrl: found.feedUrl,
      title: values.name ?? (found.feed.title || new URL(found.feedUrl).host),
      siteUrl: found.feed.siteUrl ?? new URL(found.feedUrl).origin,
      description: found.feed.description,
      intervalMinutes: interval,
      fullText,
      excerptWords,
    });
    if (result.kind === 'duplicate') return failed(`that feed is already source #${result.existing.id} (${result.existing.title})`);
    if (result.kind !== 'added') return failed(result.message);
    const { source } = result;
    console.log(`Added source #${source.id} ${source.title} (${found.feed.items.length} items in its feed at ${found.feedUrl}).`);
    console.log('It is fetched by the running desk within a minute, or now with: newsdesk ingest --once');
  });
}

async function editSource(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      interval: { type: 'string' },
      'full-text': { type: 'string' },
      'excerpt-words': { type: 'string' },
      filters: { type: 'string' },
      'max-age-days': { type: 'string' },
    },
  });
  const id = positiveId(positionals[0], 'newsdesk sources edit');
  const edit: SourceEdit = {};
  if (values.name !== undefined) edit.title = values.name;
  if (values.interval !== undefined) edit.intervalMinutes = wholeNumber(values.interval, '--interval', 1);
  if (values['full-text'] !== undefined) edit.fullText = fullTextMode(values['full-text']);
  if (values['excerpt-words'] !== undefined) edit.excerptWords = values['excerpt-words'] === 'full' ? 0 : wholeNumber(values['excerpt-words'], '--excerpt-words', 1);
  if (values.filters !== undefined) {
    try {
      edit.filters = parseFilterRules(values.filters);
    } catch (error) {
      throw new UsageError(`--filters: ${(error as Error).message}`);
    }
  }
  if (values['max-age-days'] !== undefined) edit.maxAgeDays = values['max-age-days'] === 'none' ? null : wholeNumber(values['max-age-days'], '--max-age-days', 1);
  if (Object.keys(edit).length === 0) throw new UsageError('sources edit needs at least one of --name, --interval, --full-text, --excerpt-words, --filters, --max-age-days');
  return withDesk(config, async ({ store }) => {
    const result = await editSourceCommand(store.db, operator, { sourceId: id, edit });
    if (result.kind === 'missing') return missing(id);
    if (result.kind !== 'edited') return failed(result.message);
    console.log(`Source #${id} updated: ${result.changed.join(', ')}.`);
  });
}

function wholeNumber(raw: string, flag: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} is a whole number, ${min} or more`);
  return n;
}

function fullTextMode(raw: string): FullTextMode {
  if (raw !== 'auto' && raw !== 'on' && raw !== 'off') throw new UsageError('--full-text is auto, on or off');
  return raw;
}

/** A command's refusal: one line on stderr, exit code 1. */
function failed(message: string): number {
  console.error(`newsdesk: ${message}`);
  return 1;
}

function missing(id: number): number {
  console.error(`newsdesk: there is no source #${id}`);
  return 1;
}

function describeSource(s: Source, articles: number): string {
  const status = s.paused ? 'paused' : s.error_count > 0 ? `failing (${s.error_count} in a row)` : s.last_success_at ? 'ok' : 'new';
  const lines = [
    `#${s.id}\t${s.title}\t${status}\t${articles} articles`,
    `\tfeed: ${s.feed_url ?? '(none)'}`,
    `\tlast fetch: ${s.last_fetched_at ?? 'never'}\tnext fetch: ${s.paused ? 'paused' : (s.next_fetch_at ?? 'now')}\tevery ${s.fetch_interval_minutes} min\tfull text: ${s.full_text}\texcerpt: ${s.excerpt_words ? `${s.excerpt_words} words` : 'whole text'}`,
  ];
  if (s.last_error) lines.push(`\tlast error: ${s.last_error}`);
  return lines.join('\n');
}
