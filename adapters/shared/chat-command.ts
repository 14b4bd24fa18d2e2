// The commands people type to the bot on every platform: help, sources, define <term>; anything else is a question.

/** What a message or `/stp <text>` asks for. */
export type StpCommand =
  | { kind: "help" }
  | { kind: "sources" }
  | { kind: "define"; term: string }
  | { kind: "ask"; question: string };

/**
 * Reads "" or "help" (or "?"), "sources", "define <term>"; anything else is a question. The same
 * words work in Slack, on Discord, in the terminal and on the web page.
 *
 * @example parseStpCommand("define CCG") // { kind: "define", term: "CCG" }
 */
export function parseStpCommand(text: string): StpCommand {
  const trimmed = text.trim();
  const word = trimmed.toLowerCase();
  if (word === "" || word === "help" || word === "?") return { kind: "help" };
  if (word === "sources") return { kind: "sources" };
  const define = /^define(?:\s+(.*))?$/is.exec(trimmed);
  if (define) return { kind: "define", term: define[1]?.trim() ?? "" };
  return { kind: "ask", question: trimmed };
}
