// The discord.js client wired to the engine: intents, REST base URL, event handlers and logging.
import {
  ActivityType,
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  type PresenceData,
  RESTEvents,
} from "discord.js";
import type { Engine } from "../../src/engine.ts";
import { ConfigError } from "../../src/errors.ts";
import { disabledQuestionLog, type QuestionLog } from "../../src/question-log/index.ts";
import { type AdapterService, standaloneService } from "../service/adapter-service.ts";
import type { DiscordConfig } from "./config.ts";
import type { BotContext } from "./context.ts";
import { noMentions } from "./embeds.ts";
import { handleInteraction } from "./interactions.ts";
import { consoleLogger, type DiscordLogger, describeDiscordError } from "./log.ts";
import { handleMessage } from "./messages.ts";

/** A running bot. */
export interface DiscordBot {
  client: Client;
  /**
   * Stops taking new events, for a graceful shutdown: once the service's tracker stops accepting,
   * new interactions and messages are left alone while answers in flight finish; `stop` then
   * closes the gateway cleanly (close code 1000).
   */
  stopTaking(): Promise<void>;
  /** Disconnects from the gateway; the process can then exit. */
  stop(): Promise<void>;
}

/**
 * Non-privileged intents only, so no server owner has to grant Message Content: Discord still
 * sends the text of messages that mention the bot and of DMs.
 */
export const discordIntents = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

/**
 * The bot's status under its name in the member list: how to ask it, for people who have never
 * seen it answer. A custom status, as people set theirs; sent with IDENTIFY, so every shard shows it.
 */
export const discordPresence: PresenceData = {
  activities: [
    {
      type: ActivityType.Custom,
      name: "Custom Status",
      state: "Ask about NHS STPs: /stp ask or @mention me",
    },
  ],
};

/** Interactions older than this are deferred before answering (Discord allows 3 s). */
const deferAfterMs = 1500;

/**
 * A client that answers `/stp`, its buttons, mentions and DMs. Not logged in yet.
 *
 * @param questionLog where questions and votes are recorded; off unless given.
 * @example
 * const client = createDiscordClient(await loadEngine(), readDiscordConfig());
 * await client.login(config.token);
 */
export function createDiscordClient(
  engine: Engine,
  config: DiscordConfig,
  logger: DiscordLogger = consoleLogger,
  questionLog: QuestionLog = disabledQuestionLog,
  service: AdapterService = standaloneService(),
): Client {
  const client = new Client({
    intents: discordIntents,
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    rest: { api: config.apiUrl },
    presence: discordPresence,
    allowedMentions: noMentions,
    // Still answer when the question was deleted meanwhile, rather than fail the send.
    failIfNotExists: false,
  });
  const ctx: BotContext = {
    engine,
    config,
    logger,
    limiter: service.state.rateLimiter({ limit: config.questionsPerMinute }),
    answers: service.state.answerStore(),
    conversations: service.state.conversations(),
    questionLog,
    deferAfterMs,
    service,
  };
  // Once a shutdown begins, new events are left alone: the gateway closes as soon as the answers
  // already in flight are posted.
  const { inFlight, readiness } = service;
  client.on(Events.InteractionCreate, (interaction) => {
    if (inFlight.accepting) void inFlight.run(() => handleInteraction(interaction, ctx));
  });
  client.on(Events.MessageCreate, (message) => {
    if (inFlight.accepting) void inFlight.run(() => handleMessage(message, ctx));
  });
  readiness.set("discord", false, "connecting to the gateway");
  // Without an "error" listener an EventEmitter throws, which would end the process.
  client.on(Events.Error, (error) =>
    logger.error(`discord: client error: ${describeDiscordError(error)}`),
  );
  client.on(Events.ShardError, (error, shardId) =>
    logger.warn(`discord: shard ${shardId} connection error: ${describeDiscordError(error)}`),
  );
  // discord.js retries every few hundred milliseconds while Discord is unreachable: log the
  // outage once and the recovery once, not every attempt.
  const down = new Set<number>();
  client.on(Events.ShardReconnecting, (shardId) => {
    // client.destroy() at shutdown closes the connection too: that is no outage.
    if (!inFlight.accepting) return;
    readiness.set("discord", false, `shard ${shardId} reconnecting to the gateway`);
    if (down.has(shardId)) return;
    down.add(shardId);
    logger.warn(
      `discord: shard ${shardId} lost its gateway connection; discord.js is reconnecting`,
    );
  });
  const recovered = (shardId: number) => {
    const wasDown = down.delete(shardId);
    if (down.size === 0) readiness.set("discord", true);
    if (wasDown) logger.info(`discord: shard ${shardId} reconnected`);
  };
  client.on(Events.ShardResume, recovered);
  client.on(Events.ShardReady, recovered);
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (!inFlight.accepting) return;
    readiness.set("discord", false, `shard ${shardId} disconnected (close code ${event.code})`);
    logger.error(
      `discord: shard ${shardId} disconnected and will not reconnect (close code ${event.code})`,
    );
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(`discord: rate limited by Discord on ${info.route} for ${info.timeToReset} ms`),
  );
  return client;
}

/**
 * Logs in and resolves once the bot is ready to answer.
 *
 * @param questionLog where questions and votes are recorded; off unless given.
 * @throws {ConfigError} for `DISCORD_TOKEN` when Discord rejects the token.
 * @example
 * const bot = await startDiscord(await loadEngine(), readDiscordConfig());
 * process.once("SIGTERM", () => void bot.stop());
 */
export async function startDiscord(
  engine: Engine,
  config: DiscordConfig,
  logger: DiscordLogger = consoleLogger,
  questionLog: QuestionLog = disabledQuestionLog,
  service: AdapterService = standaloneService(),
): Promise<DiscordBot> {
  const client = createDiscordClient(engine, config, logger, questionLog, service);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    if (isRejectedToken(error)) {
      throw new ConfigError(
        "DISCORD_TOKEN",
        "Discord: Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset it in the Discord developer portal (https://discord.com/developers/applications) → your application → Bot → Reset Token, and set DISCORD_TOKEN to the new one.",
      );
    }
    const code = networkCode(error);
    if (code)
      throw new Error(
        `Could not connect to Discord at ${new URL(config.apiUrl).origin} (${code}). Check the network, or DISCORD_API_URL if it is set.`,
        { cause: error },
      );
    throw error;
  }
  const shards = client.shard
    ? ` (shard ${client.shard.ids.join(", ")} of ${client.shard.count})`
    : "";
  logger.info(
    `discord: logged in as ${client.user?.tag} in ${client.guilds.cache.size} server(s)${shards}`,
  );
  const applicationId = client.application?.id;
  if (config.applicationId && applicationId && applicationId !== config.applicationId) {
    logger.warn(
      `discord: DISCORD_APPLICATION_ID is ${config.applicationId} but the token belongs to application ${applicationId}; /stp must be registered for ${applicationId} (npm run discord:register).`,
    );
  }
  service.readiness.set("discord", true);
  return {
    client,
    // New events are refused through the service's tracker; the gateway stays open meanwhile so
    // that replies in flight keep their REST client (destroy() also drops the token).
    async stopTaking() {},
    async stop() {
      await client.destroy();
    },
  };
}

/** discord.js says "TokenInvalid" for a 401 on GET /gateway/bot; the gateway closes with 4004. */
function isRejectedToken(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    (error as { code?: unknown }).code === "TokenInvalid" ||
    error.message === "Authentication failed"
  );
}

/** The system's code for a connection that failed (ECONNREFUSED, ENOTFOUND, ETIMEDOUT), if it was one. */
function networkCode(error: unknown): string | null {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
    if (typeof cause !== "object") break;
  }
  return null;
}
