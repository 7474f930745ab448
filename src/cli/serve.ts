import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { superviseWorker, type SupervisedWorker } from './worker-process.js';
import { onShutdown } from './shutdown.js';
import type { Config } from '../config.js';
import { openDesk, type Desk } from '../desk.js';
import { SETUP_LINK_HOURS } from '../accounts/setup-links.js';
import { issueSetupLinkBy } from '../commands/setup.js';
import { refreshSpamModel } from '../discussion/spam/model-store.js';
import { listenForChanges, SETTINGS_CHANNEL, type ChangeListener } from '../store/change-signals.js';
import { recordPublicUrl } from '../store/public-url.js';
import { settingsCacheControl } from '../web/context.js';
import { metricsServerOf } from '../web/metrics.js';
import { drainAndClose } from '../web/shutdown.js';
import { buildServer } from '../web/server.js';
import { createLogger } from '../logging.js';

/** The CLI's entry file, run by the worker child: cli.ts under tsx, cli.js once built. */
const cliEntry = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../cli.ts' : '../cli.js', import.meta.url));

/**
 * Pages on this process's event loop; every piece of background work in a `newsdesk worker`
 * child process it supervises (unless --no-worker, for web-only nodes beside separate workers).
 */
export async function serve(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'no-worker': { type: 'boolean', default: false } } });
  const desk = await openDesk(config);
  const { context, store } = desk;
  if (desk.applied.includes('001_initial') && config.demo) {
    // Only a brand-new demo desk needs the seeding code (and the ingest code it pulls in).
    const { seedDemoDesk } = await import('../demo/seed.js');
    const seeded = await seedDemoDesk(store.db, context.secret);
    if (seeded) console.log(`Seeded the demo desk: ${seeded.sources} sources, ${seeded.articles} articles, ${seeded.comments} comments.`);
  }
  // Links the CLI prints (set-password) use the address readers reach this desk at.
  await recordPublicUrl(store.db, config.publicUrl);
  const app = await buildServer(context, createLogger({ level: config.logLevel, format: config.logFormat, name: 'web' }));
  // The desk's active spam model, before the first comment is judged.
  await refreshSpamModel(store.db);
  let worker: SupervisedWorker | null = null;
  const listener = listenToSettingsChanges(context, config, (line) => app.log.warn(line));
  onShutdown(async () => {
    await drainAndClose(app);
    await listener?.close();
    await worker?.stop();
    await store.close();
  });
  await app.listen({ host: config.host, port: config.port });
  console.log(`Newsdesk is serving on ${config.publicUrl}`);
  const setup = await issueSetupLinkBy({ db: store.db, publicUrl: config.publicUrl }, { kind: 'system', audit: { userId: null, label: 'serve' } });
  if (setup.kind === 'issued') {
    // Printed once for the person starting the desk, not copied into the structured log as a field collectors would keep.
    console.log(`This desk has no admin yet. Open this link to create one (it works once, for ${SETUP_LINK_HOURS} hours):\n${setup.url}`);
  }
  const metrics = metricsServerOf(app)?.address();
  if (metrics && typeof metrics === 'object') console.log(`Metrics for Prometheus on http://${metrics.address}:${metrics.port}/metrics`);
  if (!values['no-worker']) worker = superviseWorker({ entry: cliEntry, log: (line) => app.log.info(line) });
  return new Promise<number>(() => {});
}

/**
 * On PostgreSQL, a change of settings made on any node reaches this one as a NOTIFY, so its
 * cache need not check the version on every read; while the listener is down, it does again.
 */
function listenToSettingsChanges(context: Desk['context'], config: Config, log: (line: string) => void): ChangeListener | null {
  const cache = settingsCacheControl(context);
  if (!config.databaseUrl || !cache) return null;
  return listenForChanges(config.databaseUrl, SETTINGS_CHANNEL, { onChange: () => cache.invalidate(), onListening: (on) => cache.setNotified(on), log });
}
