// A document's verbs of two words ("turning down", "drawn up") as terms, so WordNet can link them.

import { ablated } from "../ablation.ts";
import { wordTerm } from "./terms.ts";

/**
 * The terms of the verbs of two words a text may use: "turning down requests" → "turn_down",
 * "the plan was drawn up" → "draw_up". Each is a term of the text beside its words, so the
 * lexicon can link it like a word to what WordNet says it means: a question asking whether
 * requests were "refused" finds "turning down", one asking what residents "heard" finds "wanted
 * to find out more". Every word before a particle gives one; only those WordNet knows as verbs
 * of two words (`WordGraphOptions.phrases`) are linked to anything, the rest are never asked for.
 *
 * @example phrasalTerms("It turned down the request") // ["turn_down"]
 */
export function phrasalTerms(text: string): string[] {
  if (ablated("document-phrasal-verbs")) return [];
  let found: string[] | undefined;
  for (const match of text.matchAll(verbAndParticle)) {
    const term = wordTerm((match[1] as string).toLowerCase());
    if (!term) continue;
    found ??= [];
    found.push(`${term}_${(match[2] as string).toLowerCase()}`);
  }
  return found ?? noTerms;
}

const noTerms: string[] = [];

/** Whether a term is a verb of two words ("turn_down"), not a word. */
export function isPhrasalTerm(term: string): boolean {
  return term.includes("_");
}

// The particles that end a verb of two words in WordNet (prepositions start what follows more
// often than they end the verb: see `phraseTerm` in wordnet.ts). English letters only: WordNet's
// verbs have no others, and a pattern of Unicode letters read every sentence four times slower.
const verbAndParticle =
  /\b([a-z]{2,}) (up|down|out|off|back|over|away|forward|aside|together|apart)\b/gi;
