// `npm run web`: the question page alone, on port 8080 unless WEB_PORT says otherwise, answering from the content folder as it changes and recording questions in the question log.
import { ConfigError } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startContentReload } from "../shared/content-reload.ts";
import { consoleLogger } from "../shared/logger.ts";
import { questionLogReport, startQuestionLog } from "../shared/question-log.ts";
import { loadEngineForTerminal, usageExitCode } from "../terminal/load.ts";
import { readWebConfig } from "./config.ts";
import { startWeb } from "./start.ts";

try {
  const config = readWebConfig();
  const logConfig = readQuestionLogConfig();
  const content = await startContentReload(await loadEngineForTerminal(), consoleLogger);
  const questionLog = startQuestionLog(content.engine, consoleLogger, logConfig);
  // One failed reply must not take the page down for everyone: log it and keep serving.
  process.on("unhandledRejection", (reason) =>
    consoleLogger.error(`stp-bot: unexpected error: ${reason}`),
  );
  const report = questionLogReport(questionLog, content.engine);
  const web = await startWeb(content.engine, config, consoleLogger, {
    questionLog,
    ...(report ? { report } : {}),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      // The page stops taking questions first; then the log writes the last batch.
      Promise.allSettled([web.stop(), content.stop()])
        .then(() => questionLog.close())
        .finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof ConfigError ? usageExitCode : 1);
}
