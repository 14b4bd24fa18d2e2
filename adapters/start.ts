// `npm start`: Slack, Discord and the web page when their variables are set, otherwise the terminal chat; either way the content folder is watched and questions go to the question log.
import { ConfigError } from "../src/index.ts";
import { readQuestionLogConfig } from "../src/question-log/index.ts";
import { isDiscordEnabled, readDiscordConfig, startDiscord } from "./discord/index.ts";
import { startContentReload } from "./shared/content-reload.ts";
import { consoleLogger, stderrLogger } from "./shared/logger.ts";
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
  // Every adapter answers from one live engine, which swaps in new content as it lands. In the
  // chat, reload lines go to stderr, so they never mix into the answers on stdout.
  const logger = chat ? stderrLogger : consoleLogger;
  const content = await startContentReload(await loadEngineForTerminal(), logger);
  const engine = content.engine;
  const questionLog = startQuestionLog(engine, logger, logConfig);
  if (chat) {
    await runChat(engine, { input: process.stdin, output: process.stdout }, questionLog);
    await questionLog.close();
    process.exit(0);
  }
  // One failed reply must not take the bot down for everyone: log it and keep answering.
  process.on("unhandledRejection", (reason) =>
    consoleLogger.error(`stp-bot: unexpected error: ${reason}`),
  );
  const running: { stop(): Promise<void> }[] = [content];
  if (slackConfig) running.push(await startSlack(engine, slackConfig, consoleLogger, questionLog));
  if (discordConfig)
    running.push(await startDiscord(engine, discordConfig, consoleLogger, questionLog));
  if (webConfig) {
    const report = questionLogReport(questionLog, engine);
    running.push(
      await startWeb(engine, webConfig, consoleLogger, {
        questionLog,
        ...(report ? { report } : {}),
      }),
    );
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      // The bots stop taking questions first; then the log writes the last batch.
      Promise.allSettled(running.map((bot) => bot.stop()))
        .then(() => questionLog.close())
        .finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof ConfigError ? usageExitCode : 1);
}
