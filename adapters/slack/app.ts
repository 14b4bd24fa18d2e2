// Builds the Bolt app: Slack events, /stp and button clicks in, engine answers out as Block Kit.
import { createHash } from "node:crypto";
import {
  App,
  type AppOptions,
  type BlockAction,
  type ButtonAction,
  HTTPReceiver,
  type RespondFn,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type { Engine } from "../../src/engine.ts";
import { classifyMessage, type Turn, toTurn } from "../../src/index.ts";
import {
  disabledQuestionLog,
  type Place,
  type QuestionLog,
  type Vote,
} from "../../src/question-log/index.ts";
import type { Answer } from "../../src/types.ts";
import { type AdapterService, standaloneService } from "../service/adapter-service.ts";
import { outcomeOf, reportAnswer } from "../service/answer-report.ts";
import { metrics } from "../service/metrics.ts";
import { oneShotNewText } from "../shared/chat-command.ts";
import { noteMessage, type SlackMessage } from "./blocks.ts";
import { actionIds } from "./buttons.ts";
import type { SlackConfig } from "./config.ts";
import { homeView } from "./home.ts";
import {
  conversationKey,
  type IncomingMessage,
  isDirectMessage,
  isIgnoredMessage,
  isThreadReply,
  mentionedUsers,
  pingsGroup,
  replyThreadTs,
} from "./incoming.ts";
import { consoleLogger, describeSlackError, type SlackLogger, toBoltLogger } from "./logger.ts";
import { questionFromSlack } from "./mrkdwn.ts";
import { createReplier } from "./replies.ts";

/** The slash command the manifest registers. */
export const stpCommand = "/stp";

/**
 * How long an event id is remembered to drop Slack's re-sends. Slack retries a missed event three
 * times within about five minutes; an hour also covers a replica restarting in between.
 */
const eventMemoryMs = 60 * 60 * 1000;
const expiredButton = "That button no longer works. Please ask the question again.";
/** How long a vote is remembered, so the same person's second click on an answer is not counted. */
const voteMemoryMs = 30 * 24 * 60 * 60 * 1000;
/** How long a posted answer's button is remembered, so a second click does not post it again. */
const postMemoryMs = 24 * 60 * 60 * 1000;
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
 * @param service answers in flight, readiness and shared state (Redis or memory), from the
 *   service that runs the bot; on its own the adapter keeps everything in memory.
 * @example const app = createSlackApp(await loadEngine(), readSlackConfig());
 */
export function createSlackApp(
  engine: Engine,
  config: SlackConfig,
  logger: SlackLogger = consoleLogger,
  questionLog: QuestionLog = disabledQuestionLog,
  service: AdapterService = standaloneService(),
): App {
  const app = new App({ ...boltOptions(config, logger, service), deferInitialization: true });
  const replier = createReplier(engine);
  // Each thread the bot answered in, and each DM, with its last few turns: in memory, or in Redis
  // when replicas share state.
  const conversations = service.state.conversations();

  /** Calls Slack, logging a failure with Slack's error code instead of throwing. */
  async function attempt(what: string, call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      const code = describeSlackError(error);
      metrics.sendFailed("slack", slackErrorCode(error, code));
      logger.error(`slack: ${what} failed: ${code}`);
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
  async function isFirstDelivery(body: unknown, retryNum: number | undefined): Promise<boolean> {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== "string") return true;
    if (await service.state.firstSighting(`slack-event:${eventId}`, eventMemoryMs)) return true;
    logger.info(
      `slack: skipped event ${eventId}, already answered (Slack re-sent it, retry ${retryNum ?? "?"})`,
    );
    return false;
  }

  /** Answers `message` in its conversation (its thread, or the DM) and remembers the turn. */
  function answerMessageEvent(
    message: IncomingMessage,
    client: webApi.WebClient,
    botUserId: string | undefined,
    where: string,
  ): Promise<void> {
    return service.inFlight.run(() => answerInConversation(message, client, botUserId, where));
  }

  async function answerInConversation(
    message: IncomingMessage,
    client: webApi.WebClient,
    botUserId: string | undefined,
    where: string,
  ): Promise<void> {
    const startedAt = performance.now();
    const key = conversationKey(message);
    // A DM outside a thread is one conversation while replies keep coming within 30 minutes.
    const idle =
      isDirectMessage(message) && !message.thread_ts
        ? { maxIdleMs: directMessageConversationMs }
        : {};
    const turns = await conversations.turns(key, idle);
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
    // "new" forgets the questions before it, but the thread stays one the bot answers in.
    if (reply.startsAfresh) await conversations.forget(key);
    await conversations.add(
      key,
      // Under what was asked: "define control total" was answered as "what is control total?".
      reply.answer ? toTurn(reply.answer.question, reply.answer) : commandTurn(question),
    );
    const followUp = turns.length > 0 ? " (a follow-up)" : "";
    reportAnswer(logger, {
      platform: "slack",
      outcome: outcomeOf(reply.answer),
      startedAt,
      message: `slack: answered ${where}${followUp} in ${message.channel}`,
      question,
      fields: { channel: message.channel, followUp: turns.length > 0 },
    });
  }

  // The Home tab, made afresh each time it is opened: the documents may have changed since.
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await attempt("views.publish", () =>
      client.views.publish({ user_id: event.user, view: homeView(engine) }),
    );
  });

  app.event("app_mention", async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    // A mention inside a DM also arrives as a message event, which answers it.
    if (isDirectMessage(message) || isIgnoredMessage(message, context.botUserId)) return;
    if (!(await isFirstDelivery(body, context.retryNum))) return;
    await answerMessageEvent(message, client, context.botUserId, "a mention");
  });

  app.event("message", async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    if (isDirectMessage(message)) {
      if (isIgnoredMessage(message, context.botUserId)) return;
      if (!(await isFirstDelivery(body, context.retryNum))) return;
      await answerMessageEvent(message, client, context.botUserId, "a direct message");
      return;
    }
    // In a channel the bot hears every message, but acts only on replies in a thread it has
    // answered in: anything else is dropped here, before it is read, stored or logged.
    if (!isThreadReply(message) || !(await conversations.has(conversationKey(message)))) return;
    if (isIgnoredMessage(message, context.botUserId)) return;
    const mentioned = mentionedUsers(message.text ?? "");
    // A mention of the bot also arrives as app_mention, which answers it; a message mentioning
    // only someone else, a user group or the channel is addressed to them.
    if (mentioned.length > 0 || pingsGroup(message.text ?? "")) return;
    // "thanks" or "bye" in a thread needs no reply in front of the whole channel.
    const kind = classifyMessage(questionFromSlack(message.text ?? "", context.botUserId));
    if (kind === "thanks" || kind === "goodbye") return;
    if (!(await isFirstDelivery(body, context.retryNum))) return;
    await answerMessageEvent(message, client, context.botUserId, "a thread reply");
  });

  // The answer goes back in the acknowledgement itself: one round trip, inside Slack's 3 seconds
  // (the engine answers synchronously), and it works in channels the bot has not joined.
  app.command(stpCommand, async ({ command, ack }) => {
    const startedAt = performance.now();
    const question = questionFromSlack(command.text);
    let reply: SlackMessage;
    let answer: Answer | null = null;
    try {
      let startsAfresh: true | undefined;
      ({
        message: reply,
        answer,
        startsAfresh,
      } = replier.converse(question, [], { offerPost: true }));
      // /stp keeps no conversation, so "new" has nothing to forget: say where it does start one.
      if (startsAfresh) reply = noteMessage(oneShotNewText(stpCommand));
      if (answer) questionLog.recordAnswer(answer, { platform: "slack", place: "slash" });
    } catch (error) {
      logger.error(`slack: ${stpCommand} failed: ${describeSlackError(error)}`);
      reply = noteMessage("Sorry, something went wrong answering that. Please try again.");
    }
    await ack({ response_type: "ephemeral", ...reply });
    reportAnswer(logger, {
      platform: "slack",
      outcome: outcomeOf(answer),
      startedAt,
      message: `slack: answered ${stpCommand} in ${command.channel_id}`,
      question,
      fields: { channel: command.channel_id },
    });
  });

  const onVote = (vote: Vote) => (args: ButtonArgs) =>
    service.inFlight.run(() => recordVote(vote, args));
  const recordVote = async (vote: Vote, args: ButtonArgs) => {
    await args.ack();
    const answer = replier.answerForButton(args.action.value);
    if (!answer) return void (await tell(args.respond, expiredButton));
    // One vote per person per answer, as on Discord: clicking 👎 three times is one 👎.
    if (!(await service.state.firstSighting(voteKey(args.body), voteMemoryMs)))
      return void (await tell(args.respond, "You've already voted on this answer."));
    questionLog.recordVote(answer, vote, "slack");
    const note = questionLog.enabled
      ? `Thanks, your ${vote === "up" ? "👍" : "👎"} has been recorded.`
      : "Thanks. This bot keeps no record of votes: its question log is turned off.";
    await tell(args.respond, note);
  };
  app.action<BlockAction<ButtonAction>>(actionIds.voteUp, onVote("up"));
  app.action<BlockAction<ButtonAction>>(actionIds.voteDown, onVote("down"));

  // Posting through response_url works wherever /stp was used, even where the bot is no member.
  app.action<BlockAction<ButtonAction>>(actionIds.post, ({ ack, action, body, respond }) =>
    service.inFlight.run(() => postToChannel(ack, action, body.user.id, respond)),
  );
  const postToChannel = async (
    ack: () => Promise<void>,
    action: ButtonAction,
    userId: string,
    respond: RespondFn,
  ) => {
    await ack();
    const answer = replier.answerForButton(action.value);
    if (!answer) return void (await tell(respond, expiredButton));
    // A double click reaches the bot as two clicks before the private answer is removed: the
    // second would post the answer to the channel again.
    if (!(await service.state.firstSighting(postKey(action.value), postMemoryMs))) return;
    const message = replier.replyWith(answer, { askedBy: userId });
    const posted = await attempt("posting an answer to the channel", () =>
      respond({ response_type: "in_channel", replace_original: false, ...message }),
    );
    if (posted)
      await attempt("removing the private answer", () => respond({ delete_original: true }));
  };

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

/**
 * The turn for a reply to help, sources or define: kept so that the thread or DM is one the bot
 * answered in (its replies are followed up without a new mention), with nothing a follow-up
 * could carry on from ("where does that come from?" hears that it quoted no document).
 */
function commandTurn(question: string): Turn {
  return { question, understood: "", answered: false, cited: [] };
}

type ButtonArgs = {
  ack: () => Promise<void>;
  action: ButtonAction;
  body: BlockAction<ButtonAction>;
  respond: RespondFn;
};

/**
 * Who voted on which message, as one opaque key: the user's id is hashed, so the shared state
 * (Redis) holds no Slack user id.
 */
function voteKey(body: BlockAction<ButtonAction>): string {
  const message = body.container?.message_ts ?? body.message?.ts ?? "";
  const digest = createHash("sha256").update(`${body.user.id}\u0000${message}`).digest("hex");
  return `slack-vote:${digest.slice(0, 32)}`;
}

/**
 * Which private answer was posted to the channel: its button's value names that one answer (each
 * reply's buttons carry an id of their own), hashed to keep the key short.
 */
function postKey(value: string | undefined): string {
  const digest = createHash("sha256")
    .update(value ?? "")
    .digest("hex");
  return `slack-post:${digest.slice(0, 32)}`;
}

/** Bolt's options for `config`: which receiver, where the Web API is, how to log. */
function boltOptions(
  config: SlackConfig,
  logger: SlackLogger,
  service: AdapterService,
): AppOptions {
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
    // Socket Mode's own client calls apps.connections.open, so it needs the API URL too. It gets
    // a copy: it rewrites the retry policy of the options it is given to reconnect patiently.
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: boltLogger,
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
    });
    reportSocketState(receiver, service);
    return { ...common, receiver };
  }
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, logger: boltLogger });
  gateRequests(receiver, service);
  return { ...common, receiver };
}

/** Socket Mode's connection as readiness: "slack" is up while the WebSocket is. */
function reportSocketState(receiver: SocketModeReceiver, service: AdapterService): void {
  const client = receiver.client;
  service.readiness.set("slack", false, "connecting to Socket Mode");
  client.on("connected", () => service.readiness.set("slack", true));
  client.on("reconnecting", () =>
    service.readiness.set("slack", false, "reconnecting to Socket Mode"),
  );
  client.on("disconnected", () =>
    service.readiness.set("slack", false, "disconnected from Socket Mode"),
  );
}

/**
 * Once a shutdown begins, every request gets 503, so Slack re-sends the event to another replica
 * (or to this one after its restart). A request that got in first counts as in flight until its
 * response is written, so the shutdown waits for it to reach its listener.
 */
function gateRequests(receiver: HTTPReceiver, service: AdapterService): void {
  const listener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (!service.inFlight.accepting) {
      res.writeHead(503, { "content-type": "text/plain", "retry-after": "1", connection: "close" });
      res.end("stp-bot is restarting; Slack will retry.\n");
      return;
    }
    let answered = () => {};
    void service.inFlight.run(() => new Promise<void>((resolve) => (answered = resolve)));
    res.once("close", () => setImmediate(answered));
    listener(req, res);
  };
}

/** The code counted in `stp_send_failures_total`: Slack's error, or the HTTP status it gave. */
function slackErrorCode(error: unknown, described: string): string {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === "number") return String(status);
  return /^[a-z_]+$/.test(described) ? described : "other";
}
