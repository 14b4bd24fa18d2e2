// Spreading Discord shards over hosts: DISCORD_SHARD_COUNT for all of them, DISCORD_SHARDS for this host's.
import { describe, expect, it } from "vitest";
import { readShardPlan } from "../../adapters/discord/shard-config.ts";
import { ConfigError } from "../../src/errors.ts";

describe("readShardPlan", () => {
  it("runs every shard Discord recommends when neither variable is set", () => {
    expect(readShardPlan({})).toEqual({ total: null, here: null });
  });

  it("runs this host's share of a fixed count, from a list and ranges", () => {
    expect(readShardPlan({ DISCORD_SHARD_COUNT: "6", DISCORD_SHARDS: "0,4-5" })).toEqual({
      total: 6,
      here: [0, 4, 5],
    });
    expect(readShardPlan({ DISCORD_SHARD_COUNT: "2" })).toEqual({ total: 2, here: null });
  });

  it.each([
    [{ DISCORD_SHARDS: "0,1" }, "DISCORD_SHARD_COUNT", "same DISCORD_SHARD_COUNT"],
    [{ DISCORD_SHARD_COUNT: "two" }, "DISCORD_SHARD_COUNT", "at least 1"],
    [{ DISCORD_SHARD_COUNT: "4", DISCORD_SHARDS: "3-4" }, "DISCORD_SHARDS", "from 0 to 3"],
    [{ DISCORD_SHARD_COUNT: "4", DISCORD_SHARDS: "one" }, "DISCORD_SHARDS", "such as 0,1"],
  ])("refuses %o, naming %s", (env, variable, hint) => {
    expect(() => readShardPlan(env)).toThrow(ConfigError);
    expect(() => readShardPlan(env)).toThrow(variable);
    expect(() => readShardPlan(env)).toThrow(hint);
  });
});
