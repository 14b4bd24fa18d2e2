// The `ask --json` contract: the fields other tools rely on, in a fixed order.
import type { Answer } from "../../src/index.ts";

/** One line of `ask --json` / `--stdin` output. */
export interface AnswerJson {
  question: string;
  answered: boolean;
  answer: string;
  citations: {
    title: string;
    publisher: string | null;
    date: string | null;
    source: string;
    section: string | null;
    line: number;
    quote: string;
  }[];
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
    citations: answer.citations.map(({ title, publisher, date, source, section, line, quote }) => ({
      title,
      publisher,
      date,
      source,
      section,
      line,
      quote,
    })),
    suggestions: answer.suggestions,
    message: answer.message,
  };
}
