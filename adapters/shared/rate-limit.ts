// Per-user (Discord) or per-client (web) question limit, so one person cannot flood the bot.
// Pure bookkeeping with an injectable clock: no timers, so nothing keeps the process alive.

/** Options for {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Questions allowed per key in one window; 0 allows everything. */
  limit: number;
  /** Length of the sliding window in milliseconds. [default: 60000] */
  windowMs?: number;
  /** Clock, replaced in tests. [default: `Date.now`] */
  now?: () => number;
  /**
   * Most keys remembered at once. Past it, idle keys are forgotten first, then the key seen
   * longest ago, so a flood of new addresses cannot grow memory without bound. [default: 100,000]
   */
  maxKeys?: number;
}

/** What {@link RateLimiter.take} decided. */
export type RateDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** How long until the oldest question leaves the window. */
      retryAfterMs: number;
      /** True for the first refusal in a burst, so chat replies can say so once and then stay quiet. */
      firstRefusal: boolean;
    };

/** Per-key question limit; `await` each take, so a limiter shared through Redis fits too. */
export interface RateLimiter {
  /** Counts one question for `key` if it is within the limit. */
  take(key: string): RateDecision | Promise<RateDecision>;
}

/** The in-memory limiter: decides at once. */
export interface MemoryRateLimiter extends RateLimiter {
  take(key: string): RateDecision;
}

/**
 * A sliding-window limiter: at most `limit` allowed takes per key in any `windowMs`.
 *
 * @example
 * const limiter = createRateLimiter({ limit: 5 });
 * if (!limiter.take(user.id).allowed) …
 */
export function createRateLimiter({
  limit,
  windowMs = 60_000,
  now = Date.now,
  maxKeys = 100_000,
}: RateLimiterOptions): MemoryRateLimiter {
  const history = new Map<string, UserHistory>();
  let takesSinceSweep = 0;

  return {
    take(key) {
      if (limit <= 0) return { allowed: true };
      const time = now();
      // Forget idle users now and then, so memory follows active users, not all users ever seen.
      if (++takesSinceSweep >= 1000) {
        takesSinceSweep = 0;
        sweep(history, time - windowMs);
      }
      let entry = history.get(key);
      if (!entry) {
        if (history.size >= maxKeys) {
          sweep(history, time - windowMs);
          // Still full of active keys: the one added longest ago goes (a Map keeps insertion order).
          const oldest = history.keys().next();
          if (history.size >= maxKeys && !oldest.done) history.delete(oldest.value);
        }
        entry = { times: [], refused: false };
        history.set(key, entry);
      }
      entry.times = entry.times.filter((t) => t > time - windowMs);
      if (entry.times.length < limit) {
        entry.times.push(time);
        entry.refused = false;
        return { allowed: true };
      }
      const oldest = entry.times[0] ?? time;
      const firstRefusal = !entry.refused;
      entry.refused = true;
      return { allowed: false, retryAfterMs: oldest + windowMs - time, firstRefusal };
    },
  };
}

interface UserHistory {
  /** When each allowed question in the window was asked. */
  times: number[];
  /** Whether this burst has already been refused once. */
  refused: boolean;
}

function sweep(history: Map<string, UserHistory>, cutoff: number): void {
  for (const [key, entry] of history) {
    if (entry.times.every((t) => t <= cutoff)) history.delete(key);
  }
}
