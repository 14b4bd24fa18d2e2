// Scores the engine against tests/eval/questions.json; shared by `npm run eval` and the floor test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Answer, Engine } from "../../src/index.ts";

/** One question of the eval set. */
export interface EvalQuestion {
  id: string;
  question: string;
  answerable: boolean;
  /** Key phrases from the documents; any one in the right place is a hit. */
  expect: string[];
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
  misses: { question: EvalQuestion; answer: Answer; kind: string }[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadEvalQuestions(file = path.join(here, "questions.json")): EvalQuestion[] {
  return JSON.parse(readFileSync(file, "utf8")) as EvalQuestion[];
}

/** Asks every question and scores the answers. */
export function runEval(engine: Engine, questions: EvalQuestion[]): EvalReport {
  let hitAt1 = 0;
  let answerHitAt1 = 0;
  let hitAt3 = 0;
  let correctDeclines = 0;
  let falseDeclines = 0;
  let answerLength = 0;
  let answeredCount = 0;
  const misses: EvalReport["misses"] = [];
  const answerable = questions.filter((q) => q.answerable);
  for (const question of questions) {
    const answer = engine.ask(question.question);
    if (answer.answered) {
      answeredCount++;
      answerLength += answer.answer.length;
    }
    if (!question.answerable) {
      if (!answer.answered) correctDeclines++;
      else misses.push({ question, answer, kind: "should decline" });
      continue;
    }
    if (!answer.answered) {
      falseDeclines++;
      misses.push({ question, answer, kind: "declined" });
      continue;
    }
    const found = (text: string | undefined) => containsPhrase(text ?? "", question.expect);
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
  return {
    questions: questions.length,
    answerable: answerable.length,
    unanswerable,
    hitAt1: hitAt1 / answerable.length,
    answerHitAt1: answerHitAt1 / answerable.length,
    hitAt3: hitAt3 / answerable.length,
    correctDeclineRate: unanswerable ? correctDeclines / unanswerable : 1,
    falseDeclineRate: falseDeclines / answerable.length,
    meanAnswerLength: answeredCount ? answerLength / answeredCount : 0,
    misses,
  };
}

/** True when `text` holds one of `phrases`, ignoring case, curly quotes and runs of white space. */
export function containsPhrase(text: string, phrases: string[]): boolean {
  const haystack = normalise(text);
  return phrases.some((phrase) => haystack.includes(normalise(phrase)));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
}
