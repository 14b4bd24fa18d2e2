// Slash commands and button clicks → replies. Every path answers inside Discord's 3-second window
// and a failure is logged, never thrown, so one bad interaction cannot stop the bot.
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  HTTPError,
  type Interaction,
  MessageFlags,
} from "discord.js";
import type { Vote } from "../../src/question-log/index.ts";
import type { Answer } from "../../src/types.ts";
import { outcomeOf, reportAnswer } from "../service/answer-report.ts";
import { metrics } from "../service/metrics.ts";
import { oneShotNewText, parseStpCommand } from "../shared/chat-command.ts";
import { glossaryChoices } from "./autocomplete.ts";
import { parseButton } from "./buttons.ts";
import { commandName, subcommands } from "./commands.ts";
import type { BotContext } from "./context.ts";
import {
  answerReply,
  definitionReply,
  helpReply,
  moreSourcesReply,
  noticeReply,
  rateLimitedReply,
  sourcesReply,
} from "./embeds.ts";
import { describeDiscordError, discordErrorCode } from "./log.ts";
import { commandReply } from "./messages.ts";

/** Answers `/stp …` and our buttons; ignores everything else. Never throws. */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isChatInputCommand() && interaction.commandName === commandName) {
      await handleCommand(interaction, ctx);
    } else if (interaction.isButton()) {
      await handleButton(interaction, ctx);
    } else if (interaction.isAutocomplete() && interaction.commandName === commandName) {
      // Only /stp define's term asks for suggestions.
      await interaction.respond(
        glossaryChoices(ctx.engine.glossary, interaction.options.getFocused()),
      );
    }
  } catch (error) {
    metrics.sendFailed("discord", discordErrorCode(error));
    ctx.logger.error(
      `discord: could not answer interaction ${interaction.id}: ${describeDiscordError(error)}`,
    );
    await apologise(interaction, error, ctx);
  }
}

async function handleCommand(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  switch (interaction.options.getSubcommand()) {
    case subcommands.ask:
      return ask(interaction, ctx);
    case subcommands.define: {
      const term = interaction.options.getString("term", true);
      // A term not in the glossary is asked of the documents, as "define <term>" is everywhere.
      const command = parseStpCommand(`define ${term}`, ctx.engine);
      if (command.kind === "ask")
        return answerQuestion(interaction, ctx, command.question, false, "/stp define");
      await interaction.reply(definitionReply(term, ctx.engine.define(term.trim())));
      return;
    }
    case subcommands.sources:
      await interaction.reply({
        ...sourcesReply(ctx.engine.documents),
        flags: MessageFlags.Ephemeral,
      });
      return;
    default:
      await interaction.reply({
        ...helpReply(ctx.engine, interaction.client.user.id),
        flags: MessageFlags.Ephemeral,
      });
  }
}

async function ask(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const question = interaction.options.getString("question", true);
  const isPrivate = interaction.options.getBoolean("private") ?? false;
  // "define CCG", "sources", "help" and "new" typed as the question mean what they mean in a
  // mention: asked as questions they quoted "Defining these geographies…" and "The new NHS…".
  // "define <term>" for a term not in the glossary is asked as "what is <term>?".
  const command = parseStpCommand(question, ctx.engine);
  if (command.kind !== "ask") {
    const reply =
      command.kind === "new"
        ? noticeReply(oneShotNewText("/stp ask"))
        : commandReply(command, ctx, interaction.client.user.id);
    // Only a definition is shown to the channel, as /stp define shows it; the rest, as /stp
    // help and /stp sources are, only to the asker.
    const alone = isPrivate || command.kind !== "define";
    await interaction.reply({ ...reply, flags: alone ? MessageFlags.Ephemeral : undefined });
    return;
  }
  return answerQuestion(interaction, ctx, command.question, isPrivate, "/stp ask");
}

/** The engine's answer to `question`, for /stp ask or /stp define of a term not in the glossary. */
async function answerQuestion(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  question: string,
  isPrivate: boolean,
  asked: "/stp ask" | "/stp define",
): Promise<void> {
  const startedAt = performance.now();
  const decision = await ctx.limiter.take(interaction.user.id);
  if (!decision.allowed) {
    await interaction.reply({
      ...rateLimitedReply(decision.retryAfterMs, ctx.config.questionsPerMinute),
      flags: MessageFlags.Ephemeral,
    });
    reportAnswer(ctx.logger, {
      platform: "discord",
      outcome: "refused",
      startedAt,
      message: `discord: refused ${asked} in ${interaction.channelId}: over the rate limit`,
      question,
      fields: { channel: interaction.channelId, reason: "rate limit" },
    });
    return;
  }
  const flags = isPrivate ? MessageFlags.Ephemeral : undefined;
  // engine.ask is synchronous, so a deferral cannot run alongside it: defer up front when the
  // interaction already spent most of its 3 seconds reaching us (gateway lag, a busy process).
  const late = Date.now() - interaction.createdTimestamp > ctx.deferAfterMs;
  if (late) await interaction.deferReply({ flags });
  const answer = ctx.engine.ask(question);
  ctx.questionLog.recordAnswer(answer, { platform: "discord", place: "slash" });
  const reply = answerReply(answer, { answerId: await ctx.answers.save(answer) });
  if (late) await interaction.editReply(reply);
  else await interaction.reply({ ...reply, flags });
  reportAnswer(ctx.logger, {
    platform: "discord",
    outcome: outcomeOf(answer),
    startedAt,
    message: `discord: answered ${asked} in ${interaction.channelId}`,
    question,
    fields: { channel: interaction.channelId, deferred: late },
  });
}

async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButton(interaction.customId);
  if (!action) return;
  const answer = await ctx.answers.get(action.answerId);
  if (!answer) {
    await interaction.reply({
      ...noticeReply(
        "I no longer have this answer (the bot has restarted since), so its buttons don't work. Please ask again.",
      ),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  if (action.kind === "more") {
    await interaction.reply({
      ...moreSourcesReply(answer, action.offset, { answerId: action.answerId }),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const text = await recordVote(answer, action.answerId, action.vote, interaction.user.id, ctx);
  await interaction.reply({ ...noticeReply(text), flags: MessageFlags.Ephemeral });
}

/** Records the vote in the question log (never the voter) and says so. */
async function recordVote(
  answer: Answer,
  answerId: string,
  vote: Vote,
  userId: string,
  ctx: BotContext,
): Promise<string> {
  if (!(await ctx.answers.markVoted(answerId, userId)))
    return "You've already voted on this answer.";
  ctx.questionLog.recordVote(answer, vote, "discord");
  if (!ctx.questionLog.enabled)
    return "Thanks. This bot keeps no record of votes: its question log is turned off.";
  return vote === "up"
    ? "Thanks! Your 👍 is recorded."
    : "Thanks! Your 👎 is recorded; it helps us find answers that need fixing.";
}

/**
 * Tells the user something went wrong when the fault was ours. When Discord itself refused
 * (missing permissions, an expired interaction) a second try would be refused too.
 */
async function apologise(interaction: Interaction, error: unknown, ctx: BotContext): Promise<void> {
  if (!interaction.isRepliable() || interaction.replied) return;
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return;
  const sorry = noticeReply("Sorry, something went wrong answering that. Please try again.");
  try {
    if (interaction.deferred) await interaction.editReply(sorry);
    else await interaction.reply({ ...sorry, flags: MessageFlags.Ephemeral });
  } catch (replyError) {
    ctx.logger.error(`discord: could not apologise: ${describeDiscordError(replyError)}`);
  }
}
