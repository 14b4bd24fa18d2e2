// Counts the answers being made or posted, so a shutdown can stop taking new events and still finish these.
import { metrics } from "./metrics.ts";

/** The answers in flight, and whether new ones are still taken. */
export interface InFlight {
  /** False once a shutdown began: adapters refuse or ignore new events from then on. */
  readonly accepting: boolean;
  /** How many answers are in flight. */
  readonly count: number;
  /**
   * Runs `work`, counting it as in flight until it settles, and returns what it returns. Work
   * started after `stopAccepting` still runs (an event half-read when the signal came).
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Stops taking new events; `accepting` is false from now on. */
  stopAccepting(): void;
  /** Settles with 0 when nothing is left in flight, or after `timeoutMs` with how many were. */
  settled(timeoutMs: number): Promise<number>;
}

/**
 * A tracker for one process. Adapters share one, so a shutdown waits for Slack and Discord alike.
 *
 * @example const work = createInFlight(); await work.run(() => postAnswer()); await work.settled(10_000)
 */
export function createInFlight(): InFlight {
  let count = 0;
  let accepting = true;
  const waiters = new Set<() => void>();
  const done = () => {
    count -= 1;
    metrics.setInFlight(count);
    if (count === 0) for (const wake of waiters) wake();
  };
  return {
    get accepting() {
      return accepting;
    },
    get count() {
      return count;
    },
    async run(work) {
      count += 1;
      metrics.setInFlight(count);
      try {
        return await work();
      } finally {
        done();
      }
    },
    stopAccepting() {
      accepting = false;
    },
    settled(timeoutMs) {
      if (count === 0) return Promise.resolve(0);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(count);
        };
        const timer = setTimeout(wake, timeoutMs);
        waiters.add(wake);
      });
    },
  };
}
