// "Have we seen this before?" for keys every replica must agree on, such as Slack event ids: Redis SET NX with an expiry, else this process's memory.
import { RecentMap } from "../slack/recent.ts";
import { type RedisLink, unavailable } from "./redis-link.ts";

/** True the first time `key` is seen (by any replica, with Redis) within `ttlMs`, false after. */
export type FirstSighting = (key: string, ttlMs: number) => Promise<boolean>;

/** Keys remembered in memory: Slack re-sends an event within minutes, so a few thousand are plenty. */
const memoryCapacity = 20_000;

/**
 * Records keys in Redis when `link` is given and answering (`SET stp-bot:seen:KEY 1 NX PX ttl`:
 * of two replicas handed the same event at once exactly one gets OK), otherwise in a bounded map
 * in memory.
 *
 * @example const isFirst = createFirstSighting(link); if (await isFirst(`slack-event:${id}`, 3_600_000)) answer();
 */
export function createFirstSighting(link: RedisLink | null): FirstSighting {
  const memory = new RecentMap<true>(memoryCapacity);
  return async (key, ttlMs) => {
    if (link) {
      const reply = await link.run("SET NX", (client) =>
        client.set(`stp-bot:seen:${key}`, "1", {
          condition: "NX",
          expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) },
        }),
      );
      if (reply !== unavailable) {
        // Kept in memory as well, so a retry that comes while Redis is away is still caught here.
        memory.set(key, true);
        return reply === "OK";
      }
    }
    return memory.isFirstSighting(key, true);
  };
}
