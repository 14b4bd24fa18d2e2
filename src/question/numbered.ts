// Things counted by a number: "the two big worries" in a question, "Two major challenges" in a sentence.
import { numberWords } from "../lexicon/word-lists.ts";

/**
 * The question's plural nouns after a number, each with the number's term: "what are the two big
 * hurdles…" → hurdles: "2". One adjective may stand between.
 */
export function numberedThings(question: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of question.toLowerCase().matchAll(numberedNoun))
    if (match[1] && match[2]) found.set(match[2], numberTerm(match[1]));
  return found;
}

/**
 * Whether the text counts some plural by `number` ("Two major challenges face STPs."): things
 * counted by the same number as the question's are the same things in other words.
 */
export function countsByNumber(number: string | undefined, text: string): boolean {
  if (number === undefined) return false;
  for (const match of text.toLowerCase().matchAll(numberedNoun))
    if (match[1] && numberTerm(match[1]) === number) return true;
  return false;
}

/** A number (in figures, or a word above one: "one" is as often "one of…") and the plural it counts. */
const counts = [...numberWords.keys()].filter((word) => word !== "zero" && word !== "one");
const numberedNoun = new RegExp(
  String.raw`\b(${counts.join("|")}|\d{1,3})\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b`,
  "g",
);

/** "two" and "2" alike: "2". */
function numberTerm(word: string): string {
  return numberWords.get(word) ?? word;
}
