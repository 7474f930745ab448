import type { Config } from '../config.js';
import { rebuildCommentSearchIndex } from '../store/search-comments.js';
import { rebuildSearchIndex } from '../store/search-index.js';
import { progressReporter } from './progress.js';
import { UsageError, withDesk } from './shared.js';

/** newsdesk search rebuild: indexes every article again, with a progress bar on stderr, then every comment. */
export async function searchCommand(config: Config, args: string[]): Promise<number> {
  const [action, ...extra] = args;
  if (action !== 'rebuild' || extra.length > 0) throw new UsageError(action === undefined ? 'search needs an action: rebuild' : `unknown search action "${[action, ...extra].join(' ')}"`);
  return withDesk(config, async ({ store }) => {
    const reporter = progressReporter(process.stderr);
    const started = Date.now();
    const result = await rebuildSearchIndex(store.db, (p) => reporter.update(p));
    reporter.end();
    const comments = await rebuildCommentSearchIndex(store.db);
    const seconds = (Date.now() - started) / 1000;
    console.log(`Rebuilt the search index: ${result.done.toLocaleString('en')} articles and ${comments.toLocaleString('en')} comments in ${seconds.toFixed(1)} s.`);
  });
}
