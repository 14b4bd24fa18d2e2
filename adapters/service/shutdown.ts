// Graceful restarts: on SIGTERM or SIGINT stop taking events, finish the answers in flight, run every close hook, exit 0.
import type { Logger } from "../shared/logger.ts";
import type { InFlight } from "./in-flight.ts";
import type { Readiness } from "./readiness.ts";

/** A step of the shutdown; it may be async, and a failure is logged, never fatal. */
export type ShutdownHook = () => unknown;

/** The process's one shutdown, which every part registers with. */
export interface Shutdown {
  /**
   * Registers a hook run first, as soon as a signal comes: stop taking new events (Slack's HTTP
   * receiver answers 503, Socket Mode disconnects). Hooks run in the order registered.
   */
  onStopTaking(name: string, hook: ShutdownHook): void;
  /**
   * Registers a hook run once the answers in flight are done (or the grace period ran out): close
   * a connection, flush a log (issue 15's question log registers its flush here). Hooks run one
   * at a time, the last registered first (what was opened last closes first: the adapters before
   * the content watcher, a log opened before the adapters after them, Redis and the health
   * listener last), each given at most `closeTimeoutMs`, or `timeoutMs` for a hook that bounds its
   * own wait (the question log waits for a database still being made at the first start).
   */
  onClose(name: string, hook: ShutdownHook, timeoutMs?: number): void;
  /** True from the first signal on. */
  readonly stopping: boolean;
  /**
   * Shuts down once, then exits 0. A second call while the first runs (a second Ctrl-C, or
   * SIGTERM after SIGINT) exits at once with 128 + the signal's number, unless it came within
   * `repeatWindowMs` of the first: that is one signal delivered twice (a terminal signals the whole
   * process group; tsx relays a signal again when its child is slow to acknowledge it).
   */
  run(signal?: NodeJS.Signals): Promise<void>;
  /** Handles SIGTERM and SIGINT on `process` with `run`. */
  listen(): void;
}

/** What {@link createShutdown} needs. */
export interface ShutdownOptions {
  inFlight: InFlight;
  readiness: Readiness;
  logger: Logger;
  /** Longest wait for answers in flight. [default: 10 s] */
  graceMs?: number;
  /** Longest wait for each close hook. [default: 5 s] */
  closeTimeoutMs?: number;
  /** A second signal this soon after the first is the same one again, and ignored. [default: 1 s] */
  repeatWindowMs?: number;
  /** How the process ends; tests pass their own. [default: process.exit] */
  exit?: (code: number) => void;
}

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 };

/**
 * The shutdown coordinator. Order: readiness goes to 503 ("shutting down"), new events are
 * refused, answers in flight finish (up to `graceMs`), close hooks run, exit 0.
 *
 * @example
 * const shutdown = createShutdown({ inFlight, readiness, logger });
 * shutdown.onStopTaking("slack", () => slack.stopTaking());
 * shutdown.onClose("question log", () => questionLog.flush());
 * shutdown.listen();
 */
export function createShutdown({
  inFlight,
  readiness,
  logger,
  graceMs = 10_000,
  closeTimeoutMs = 5_000,
  repeatWindowMs = 1_000,
  exit = (code) => process.exit(code),
}: ShutdownOptions): Shutdown {
  const stopTaking: [string, ShutdownHook][] = [];
  const close: [string, ShutdownHook, number][] = [];
  let stopping = false;
  let firstSignalAt = 0;

  async function step(kind: string, name: string, hook: ShutdownHook, timeoutMs: number) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), timeoutMs);
    });
    try {
      const result = await Promise.race([Promise.resolve().then(hook), late]);
      if (result === "late")
        logger.warn(`shutdown: ${kind} ${name} took over ${timeoutMs} ms; going on without it`);
    } catch (error) {
      logger.error(`shutdown: ${kind} ${name} failed: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  const shutdown: Shutdown = {
    onStopTaking: (name, hook) => void stopTaking.push([name, hook]),
    onClose: (name, hook, timeoutMs = closeTimeoutMs) => void close.push([name, hook, timeoutMs]),
    get stopping() {
      return stopping;
    },
    async run(signal = "SIGTERM") {
      if (stopping) {
        if (Date.now() - firstSignalAt < repeatWindowMs) return;
        logger.warn(`shutdown: second ${signal}; exiting at once`);
        exit(128 + (signalNumbers[signal] ?? 15));
        return;
      }
      stopping = true;
      firstSignalAt = Date.now();
      const started = firstSignalAt;
      readiness.set("shutdown", false, `shutting down (${signal})`);
      inFlight.stopAccepting();
      logger.info(
        `shutdown: ${signal}; no new events, finishing ${inFlight.count} answer(s) in flight`,
        { signal, inFlight: inFlight.count },
      );
      for (const [name, hook] of stopTaking) await step("stopping", name, hook, closeTimeoutMs);
      const left = await inFlight.settled(graceMs);
      if (left > 0)
        logger.warn(
          `shutdown: ${left} answer(s) still in flight after ${graceMs / 1000} s; closing anyway`,
          { inFlight: left },
        );
      for (const [name, hook, timeoutMs] of [...close].reverse())
        await step("closing", name, hook, timeoutMs);
      logger.info(`shutdown: done in ${Date.now() - started} ms`, {
        durationMs: Date.now() - started,
      });
      exit(0);
    },
    listen() {
      for (const signal of ["SIGTERM", "SIGINT"] as const)
        process.on(signal, () => void shutdown.run(signal));
    },
  };
  return shutdown;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
