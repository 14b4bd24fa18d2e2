// Runs the bot as several gateway shards, one process each (`tsx adapters/discord/shard.ts`).
// Discord refuses a single connection for a bot in 2,500 or more servers, and asks for more
// shards as it grows; one process per shard also spreads the engine's work over CPU cores.
import { fileURLToPath } from "node:url";
import {
  REST,
  type RESTGetAPIGatewayBotResult,
  Routes,
  type Shard,
  ShardingManager,
} from "discord.js";
import { ConfigError } from "../../src/errors.ts";
import { readDiscordConfig } from "./config.ts";
import { describeDiscordError } from "./log.ts";
import { readShardPlan } from "./shard-config.ts";

try {
  const config = readDiscordConfig();
  // Which shards run here: all of Discord's recommendation, or this host's share of a count that
  // every host is given (DISCORD_SHARD_COUNT, DISCORD_SHARDS).
  const plan = readShardPlan();
  // Asked through our REST client rather than ShardingManager's "auto", which always calls
  // discord.com and so would ignore DISCORD_API_URL.
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const gateway = plan.total
    ? { shards: plan.total }
    : ((await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult);

  // Each shard runs main.ts, which reads the same variables; discord.js hands every child its
  // shard ID and count (SHARDS, SHARD_COUNT) and the token (DISCORD_TOKEN) in its environment.
  const manager = new ShardingManager(fileURLToPath(new URL("./main.ts", import.meta.url)), {
    token: config.token,
    totalShards: gateway.shards,
    ...(plan.here ? { shardList: plan.here } : {}),
    execArgv: ["--import", import.meta.resolve("tsx")],
    respawn: true,
  });
  manager.on("shardCreate", (shard) =>
    console.log(`discord: started shard ${shard.id} of ${gateway.shards}`),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stopShards(manager.shards.values()));
  }
  await manager.spawn();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`Discord: could not start the shards: ${describeDiscordError(error)}`);
  process.exit(1);
}

/**
 * The longest the manager waits for its shards to stop: each finishes its answers in flight (up
 * to 10 s) and runs its close hooks (the question log's up to 30 s at a first start).
 */
const shardStopMs = 45_000;

/**
 * Asks every shard to stop (SIGTERM: each runs its own graceful shutdown) and exits once they
 * all have, so that their answers in flight are posted. Exiting at once instead left the shards
 * orphaned, crashing on the closed channel to this process, and in a container cut them short.
 */
async function stopShards(shards: Iterable<Shard>): Promise<void> {
  const stopped: Promise<unknown>[] = [];
  for (const shard of shards) {
    const child = shard.process;
    if (child && child.exitCode === null && child.signalCode === null)
      stopped.push(new Promise((resolve) => child.once("exit", resolve)));
    // Shard#kill detaches its respawn listener first, so the shards stay stopped.
    shard.kill();
  }
  const late = new Promise((resolve) => setTimeout(resolve, shardStopMs).unref());
  await Promise.race([Promise.all(stopped), late]);
  process.exit(0);
}
