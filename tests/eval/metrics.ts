// Scores the engine against a question set; shared by `npm run eval`, the floor test and the decline-model fit.
import type { Answer, Engine } from "../../src/index.ts";

/** One question of an eval set. */
export interface EvalQuestion {
  id: string;
  question: string;
  answerable: boolean;
  /** Key phrases from the documents; any one in the right place is a hit. */
  expect: string[];
  /** The document that answers it, where the set says. */
  doc?: string | null;
  why?: string;
}

/** The figures `npm run eval` prints and the floor test holds. */
export interface EvalReport {
  questions: number;
  answerable: number;
  unanswerable: number;
  /** An expected phrase in the answer or the first citation. */
  hitAt1: number;
  /** An expected phrase in the answer itself. */
  answerHitAt1: number;
  /** An expected phrase in the answer or any of the first three citations. */
  hitAt3: number;
  /** Unanswerable questions declined. */
  correctDeclineRate: number;
  /** Answerable questions declined. */
  falseDeclineRate: number;
  /** Mean characters in the answers given. */
  meanAnswerLength: number;
  /** Answers and quotes that are not the documents' own words (should be none). */
  notVerbatim: number;
  /**
   * Answerable questions declined where asking one of the decline's suggestions gives the
   * expected answer (hit@1): the asker is one click from it.
   */
  declinedButSuggested: number;
  misses: { question: EvalQuestion; answer: Answer; kind: string }[];
}

/** Asks every question and scores the answers; `sourceText` (a document's plain text by title) checks quotes are verbatim. */
export function runEval(
  engine: Engine,
  questions: EvalQuestion[],
  sourceText?: (title: string) => string | undefined,
): EvalReport {
  let hitAt1 = 0;
  let answerHitAt1 = 0;
  let hitAt3 = 0;
  let correctDeclines = 0;
  let falseDeclines = 0;
  let answerLength = 0;
  let answeredCount = 0;
  let notVerbatim = 0;
  let declinedButSuggested = 0;
  const misses: EvalReport["misses"] = [];
  const answerable = questions.filter((q) => q.answerable);
  for (const question of questions) {
    const answer = engine.ask(question.question);
    if (answer.answered) {
      answeredCount++;
      answerLength += answer.answer.length;
      if (sourceText && !isVerbatim(answer, sourceText)) notVerbatim++;
    }
    if (!question.answerable) {
      if (!answer.answered) correctDeclines++;
      else misses.push({ question, answer, kind: "should decline" });
      continue;
    }
    const found = (text: string | undefined) => containsPhrase(text ?? "", question.expect);
    if (!answer.answered) {
      falseDeclines++;
      misses.push({ question, answer, kind: "declined" });
      const answersIt = (suggestion: string) =>
        answersWith(engine.ask(suggestion), question.expect);
      if (answer.suggestions.some(answersIt)) declinedButSuggested++;
      continue;
    }
    const inAnswer = found(answer.answer);
    if (inAnswer) answerHitAt1++;
    if (inAnswer || found(answer.citations[0]?.quote)) hitAt1++;
    if (inAnswer || answer.citations.slice(0, 3).some((c) => found(c.quote))) hitAt3++;
    if (!inAnswer)
      misses.push({
        question,
        answer,
        kind: found(answer.citations[0]?.quote) ? "in citation 1 only" : "miss",
      });
  }
  const unanswerable = questions.length - answerable.length;
  const share = (count: number, of: number) => (of ? count / of : 0);
  return {
    questions: questions.length,
    answerable: answerable.length,
    unanswerable,
    hitAt1: share(hitAt1, answerable.length),
    answerHitAt1: share(answerHitAt1, answerable.length),
    hitAt3: share(hitAt3, answerable.length),
    correctDeclineRate: unanswerable ? correctDeclines / unanswerable : 1,
    falseDeclineRate: share(falseDeclines, answerable.length),
    meanAnswerLength: answeredCount ? answerLength / answeredCount : 0,
    notVerbatim,
    declinedButSuggested,
    misses,
  };
}

/**
 * True when the answer and every quote are the documents' own words: each piece between "…"
 * cuts (and between a table row's cells) appears in its source file once markdown is set aside
 * (compared on letters and digits).
 */
export function isVerbatim(
  answer: Answer,
  sourceText: (title: string) => string | undefined,
): boolean {
  const first = answer.citations[0];
  const pieces = [
    { text: answer.answer, title: first?.title },
    ...answer.citations.map((c) => ({ text: c.quote, title: c.title })),
  ];
  return pieces.every(({ text, title }) => {
    const whole = title ? sourceText(title) : undefined;
    if (whole === undefined) return false;
    const haystack = lettersOnly(whole);
    // A table row is quoted as "Column: cell; Column: cell": each piece is the source's own.
    return text
      .split(/…| \| |; |: /)
      .map(lettersOnly)
      .every((piece) => haystack.includes(piece));
  });
}

function lettersOnly(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A hit at 1: the answer, or its first citation's quote, holds one of `expect`'s phrases. */
export function answersWith(answer: Answer, expect: string[]): boolean {
  return (
    answer.answered &&
    (containsPhrase(answer.answer, expect) ||
      containsPhrase(answer.citations[0]?.quote ?? "", expect))
  );
}

/** True when `text` holds one of `phrases`, ignoring case, curly quotes, dashes and runs of white space. */
export function containsPhrase(text: string, phrases: string[]): boolean {
  const haystack = normalise(text);
  return phrases.some((phrase) => haystack.includes(normalise(phrase)));
}

/** As the development set's scorer compares: case, quotes, dashes and white space folded. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
