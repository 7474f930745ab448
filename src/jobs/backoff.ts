/** Retry policy of a failed job: exponential from `baseMs`, capped at `capMs`, with jitter. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 30_000, capMs: 3_600_000 };

/**
 * Wait before the next try after `attempts` tries: base × 2^(attempts − 1), capped, then drawn
 * from its upper half ("equal jitter"), so jobs that failed together do not retry together and
 * a retry never comes sooner than half the planned wait.
 */
export function retryDelayMs(attempts: number, policy: BackoffPolicy = defaultBackoff, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempts) - 1), 30);
  const planned = Math.min(policy.baseMs * 2 ** exponent, policy.capMs);
  const spread = Math.min(Math.max(random(), 0), 1);
  return Math.round(planned / 2 + (planned / 2) * spread);
}
