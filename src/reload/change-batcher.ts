// Gathers a burst of file changes into one rebuild: waits for a quiet moment, never runs two rebuilds at once, and runs again for changes that came in meanwhile.

/** How long to wait before acting on changes. */
export interface ChangeBatcherOptions {
  /** Act once no change has come for this long. [default: 300 ms] */
  quietMs?: number;
  /** Act at the latest this long after the first change of a batch, even if changes keep coming. [default: 2000 ms] */
  maxWaitMs?: number;
}

/** Collects changed names and hands them over in batches. */
export interface ChangeBatcher {
  /** Notes that `name` changed. */
  add(name: string): void;
  /** Settles once nothing is waiting and no batch is being handled (for tests and shutdown). */
  idle(): Promise<void>;
  /** Drops anything waiting; a batch being handled still finishes. */
  stop(): void;
}

/**
 * Calls `handle` with each batch of changed names, one batch at a time. Copying 50 files into
 * the folder is one batch, not 50: the files land within a few milliseconds of each other.
 * @example const batcher = createChangeBatcher((names) => rebuild(names)); batcher.add("plan.md");
 */
export function createChangeBatcher(
  handle: (names: Set<string>) => Promise<void>,
  { quietMs = 300, maxWaitMs = 2000 }: ChangeBatcherOptions = {},
): ChangeBatcher {
  let waiting = new Set<string>();
  let firstChangeAt = 0;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (running || timer || waiting.size > 0) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    const untilLatest = firstChangeAt + maxWaitMs - Date.now();
    timer = setTimeout(flush, Math.max(0, Math.min(quietMs, untilLatest)));
  };

  const flush = () => {
    timer = null;
    // A batch arriving while one is handled waits for it, then goes as the next batch.
    if (running || stopped || waiting.size === 0) return settleIdle();
    const batch = waiting;
    waiting = new Set();
    running = handle(batch)
      .catch(() => {}) // `handle` reports its own failures; one must not stop later batches.
      .finally(() => {
        running = null;
        if (waiting.size > 0 && !stopped) {
          firstChangeAt = Date.now();
          schedule();
        }
        settleIdle();
      });
  };

  return {
    add(name) {
      if (stopped) return;
      if (waiting.size === 0) firstChangeAt = Date.now();
      waiting.add(name);
      if (!running) schedule();
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      waiting = new Set();
      settleIdle();
    },
  };
}
