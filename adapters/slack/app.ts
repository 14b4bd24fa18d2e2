// Builds the Bolt app: Slack events, /stp and button clicks in, engine answers out as Block Kit.
import {
  App,
  type AppOptions,
  type BlockAction,
  type ButtonAction,
  type RespondFn,
  type webApi,
} from "@slack/bolt";
import type { Engine } from "../../src/engine.ts";
import { classifyMessage, toTurn } from "../../src/index.ts";
import {
  disabledQuestionLog,
  type Place,
  type QuestionLog,
  type Vote,
} from "../../src/question-log/index.ts";
import { createConversationStore } from "../shared/conversations.ts";
import { noteMessage, type SlackMessage } from "./blocks.ts";
import { actionIds } from "./buttons.ts";
import type { SlackConfig } from "./config.ts";
import {
  conversationKey,
  type IncomingMessage,
  isDirectMessage,
  isIgnoredMessage,
  isThreadReply,
  mentionedUsers,
  replyThreadTs,
} from "./incoming.ts";
import { consoleLogger, describeSlackError, type SlackLogger, toBoltLogger } from "./logger.ts";
import { questionFromSlack } from "./mrkdwn.ts";
import { RecentMap } from "./recent.ts";
import { createReplier } from "./replies.ts";

/** The slash command the manifest registers. */
export const stpCommand = "/stp";

/**
 * Event ids remembered to drop Slack's re-sends. Slack retries a missed event three times within
 * about five minutes, so the last few thousand events are plenty.
 */
const eventMemory = 5000;
const expiredButton = "That button no longer works. Please ask the question again.";
/** A DM is one conversation while each message comes within this long of the last answer. */
export const directMessageConversationMs = 30 * 60 * 1000;

/**
 * Builds the Bolt app for `config` (Socket Mode or HTTP) with every listener registered. It is not
 * yet connected: startSlack does `await app.init()` (which checks the bot token with auth.test)
 * and `app.start()`.
 *
 * @param engine answers questions; the adapter adds no answering logic of its own.
 * @param logger where problems are reported, e.g. `chat.postMessage failed: channel_not_found`.
 * @param questionLog where each question and vote is recorded (redacted, with no user or
 *   channel named); off unless given.
 * @example const app = createSlackApp(await loadEngine(), readSlackConfig());
 */
export function createSlackApp(
  engine: Engine,
  config: SlackConfig,
  logger: SlackLogger = consoleLogger,
  questionLog: QuestionLog = disabledQuestionLog,
): App {
  const app = new App({ ...boltOptions(config, logger), deferInitialization: true });
  const seenEvents = new RecentMap<true>(eventMemory);
  const replier = createReplier(engine);
  // Each thread the bot answered in, and each DM, with its last few turns: in memory only.
  const conversations = createConversationStore();

  /** Calls Slack, logging a failure with Slack's error code instead of throwing. */
  async function attempt(what: string, call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      logger.error(`slack: ${what} failed: ${describeSlackError(error)}`);
      return false;
    }
  }

  /** A note only the clicker sees, under the message they clicked in. */
  function tell(respond: RespondFn, note: string): Promise<boolean> {
    return attempt("replying to a click", () =>
      respond({ response_type: "ephemeral", replace_original: false, ...noteMessage(note) }),
    );
  }

  /**
   * False for an event Slack re-sends because it thinks the first delivery failed: each
   * event_id is answered once. Checked only for messages the bot answers, so nothing is
   * remembered of a message it ignores.
   */
  function isFirstDelivery(body: unknown, retryNum: number | undefined): boolean {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== "string" || seenEvents.isFirstSighting(eventId, true)) return true;
    logger.info(
      `slack: skipped event ${eventId}, already answered (Slack re-sent it, retry ${retryNum ?? "?"})`,
    );
    return false;
  }

  /** Answers `message` in its conversation (its thread, or the DM) and remembers the turn. */
  async function answerMessageEvent(
    message: IncomingMessage,
    client: webApi.WebClient,
    botUserId: string | undefined,
    where: string,
  ): Promise<void> {
    const key = conversationKey(message);
    // A DM outside a thread is one conversation while replies keep coming within 30 minutes.
    const idle =
      isDirectMessage(message) && !message.thread_ts
        ? { maxIdleMs: directMessageConversationMs }
        : {};
    const turns = conversations.turns(key, idle);
    const question = questionFromSlack(message.text ?? "", botUserId);
    const reply = replier.converse(question, turns);
    if (reply.answer)
      questionLog.recordAnswer(reply.answer, {
        platform: "slack",
        place: placeOf(message),
        followUp: turns.length > 0,
      });
    const posted = await attempt("chat.postMessage", () =>
      client.chat.postMessage({
        channel: message.channel ?? "",
        thread_ts: replyThreadTs(message),
        text: reply.message.text,
        blocks: reply.message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (!posted) return;
    if (reply.answer) conversations.add(key, toTurn(question, reply.answer));
    const followUp = turns.length > 0 ? " (a follow-up)" : "";
    logger.info(`slack: answered ${where}${followUp} in ${message.channel}`);
  }

  app.event("app_mention", async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    // A mention inside a DM also arrives as a message event, which answers it.
    if (isDirectMessage(message) || isIgnoredMessage(message, context.botUserId)) return;
    if (!isFirstDelivery(body, context.retryNum)) return;
    await answerMessageEvent(message, client, context.botUserId, "a mention");
  });

  app.event("message", async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    if (isDirectMessage(message)) {
      if (isIgnoredMessage(message, context.botUserId)) return;
      if (!isFirstDelivery(body, context.retryNum)) return;
      await answerMessageEvent(message, client, context.botUserId, "a direct message");
      return;
    }
    // In a channel the bot hears every message, but acts only on replies in a thread it has
    // answered in: anything else is dropped here, before it is read, stored or logged.
    if (!isThreadReply(message) || !conversations.has(conversationKey(message))) return;
    if (isIgnoredMessage(message, context.botUserId)) return;
    const mentioned = mentionedUsers(message.text ?? "");
    // A mention of the bot also arrives as app_mention, which answers it; a message mentioning
    // only someone else is addressed to them.
    if (mentioned.length > 0) return;
    // "thanks" in a thread needs no reply in front of the whole channel.
    if (classifyMessage(questionFromSlack(message.text ?? "", context.botUserId)) === "thanks")
      return;
    if (!isFirstDelivery(body, context.retryNum)) return;
    await answerMessageEvent(message, client, context.botUserId, "a thread reply");
  });

  // The answer goes back in the acknowledgement itself: one round trip, inside Slack's 3 seconds
  // (the engine answers synchronously), and it works in channels the bot has not joined.
  app.command(stpCommand, async ({ command, ack }) => {
    let reply: SlackMessage;
    try {
      const given = replier.converse(questionFromSlack(command.text), [], { offerPost: true });
      if (given.answer)
        questionLog.recordAnswer(given.answer, { platform: "slack", place: "slash" });
      reply = given.message;
    } catch (error) {
      logger.error(`slack: ${stpCommand} failed: ${describeSlackError(error)}`);
      reply = noteMessage("Sorry, something went wrong answering that. Please try again.");
    }
    await ack({ response_type: "ephemeral", ...reply });
    logger.info(`slack: answered ${stpCommand} in ${command.channel_id}`);
  });

  const onVote = (vote: Vote) => async (args: ButtonArgs) => {
    await args.ack();
    const answer = replier.answerForButton(args.action.value);
    if (!answer) return void (await tell(args.respond, expiredButton));
    questionLog.recordVote(answer, vote, "slack");
    const note = questionLog.enabled
      ? `Thanks, your ${vote === "up" ? "👍" : "👎"} has been recorded.`
      : "Thanks. This bot keeps no record of votes: its question log is turned off.";
    await tell(args.respond, note);
  };
  app.action<BlockAction<ButtonAction>>(actionIds.voteUp, onVote("up"));
  app.action<BlockAction<ButtonAction>>(actionIds.voteDown, onVote("down"));

  // Posting through response_url works wherever /stp was used, even where the bot is no member.
  app.action<BlockAction<ButtonAction>>(actionIds.post, async ({ ack, action, body, respond }) => {
    await ack();
    const answer = replier.answerForButton(action.value);
    if (!answer) return void (await tell(respond, expiredButton));
    const message = replier.replyWith(answer, { askedBy: body.user.id });
    const posted = await attempt("posting an answer to the channel", () =>
      respond({ response_type: "in_channel", replace_original: false, ...message }),
    );
    if (posted)
      await attempt("removing the private answer", () => respond({ delete_original: true }));
  });

  app.error(async (error) => {
    logger.error(`slack: ${describeSlackError(error.original ?? error)}`);
  });

  return app;
}

/** Where a message was asked, as the question log records it: never which channel or who. */
function placeOf(message: IncomingMessage): Place {
  if (isDirectMessage(message)) return "dm";
  return message.thread_ts ? "thread" : "channel";
}

type ButtonArgs = {
  ack: () => Promise<void>;
  action: ButtonAction;
  respond: RespondFn;
};

/** Bolt's options for `config`: which receiver, where the Web API is, how to log. */
function boltOptions(config: SlackConfig, logger: SlackLogger): AppOptions {
  const boltLogger = toBoltLogger(logger);
  // A failed post is retried briefly, then logged: an answer arriving half an hour late (the Web
  // API client's default retry policy) would only confuse.
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500 },
  };
  const common: AppOptions = {
    token: config.botToken,
    logger: boltLogger,
    clientOptions,
    convoStore: false,
  };
  if (config.mode === "socket") {
    return {
      ...common,
      socketMode: true,
      appToken: config.appToken,
      // Socket Mode's own client calls apps.connections.open, so it needs the API URL too. It gets
      // a copy: it rewrites the retry policy of the options it is given to reconnect patiently.
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
    };
  }
  return { ...common, signingSecret: config.signingSecret, port: config.port };
}
