// The state replicas must share, in one place: in this process's memory by default, in Redis when REDIS_URL is set.
import { type AnswerStore, createAnswerStore } from "../discord/answer-store.ts";
import {
  type ConversationStore,
  type ConversationStoreOptions,
  createConversationStore,
} from "../shared/conversations.ts";
import type { Logger } from "../shared/logger.ts";
import {
  createRateLimiter,
  type RateLimiter,
  type RateLimiterOptions,
} from "../shared/rate-limit.ts";
import { createRedisAnswerStore } from "./answer-store.ts";
import { createRedisConversationStore } from "./conversations.ts";
import { createFirstSighting, type FirstSighting } from "./first-sightings.ts";
import { createRedisRateLimiter } from "./rate-limit.ts";
import { connectRedis, type RedisLinkOptions } from "./redis-link.ts";

/** Where each adapter keeps what another replica may need. */
export interface SharedState {
  /** "redis" when shared through REDIS_URL, "memory" when each process keeps its own. */
  readonly kind: "redis" | "memory";
  /** Slack's event ids: true the first time one is seen, by any replica. */
  firstSighting: FirstSighting;
  /** A store for follow-up conversations. */
  conversations(options?: ConversationStoreOptions): ConversationStore;
  /** A per-user question limit (Discord). */
  rateLimiter(options: RateLimiterOptions): RateLimiter;
  /** The answers behind buttons (Discord). */
  answerStore(): AnswerStore;
  /** Lets Redis go, at shutdown. */
  close(): Promise<void>;
}

/**
 * Everything in this process's memory, as the bot always kept it: right for one replica.
 *
 * @example startSlack(engine, config, logger, { state: createMemoryState() })
 */
export function createMemoryState(): SharedState {
  return {
    kind: "memory",
    firstSighting: createFirstSighting(null),
    conversations: (options) => createConversationStore(options),
    rateLimiter: (options) => createRateLimiter(options),
    answerStore: () => createAnswerStore(),
    close: async () => {},
  };
}

/**
 * State shared through the Redis at `url`; each store falls back to this replica's memory while
 * Redis cannot answer, so a Redis outage never stops answers.
 *
 * @example const state = await connectSharedState(config.redisUrl, logger);
 */
export async function connectSharedState(
  url: string,
  logger: Logger,
  options: RedisLinkOptions = {},
): Promise<SharedState> {
  const link = await connectRedis(url, logger, options);
  return {
    kind: "redis",
    firstSighting: createFirstSighting(link),
    conversations: (storeOptions) => createRedisConversationStore(link, storeOptions),
    rateLimiter: (limiterOptions) => createRedisRateLimiter(link, limiterOptions),
    answerStore: () => createRedisAnswerStore(link),
    close: () => link.close(),
  };
}
