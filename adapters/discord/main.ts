// Runs the Discord bot alone (`tsx adapters/discord/main.ts`); `npm start` does the same for every
// platform whose variables are set. Exit 2 means a setting to fix, and the message names it.
import { ConfigError } from "../../src/errors.ts";
import { loadEngine } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startContentReload } from "../shared/content-reload.ts";
import { consoleLogger } from "../shared/logger.ts";
import { startQuestionLog } from "../shared/question-log.ts";
import { startDiscord } from "./bot.ts";
import { readDiscordConfig } from "./config.ts";
import { describeDiscordError } from "./log.ts";

try {
  // Settings first: a missing token should not wait for the engine to load.
  const config = readDiscordConfig();
  const logConfig = readQuestionLogConfig();
  const content = await startContentReload(await loadEngine(), consoleLogger);
  // Each shard process runs this: the first holds the embedded database, the others write through it.
  const questionLog = startQuestionLog(content.engine, consoleLogger, logConfig);
  const bot = await startDiscord(content.engine, config, consoleLogger, questionLog);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void Promise.allSettled([bot.stop(), content.stop()])
        .then(() => questionLog.close())
        .finally(() => process.exit(0));
    });
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`Discord: could not start: ${describeDiscordError(error)}`);
  process.exit(1);
}
