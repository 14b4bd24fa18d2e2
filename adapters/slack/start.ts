// Connects the Slack app (Socket Mode or HTTP), turning a token Slack rejects into a ConfigError.
import type { AddressInfo } from "node:net";
import type { Engine } from "../../src/engine.ts";
import { ConfigError } from "../../src/errors.ts";
import { disabledQuestionLog, type QuestionLog } from "../../src/question-log/index.ts";
import { type AdapterService, standaloneService } from "../service/adapter-service.ts";
import { createSlackApp } from "./app.ts";
import type { SlackConfig } from "./config.ts";
import { consoleLogger, describeSlackError, type SlackLogger } from "./logger.ts";

/** A running Slack adapter. */
export interface RunningSlack {
  mode: SlackConfig["mode"];
  /** The port HTTP mode listens on (useful with `PORT=0`); null in Socket Mode. */
  port: number | null;
  /**
   * Stops taking new events, for a graceful shutdown: Socket Mode disconnects (Slack sends the
   * events to another connection); HTTP mode answers 503 once the service's tracker stops
   * accepting, so this has nothing more to do. Answers in flight still post.
   */
  stopTaking(): Promise<void>;
  /** Disconnects from Slack or closes the HTTP server. */
  stop(): Promise<void>;
}

/** Slack's answers to a token it will not accept. */
const rejectedTokenCodes = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "user_removed_from_team",
  "team_disabled",
]);

/**
 * Checks the bot token (auth.test), then connects: Socket Mode dials out to Slack; HTTP mode
 * listens for `/slack/events` on `config.port`.
 *
 * @param questionLog where questions and votes are recorded; off unless given.
 * @param service answers in flight, readiness ("slack") and shared state; see createSlackApp.
 * @throws {ConfigError} when Slack rejects SLACK_BOT_TOKEN or SLACK_APP_TOKEN, or PORT is taken.
 * @example const slack = await startSlack(await loadEngine(), readSlackConfig()); await slack.stop();
 */
export async function startSlack(
  engine: Engine,
  config: SlackConfig,
  logger: SlackLogger = consoleLogger,
  questionLog: QuestionLog = disabledQuestionLog,
  service: AdapterService = standaloneService(),
): Promise<RunningSlack> {
  service.readiness.set("slack", false, "connecting to Slack");
  const app = createSlackApp(engine, config, logger, questionLog, service);
  let stopped = false;
  const stopApp = async () => {
    if (stopped) return;
    stopped = true;
    await app.stop();
  };
  try {
    await app.init();
  } catch (error) {
    throw explainStartError(error, "SLACK_BOT_TOKEN", config);
  }
  if (config.mode === "socket") {
    try {
      await app.start();
    } catch (error) {
      throw explainStartError(error, "SLACK_APP_TOKEN", config);
    }
    logger.info("slack: connected in Socket Mode; mention the bot, DM it or use /stp.");
    return { mode: "socket", port: null, stopTaking: stopApp, stop: stopApp };
  }
  let server: { address(): AddressInfo | string | null };
  try {
    server = await app.start(config.port);
  } catch (error) {
    throw explainListenError(error, config.port);
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  service.readiness.set("slack", true);
  logger.info(`slack: HTTP mode, listening for events at http://localhost:${port}/slack/events`);
  return { mode: "http", port, stopTaking: async () => {}, stop: stopApp };
}

function explainStartError(error: unknown, variable: string, config: SlackConfig): Error {
  const code = describeSlackError(error);
  if (rejectedTokenCodes.has(code))
    return new ConfigError(
      variable,
      `Slack rejected ${variable} (${code}). Copy it again from https://api.slack.com/apps → your app (${variable === "SLACK_APP_TOKEN" ? "Basic Information → App-Level Tokens" : "OAuth & Permissions → Bot User OAuth Token"}); reinstalling the app issues a new one.`,
    );
  return new Error(
    `Could not connect to Slack at ${new URL(config.apiUrl).origin} (${code}). Check the network, or SLACK_API_URL if you use GovSlack or a proxy.`,
    { cause: error },
  );
}

function explainListenError(error: unknown, port: number): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EADDRINUSE" || code === "EACCES")
    return new ConfigError(
      "PORT",
      `PORT ${port} ${code === "EADDRINUSE" ? "is already in use" : "needs more privileges than this user has"}. Set PORT to a free port above 1024 (or stop what is using it).`,
    );
  return error instanceof Error ? error : new Error(String(error));
}
