// What a running service lends each adapter: the answers-in-flight tracker, readiness, and where shared state lives.
import { createMemoryState, type SharedState } from "../shared-state/state.ts";
import { createInFlight, type InFlight } from "./in-flight.ts";
import { createReadiness, type Readiness } from "./readiness.ts";

/** Passed to `startSlack`, `startDiscord` (and issue 17's web adapter) by whoever runs them. */
export interface AdapterService {
  /** Counts answers in flight; refuses new events once a shutdown began. */
  inFlight: InFlight;
  /** Where the adapter says whether its platform is connected (/readyz). */
  readiness: Readiness;
  /** Event dedupe, conversations, rate limits, button answers: memory or Redis. */
  state: SharedState;
}

/**
 * An adapter on its own (tests, benches): a tracker and readiness of its own, state in memory.
 *
 * @example createSlackApp(engine, config, logger, standaloneService())
 */
export function standaloneService(): AdapterService {
  return { inFlight: createInFlight(), readiness: createReadiness(), state: createMemoryState() };
}
