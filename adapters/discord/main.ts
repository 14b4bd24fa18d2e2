// Runs the Discord bot alone (`tsx adapters/discord/main.ts`); `npm start` does the same for every
// platform whose variables are set. Exit 2 means a setting to fix, and the message names it.
import { ConfigError } from "../../src/errors.ts";
import { loadEngine } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startService } from "../service/run.ts";
import { startContentReload } from "../shared/content-reload.ts";
import { startQuestionLog } from "../shared/question-log.ts";
import { startDiscord } from "./bot.ts";
import { readDiscordConfig } from "./config.ts";
import { describeDiscordError } from "./log.ts";

try {
  // Settings first: a missing token should not wait for the engine to load.
  const config = readDiscordConfig();
  const logConfig = readQuestionLogConfig();
  // Logs, health, metrics, shared state and the graceful shutdown, as under `npm start`; a shard
  // listens on HEALTH_PORT + its shard id.
  const service = await startService();
  const content = await startContentReload(await loadEngine(), service.logger);
  service.contentLoaded(content.engine);
  service.shutdown.onClose("content watcher", () => content.stop());
  // Each shard process runs this: the first holds the embedded database, the others write through it.
  const questionLog = startQuestionLog(content.engine, service.logger, logConfig);
  // Closed after the bot (hooks run last-registered first): its last batch holds every answer.
  service.shutdown.onClose("question log", () => questionLog.close());
  const bot = await startDiscord(
    content.engine,
    config,
    service.logger,
    questionLog,
    service.adapters,
  );
  service.run("discord", bot);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`Discord: could not start: ${describeDiscordError(error)}`);
  process.exit(1);
}
