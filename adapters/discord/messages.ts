// Messages that @mention the bot, replies to its answers, and DMs → a reply to that message, as a
// follow-up where it continues a conversation. Without the privileged Message Content intent
// Discord still sends the text of exactly these messages.
import type { Message } from "discord.js";
import { type Turn, toTurn } from "../../src/index.ts";
import { outcomeOf, reportAnswer } from "../service/answer-report.ts";
import { metrics } from "../service/metrics.ts";
import { newConversationText, parseStpCommand, type StpCommand } from "../shared/chat-command.ts";
import type { ConversationStore } from "../shared/conversations.ts";
import type { BotContext } from "./context.ts";
import {
  answerReply,
  definitionReply,
  helpReply,
  noticeReply,
  rateLimitedReply,
  sourcesReply,
} from "./embeds.ts";
import { describeDiscordError, discordErrorCode } from "./log.ts";

/** Where a message was sent, as far as follow-ups care. */
export interface MessagePlace {
  channelId: string;
  /** In a thread channel (a conversation of its own once the bot answers there). */
  inThread: boolean;
  inDirectMessage: boolean;
  /** The message it replies to (Discord's message reference), if any. */
  repliesTo: string | null;
}

/** A DM is one conversation while each message comes within this long of the last answer. */
export const directMessageConversationMs = 30 * 60 * 1000;

/** Replies to a mention or DM; ignores bots, system messages and everything else. Never throws. */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  if (message.inGuild() && !isAddressedToBot(message, botId)) return;
  const startedAt = performance.now();
  try {
    // Without the Message Content intent, Discord sends a server message's words only when it
    // mentions the bot itself: one that mentions only the bot's role may come with none.
    if (message.inGuild() && message.content === "" && !message.mentions.users.has(botId)) {
      await message.reply(noticeReply(roleMentionText));
      return;
    }
    const question = questionFrom(message.content);
    // help, sources and define CCG work in a mention or DM as they do in /stp and elsewhere;
    // "define <term>" for a term not in the glossary is asked as "what is <term>?".
    const command = parseStpCommand(question, ctx.engine);
    if (command.kind === "new") {
      // The thread's or DM's conversation is forgotten; a reply to an earlier answer still follows it.
      for (const key of placeKeys(placeOf(message))) await ctx.conversations.forget(key);
      await message.reply(noticeReply(newConversationText));
      return;
    }
    if (command.kind !== "ask") {
      await message.reply(commandReply(command, ctx, botId));
      return;
    }
    const decision = await ctx.limiter.take(message.author.id);
    if (!decision.allowed) {
      // A channel reply cannot be ephemeral, so say it once per burst rather than answer spam
      // with more spam.
      if (decision.firstRefusal) {
        await message.reply(rateLimitedReply(decision.retryAfterMs, ctx.config.questionsPerMinute));
      }
      reportAnswer(ctx.logger, {
        platform: "discord",
        outcome: "refused",
        startedAt,
        message: `discord: refused a message in ${message.channelId}: over the rate limit`,
        question,
        fields: { channel: message.channelId, reason: "rate limit" },
      });
      return;
    }
    const place = placeOf(message);
    const earlier = await earlierTurns(place, ctx.conversations);
    const answer = ctx.engine.ask(command.question, earlier);
    ctx.questionLog.recordAnswer(answer, {
      platform: "discord",
      place: place.inDirectMessage ? "dm" : place.inThread ? "thread" : "channel",
      followUp: earlier.length > 0,
    });
    const answerId = await ctx.answers.save(answer);
    const sent = await message.reply(answerReply(answer, { answerId }));
    const turn = toTurn(command.question, answer);
    for (const key of conversationKeys(place, sent.id))
      await ctx.conversations.add(key, turn, earlier);
    const followUp = earlier.length > 0;
    reportAnswer(ctx.logger, {
      platform: "discord",
      outcome: outcomeOf(answer),
      startedAt,
      message: `discord: answered ${place.inDirectMessage ? "a direct message" : "a mention"}${followUp ? " (a follow-up)" : ""} in ${message.channelId}`,
      question,
      fields: { channel: message.channelId, followUp },
    });
  } catch (error) {
    metrics.sendFailed("discord", discordErrorCode(error));
    ctx.logger.error(
      `discord: could not reply to message ${message.id} in channel ${message.channelId}: ${describeDiscordError(error)}`,
    );
  }
}

/**
 * Whether a server message is addressed to the bot: it @mentions the bot, or the role Discord made
 * for the bot, which the @ picker offers under the same name. `mentions.users` holds only direct
 * mentions (and a reply's pinged author), so @everyone or @here alone does not wake the bot.
 */
function isAddressedToBot(message: Message<true>, botId: string): boolean {
  if (message.mentions.users.has(botId)) return true;
  const botRole = message.guild?.roles.botRoleFor(botId);
  return botRole ? message.mentions.roles.has(botRole.id) : false;
}

/** Said when a mention of the bot's role arrives without the words it was sent with. */
export const roleMentionText =
  "Discord didn't pass me the words of your message, because it mentioned my role rather than me. When you type @, pick the entry for me marked APP, or use /stp ask.";

/** The reply to help, sources or define, as `/stp` gives it. */
export function commandReply(
  command: Exclude<StpCommand, { kind: "ask" } | { kind: "new" }>,
  ctx: BotContext,
  botId: string,
) {
  if (command.kind === "sources") return sourcesReply(ctx.engine.documents);
  if (command.kind === "define" && command.term)
    return definitionReply(command.term, ctx.engine.define(command.term));
  return helpReply(ctx.engine, botId);
}

/**
 * The turns a message follows on from: those of the answer it replies to, else of the thread
 * the bot answered in, else of the DM if the last answer there was under 30 minutes ago; none
 * for a new question.
 */
export async function earlierTurns(
  place: MessagePlace,
  conversations: ConversationStore,
): Promise<Turn[]> {
  if (place.repliesTo && (await conversations.has(answerKey(place.repliesTo))))
    return conversations.turns(answerKey(place.repliesTo));
  if (place.inThread) return conversations.turns(`thread:${place.channelId}`);
  if (place.inDirectMessage)
    return conversations.turns(`dm:${place.channelId}`, { maxIdleMs: directMessageConversationMs });
  return [];
}

/**
 * Where to keep the turn after answering: under the answer's own message, so a reply to it
 * carries on from there, and under its thread or DM, so later messages there do too.
 */
export function conversationKeys(place: MessagePlace, answerMessageId: string): string[] {
  return [answerKey(answerMessageId), ...placeKeys(place)];
}

/** The conversation a thread or DM keeps as a whole (none in a channel). */
function placeKeys(place: MessagePlace): string[] {
  if (place.inThread) return [`thread:${place.channelId}`];
  if (place.inDirectMessage) return [`dm:${place.channelId}`];
  return [];
}

function answerKey(messageId: string): string {
  return `answer:${messageId}`;
}

function placeOf(message: Message): MessagePlace {
  return {
    channelId: message.channelId,
    // An uncached channel (a thread the client has not seen yet) is read as not a thread.
    inThread: message.channel?.isThread() ?? false,
    inDirectMessage: !message.inGuild(),
    repliesTo: message.reference?.messageId ?? null,
  };
}

/**
 * The question in a message: the text without user, role and channel mention tokens
 * (`<@123>`, `<@!123>`, `<@&123>`, `<#123>`), which mean nothing to the engine.
 *
 * @example
 * questionFrom("<@123> How many STP areas are there?"); // "How many STP areas are there?"
 */
export function questionFrom(content: string): string {
  return content
    .replace(/<(?:@[!&]?|#)\d+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
