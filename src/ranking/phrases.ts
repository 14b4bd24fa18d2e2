// The question's words standing together in a sentence as they do in the question, or turned round with "of".

import { toTerms } from "../lexicon/terms.ts";
import type { Concept } from "../question/concepts.ts";
import { adjacentIn } from "./document-fit.ts";
import type { SentenceEvidence } from "./evidence.ts";

/**
 * Extra weight where the question's words stand together in the sentence as they do in the
 * question ("care home vanguards"), which a bag of words cannot see.
 */
export function phraseBonus(
  concepts: Concept[],
  sequence: string[],
  title: string[] | null = null,
): number {
  let bonus = 0;
  // A word the documents never use ("stps supposed to achieve") does not part the words around it.
  const topics = concepts.filter((c) => c.known);
  for (let i = 0; i + 1 < topics.length; i++) {
    const [a, b] = [topics[i], topics[i + 1]];
    if (!a || !b) continue;
    if (adjacentIn(a, b, sequence) || (title && adjacentIn(a, b, title)))
      bonus += 0.5 * Math.min(a.weight, b.weight);
  }
  return bonus;
}

/** Two topic words the question writes side by side, each as its own word and full synonyms. */
interface Compound {
  first: Set<string>;
  second: Set<string>;
  weight: number;
}

/**
 * The question's pairs of topic words written side by side ("trust deficits", "gp numbers"),
 * which a sentence may say the other way round with "of" ("the deficit of NHS trusts").
 */
export function nounCompounds(question: string, concepts: Concept[]): Compound[] {
  const words: string[] = question.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? [];
  const topics = concepts.filter((c) => c.known && !c.framing && !c.word.includes(" "));
  const byWord = new Map(topics.map((c) => [c.word.toLowerCase(), c]));
  const compounds: Compound[] = [];
  words.forEach((word, i) => {
    const a = byWord.get(word);
    const b = byWord.get(words[i + 1] ?? "");
    if (a && b && a !== b)
      compounds.push({
        first: ownTerms(a),
        second: ownTerms(b),
        weight: 0.5 * Math.min(a.weight, b.weight),
      });
  });
  return compounds;
}

/** Credit for "deficit of (NHS) trusts" where the question says "trust deficits". */
export function ofPhraseBonus(compounds: Compound[], sentence: SentenceEvidence): number {
  // Most sentences hold neither word of a pair: only those holding both are read word by word.
  const holds = (terms: Set<string>) => [...terms].some((term) => sentence.terms.has(term));
  const held = compounds.filter((pair) => holds(pair.first) && holds(pair.second));
  if (held.length === 0) return 0;
  const words: string[] = sentence.text.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? [];
  const terms = words.map((word) => toTerms(word)[0] ?? "");
  let bonus = 0;
  for (const { first, second, weight } of held) {
    const found = terms.some(
      (term, j) =>
        second.has(term) &&
        words[j + 1] === "of" &&
        terms.slice(j + 2, j + 5).some((later) => first.has(later)),
    );
    if (found) bonus += weight;
  }
  return bonus;
}

/** A concept's own word and its full-credit synonyms, as terms. */
export function ownTerms(concept: Concept): Set<string> {
  return new Set(
    concept.alternatives.flatMap((alt, i) =>
      alt.length === 1 && concept.credits[i] === 1 ? alt : [],
    ),
  );
}

/** Whether `phrase` (two terms or more) stands in `sequence` word for word. */
export function containsPhrase(sequence: string[], phrase: string[]): boolean {
  if (phrase.length < 2) return false;
  for (let i = 0; i + phrase.length <= sequence.length; i++) {
    if (phrase.every((term, j) => sequence[i + j] === term)) return true;
  }
  return false;
}

/**
 * The phrase's terms together in any order, with at most two others among them: "west London
 * Healthwatch" is "Healthwatch Central West London" as the asker remembered it.
 */
export function containsClose(sequence: string[], phrase: string[]): boolean {
  const span = phrase.length + 2;
  for (let i = 0; i < sequence.length; i++) {
    if (!phrase.includes(sequence[i] as string)) continue;
    const window = sequence.slice(i, i + span);
    if (phrase.every((term) => window.includes(term))) return true;
  }
  return false;
}
