// Answer → Block Kit: what the bot posts, escaped and kept inside Slack's limits, plus fallback text.
import type { types } from "@slack/bolt";
import {
  answerBody,
  answerToText,
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
import { actionIds } from "./buttons.ts";
import { escapeMrkdwn, fitEscaped, slackLimits } from "./mrkdwn.ts";

export type Block = types.KnownBlock;

/** A message ready for chat.postMessage, chat.postEphemeral or a response_url. */
export interface SlackMessage {
  /** Plain fallback for notifications and screen readers; escaped like the blocks. */
  text: string;
  blocks: Block[];
}

/** Options for answerMessage. */
export interface AnswerMessageOptions {
  /** `value` for the 👍/👎 (and "Post to channel") buttons; null leaves the buttons out. */
  buttonValue: string | null;
  /** Adds a "Post to channel" button, for the answer only the asker can see. [default: false] */
  offerPost?: boolean;
  /** Slack user id of the asker, shown with the question above an answer posted for them. */
  askedBy?: string;
}

/**
 * Characters of quoted passage shared by all citations of one message. Slack documents no total
 * size, but long messages are cut off behind "Show more"; this keeps five citations whole.
 */
const quoteBudget = 12_000;
/** Longest "Title — Publisher, date · Section" line before it is trimmed. */
const headingMax = 500;
/** Lines added to Slack's shared help, in Slack's own syntax. */
export const slackHelpLines = [
  "In Slack: mention me in a channel and I answer in a thread, send me a direct message, or use /stp <question> for an answer only you can see (with a button to post it).",
  "/stp sources lists the documents; /stp define <acronym> expands an acronym, e.g. /stp define CCG.",
  "Once I've answered in a thread, reply there to follow up without mentioning me: “who leads them?”, “tell me more”, “where does that come from?”. In a DM, just keep asking.",
];

/**
 * The reply to a question: the quoted answer and its numbered citations, or the decline with
 * suggestions; then 👍/👎 buttons. Never more than 50 blocks or 3,000 characters a text: quotes
 * are trimmed (and, past 50 blocks, the last citations left out) instead.
 *
 * @example answerMessage(engine.ask("How many STP areas are there?"), { buttonValue: "…" })
 */
export function answerMessage(answer: Answer, options: AnswerMessageOptions): SlackMessage {
  const blocks: Block[] = [];
  const lead: string[] = [];
  if (options.askedBy) {
    const asked = `<@${options.askedBy}> asked: “${withoutPings(fitEscaped(shownQuestion(answer.question), 1500))}”`;
    blocks.push(context(asked));
    lead.push(asked);
  }
  const actions = actionsBlock(answer, options);
  if (!answer.answered) {
    blocks.push(section(fitEscaped(declineLines(answer).join("\n"), slackLimits.sectionText)));
    if (actions) blocks.push(actions);
    return { text: fallback(lead, answerToText(answer)), blocks };
  }
  blocks.push(section(fitEscaped(answerBody(answer), slackLimits.sectionText)));
  // Room for the blocks around the citations: the lead, the answer, a "more" note and the buttons.
  const room = slackLimits.blocks - blocks.length - 1 - (actions ? 1 : 0);
  const shown = answer.citations.slice(0, room);
  const perQuote = Math.floor(quoteBudget / Math.max(1, shown.length));
  shown.forEach((citation, index) => {
    blocks.push(section(citationText(citation, index + 1, perQuote)));
  });
  const hidden = answer.citations.length - shown.length;
  if (hidden > 0) blocks.push(context(`…and ${hidden} more citations, left out to fit in Slack.`));
  if (actions) blocks.push(actions);
  const trimmed = {
    ...answer,
    citations: shown.map((c) => ({ ...c, quote: trimQuote(c.quote, perQuote) })),
  };
  return { text: fallback(lead, answerToText(trimmed)), blocks };
}

/** `/stp help`: the shared help lines, then how to reach the bot in Slack. */
export function helpMessage(engine: HelpSource): SlackMessage {
  const text = fitEscaped(
    [...helpLines(engine), "", ...slackHelpLines].join("\n"),
    slackLimits.sectionText,
  );
  return { text, blocks: [section(text)] };
}

/** `/stp sources`: one line per document with its publisher and date, split to fit the limits. */
export function sourcesMessage(documents: DocumentMeta[]): SlackMessage {
  const heading = `The answers come from these ${documents.length} documents. Check their dates before relying on them.`;
  const blocks: Block[] = [section(escapeMrkdwn(heading))];
  const lines = sourcesLines(documents).map((line) => fitEscaped(line, 500));
  let current: string[] = [];
  let shown = 0;
  const flush = () => {
    if (current.length > 0) blocks.push(section(current.join("\n")));
    current = [];
  };
  for (const line of lines) {
    const wouldBe = [...current, line].join("\n").length;
    if (wouldBe > slackLimits.sectionText) flush();
    if (blocks.length >= slackLimits.blocks - 1) break;
    current.push(line);
    shown += 1;
  }
  flush();
  if (shown < lines.length) blocks.push(context(`…and ${lines.length - shown} more documents.`));
  const text = fitEscaped(
    [heading, ...sourcesLines(documents)].join("\n"),
    slackLimits.fallbackText,
  );
  return { text, blocks };
}

/** `/stp define <term>`: the glossary entry, or a plain "not in the glossary". */
export function definitionMessage(term: string, entry: GlossaryEntry | null): SlackMessage {
  const text = fitEscaped(definitionText(term, entry), slackLimits.sectionText);
  return { text, blocks: [section(text)] };
}

/** A one-line note, e.g. "Thanks, your 👍 was recorded." */
export function noteMessage(note: string): SlackMessage {
  const text = fitEscaped(note, slackLimits.sectionText);
  return { text, blocks: [section(text)] };
}

/** "*[1]* Title — Publisher, date · Section" with a link when there is one, then the quote. */
function citationText(citation: Citation, number: number, quoteMax: number): string {
  const link = safeUrl(citation.url);
  const heading = `*[${number}]* ${fitEscaped(describeCitation(citation), headingMax)}${link ? ` · <${link}|source>` : ""}`;
  const room = slackLimits.sectionText - heading.length - 2;
  const quote = fitEscaped(citation.quote, Math.min(room, quoteMax)).replace(/\n/g, "\n>");
  return `${heading}\n>${quote}`;
}

/** 👍 👎, and "Post to channel" when asked for; none for a question that could not be used. */
function actionsBlock(answer: Answer, options: AnswerMessageOptions): Block | null {
  if (options.buttonValue === null || answer.problem) return null;
  const value = options.buttonValue;
  const elements: types.Button[] = [
    button(actionIds.voteUp, "👍 Helpful", value),
    button(actionIds.voteDown, "👎 Not helpful", value),
  ];
  if (options.offerPost) elements.push(button(actionIds.post, "Post to channel", value));
  return { type: "actions", block_id: "stp_answer_actions", elements };
}

function button(actionId: string, label: string, value: string): types.Button {
  return { type: "button", action_id: actionId, text: { type: "plain_text", text: label }, value };
}

// verbatim: Slack otherwise "automatically parses certain mentions" in mrkdwn, so a question
// echoed back with "@channel" in it could ping the channel. Our own links and formatting are
// written out (<url|title>, *bold*) and still work.
function section(text: string): Block {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

function context(text: string): Block {
  return {
    type: "context",
    elements: [{ type: "mrkdwn", text: text.slice(0, slackLimits.contextText), verbatim: true }],
  };
}

/** The already-escaped lead lines, then `plain` escaped and trimmed into the room left. */
function fallback(lead: string[], plain: string): string {
  const room = slackLimits.fallbackText - lead.reduce((sum, line) => sum + line.length + 1, 0);
  return [...lead, fitEscaped(plain, room)].join("\n");
}

/**
 * A document's address, if it is http(s), with the characters that would end or split a Slack
 * link (`|`, `>`) percent-encoded and `&` escaped.
 */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // A very long address would crowd out the quote it points to; the title still names the source.
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  if (parsed.href.length > 500) return null;
  return parsed.href
    .replace(/\|/g, "%7C")
    .replace(/</g, "%3C")
    .replace(/>/g, "%3E")
    .replace(/&/g, "&amp;");
}

/**
 * "@channel", "@here" and "@everyone" typed in a question, shown back with a zero-width space
 * after the "@", so no reading of the text (the notification's fallback text included) pings.
 */
function withoutPings(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, "@\u200B$1");
}
