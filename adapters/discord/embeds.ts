// Answer → Discord message: pure functions that build the embed, its buttons and the
// no-ping allowed_mentions every reply carries. The bot only sends what these return.
import {
  type APIEmbed,
  type APIEmbedField,
  escapeMarkdown,
  type MessageMentionOptions,
} from "discord.js";
import {
  answerBody,
  declineLines,
  definitionText,
  describeCitation,
  type HelpSource,
  helpLines,
  sourcesLines,
  trimQuote,
} from "../../src/answer/render.ts";
import { shownQuestion } from "../../src/index.ts";
import type { Answer, Citation, DocumentMeta, GlossaryEntry } from "../../src/types.ts";
import { answerButtons, type ButtonRow } from "./buttons.ts";
import { embedLength, embedLimits, fitEmbed } from "./fit-embed.ts";

/** What the bot sends: discord.js message options, kept to the fields we use. */
export interface DiscordReply {
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: MessageMentionOptions;
}

/** Options for {@link answerReply} and {@link moreSourcesReply}. */
export interface AnswerReplyOptions {
  /** The answer's ID in the answer store, carried by its buttons. */
  answerId: string;
  /** Citations per message; "More sources" shows the next ones. [default: 3] */
  citationsPerPage?: number;
}

/**
 * Parse nothing: a question quoting `@everyone`, `@here`, a role or a user pings no one, and a
 * reply does not ping the person who asked.
 */
export const noMentions: MessageMentionOptions = { parse: [], repliedUser: false };

/** Why readers should check dates: on every answer, since the documents are from 2016–17. */
export const answerFooter =
  "Answers quote the source documents word for word. Check each document's date before relying on it.";

const colours = { answer: 0x005eb8, decline: 0x768692, notice: 0x41b6e6 } as const;

/**
 * The reply to a question: the quote as the description and the first page of citations as
 * numbered fields, or the decline with its suggestions; 👍/👎 and "More sources" below.
 */
export function answerReply(answer: Answer, options: AnswerReplyOptions): DiscordReply {
  const perPage = options.citationsPerPage ?? 3;
  const title = fitMarkdown(shownQuestion(answer.question).trim(), embedLimits.title) || undefined;
  if (!answer.answered) {
    const description = fitMarkdown(declineLines(answer).join("\n"), embedLimits.description);
    return reply(
      { title, description, color: colours.decline, footer: { text: answerFooter } },
      // A problem (e.g. an empty question) is not worth a vote; a decline is: it may be wrong.
      answerButtons({
        answerId: options.answerId,
        nextOffset: null,
        remaining: 0,
        votes: !answer.problem,
      }),
    );
  }
  const embed: APIEmbed = {
    title,
    description: fitMarkdown(answerBody(answer), embedLimits.description),
    color: colours.answer,
    footer: { text: answerFooter },
  };
  const page = answer.citations.slice(0, perPage);
  embed.fields = citationFields(page, 1, embedLimits.total - embedLength(embed));
  return reply(
    embed,
    answerButtons({
      answerId: options.answerId,
      nextOffset: perPage,
      remaining: answer.citations.length - page.length,
      related: relatedFrom(answer, perPage),
      votes: true,
    }),
  );
}

/** How many of the citations from `offset` on are "see also" passages, not sources. */
function relatedFrom(answer: Answer, offset: number): number {
  return answer.citations.slice(offset).filter((citation) => citation.related).length;
}

/** The citations from `offset` on, one page of them, with a button for the page after. */
export function moreSourcesReply(
  answer: Answer,
  offset: number,
  options: AnswerReplyOptions,
): DiscordReply {
  const perPage = options.citationsPerPage ?? 3;
  const page = answer.citations.slice(offset, offset + perPage);
  if (page.length === 0) return noticeReply("There are no more sources for this answer.");
  const embed: APIEmbed = {
    title: fitMarkdown(`More sources: ${shownQuestion(answer.question).trim()}`, embedLimits.title),
    color: colours.answer,
    footer: { text: answerFooter },
  };
  embed.fields = citationFields(page, offset + 1, embedLimits.total - embedLength(embed));
  const next = offset + page.length;
  return reply(
    embed,
    answerButtons({
      answerId: options.answerId,
      nextOffset: next,
      remaining: answer.citations.length - next,
      related: relatedFrom(answer, next),
      votes: false,
    }),
  );
}

/** `/stp define term:` — the glossary entry, or where to look instead. */
export function definitionReply(term: string, entry: GlossaryEntry | null): DiscordReply {
  const description = fitMarkdown(definitionText(term.trim(), entry), embedLimits.description);
  return reply({ description, color: entry ? colours.answer : colours.decline }, []);
}

/** `/stp sources` — one line per document with its publisher and date. */
export function sourcesReply(documents: DocumentMeta[]): DiscordReply {
  const lines = sourcesLines(documents).map(escapeSourceText);
  const description =
    joinWithinLimit(lines, embedLimits.description, (left) => `…and ${left} more.`) ||
    "No documents are loaded.";
  return reply(
    {
      title: `Source documents (${documents.length})`,
      description,
      color: colours.notice,
      footer: { text: answerFooter },
    },
    [],
  );
}

/** `/stp help`, an empty mention and a DM that says nothing: the shared help plus Discord's syntax. */
export function helpReply(engine: HelpSource, botUserId?: string): DiscordReply {
  const mention = botUserId ? `<@${botUserId}>` : "the bot";
  const discordLines = [
    "",
    "**On Discord**",
    "• `/stp ask question:…` answers in the channel; add `private:True` to see it alone.",
    `• Mention ${mention} with a question, or send me a direct message.`,
    "• Reply to one of my answers to follow up: “who leads them?”, “tell me more”, “where does that come from?”.",
    "• `/stp define term:CCG` spells out an acronym; `/stp sources` lists the documents.",
  ];
  const description = [
    ...helpLines(engine).map((line) => escapeMarkdown(line)),
    ...discordLines,
  ].join("\n");
  return reply(
    { title: "Sustainability and Transformation Plans", description, color: colours.notice },
    [],
  );
}

/** The polite refusal when one user asks too often. */
export function rateLimitedReply(retryAfterMs: number, questionsPerMinute: number): DiscordReply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const plural = questionsPerMinute === 1 ? "question" : "questions";
  return noticeReply(
    `You've asked ${questionsPerMinute} ${plural} in the last minute, which is as many as I answer for one person. ` +
      `Please ask again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
  );
}

/** A short message with no buttons: thanks for a vote, an expired button, an error. */
export function noticeReply(text: string): DiscordReply {
  return reply(
    { description: fitMarkdown(text, embedLimits.description), color: colours.notice },
    [],
  );
}

function reply(embed: APIEmbed, components: ButtonRow[]): DiscordReply {
  return { embeds: [fitEmbed(withoutUndefined(embed))], components, allowedMentions: noMentions };
}

/** Numbered fields "[n] Title — Publisher, date · section" / “quote”, sharing `budget` characters. */
function citationFields(
  citations: Citation[],
  firstNumber: number,
  budget: number,
): APIEmbedField[] {
  const names = citations.map((c, i) =>
    fitMarkdown(`[${firstNumber + i}] ${describeCitation(c)}`, embedLimits.fieldName),
  );
  const nameLength = names.reduce((sum, n) => sum + n.length, 0);
  const perValue = Math.min(
    embedLimits.fieldValue,
    Math.floor((budget - nameLength) / Math.max(1, citations.length)),
  );
  return citations.map((citation, i) => ({
    name: names[i] ?? "",
    value: citationValue(citation, perValue),
  }));
}

/** “quote” and, when there is room, the document's link on its own line. */
function citationValue(citation: Citation, max: number): string {
  const link = citation.url ? `\n${citation.url}` : "";
  // Two characters for the curly quotes; the link goes first when room is short.
  const withLink = max - 2 - link.length;
  if (link && withLink >= 80) return `“${fitMarkdown(citation.quote, withLink)}”${link}`;
  return `“${fitMarkdown(citation.quote, Math.max(1, max - 2))}”`;
}

/**
 * Escapes Discord markdown in source text (a verbatim quote must not turn bold or into a spoiler)
 * and trims it to `max` characters counting the escapes.
 */
function fitMarkdown(text: string, max: number): string {
  let room = max;
  for (;;) {
    const escaped = escapeSourceText(trimQuote(text, room));
    if (escaped.length <= max || room <= 1) return escaped.slice(0, max);
    room -= escaped.length - max;
  }
}

/**
 * Text from a document or a question as Discord shows it literally: its markdown escaped, with
 * headings, lists and masked links too (discord.js leaves those by default), and a `<` escaped
 * where a mention, channel, custom emoji, timestamp or command would start, since an embed
 * shows `<@123…>` as a user's name and `<t:1700000000:R>` as "2 years ago".
 *
 * @example escapeSourceText("ask <@123456789012345678> *now*") // "ask \\<@123456789012345678> \\*now\\*"
 */
export function escapeSourceText(text: string): string {
  const markdown = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return markdown.replace(/<(?=[@#:/]|a:|t:|id:)/g, "\\<");
}

/** Joins lines up to `max` characters, ending with `more(n)` for the n lines left out. */
function joinWithinLimit(lines: string[], max: number, more: (left: number) => string): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const tail = i < lines.length - 1 ? more(lines.length - i).length + 1 : 0;
    if (length + line.length + 1 + tail > max) {
      kept.push(more(lines.length - i));
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join("\n");
}

function withoutUndefined(embed: APIEmbed): APIEmbed {
  return Object.fromEntries(Object.entries(embed).filter(([, v]) => v !== undefined)) as APIEmbed;
}
