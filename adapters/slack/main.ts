// Runs the Slack adapter alone: `tsx adapters/slack/main.ts`. Bad settings exit 2 with one message.
import { ConfigError, loadEngine } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startContentReload } from "../shared/content-reload.ts";
import { startQuestionLog } from "../shared/question-log.ts";
import { readSlackConfig } from "./config.ts";
import { consoleLogger, describeSlackError } from "./logger.ts";
import { startSlack } from "./start.ts";

try {
  // Settings first, so a missing token is reported before the documents are loaded.
  const config = readSlackConfig();
  const logConfig = readQuestionLogConfig();
  const content = await startContentReload(await loadEngine(), consoleLogger);
  const questionLog = startQuestionLog(content.engine, consoleLogger, logConfig);
  // A failed post is logged where it happens; anything that still escapes is logged, not fatal,
  // so one bad reply cannot take the bot down for everyone.
  process.on("unhandledRejection", (reason) => {
    consoleLogger.error(`slack: unexpected error: ${describeSlackError(reason)}`);
  });
  const slack = await startSlack(content.engine, config, consoleLogger, questionLog);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      Promise.allSettled([slack.stop(), content.stop()])
        .then(() => questionLog.close())
        .finally(() => process.exit(0));
    });
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
