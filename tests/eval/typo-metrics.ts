// How answers hold up when a question has a typo: one slip of the keyboard in its longest word,
// two letters swapped in a short one or in its question word, a space left out or put in, or a
// capital on every word.
import type { Engine } from "../../src/index.ts";
import { stopWords } from "../../src/lexicon/terms.ts";
import { answersWith, type EvalQuestion } from "./metrics.ts";

/** The slips typing makes, each at the fourth letter of a word. */
export const typoKinds = {
  "two letters swapped": (word: string) =>
    `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`,
  "a letter dropped": (word: string) => `${word.slice(0, 3)}${word.slice(4)}`,
  "a letter doubled": (word: string) => `${word.slice(0, 4)}${word[3]}${word.slice(4)}`,
  "a letter changed": (word: string) =>
    `${word.slice(0, 3)}${word[3] === "e" ? "a" : "e"}${word.slice(4)}`,
  /** In a word of four or five letters, the second and third: "fund" → "fnud". */
  "two letters swapped, short word": (word: string) =>
    `${word[0]}${word[2]}${word[1]}${word.slice(3)}`,
  /** The space before the longest word left out: "the transformation" → "thetransformation". */
  "a space dropped": (word: string) => word,
  /** A space in the middle of the longest word: "transformation" → "transfo rmation". */
  "a space added": (word: string) =>
    `${word.slice(0, Math.ceil(word.length / 2))} ${word.slice(Math.ceil(word.length / 2))}`,
  /** The second and third letters of the first question word: "how many" → "hwo many". */
  "two letters swapped, question word": (word: string) =>
    `${word[0]}${word[2]}${word[1]}${word.slice(3)}`,
  /** Every word with a capital, as a headline is written: "How Many Stp Areas Are There". */
  "every word capitalised": (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
} as const;

/** The words that say what is asked, which the question-word kind mistypes. */
const questionWords = new Set([
  "how",
  "what",
  "when",
  "where",
  "which",
  "who",
  "why",
  "many",
  "much",
]);

export type TypoKind = keyof typeof typoKinds;

/**
 * The question with a slip in its longest word of six letters or more (the words people
 * mistype and the engine must still find), or for the short-word kind its longest topic word of
 * four or five letters; null when it has none.
 * @example withTypo("when did the forward view come out", "two letters swapped") // "when did the fowrard view come out"
 */
export function withTypo(question: string, kind: TypoKind): string | null {
  const words = question.split(" ");
  if (kind === "every word capitalised") return words.map(typoKinds[kind]).join(" ");
  if (kind === "two letters swapped, question word") {
    const first = words.findIndex((word) => questionWords.has(word.toLowerCase()));
    if (first < 0 || words[first]?.[1] === words[first]?.[2]) return null;
    return words.map((word, i) => (i === first ? typoKinds[kind](word) : word)).join(" ");
  }
  // A short word is one of four or five letters that says what is asked ("fund", "plans").
  const mistypable =
    kind === "two letters swapped, short word"
      ? (word: string) =>
          /^[a-z]{4,5}$/i.test(word) &&
          !stopWords.has(word.toLowerCase()) &&
          word[1]?.toLowerCase() !== word[2]?.toLowerCase()
      : (word: string) => /^[a-z]{6,}$/i.test(word);
  let longest = -1;
  words.forEach((word, i) => {
    if (mistypable(word) && word.length > (words[longest]?.length ?? 0)) longest = i;
  });
  if (longest < 0) return null;
  if (kind === "a space dropped")
    return longest === 0
      ? null
      : [
          ...words.slice(0, longest - 1),
          `${words[longest - 1]}${words[longest]}`,
          ...words.slice(longest + 1),
        ].join(" ");
  return words.map((word, i) => (i === longest ? typoKinds[kind](word) : word)).join(" ");
}

/** Hit@1 on the answerable questions and declines of the unanswerable ones, with and without a typo. */
export interface TypoReport {
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt1WithTypo: number;
  correctDeclineRate: number;
  correctDeclineRateWithTypo: number;
}

/** Asks each question that has a word to mistype, as typed and with a `kind` slip in it. */
export function runTypos(engine: Engine, questions: EvalQuestion[], kind: TypoKind): TypoReport {
  let answerable = 0;
  let unanswerable = 0;
  let hits = 0;
  let hitsWithTypo = 0;
  let declines = 0;
  let declinesWithTypo = 0;
  for (const { question, expect, answerable: canAnswer } of questions) {
    const mistyped = withTypo(question, kind);
    if (mistyped === null) continue;
    const [plain, slipped] = [engine.ask(question), engine.ask(mistyped)];
    if (canAnswer) {
      answerable++;
      if (answersWith(plain, expect)) hits++;
      if (answersWith(slipped, expect)) hitsWithTypo++;
    } else {
      unanswerable++;
      if (!plain.answered) declines++;
      if (!slipped.answered) declinesWithTypo++;
    }
  }
  const share = (n: number, of: number) => (of ? n / of : 0);
  return {
    answerable,
    unanswerable,
    hitAt1: share(hits, answerable),
    hitAt1WithTypo: share(hitsWithTypo, answerable),
    correctDeclineRate: share(declines, unanswerable),
    correctDeclineRateWithTypo: share(declinesWithTypo, unanswerable),
  };
}
