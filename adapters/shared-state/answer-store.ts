// The answers behind Discord's buttons kept in Redis, so "More sources" and 👍/👎 work whichever shard or host the click reaches.

import type { Answer } from "../../src/types.ts";
import {
  type AnswerStore,
  type AnswerStoreOptions,
  createAnswerStore,
} from "../discord/answer-store.ts";
import { type RedisLink, unavailable } from "./redis-link.ts";

/** Options for {@link createRedisAnswerStore}. */
export interface RedisAnswerStoreOptions extends AnswerStoreOptions {
  /** How long a button's answer is kept in Redis. [default: 24 hours] */
  ttlMs?: number;
}

/**
 * Each answer under `stp-bot:answer:ID` (JSON, expiring after `ttlMs`) and who voted on it in
 * the set `stp-bot:votes:ID`, so one person's vote counts once across replicas. This replica also
 * keeps its own answers in memory, which serves its clicks without a round trip and everything
 * while Redis is away.
 *
 * @example const answers = createRedisAnswerStore(link); const id = await answers.save(answer);
 */
export function createRedisAnswerStore(
  link: RedisLink,
  { ttlMs = 24 * 60 * 60 * 1000, ...options }: RedisAnswerStoreOptions = {},
): AnswerStore {
  const memory = createAnswerStore(options);
  return {
    async save(answer) {
      const id = memory.save(answer);
      await link.run("SET", (client) =>
        client.set(`stp-bot:answer:${id}`, JSON.stringify(answer), {
          expiration: { type: "PX", value: ttlMs },
        }),
      );
      return id;
    },
    async get(id) {
      const local = memory.get(id);
      if (local) return local;
      const raw = await link.run("GET", (client) => client.get(`stp-bot:answer:${id}`));
      if (typeof raw !== "string") return null;
      try {
        return JSON.parse(raw) as Answer;
      } catch {
        return null;
      }
    },
    async markVoted(id, userId) {
      const key = `stp-bot:votes:${id}`;
      const added = await link.run("SADD", async (client) => {
        const count = await client.sAdd(key, userId);
        await client.pExpire(key, ttlMs);
        return count;
      });
      if (added === unavailable) return memory.markVoted(id, userId);
      return added === 1;
    },
  };
}
