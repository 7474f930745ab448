import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { demoIngestOverrides } from '../demo/publishers.js';
import { createIngestDeps } from '../ingest/deps.js';
import { ingestDueSources, type IngestSummary } from '../ingest/run.js';
import { loadSettings } from '../store/settings.js';
import { UsageError, withDesk } from './shared.js';

export async function ingestCommand(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { once: { type: 'boolean', default: false }, all: { type: 'boolean', default: false } } });
  if (!values.once) throw new UsageError('ingest runs once and exits: newsdesk ingest --once [--all]. The running desk (newsdesk serve, newsdesk worker) ingests on its own.');
  return withDesk(config, async ({ store }) => {
    const deps = createIngestDeps(store.db, await loadSettings(store.db), await demoIngestOverrides(store.db), config);
    const bar = process.stderr.isTTY ? progressBar() : null;
    const summary = await ingestDueSources(deps, { all: values.all, onProgress: (done, total) => bar?.(done, total) });
    if (bar) process.stderr.write('\n');
    for (const report of summary.reports.filter((r) => r.error)) console.error(`source #${report.sourceId}: ${report.error}`);
    console.log(summaryLine(summary));
    return summary.failed > 0 && summary.failed === summary.sources ? 1 : 0;
  });
}

export function summaryLine(s: IngestSummary): string {
  return `Fetched ${s.fetched}, not modified ${s.notModified}, failed ${s.failed}${s.hostPaused ? `, waiting on paused hosts ${s.hostPaused}` : ''}${s.hostBusy ? `, waiting on busy hosts ${s.hostBusy}` : ''}; new articles ${s.newArticles}, updated ${s.updatedArticles}; ${(s.elapsedMs / 1000).toFixed(1)} s.`;
}

function progressBar() {
  return (done: number, total: number) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} sources`);
  };
}
