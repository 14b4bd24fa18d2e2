// `npm run web`: the question page alone, on port 8080 unless WEB_PORT says otherwise, answering from the content folder as it changes.
import { ConfigError } from "../../src/index.ts";
import { startContentReload } from "../shared/content-reload.ts";
import { consoleLogger } from "../shared/logger.ts";
import { loadEngineForTerminal, usageExitCode } from "../terminal/load.ts";
import { readWebConfig } from "./config.ts";
import { startWeb } from "./start.ts";

try {
  const config = readWebConfig();
  const content = await startContentReload(await loadEngineForTerminal(), consoleLogger);
  // One failed reply must not take the page down for everyone: log it and keep serving.
  process.on("unhandledRejection", (reason) =>
    consoleLogger.error(`stp-bot: unexpected error: ${reason}`),
  );
  // The report for /admin/report is passed here too once the question log exists (issue 15).
  const web = await startWeb(content.engine, config, consoleLogger);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      Promise.allSettled([web.stop(), content.stop()]).finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof ConfigError ? usageExitCode : 1);
}
