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
  readonly maxConcurrent: number;
  readonly perHost: number;
  private running = 0;
  private readonly perHostRunning = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(options: HostGateOptions = {}) {
    this.maxConcurrent = positiveInteger(options.maxConcurrent ?? 8, 'maxConcurrent');
    this.perHost = positiveInteger(options.perHost ?? 1, 'perHost');
  }

  /** Tasks running now. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
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
    return this.running < this.maxConcurrent && (this.perHostRunning.get(host) ?? 0) < this.perHost;
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
    for (let i = 0; i < this.queue.length && this.running < this.maxConcurrent; ) {
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
