// Which of the bot's shards this host runs, for spreading Discord shards over several hosts: the only file that reads DISCORD_SHARDS and DISCORD_SHARD_COUNT.
import { ConfigError } from "../../src/errors.ts";

/** The shards `shard.ts` starts here. */
export interface ShardPlan {
  /** Every shard the bot has, on every host; null asks Discord for its recommendation. [`DISCORD_SHARD_COUNT`] */
  total: number | null;
  /** The shard ids this host runs; null runs all of them. [`DISCORD_SHARDS`, e.g. `0,1` or `2-3`] */
  here: number[] | null;
}

/**
 * Reads the shard plan. With neither variable set, one host runs every shard Discord
 * recommends. To split them over hosts, give every host the same DISCORD_SHARD_COUNT and each its
 * own DISCORD_SHARDS: a count asked of Discord could differ from host to host.
 *
 * @throws {ConfigError} naming the variable: a list that is not ids, an id past the count, or
 *   DISCORD_SHARDS without DISCORD_SHARD_COUNT.
 * @example readShardPlan({ DISCORD_SHARD_COUNT: "4", DISCORD_SHARDS: "2-3" }) // { total: 4, here: [2, 3] }
 */
export function readShardPlan(env: NodeJS.ProcessEnv = process.env): ShardPlan {
  const countRaw = env.DISCORD_SHARD_COUNT?.trim();
  const listRaw = env.DISCORD_SHARDS?.trim();
  let total: number | null = null;
  if (countRaw) {
    total = Number(countRaw);
    if (!/^\d+$/.test(countRaw) || total < 1)
      throw new ConfigError(
        "DISCORD_SHARD_COUNT",
        `DISCORD_SHARD_COUNT should be the number of shards on all hosts together (at least 1), but it is "${countRaw}". Unset it to use Discord's recommendation on a single host.`,
      );
  }
  if (!listRaw) return { total, here: null };
  if (total === null)
    throw new ConfigError(
      "DISCORD_SHARD_COUNT",
      "DISCORD_SHARDS is set but DISCORD_SHARD_COUNT is not: give every host the same DISCORD_SHARD_COUNT (the shards on all hosts together) so their shard ids fit together.",
    );
  const here = new Set<number>();
  for (const part of listRaw.split(",").map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || to < from || to >= total)
      throw new ConfigError(
        "DISCORD_SHARDS",
        `DISCORD_SHARDS should list shard ids from 0 to ${total - 1} (DISCORD_SHARD_COUNT is ${total}), such as 0,1 or 2-3, but "${part}" is not one.`,
      );
    for (let id = from; id <= to; id++) here.add(id);
  }
  return { total, here: [...here].sort((a, b) => a - b) };
}
