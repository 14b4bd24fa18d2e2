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
 * memory limit, not a count, bounds how many are kept. This replica also keeps the
 * conversations it answered in its own memory (as without Redis): while Redis cannot answer they
 * are read from there, so a Slack thread the bot answered in before the outage is still followed
 * up; and those answered during an outage are newer than Redis's copy, so they are the ones read
 * (and written back) once Redis is back.
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
  /** Conversations answered while Redis was away: memory holds their latest turns. */
  const unsaved = new Set<string>();
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

  /** The latest turns known here: memory's when this replica answered last during an outage. */
  function newerInMemory(key: string): boolean {
    if (!unsaved.has(key)) return false;
    if (memory.has(key)) return true;
    unsaved.delete(key);
    return false;
  }

  return {
    async turns(key, { maxIdleMs } = {}) {
      if (newerInMemory(key)) return memory.turns(key, { maxIdleMs });
      const stored = await read(key);
      if (stored === unavailable) return memory.turns(key, { maxIdleMs });
      // Redis is the truth while it answers: another replica may have ended the conversation.
      if (stored === null) return [];
      if (maxIdleMs !== undefined && now() - stored.answeredAt > maxIdleMs) {
        memory.forget(key);
        await link.run("DEL", (client) => client.del(redisKey(key)));
        return [];
      }
      return stored.turns;
    },
    async has(key) {
      if (newerInMemory(key)) return true;
      const exists = await link.run("EXISTS", (client) => client.exists(redisKey(key)));
      if (exists === unavailable) return memory.has(key);
      return exists > 0;
    },
    async add(key, turn, earlier) {
      let previous: readonly Turn[] | undefined = earlier;
      if (!previous && newerInMemory(key)) previous = memory.turns(key);
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
      memory.add(key, turn, previous);
      if (saved === unavailable) unsaved.add(key);
      else unsaved.delete(key);
    },
    async forget(key) {
      memory.forget(key);
      unsaved.delete(key);
      await link.run("DEL", (client) => client.del(redisKey(key)));
    },
  };
}
