// A question's topic words as the engine reads them: what the question log keeps, so the report can group questions by what they are about.
import type { EngineOptions } from "../config.ts";
import { toTerms } from "../lexicon/terms.ts";
import { type Concept, type ConceptSources, readConcepts } from "./concepts.ts";
import { checkQuestion } from "./question.ts";

/** One thing a question is about. */
export interface Topic {
  /**
   * The word's own term, as the engine indexes words: stemmed, spelling and chat shorthand
   * joined, so "parking" and "parks" share "park" and "appts" is "appoint". Not the synonym the
   * engine may match it by ("parking" → "place"): two questions share a topic when they use
   * the same word, not merely a related one.
   */
  key: string;
  /** The word as typed, lower-cased ("parking"): what a report shows. */
  word: string;
}

/** Topics kept per question: the first few say what it is about; the rest are common words. */
export const maxTopics = 3;

/**
 * The words a question is about, as the engine reads its concepts, at most `maxTopics`, the
 * most telling first: words no document uses themselves (what a declined question is usually
 * about: "dentist", "parking"), in the order asked, then words the documents use, rarest first.
 * Framing words ("how big", "still") are left out. [] when the question cannot be looked up
 * (empty, too long, no words).
 *
 * @example readTopics(context, "hospital food waste") // food, waste, hospital
 */
export function readTopics(
  context: ConceptSources & { options: Pick<EngineOptions, "maxQuestionLength"> },
  question: string,
): Topic[] {
  const checked = checkQuestion(question, context.options.maxQuestionLength);
  if (!checked.ok) return [];
  const seen = new Set<string>();
  return readConcepts(checked.text, context, checked.context)
    .filter((concept) => !concept.framing)
    .map((concept, order) => ({ concept, order, own: usesOwnWord(concept) }))
    .sort(
      (a, b) =>
        Number(a.own) - Number(b.own) ||
        (a.own ? b.concept.weight - a.concept.weight : 0) ||
        a.order - b.order,
    )
    .flatMap(({ concept }) => {
      const key = toTerms(concept.word)[0] ?? concept.word;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ key, word: concept.word }];
    })
    .slice(0, maxTopics);
}

/** True when some document uses the word itself, not only a synonym or a near spelling of it. */
function usesOwnWord(concept: Concept): boolean {
  return concept.known && !concept.fuzzy && concept.credits[0] === 1;
}
