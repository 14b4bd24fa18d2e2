// One place where an answered event becomes a log line and metrics: platform, outcome, latency; the question only when LOG_QUESTIONS=1 lets it through.
import type { Answer } from "../../src/types.ts";
import type { Logger } from "../shared/logger.ts";
import { metrics, type Outcome, type Platform } from "./metrics.ts";

/** One question handled, as an adapter knows it. */
export interface AnswerEvent {
  platform: Platform;
  outcome: Outcome;
  /** When the event arrived, from `performance.now()`. */
  startedAt: number;
  /** The log line's text, e.g. "slack: answered a mention in C0123". */
  message: string;
  /** The question as asked; the service's logger drops it unless LOG_QUESTIONS=1. */
  question?: string;
  /** Anything else worth a field: `followUp`, `channel`. */
  fields?: Record<string, unknown>;
}

/**
 * answered / declined / refused / small-talk, read off an Answer: refused when the question
 * itself could not be used, small-talk for a "thanks" or "hello" (not a fault to alert on).
 */
export function outcomeOf(answer: Answer | null): Outcome {
  if (!answer) return "answered";
  if (answer.problem === "small-talk") return "small-talk";
  if (answer.problem) return "refused";
  return answer.answered ? "answered" : "declined";
}

/**
 * Counts the question in `stp_questions_total` and `stp_answer_duration_seconds` and logs one
 * line with `platform`, `outcome` and `latencyMs` fields.
 *
 * @example reportAnswer(logger, { platform: "web", outcome: outcomeOf(answer), startedAt, message: "web: answered" })
 */
export function reportAnswer(logger: Logger, event: AnswerEvent): void {
  const latencyMs = Math.round((performance.now() - event.startedAt) * 10) / 10;
  metrics.questionHandled(event.platform, event.outcome, latencyMs / 1000);
  logger.info(event.message, {
    ...event.fields,
    platform: event.platform,
    outcome: event.outcome,
    latencyMs,
    ...(event.question !== undefined ? { question: event.question } : {}),
  });
}
