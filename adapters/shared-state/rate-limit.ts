// Discord's per-user question limit shared by every shard and host through Redis: one sliding window per user, decided in one Lua script.
import { randomBytes } from "node:crypto";
import {
  createRateLimiter,
  type RateDecision,
  type RateLimiter,
  type RateLimiterOptions,
} from "../shared/rate-limit.ts";
import { type RedisLink, unavailable } from "./redis-link.ts";

/**
 * The window is a sorted set of the times of allowed questions; a second key marks that this
 * burst was already refused once. Run as one script, so two shards taking for the same user at
 * once cannot both slip under the limit.
 */
const slidingWindow = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return {1, 0, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local first = redis.call('SET', KEYS[2], '1', 'NX', 'PX', window)
return {0, tonumber(oldest[2]) + window - now, first and 1 or 0}
`;

/**
 * The same limit as {@link createRateLimiter}, counted in Redis (`stp-bot:rate:USER`) so a user
 * gets `limit` questions a minute in all, whichever shard or host answers. While Redis cannot
 * answer, each replica counts in its own memory.
 *
 * @example const limiter = createRedisRateLimiter(link, { limit: 5 }); (await limiter.take(userId)).allowed
 */
export function createRedisRateLimiter(link: RedisLink, options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs = 60_000, now = Date.now } = options;
  const memory = createRateLimiter(options);
  return {
    async take(key) {
      if (limit <= 0) return { allowed: true };
      const time = now();
      const reply = await link.run("rate limit script", (client) =>
        client.eval(slidingWindow, {
          keys: [`stp-bot:rate:${key}`, `stp-bot:rate-refused:${key}`],
          arguments: [
            String(time),
            String(windowMs),
            String(limit),
            `${time}-${randomBytes(4).toString("hex")}`,
          ],
        }),
      );
      if (reply === unavailable || !Array.isArray(reply)) return memory.take(key);
      const [allowed, retryAfterMs, firstRefusal] = reply.map(Number);
      if (allowed === 1) return { allowed: true };
      return {
        allowed: false,
        retryAfterMs: Math.max(0, retryAfterMs ?? windowMs),
        firstRefusal: firstRefusal === 1,
      } satisfies RateDecision;
    },
  };
}
