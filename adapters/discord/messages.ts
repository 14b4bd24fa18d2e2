// Messages that @mention the bot, and DMs → a reply to that message. Without the privileged
// Message Content intent Discord still sends the text of exactly these messages.
import type { Message } from "discord.js";
import type { BotContext } from "./context.ts";
import { answerReply, helpReply, rateLimitedReply } from "./embeds.ts";
import { describeDiscordError } from "./log.ts";

/** Replies to a mention or DM; ignores bots, system messages and everything else. Never throws. */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  // mentions.users holds only direct mentions of users (and a reply's pinged author), so a
  // message that merely says @everyone or @here does not wake the bot.
  if (message.inGuild() && !message.mentions.users.has(botId)) return;
  try {
    const question = questionFrom(message.content);
    if (!question) {
      await message.reply(helpReply(botId));
      return;
    }
    const decision = ctx.limiter.take(message.author.id);
    if (!decision.allowed) {
      // A channel reply cannot be ephemeral, so say it once per burst rather than answer spam
      // with more spam.
      if (decision.firstRefusal) {
        await message.reply(rateLimitedReply(decision.retryAfterMs, ctx.config.questionsPerMinute));
      }
      return;
    }
    const answer = ctx.engine.ask(question);
    await message.reply(answerReply(answer, { answerId: ctx.answers.save(answer) }));
  } catch (error) {
    ctx.logger.error(
      `discord: could not reply to message ${message.id} in channel ${message.channelId}: ${describeDiscordError(error)}`,
    );
  }
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
