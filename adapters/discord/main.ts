// Runs the Discord bot alone (`tsx adapters/discord/main.ts`); `npm start` does the same for every
// platform whose variables are set. Exit 2 means a setting to fix, and the message names it.
import { ConfigError } from "../../src/errors.ts";
import { loadEngine } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startBot } from "../service/start-bot.ts";
import { startDiscord } from "./bot.ts";
import { readDiscordConfig } from "./config.ts";
import { describeDiscordError } from "./log.ts";

try {
  // Settings first: a missing token should not wait for the engine to load.
  const config = readDiscordConfig();
  const logConfig = readQuestionLogConfig();
  // Logs, health, metrics, shared state and the graceful shutdown, as under `npm start`; a shard
  // listens on HEALTH_PORT + its shard id.
  // Each shard process runs this: the first holds the embedded question log's database, the
  // others write through it.
  const { service, engine, questionLog } = await startBot(loadEngine, logConfig);
  const bot = await startDiscord(engine, config, service.logger, questionLog, service.adapters);
  service.run("discord", bot);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`Discord: could not start: ${describeDiscordError(error)}`);
  process.exit(1);
}
