import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';

/*
 * `newsdesk serve` keeps its event loop for pages: fetching, parsing, extraction, sanitizing,
 * mail and housekeeping run in a `newsdesk worker` child process that it starts, restarts when
 * it dies, and stops with itself. The child leaves when the parent goes away (the IPC channel
 * closes), so a killed server never leaves a worker behind.
 */

/** The worker's scheduling priority relative to the server (Unix nice: higher yields more). */
const WORKER_NICENESS = 10;

export interface SupervisorOptions {
  /** The CLI's entry file; the child runs it with `worker`. */
  entry: string;
  log: (line: string) => void;
  /** Waits before restarts: 1 s, doubled after each quick death, at most this long. */
  maxRestartDelayMs?: number;
  /** A child that lived this long counts as healthy: the next restart waits 1 s again. */
  healthyAfterMs?: number;
  /** How long a stopping child has to finish its run before it is killed. */
  stopGraceMs?: number;
}

export interface SupervisedWorker {
  /** The running child's process id, when one is running. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export function superviseWorker(options: SupervisorOptions): SupervisedWorker {
  const maxDelay = options.maxRestartDelayMs ?? 60_000;
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  let child: ChildProcess | null = null;
  let stopping = false;
  let quickDeaths = 0;
  let restartTimer: NodeJS.Timeout | null = null;

  const start = () => {
    const startedAt = Date.now();
    const current = fork(options.entry, ['worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child = current;
    // Background work yields the processor to pages when both want it.
    if (current.pid !== undefined) {
      try {
        setPriority(current.pid, WORKER_NICENESS);
      } catch {
        // Not permitted here: the worker runs at the server's priority.
      }
    }
    options.log(`worker process ${current.pid ?? '?'} started`);
    current.once('exit', (code, signal) => {
      child = null;
      if (stopping) return;
      quickDeaths = Date.now() - startedAt >= healthyAfter ? 0 : quickDeaths + 1;
      const delay = Math.min(maxDelay, 1000 * 2 ** Math.max(0, quickDeaths - 1));
      options.log(`worker process ${current.pid ?? '?'} exited (${signal ?? `code ${code}`}); restarting in ${Math.round(delay / 1000)} s`);
      restartTimer = setTimeout(start, delay);
      restartTimer.unref();
    });
  };
  start();

  return {
    pid: () => child?.pid,
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGTERM');
      const grace = setTimeout(() => running.kill('SIGKILL'), options.stopGraceMs ?? 10_000);
      await exited;
      clearTimeout(grace);
    },
  };
}

/** In a worker started by `serve`: run `close` when the parent goes away. */
export function leaveWithParent(close: (why: string) => void): void {
  if (typeof process.send !== 'function') return;
  const leave = () => close('the serving process went away');
  // The parent may have gone while this process was still starting.
  if (!process.connected) leave();
  else process.once('disconnect', leave);
}
