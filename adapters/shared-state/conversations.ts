// Follow-up conversations kept in Redis, so a thread's next reply carries on whichever replica it reaches; this replica's memory while Redis is away.
import { rememberTurn, type Turn } from "../../src/index.ts";
import {
  type ConversationStore,
  type ConversationStoreOptions,
  createConversationStore,
  defaultConversationOptions,
} from "../shared/conversations.ts";
import { type RedisLink, unavailable } from "./redis-link.ts";

/** What one conversation's key holds. */
interface StoredConversation {
  turns: Turn[];
  answeredAt: number;
}

/**
 * A ConversationStore on Redis: each conversation is one JSON value under
 * `stp-bot:conversation:KEY` that expires `ttlMs` after its last answer (24 hours). Redis's own
 * memory limit, not a count, bounds how many are kept. While Redis cannot answer, turns are kept
 * and read in this replica's memory, as without Redis; a conversation kept there is still found
 * when Redis is back.
 *
 * @example const conversations = createRedisConversationStore(link); await conversations.add(key, turn);
 */
export function createRedisConversationStore(
  link: RedisLink,
  options: ConversationStoreOptions = {},
): ConversationStore {
  const maxTurns = options.maxTurns ?? defaultConversationOptions.maxTurns;
  const ttlMs = options.ttlMs ?? defaultConversationOptions.ttlMs;
  const now = options.now ?? Date.now;
  const memory = createConversationStore(options);
  const redisKey = (key: string) => `stp-bot:conversation:${key}`;

  async function read(key: string): Promise<StoredConversation | null | typeof unavailable> {
    const raw = await link.run("GET", (client) => client.get(redisKey(key)));
    if (raw === unavailable) return unavailable;
    if (typeof raw !== "string") return null;
    try {
      return JSON.parse(raw) as StoredConversation;
    } catch {
      return null;
    }
  }

  return {
    async turns(key, { maxIdleMs } = {}) {
      const stored = await read(key);
      if (stored === unavailable || stored === null) return memory.turns(key, { maxIdleMs });
      if (maxIdleMs !== undefined && now() - stored.answeredAt > maxIdleMs) {
        await link.run("DEL", (client) => client.del(redisKey(key)));
        return [];
      }
      return stored.turns;
    },
    async has(key) {
      const exists = await link.run("EXISTS", (client) => client.exists(redisKey(key)));
      if (exists === unavailable || exists === 0) return memory.has(key);
      return true;
    },
    async add(key, turn, earlier) {
      let previous: readonly Turn[] | undefined = earlier;
      if (!previous) {
        const stored = await read(key);
        previous = stored && stored !== unavailable ? stored.turns : memory.turns(key);
      }
      const value: StoredConversation = {
        turns: rememberTurn(previous, turn, maxTurns),
        answeredAt: now(),
      };
      const saved = await link.run("SET", (client) =>
        client.set(redisKey(key), JSON.stringify(value), {
          expiration: { type: "PX", value: ttlMs },
        }),
      );
      if (saved === unavailable) memory.add(key, turn, previous);
      else memory.forget(key);
    },
    async forget(key) {
      memory.forget(key);
      await link.run("DEL", (client) => client.del(redisKey(key)));
    },
  };
}
