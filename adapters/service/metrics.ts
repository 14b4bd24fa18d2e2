// The bot's Prometheus metrics: one registry, and the few helpers adapters call when something worth counting happens.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { botVersion } from "../shared/version.ts";

/** Where a question came from: the platforms, the web page (issue 17), the terminal. */
export type Platform = "slack" | "discord" | "web" | "terminal";

/**
 * What became of a question: answered with a quote, declined (the documents do not cover it), or
 * refused (the question could not be used, or the asker was over the rate limit).
 */
/** "small-talk": a thank-you or greeting, answered in kind; "refused": a question that could not be used. */
export type Outcome = "answered" | "declined" | "refused" | "small-talk";

/** The content figures the gauges read when scraped: the live engine fits. */
export interface ContentFigures {
  readonly documents: readonly unknown[];
  readonly passageCount: number;
}

/** The registry /metrics serves. Tests and other servers may read it; nothing else registers here. */
export const registry = new Registry();

const questions = new Counter({
  name: "stp_questions_total",
  help: "Questions handled, by platform and outcome (answered, declined, refused, small-talk).",
  labelNames: ["platform", "outcome"] as const,
  registers: [registry],
});

const answerSeconds = new Histogram({
  name: "stp_answer_duration_seconds",
  help: "From an event's arrival to its reply being posted, in seconds.",
  labelNames: ["platform"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const sendFailures = new Counter({
  name: "stp_send_failures_total",
  help: "Replies the platform refused or that could not be sent, by platform and error code.",
  labelNames: ["platform", "code"] as const,
  registers: [registry],
});

const reloads = new Counter({
  name: "stp_content_reloads_total",
  help: "Content reloads: rebuilt with new content, or kept the last good index.",
  labelNames: ["result"] as const,
  registers: [registry],
});

const reloadFailures = new Counter({
  name: "stp_content_reload_failures_total",
  help: "Content reloads that failed; the bot kept answering from the last good index.",
  registers: [registry],
});

let content: ContentFigures | null = null;

// Prometheus's way to say which release is running: a gauge of 1 whose label is the version, so
// a dashboard can show it and an alert can tell replicas on different releases apart.
new Gauge({
  name: "stp_build_info",
  help: "Always 1; the version label is the stp-bot release running.",
  labelNames: ["version"] as const,
  registers: [registry],
}).set({ version: botVersion }, 1);

new Gauge({
  name: "stp_content_documents",
  help: "Documents the bot answers from.",
  registers: [registry],
  collect() {
    this.set(content?.documents.length ?? 0);
  },
});

new Gauge({
  name: "stp_content_passages",
  help: "Passages in the index the bot answers from.",
  registers: [registry],
  collect() {
    this.set(content?.passageCount ?? 0);
  },
});

const inFlight = new Gauge({
  name: "stp_answers_in_flight",
  help: "Answers being made or posted right now.",
  registers: [registry],
});

const sharedStateUp = new Gauge({
  name: "stp_shared_state_up",
  help: "1 while Redis (REDIS_URL) answers, 0 while the bot falls back to its own memory; absent without REDIS_URL.",
  registers: [registry],
});

/**
 * The helpers adapters call. Each is cheap (a counter add), safe to call when nothing serves
 * /metrics, and never throws.
 *
 * @example metrics.questionHandled("web", "answered", 0.012)
 */
export const metrics = {
  /** One question done: its outcome and the seconds from arrival to reply. */
  questionHandled(platform: Platform, outcome: Outcome, seconds: number): void {
    questions.inc({ platform, outcome });
    if (Number.isFinite(seconds) && seconds >= 0) answerSeconds.observe({ platform }, seconds);
  },
  /** A reply that failed to send, with the platform's error code (`not_in_channel`, `50013`, `429`). */
  sendFailed(platform: Platform, code: string | number): void {
    sendFailures.inc({ platform, code: String(code).slice(0, 64) });
  },
  /** A content reload, as `ReloadReport.kind` says how it went. */
  contentReloaded(kind: "rebuilt" | "kept" | "failed"): void {
    if (kind === "failed") reloadFailures.inc();
    else reloads.inc({ result: kind });
  },
  /** What the content gauges read: the live engine, so a reload shows at the next scrape. */
  watchContent(figures: ContentFigures): void {
    content = figures;
  },
  /** Answers in flight, as the shutdown's tracker counts them. */
  setInFlight(count: number): void {
    inFlight.set(count);
  },
  /** Whether Redis answers. */
  setSharedStateUp(up: boolean): void {
    sharedStateUp.set(up ? 1 : 0);
  },
};

let defaultsStarted = false;

/**
 * Adds Node's own metrics to the registry once: event-loop lag (`nodejs_eventloop_lag_seconds`),
 * memory (`process_resident_memory_bytes`, `nodejs_heap_size_used_bytes`), CPU, handles.
 * Called when the health listener starts, so a test importing adapters does not start sampling.
 */
export function collectProcessMetrics(): void {
  if (defaultsStarted) return;
  defaultsStarted = true;
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
}
