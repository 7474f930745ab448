import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { hostLeaseHolder, releaseHostLease, renewHostLease, takeHostLease, waitForHostLease } from '../../store/fetch-hosts.js';
import { newLeaseOwner } from '../../store/lease-owner.js';
import type { Database } from '../../store/schema.js';
import { HostBusyError } from '../types.js';

/*
 * An in-process limiter for network tasks: at most `maxConcurrent` at once overall and
 * `perHost` at once for any one host. Waiting tasks start in arrival order, except that a task
 * whose host is busy lets later tasks for other hosts go first (no head-of-line blocking);
 * among tasks for the same host the order is always first come, first served.
 */

export interface HostGateOptions {
  /** Tasks running at once over all hosts. Default 8. */
  maxConcurrent?: number;
  /** Tasks running at once for one host. Default 1. */
  perHost?: number;
}

interface Waiter {
  host: string;
  start: () => void;
}

export class HostGate {
  private limit: number;
  readonly perHost: number;
  private running = 0;
  private readonly perHostRunning = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(options: HostGateOptions = {}) {
    this.limit = positiveInteger(options.maxConcurrent ?? 8, 'maxConcurrent');
    this.perHost = positiveInteger(options.perHost ?? 1, 'perHost');
  }

  get maxConcurrent(): number {
    return this.limit;
  }

  /** A new overall limit (the setting changed): raising it starts waiters at once; lowering it lets running tasks finish. */
  setMaxConcurrent(maxConcurrent: number): void {
    this.limit = positiveInteger(maxConcurrent, 'maxConcurrent');
    this.drain();
  }

  /** Tasks running now. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Whether a task for this host runs or waits here now. */
  busy(host: string): boolean {
    const key = host.toLowerCase();
    return this.perHostRunning.has(key) || this.queue.some((waiter) => waiter.host === key);
  }

  /**
   * Runs task when a slot for its host is free; settles as the task does. A bound function,
   * so `gate.run` can be handed around as a throttle on its own. Hosts compare case-insensitively.
   */
  readonly run = <T>(host: string, task: () => Promise<T>): Promise<T> => {
    const key = host.toLowerCase();
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running += 1;
        this.perHostRunning.set(key, (this.perHostRunning.get(key) ?? 0) + 1);
        let result: Promise<T>;
        try {
          result = Promise.resolve(task());
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(resolve, reject).finally(() => this.release(key));
      };
      if (this.queue.length === 0 && this.hasRoom(key)) start();
      else {
        this.queue.push({ host: key, start });
        this.drain();
      }
    });
  };

  private hasRoom(host: string): boolean {
    return this.running < this.limit && (this.perHostRunning.get(host) ?? 0) < this.perHost;
  }

  private release(host: string): void {
    this.running -= 1;
    const left = (this.perHostRunning.get(host) ?? 1) - 1;
    if (left === 0) this.perHostRunning.delete(host);
    else this.perHostRunning.set(host, left);
    this.drain();
  }

  /** Starts the earliest waiters that can start, in queue order. */
  private drain(): void {
    for (let i = 0; i < this.queue.length && this.running < this.limit; ) {
      const waiter = this.queue[i]!;
      if (this.hasRoom(waiter.host)) {
        this.queue.splice(i, 1);
        waiter.start();
      } else {
        i += 1;
      }
    }
  }
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`);
  return value;
}

export interface SharedHostGateOptions extends HostGateOptions {
  /** Names this gate's host leases; unique per gate by default. */
  owner?: string;
  /** How long a host lease holds without renewal; renewed every third of it while the fetch runs. */
  leaseMs?: number;
  /** The longest a fetch waits for a host another worker holds before it fails (and is tried later). */
  maxWaitMs?: number;
  /** First and longest pause between tries while waiting; each try doubles it, with jitter. */
  firstPollMs?: number;
  maxPollMs?: number;
}

/** A dead worker keeps a host from the others at most this long. */
const HOST_LEASE_MS = 30_000;
/** Longer than one fetch may take (30 s), so a fetch that waits behind one other still gets its turn. */
const MAX_HOST_WAIT_MS = 60_000;
const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 250;
/** A waiter's place in line outlasts its longest pause between tries several times over. */
const WAITER_MARK_MS = 2_000;

/**
 * One fetch at a time per host over every worker on the store: a HostGate keeps this process's
 * own tasks in order (and the overall limit), then each task takes the host's lease in the
 * database, waiting with backoff while another worker holds it, renewing it while the task runs,
 * and giving it back after. A task that waits longer than maxWaitMs fails with a HostBusyError.
 */
export class SharedHostGate {
  readonly owner: string;
  private readonly local: HostGate;
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;
  private readonly firstPollMs: number;
  private readonly maxPollMs: number;

  constructor(
    private readonly db: Kysely<Database>,
    options: SharedHostGateOptions = {},
  ) {
    this.local = new HostGate({ maxConcurrent: options.maxConcurrent, perHost: 1 });
    this.owner = options.owner ?? newLeaseOwner();
    this.leaseMs = positiveInteger(options.leaseMs ?? HOST_LEASE_MS, 'leaseMs');
    this.maxWaitMs = Math.max(0, options.maxWaitMs ?? MAX_HOST_WAIT_MS);
    this.firstPollMs = positiveInteger(options.firstPollMs ?? FIRST_POLL_MS, 'firstPollMs');
    this.maxPollMs = Math.max(this.firstPollMs, options.maxPollMs ?? MAX_POLL_MS);
  }

  /** Fetches at once in this process, over all hosts. */
  get maxConcurrent(): number {
    return this.local.maxConcurrent;
  }

  setMaxConcurrent(maxConcurrent: number): void {
    this.local.setMaxConcurrent(maxConcurrent);
  }

  /** Runs task holding the host here and in the database; settles as the task does. Bound, like HostGate.run. */
  readonly run = <T>(host: string, task: () => Promise<T>): Promise<T> => this.local.run(host, () => this.underLease(host, task));

  private async underLease<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    const renewal = setInterval(() => {
      renewHostLease(this.db, { host, owner: this.owner, now: new Date(), leaseMs: this.leaseMs }).catch(() => {
        // A missed renewal shortens the hold; the next one, or the release, settles it.
      });
    }, Math.max(10, Math.floor(this.leaseMs / 3)));
    try {
      return await task();
    } finally {
      clearInterval(renewal);
      // A release that fails leaves the lease to run out: the host waits a little, nothing breaks.
      await releaseHostLease(this.db, { host, owner: this.owner, now: new Date() }).catch(() => {});
    }
  }

  /**
   * Waits, polling with backoff, until neither this process nor another worker holds the host
   * (without taking it); false when it stayed busy for maxWaitMs. A fetch job asks first, so a
   * job whose host is busy for long goes back to the queue instead of holding its slot.
   */
  async waitUntilFree(host: string, maxWaitMs: number): Promise<boolean> {
    const deadline = performance.now() + maxWaitMs;
    let pause = this.firstPollMs;
    for (;;) {
      if (!this.local.busy(host)) {
        const holder = await hostLeaseHolder(this.db, host, new Date());
        if (!holder || holder.owner === this.owner) return true;
      }
      if (performance.now() + pause > deadline) return false;
      await sleep(Math.round(pause * (0.5 + Math.random() / 2)));
      pause = Math.min(this.maxPollMs, pause * 2);
    }
  }

  private async acquire(host: string): Promise<void> {
    const deadline = performance.now() + this.maxWaitMs;
    let pause = this.firstPollMs;
    for (;;) {
      if (await takeHostLease(this.db, { host, owner: this.owner, now: new Date(), leaseMs: this.leaseMs })) return;
      await waitForHostLease(this.db, { host, owner: this.owner, now: new Date(), leaseMs: WAITER_MARK_MS });
      if (performance.now() + pause > deadline) {
        throw new HostBusyError(host, this.maxWaitMs);
      }
      await sleep(Math.round(pause * (0.5 + Math.random() / 2)));
      pause = Math.min(this.maxPollMs, pause * 2);
    }
  }
}
