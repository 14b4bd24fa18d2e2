// The engine internals the conversation layer reads, kept in one place: ranking a question and reading its words.
//
import type { AnswerContext } from "../answer/answer.ts";
import { setBounded } from "../bounded-map.ts";
import { tokenize } from "../lexicon/terms.ts";
import { readConcepts } from "../question/concepts.ts";
import { checkQuestion } from "../question/question.ts";

export { farewell, followUpAsAsked, readMessage } from "../question/chat-message.ts";
export { cleanQuestion, goodbyeMessage } from "../question/question.ts";
export { pointingWordsPutRight } from "../question/question-slips.ts";
export { months } from "../ranking/evidence.ts";
export { knownWord, type RankedQuestion, rankQuestion } from "../ranking/rank-question.ts";

/** One word of a question as the engine reads it. */
export interface QuestionWord {
  /** The word as typed, lower-cased ("stps", "transfomation"). */
  word: string;
  /** What it is matched by; two words with one key are the same concept ("lead", "leads"). */
  key: string;
  /** Part of what the question is about, not a word framing it ("how *big*", "*still*"). */
  topical: boolean;
  /** Some document uses it (or, for a typo, a word one or two letters away). */
  known: boolean;
  /** How much it counts: rarer in the documents counts more. */
  weight: number;
}

/**
 * The words of a question as the engine reads them, in order; null when the question cannot be
 * looked up at all (empty, too long, no words). Topical means what the engine's coverage test
 * counts: every concept that is not a framing word. The result is shared: don't change it.
 */
export function readQuestionWords(context: AnswerContext, question: string): QuestionWord[] | null {
  // Every follow-up reads the turn before it again: remember the last few readings.
  const read = readings.get(context) ?? new Map<string, QuestionWord[] | null>();
  readings.set(context, read);
  const known = read.get(question);
  if (known !== undefined) return known;
  const checked = checkQuestion(question, context.options.maxQuestionLength);
  const words = checked.ok
    ? readConcepts(checked.text, context, checked.context).map((concept) => ({
        word: concept.word,
        key: concept.alternatives[0]?.join(" ") ?? concept.word,
        topical: !concept.framing,
        known: concept.known,
        weight: concept.weight,
      }))
    : null;
  setBounded(read, question, words, maxReadings, "oldest");
  return words;
}

/**
 * Whether `text` shows every topic word of `question` that the documents know, in any form the
 * index reads as the same word ("published" for "publish").
 */
export function showsEveryTopic(context: AnswerContext, question: string, text: string): boolean {
  const words = readQuestionWords(context, question);
  if (!words) return false;
  const terms = new Set(tokenize(text).map((token) => token.term));
  return words
    .filter((word) => word.topical && word.known)
    .every((word) => word.key.split(" ").every((term) => terms.has(term)));
}

/** Readings remembered per engine: the questions of the conversations going on at once. */
const maxReadings = 2000;
const readings = new WeakMap<AnswerContext, Map<string, QuestionWord[] | null>>();
