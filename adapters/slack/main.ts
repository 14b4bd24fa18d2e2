// Runs the Slack adapter alone: `tsx adapters/slack/main.ts`. Bad settings exit 2 with one message.
import { ConfigError, loadEngine } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startBot } from "../service/start-bot.ts";
import { readSlackConfig } from "./config.ts";
import { startSlack } from "./start.ts";

try {
  // Settings first, so a missing token is reported before the documents are loaded.
  const config = readSlackConfig();
  const logConfig = readQuestionLogConfig();
  // Logs, health, metrics, shared state and the graceful shutdown, as under `npm start`.
  const { service, engine, questionLog } = await startBot(loadEngine, logConfig);
  service.run(
    "slack",
    await startSlack(engine, config, service.logger, questionLog, service.adapters),
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
