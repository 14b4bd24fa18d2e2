// What every handler needs, built once per client so handlers stay plain functions.
import type { Engine } from "../../src/engine.ts";
import type { QuestionLog } from "../../src/question-log/index.ts";
import type { AdapterService } from "../service/adapter-service.ts";
import type { ConversationStore } from "../shared/conversations.ts";
import type { RateLimiter } from "../shared/rate-limit.ts";
import type { AnswerStore } from "./answer-store.ts";
import type { DiscordConfig } from "./config.ts";
import type { DiscordLogger } from "./log.ts";

export interface BotContext {
  engine: Engine;
  config: DiscordConfig;
  logger: DiscordLogger;
  /** Questions per user per minute. */
  limiter: RateLimiter;
  /** Answers behind the buttons. */
  answers: AnswerStore;
  /** The turns behind each answer, thread and DM, for follow-ups. */
  conversations: ConversationStore;
  /** Where questions and votes are recorded, redacted, with no user, channel or server named. */
  questionLog: QuestionLog;
  /**
   * An interaction older than this (by its snowflake) is deferred before answering, because
   * Discord drops a response that comes after 3 seconds and a deferral buys 15 minutes.
   */
  deferAfterMs: number;
  /** Answers in flight, readiness and shared state, from the service that runs the bot. */
  service: AdapterService;
}
