// `npm run web`: the question page alone, on port 8080 unless WEB_PORT says otherwise, answering from the content folder as it changes and recording questions in the question log.
import { ConfigError } from "../../src/index.ts";
import { readQuestionLogConfig } from "../../src/question-log/index.ts";
import { startBot } from "../service/start-bot.ts";
import { questionLogReport } from "../shared/question-log.ts";
import { loadEngineForTerminal, usageExitCode } from "../terminal/load.ts";
import { readWebConfig } from "./config.ts";
import { startWeb } from "./start.ts";

try {
  const config = readWebConfig();
  const logConfig = readQuestionLogConfig();
  // Logs, health, metrics and the graceful shutdown, as under `npm start`; /healthz and /readyz
  // are on the page's own port unless HEALTH_PORT names another, /metrics only if it names this one.
  const { service, engine, questionLog } = await startBot(
    () => loadEngineForTerminal(),
    logConfig,
    { webPort: config.port },
  );
  const report = questionLogReport(questionLog, engine);
  const web = await startWeb(engine, config, service.logger, {
    questionLog,
    ...(report ? { report } : {}),
    service: {
      ...service.adapters,
      healthRoutes: service.healthOnWeb,
      metricsRoutes: service.metricsOnWeb,
    },
  });
  service.run("web", web);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof ConfigError ? usageExitCode : 1);
}
