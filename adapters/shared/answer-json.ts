// The `ask --json` contract: the fields other tools rely on, in a fixed order.
import type { Answer, Citation } from "../../src/index.ts";

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
  /** Why a question was declined or could not be used; "" when answered without a caveat. */
  message: string;
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
