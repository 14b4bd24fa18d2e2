// `npm start`: Slack and/or Discord when their variables are set, otherwise the terminal chat.
import { ConfigError } from "../src/index.ts";
import { consoleLogger } from "./shared/logger.ts";
import { runChat } from "./terminal/chat.ts";
import { loadEngineForTerminal, usageExitCode } from "./terminal/load.ts";

const env = process.env;
const wantsSlack = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET);
const wantsDiscord = Boolean(env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID);

try {
  // Settings are checked before the documents load, so a missing token is reported at once.
  const slackConfig = wantsSlack ? (await import("./slack/config.ts")).readSlackConfig(env) : null;
  const discordConfig = wantsDiscord ? (await import("./discord/config.ts")).readDiscordConfig(env) : null;
  const engine = await loadEngineForTerminal();
  if (!slackConfig && !discordConfig) {
    await runChat(engine, { input: process.stdin, output: process.stdout });
    process.exit(0);
  }
  const logger = consoleLogger;
  process.on("unhandledRejection", (reason) => logger.error(`unexpected error: ${String(reason)}`));
  const running: { stop(): Promise<void> }[] = [];
  if (slackConfig) running.push(await (await import("./slack/start.ts")).startSlack(engine, slackConfig, logger));
  if (discordConfig) running.push(await (await import("./discord/index.ts")).startDiscord(engine, discordConfig, logger));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      Promise.allSettled(running.map((r) => r.stop())).finally(() => process.exit(0));
    });
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(usageExitCode);
  }
  throw error;
}
