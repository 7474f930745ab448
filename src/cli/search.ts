import type { Config } from '../config.js';
import { rebuildSearchIndex, type RebuildProgress } from '../store/search-index.js';
import { UsageError, withDesk } from './shared.js';

const BAR_WIDTH = 30;

/** One progress line: a bar, the share done and the counts, e.g. "[#####     ] 50% 5,000/10,000 articles". */
export function progressLine({ done, total }: RebuildProgress): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} articles`;
}

/** Redraws the line in place on a terminal; elsewhere (a log) writes a line per tenth done. */
function progressReporter(stream: NodeJS.WriteStream): { update(progress: RebuildProgress): void; end(): void } {
  let lastTenth = -1;
  return {
    update(progress) {
      if (stream.isTTY) {
        stream.write(`\r${progressLine(progress)}`);
        return;
      }
      const tenth = progress.total === 0 ? 10 : Math.floor((progress.done / progress.total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${progressLine(progress)}\n`);
      }
    },
    end() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/** newsdesk search rebuild: indexes every article again, with a progress bar on stderr. */
export async function searchCommand(config: Config, args: string[]): Promise<number> {
  const [action, ...extra] = args;
  if (action !== 'rebuild' || extra.length > 0) throw new UsageError(action === undefined ? 'search needs an action: rebuild' : `unknown search action "${[action, ...extra].join(' ')}"`);
  return withDesk(config, async ({ store }) => {
    const reporter = progressReporter(process.stderr);
    const started = Date.now();
    const result = await rebuildSearchIndex(store.db, (p) => reporter.update(p));
    reporter.end();
    const seconds = (Date.now() - started) / 1000;
    console.log(`Rebuilt the search index: ${result.done.toLocaleString('en')} articles in ${seconds.toFixed(1)} s.`);
  });
}
