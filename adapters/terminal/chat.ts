// The interactive terminal chat that `npm start` opens when no Slack or Discord variables are set.
import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import {
  answerToText,
  definitionText,
  type Engine,
  helpLines,
  sourcesLines,
} from "../../src/index.ts";

/** Where the chat reads and writes; a test passes its own streams. */
export interface ChatStreams {
  input: Readable;
  output: Writable;
}

/** What the chat replies to one line: a command's output, an answer, or null to quit. */
export function replyTo(engine: Engine, line: string): string | null {
  const text = line.trim();
  const [command = "", ...rest] = text.split(/\s+/);
  switch (command.toLowerCase()) {
    case "":
      return "";
    case "quit":
    case "exit":
    case "bye":
      return null;
    case "help":
    case "?":
      return [...helpLines, "", "Commands: help · sources · define <acronym> · quit"].join("\n");
    case "sources":
      return ["The documents I answer from:", ...sourcesLines(engine.documents)].join("\n");
    case "define": {
      const term = rest.join(" ");
      if (!term) return "Which term? For example: define CCG";
      return definitionText(term, engine.define(term));
    }
    default:
      return answerToText(engine.ask(text));
  }
}

/** Runs the chat until the user types quit or closes the input (Ctrl-D). */
export async function runChat(engine: Engine, { input, output }: ChatStreams): Promise<void> {
  const readline = createInterface({
    input,
    output,
    terminal: "isTTY" in input && Boolean(input.isTTY),
  });
  output.write(
    `stp-bot: ask about NHS England's Sustainability and Transformation Plans (${engine.documents.length} documents, 2016–17).\nType help for examples, sources for the documents, quit to leave.\n\n`,
  );
  readline.setPrompt("stp> ");
  readline.prompt();
  for await (const line of readline) {
    const reply = replyTo(engine, line);
    if (reply === null) break;
    if (reply) output.write(`${reply}\n\n`);
    readline.prompt();
  }
  readline.close();
}
