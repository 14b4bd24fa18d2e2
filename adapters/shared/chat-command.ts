// The commands people type to the bot on every platform: help, sources, define <term>, new; anything else is a question.

import { definitionText, type Engine, helpLines, sourcesLines } from "../../src/index.ts";

/** What a message or `/stp <text>` asks for. */
export type StpCommand =
  | { kind: "help" }
  | { kind: "sources" }
  | { kind: "define"; term: string }
  /** Forget the earlier questions: the next one starts a new conversation. */
  | { kind: "new" }
  | { kind: "ask"; question: string };

/**
 * Reads "" or "help" (or "?"), "sources", "define <term>", "new" (or "new conversation", "new
 * question"); anything else is a question. The same words work in Slack, on Discord, in the
 * terminal and on the web page. A command is the whole message: "new care models" is a question.
 * Given the `glossary` (the engine), "define <term>" for a term it lacks is the question "what
 * is <term>?", for the documents to answer; without it, every "define <term>" is a definition.
 *
 * @example parseStpCommand("define CCG", engine) // { kind: "define", term: "CCG" }
 * @example parseStpCommand("define control total", engine) // { kind: "ask", question: "what is control total?" }
 */
export function parseStpCommand(text: string, glossary?: Pick<Engine, "define">): StpCommand {
  const trimmed = text.trim();
  const word = trimmed.toLowerCase();
  if (word === "" || word === "help" || word === "?") return { kind: "help" };
  if (word === "sources") return { kind: "sources" };
  if (/^new(?: conversation| question)?$/.test(word)) return { kind: "new" };
  const define = /^define(?:\s+(.*))?$/is.exec(trimmed);
  if (define) {
    // "define ???" names no term: it is asked which, as "define" alone is.
    const term = /[\p{L}\p{N}]/u.test(define[1] ?? "") ? (define[1]?.trim() ?? "") : "";
    // "define control total?" asks "what is control total?", not "…total??".
    if (term && glossary && !glossary.define(term))
      return { kind: "ask", question: `what is ${term.replace(/[\s?!.]+$/, "")}?` };
    return { kind: "define", term };
  }
  return { kind: "ask", question: trimmed };
}

/** The reply to `new` wherever a conversation is kept. */
export const newConversationText = "New conversation: I've forgotten the earlier questions.";

/**
 * The reply to `new` given to a slash command, which answers each question on its own: there
 * is nothing to forget, so it says where `new` does start a conversation.
 *
 * @example oneShotNewText("/stp ask") // "/stp ask answers each question on its own…"
 */
export function oneShotNewText(command: string): string {
  return `${command} answers each question on its own, so there is no conversation to start afresh. In a thread or a direct message with me, “new” does start one.`;
}

/**
 * A command's reply as plain text, for the terminal and JSON (Slack, Discord and the web page
 * dress the same words in their own markup).
 * @example commandText(engine, { kind: "define", term: "CCG" }) // "CCG: clinical commissioning group…"
 */
export function commandText(engine: Engine, command: Exclude<StpCommand, { kind: "ask" }>): string {
  switch (command.kind) {
    case "help":
      return helpLines(engine).join("\n");
    case "sources":
      return ["The documents I answer from:", ...sourcesLines(engine.documents)].join("\n");
    case "define":
      return command.term
        ? definitionText(command.term, engine.define(command.term))
        : "Which term? For example: define CCG";
    case "new":
      return newConversationText;
  }
}
