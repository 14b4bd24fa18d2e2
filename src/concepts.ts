// A question → the concepts it asks about, each with the terms that would show it and how much it counts.
import type { GlossaryMatcher } from "./glossary.ts";
import { nearWords, type SearchIndex, type WeightedTerm } from "./search-index.ts";
import type { Synonyms } from "./synonyms.ts";
import { framingWords, isNearStopWord, tokenize, toTerms } from "./terms.ts";

/** One thing the question asks about. */
export interface Concept {
  /** The word as the asker typed it. */
  word: string;
  /** Ways a text can show the concept: each is a list of terms that must all be present. */
  alternatives: string[][];
  /** Alternatives from this index on are synonyms, which show the concept less surely. */
  synonymsFrom: number;
  /** For an acronym, its expansion's terms ("stp" → sustain, transform, plan). */
  expansion: string[] | null;
  /** How much the concept counts: rarer in the documents counts more. */
  weight: number;
  /** False when no document contains it in any form. */
  known: boolean;
  /** True when only a near spelling was found ("transfomation" → "transform"). */
  fuzzy: boolean;
  /** An everyday word framing the question ("how big"): it helps ranking but not the coverage test. */
  framing: boolean;
}

/** Reads a question's concepts. Known words are weighted by rarity; unknown ones count in full. */
export function readConcepts(
  text: string,
  index: SearchIndex,
  matchers: GlossaryMatcher[],
  synonyms: Synonyms,
): Concept[] {
  const concepts = new Map<string, Concept>();
  const maxWeight = inverseFrequency(index, 0);
  for (const token of tokenize(text)) {
    if (concepts.has(token.term)) continue;
    // A missing framing word ("how big") or a very short one (a typo, chat filler) says little;
    // a missing topic word ("paracetamol") says the documents are about something else.
    const framing = framingWords.has(token.term) || token.word.length <= 2;
    const acronym = matchers.find((matcher) => matcher.acronyms.has(token.word));
    if (acronym) {
      const term = toTerms(acronym.entry.term)[0] ?? token.term;
      const alternatives = [[term], ...(acronym.expansion.length ? [acronym.expansion] : [])];
      const df = index.documentFrequency.get(term) ?? 0;
      concepts.set(token.term, {
        word: token.word,
        alternatives,
        synonymsFrom: alternatives.length,
        expansion: acronym.expansion.length ? acronym.expansion : null,
        weight: inverseFrequency(index, df),
        known: df > 0,
        fuzzy: false,
        framing: false,
      });
      continue;
    }
    const alternatives = [
      [token.term],
      ...(synonyms.get(token.term) ?? []),
      ...negations(token.term, index),
    ];
    const frequencies = alternatives.map((terms) =>
      Math.min(...terms.map((t) => index.documentFrequency.get(t) ?? 0)),
    );
    const df = Math.max(...frequencies);
    if (df > 0) {
      const known = alternatives.filter((_, i) => (frequencies[i] ?? 0) > 0);
      // Weighted by the asker's own word where the documents use it: a synonym's frequency is not its.
      const ownDf = frequencies[0] || df;
      const weight = Math.min(
        inverseFrequency(index, ownDf),
        framing ? maxWeight * 0.2 : maxWeight,
      );
      const synonymsFrom = (frequencies[0] ?? 0) > 0 ? 1 : 0;
      concepts.set(token.term, {
        word: token.word,
        alternatives: known,
        synonymsFrom,
        expansion: null,
        weight,
        known: true,
        fuzzy: false,
        framing,
      });
      continue;
    }
    // A misspelt "many" or "what" is neither a topic nor a framing word: leave it out.
    if (!token.numeric && isNearStopWord(token.word)) continue;
    const near = token.numeric ? null : nearestWord(index, token.word);
    if (near) {
      const nearDf = index.documentFrequency.get(near) ?? 1;
      concepts.set(token.term, {
        word: token.word,
        alternatives: [[near]],
        synonymsFrom: 1,
        expansion: null,
        weight: inverseFrequency(index, nearDf),
        known: true,
        fuzzy: true,
        framing,
      });
      continue;
    }
    const weight = framing ? maxWeight * 0.15 : maxWeight * 0.8;
    concepts.set(token.term, {
      word: token.word,
      alternatives: [[token.term]],
      synonymsFrom: 1,
      expansion: null,
      weight,
      known: false,
      fuzzy: false,
      framing,
    });
  }
  return [...concepts.values()];
}

/** The terms to search the index with; an expansion's words count less than the acronym. */
export function searchTerms(concepts: Concept[]): WeightedTerm[] {
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    if (!concept.known) continue;
    concept.alternatives.forEach((terms, i) => {
      for (const term of terms) {
        // The asker's own word counts most; synonyms and an acronym's expansion help less.
        const weight = (concept.fuzzy ? 0.8 : 1) * (i === 0 ? 1 : 0.6 / terms.length);
        weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      }
    });
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/** How much of a concept a set of terms shows: 1 for any alternative in full, else its best share. */
export function conceptMatch(concept: Concept, terms: Set<string>): number {
  let best = 0;
  concept.alternatives.forEach((alternative, i) => {
    let found = 0;
    for (const term of alternative) if (terms.has(term)) found++;
    const share =
      alternative.length === 1
        ? found
        : found / alternative.length >= 0.75
          ? found / alternative.length
          : 0;
    best = Math.max(best, share * (i >= concept.synonymsFrom ? synonymCredit : 1));
  });
  return concept.fuzzy ? best * 0.85 : best;
}

/**
 * "clear" and "unclear" answer the same question ("has the timetable been clear?"), so each
 * finds the other where the documents use it.
 */
function negations(term: string, index: SearchIndex): string[][] {
  const other = term.startsWith("un") ? term.slice(2) : `un${term}`;
  return other.length > 3 && index.documentFrequency.has(other) ? [[other]] : [];
}

/** A synonym shows a concept less surely than the asker's own word. */
const synonymCredit = 0.75;

function inverseFrequency(index: SearchIndex, df: number): number {
  return Math.log(1 + index.passageCount / (df + 0.5));
}

/**
 * The closest word the documents use, for a word they don't: one edit from six letters, two from
 * nine, and the same first letter (typos rarely change it; "spent" is not a typo of "sent").
 */
function nearestWord(index: SearchIndex, word: string): string | null {
  if (word.length < 6) return null;
  const maxDistance = word.length >= 9 ? 2 : 1;
  let best: { term: string; distance: number; df: number } | null = null;
  for (const [near, term, distance] of nearWords(index, word, maxDistance)) {
    if (near[0] !== word[0]) continue;
    const df = index.documentFrequency.get(term) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && df > best.df))
      best = { term, distance, df };
  }
  return best?.term ?? null;
}
