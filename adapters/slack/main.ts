// Runs the Slack adapter alone: `tsx adapters/slack/main.ts`. Bad settings exit 2 with one message.
import { ConfigError, loadEngine } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startService } from "../service/run.ts";
import { startContentReload } from "../shared/content-reload.ts";
import { startQuestionLog } from "../shared/question-log.ts";
import { readSlackConfig } from "./config.ts";
import { startSlack } from "./start.ts";

try {
  // Settings first, so a missing token is reported before the documents are loaded.
  const config = readSlackConfig();
  const logConfig = readQuestionLogConfig();
  // Logs, health, metrics, shared state and the graceful shutdown, as under `npm start`.
  const service = await startService();
  const content = await startContentReload(await loadEngine(), service.logger);
  service.contentLoaded(content.engine);
  service.shutdown.onClose("content watcher", () => content.stop());
  const questionLog = startQuestionLog(content.engine, service.logger, logConfig);
  // Closed after Slack (hooks run last-registered first): its last batch holds every answer.
  service.shutdown.onClose("question log", () => questionLog.close());
  service.run(
    "slack",
    await startSlack(content.engine, config, service.logger, questionLog, service.adapters),
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
