/*
 * When to fetch a source next. Pure arithmetic; the rule, in order:
 *
 * 1. The base is the source's own interval (fetch_interval_minutes, at least 1 minute). The
 *    publisher can only lengthen it, never shorten it.
 * 2. After a success (consecutiveErrors = 0): wait the longest of the interval, the feed's RSS
 *    <ttl> and the response's Cache-Control max-age. The publisher's hints count up to 24 hours;
 *    an operator's interval longer than that is kept as is.
 * 3. After failures (consecutiveErrors = n ≥ 1): back off exponentially, interval × 2^(n−1),
 *    spread by ±20 % jitter (so sources that failed together do not retry together), capped at
 *    24 hours (or at the interval, when that is longer).
 * 4. Retry-After (from a 429 or 503) wins when it is later than the above, in either case; it is
 *    honoured up to 7 days, since a longer one is more likely a mistake than a wish.
 */

export const MAX_HINTED_DELAY_MS = 24 * 60 * 60 * 1000;
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;
export const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
export const JITTER = 0.2;

export interface ScheduleInput {
  now: Date;
  intervalMinutes: number;
  /** RSS <ttl>, in minutes. */
  ttlMinutes: number | null;
  /** Cache-Control: max-age of the last response. */
  maxAgeSeconds: number | null;
  /** Retry-After of the last response. */
  retryAfterSeconds: number | null;
  /** Failures in a row, counting the fetch just made; 0 after a success. */
  consecutiveErrors: number;
  /** Uniform in [0, 1); Math.random by default. */
  random?: () => number;
}

const MINUTE = 60 * 1000;

export function nextFetchAt(input: ScheduleInput): Date {
  const interval = Math.max(1, finiteOr(input.intervalMinutes, 30)) * MINUTE;
  const errors = Math.max(0, Math.floor(finiteOr(input.consecutiveErrors, 0)));
  let delay: number;

  if (errors === 0) {
    const hint = Math.max(
      positive(input.ttlMinutes) * MINUTE,
      positive(input.maxAgeSeconds) * 1000,
    );
    delay = Math.max(interval, Math.min(hint, MAX_HINTED_DELAY_MS));
  } else {
    const random = input.random ?? Math.random;
    const spread = 1 + (Math.min(Math.max(random(), 0), 1) * 2 - 1) * JITTER;
    // 2^30 intervals is far past any cap; the exponent stops there to stay finite.
    const backoff = interval * 2 ** Math.min(errors - 1, 30) * spread;
    delay = Math.min(backoff, Math.max(MAX_BACKOFF_MS, interval));
  }

  const retryAfter = Math.min(positive(input.retryAfterSeconds) * 1000, MAX_RETRY_AFTER_MS);
  delay = Math.max(delay, retryAfter);
  return new Date(input.now.getTime() + Math.round(delay));
}

function positive(value: number | null): number {
  return value !== null && Number.isFinite(value) && value > 0 ? value : 0;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
