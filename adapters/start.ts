// `npm start`: Slack, Discord and the web page when their variables are set, otherwise the terminal chat; either way the content folder is watched and questions go to the question log.
import { ConfigError } from "../src/index.ts";
import { readQuestionLogConfig } from "../src/question-log/index.ts";
import { isDiscordEnabled, readDiscordConfig, startDiscord } from "./discord/index.ts";
import { startBot } from "./service/start-bot.ts";
import { startContentReload } from "./shared/content-reload.ts";
import { stderrLogger } from "./shared/logger.ts";
import { questionLogReport, startQuestionLog } from "./shared/question-log.ts";
import { isSlackEnabled, readSlackConfig, startSlack } from "./slack/index.ts";
import { runChat } from "./terminal/chat.ts";
import { loadEngineForTerminal, usageExitCode } from "./terminal/load.ts";
import { isWebEnabled, readWebConfig, startWeb } from "./web/index.ts";

try {
  // Settings are checked before the documents load, so a missing token is reported at once.
  const slackConfig = isSlackEnabled() ? readSlackConfig() : null;
  const discordConfig = isDiscordEnabled() ? readDiscordConfig() : null;
  const webConfig = isWebEnabled() ? readWebConfig() : null;
  const logConfig = readQuestionLogConfig();
  const chat = !slackConfig && !discordConfig && !webConfig;
  if (chat) {
    // The chat answers from a live engine too, which swaps in new content as it lands; reload
    // lines go to stderr, so they never mix into the answers on stdout.
    const content = await startContentReload(await loadEngineForTerminal(), stderrLogger);
    const questionLog = startQuestionLog(content.engine, stderrLogger, logConfig);
    // A signal (Ctrl-C where the chat reads from a pipe, or a kill) ends the chat as quit does,
    // so the questions not yet written to the log are written first; a second one leaves at once.
    const stop = new AbortController();
    let chatEnded = false;
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.on(signal, () => {
        if (stop.signal.aborted || chatEnded) process.exit(128 + (signal === "SIGINT" ? 2 : 15));
        stop.abort();
      });
    await runChat(
      content.engine,
      { input: process.stdin, output: process.stdout },
      questionLog,
      stop.signal,
    );
    chatEnded = true;
    await questionLog.close();
    process.exit(0);
  }
  // The bots and the page run as a service: JSON logs, /healthz, /readyz and /metrics on
  // HEALTH_PORT (or the page's own port), state shared through REDIS_URL, and a graceful
  // shutdown (adapters/service/). Every adapter answers from one live engine.
  const { service, engine, questionLog } = await startBot(
    () => loadEngineForTerminal(),
    logConfig,
    { webPort: webConfig?.port },
  );
  const { logger, adapters } = service;
  if (slackConfig)
    service.run("slack", await startSlack(engine, slackConfig, logger, questionLog, adapters));
  if (discordConfig)
    service.run(
      "discord",
      await startDiscord(engine, discordConfig, logger, questionLog, adapters),
    );
  if (webConfig) {
    const report = questionLogReport(questionLog, engine);
    service.run(
      "web",
      await startWeb(engine, webConfig, logger, {
        questionLog,
        ...(report ? { report } : {}),
        service: {
          ...adapters,
          healthRoutes: service.healthOnWeb,
          metricsRoutes: service.metricsOnWeb,
        },
      }),
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof ConfigError ? usageExitCode : 1);
}
