// The `ask --json` contract: the fields other tools rely on, in a fixed order.
import type { Answer, Citation, Engine } from "../../src/index.ts";
import { commandText, type StpCommand } from "./chat-command.ts";

/** One line of `ask --json` / `--stdin` output. */
export interface AnswerJson {
  question: string;
  answered: boolean;
  answer: string;
  /**
   * The engine's citations without `url`, which is not part of the contract yet; `related: true`
   * marks a "see also" passage, not a source of the answer.
   */
  citations: Omit<Citation, "url">[];
  suggestions: string[];
  /**
   * Why a question was declined or could not be used; "" when answered without a caveat. For a
   * command, what the chat would show for it.
   */
  message: string;
  /**
   * Present only when the text was a chat command rather than a question ("define CCG",
   * "sources", "help", "new"): nothing is quoted, and `message` holds the command's reply.
   */
  command?: Exclude<StpCommand["kind"], "ask">;
}

/** Converts an Answer to the documented JSON shape. */
export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map(
      ({ title, publisher, date, source, section, line, quote, related }) => ({
        title,
        publisher,
        date,
        source,
        section,
        line,
        quote,
        ...(related ? { related } : {}),
      }),
    ),
    suggestions: answer.suggestions,
    message: answer.message,
  };
}

/**
 * The JSON for a chat command typed where a question was expected: the same shape, nothing
 * quoted, the command named and its reply in `message`, so a script sending "define CCG" gets
 * the definition rather than a sentence that happens to contain "defining".
 * @example commandJson(engine, "define CCG", { kind: "define", term: "CCG" }).message
 */
export function commandJson(
  engine: Engine,
  question: string,
  command: Exclude<StpCommand, { kind: "ask" }>,
): AnswerJson {
  return {
    question,
    answered: false,
    answer: "",
    citations: [],
    suggestions: [],
    message: commandText(engine, command),
    command: command.kind,
  };
}
