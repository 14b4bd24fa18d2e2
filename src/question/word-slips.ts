// A typed word the documents never use read as the word meant: one slip from a documents' word, an English word or its inflection.

import { ablated } from "../ablation.ts";
import { nearWords, type SearchIndex } from "../indexing/search-index.ts";
import { longestSlip, shortestSlip } from "../lexicon/dictionary.ts";
import type { Lexicon, WordSet } from "../lexicon/lexicon.ts";
import { framingWords, isIrregularForm, isTransposition, wordTerm } from "../lexicon/terms.ts";

/**
 * The documents' words within `maxDistance` edits of a typed word, counting two letters swapped
 * ("plnaning") as one edit, as typing makes them, and reading a plural's "s" off first
 * ("coucils" is one edit from "council", which is how the documents' words are kept).
 */
function nearTypedWords(
  index: SearchIndex,
  word: string,
  maxDistance: number,
): [word: string, term: string, distance: number][] {
  if (ablated("typos")) return nearWords(index, word, maxDistance);
  const singular = word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : null;
  const found: [string, string, number][] = [];
  for (const form of singular && singular.length >= 6 ? [word, singular] : [word])
    for (const [near, term, distance] of nearWords(index, form, Math.max(maxDistance, 2))) {
      // Without its "s" the word may be a shorter one ("carers" → "carer" → "care"): a typo
      // there drops a letter of the documents' word, it does not add one.
      if (form === singular && near.length < form.length) continue;
      if (distance <= maxDistance) found.push([near, term, distance]);
      else if (isTransposition(form, near)) found.push([near, term, 1]);
    }
  return found;
}

/**
 * The closest word the documents use, for a word they don't: one edit from six letters, two from
 * nine, and the same first letter (typos rarely change it; "spent" is not a typo of "sent").
 */
export function nearestWord(index: SearchIndex, word: string): string | null {
  if (word.length < 6) return null;
  const maxDistance = word.length >= 9 ? 2 : 1;
  let best: { word: string; distance: number; df: number } | null = null;
  for (const [near, term, distance] of nearTypedWords(index, word, maxDistance)) {
    if (near[0] !== word[0]) continue;
    const df = index.documentFrequency.get(term) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && df > best.df))
      best = { word: near, distance, df };
  }
  return best?.word ?? null;
}

/**
 * The word a typed word is with two neighbouring letters swapped back ("fnud" → "fund",
 * "cosnulted" → "consulted"): one the documents use in any form (the commonest, if several),
 * or for a word of four or five letters one the dictionary or the framing words know ("celar" →
 * "clear"). Only a swap is tried: in a short word a changed or missing letter often makes
 * another word. The first letter is kept, as typing keeps it.
 */
export function swappedWord(index: SearchIndex, word: string, english: WordSet): string | null {
  if (word.length < 4) return null;
  const short = word.length <= 5;
  let best: { word: string; rank: number } | null = null;
  for (let i = 1; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    const term = wordTerm(swapped);
    if (!term) continue;
    const df = index.documentFrequency.get(term) ?? 0;
    const known = short && (english.has(term) || framingWords.has(term));
    const rank = df > 0 ? 1 + df : known ? 1 : 0;
    if (rank > 0 && (!best || rank > best.rank)) best = { word: swapped, rank };
  }
  return best?.word ?? null;
}

/**
 * True when the dictionary has the word as typed, so it is meant as typed: "easier" is not
 * "Easter", nor "pays" the documents' "PYAs" with two letters swapped.
 */
export function inDictionary(word: string, lexicon: Lexicon): boolean {
  return !ablated("dictionary-words") && !!lexicon.dictionary?.has(word);
}

/**
 * The word a typed word of six letters or more is with one slip put right (a letter dropped,
 * added, changed, or two swapped; the first letter kept; for five letters only a dropped letter
 * put back, "socal" → "social"), where the typed word is neither in the
 * dictionary nor a form of a word the documents or WordNet know, and the word put right is one of
 * the documents' words in any form ("conulted" → "consulted", as they say "consultation"), or for
 * seven letters or more one WordNet leads to theirs. Of several, the one the documents use most;
 * none on a tie.
 */
export function slipPutRight(index: SearchIndex, word: string, lexicon: Lexicon): string | null {
  // A word the dictionary has is meant as typed: "carers" is no slip for "cares", nor "dentist"
  // for "dentit" (the stem of "dentition"), though WordNet knows neither as written.
  // A five-letter word may be a six-letter one with a letter dropped ("socal", "cenre"); in so
  // short a word a changed or added letter too often makes another word, so only that is tried.
  const dropped = word.length === shortestSlip - 1 && !ablated("short-drops");
  if (
    (word.length < shortestSlip && !dropped) ||
    !/^[a-z]+$/.test(word) ||
    !lexicon.dictionary ||
    lexicon.dictionary.has(word)
  )
    return null;
  const knows = (term: string) =>
    index.documentFrequency.has(term) || lexicon.related.has(term) || lexicon.english.has(term);
  if (inflectionBases(word).some((base) => knows(base))) return null;
  const found = new Map<string, { word: string; df: number }>();
  for (const candidate of oneSlipAway(word)) {
    if (dropped && candidate.length !== word.length + 1) continue;
    const term = wordTerm(candidate);
    const df = term ? (index.documentFrequency.get(term) ?? 0) : 0;
    // A long word may also be put right to a word only WordNet leads to the documents' words
    // from ("strcture" → "structure"); a six-letter one is too often a name ("cumria" is
    // Cumbria, not WordNet's "curia").
    const linked = word.length >= longSlip && !!term && lexicon.related.has(term);
    if (!term || (df === 0 && !linked) || found.has(term)) continue;
    found.set(term, { word: candidate, df });
  }
  const [best, next] = [...found.values()].sort((a, b) => b.df - a.df);
  if (best) return next && next.df === best.df ? null : best.word;
  // "timtable" → "timetable", where they say "timeline": the one dictionary word it is a slip
  // of, read as meant, weighs as the asker's word does; none where there are several.
  if (word.length < longSlip || ablated("english-slips")) return null;
  const slips = dictionarySlips(word, lexicon, 2);
  return slips.length === 1 ? (slips[0] ?? null) : null;
}

/**
 * The length from which a slip may be put right to a word the documents use only through
 * WordNet, or to a dictionary word they never use: a six-letter one is too often a name.
 */
const longSlip = 7;

/** A word's terms with a regular ending taken off, as WordNet's morphology reads them ("quickest" → "quick"). */
function inflectionBases(word: string): string[] {
  const bases = [word];
  for (const [ending, base] of inflections)
    if (word.endsWith(ending) && word.length - ending.length >= 3)
      bases.push(word.slice(0, word.length - ending.length) + base);
  return bases.flatMap((b) => wordTerm(b) ?? []);
}

const inflections: [string, string][] = [
  ["s", ""],
  ["es", ""],
  ["es", "e"],
  ["ies", "y"],
  ["ed", ""],
  ["ed", "e"],
  ["ied", "y"],
  ["ing", ""],
  ["ing", "e"],
  ["er", ""],
  ["er", "e"],
  ["est", ""],
  ["est", "e"],
  ["ly", ""],
];

/**
 * True when a word of six letters or more no dictionary has is one slip from a word it has
 * ("actally" from "actually"): a misspelt word, not two words run together ("act ally").
 */
export function slipOfEnglish(word: string, lexicon: Lexicon): boolean {
  if (word.length < shortestSlip || lexicon.dictionary?.has(word)) return false;
  return dictionarySlips(word, lexicon, 1).length > 0;
}

/** Up to `most` different dictionary words one slip from `word`. */
function dictionarySlips(word: string, lexicon: Lexicon, most: number): string[] {
  const found = new Set<string>();
  const dictionary = lexicon.dictionary;
  if (!dictionary) return [];
  for (const candidate of oneSlipAway(word)) {
    if (found.has(candidate) || !dictionary.has(candidate)) continue;
    found.add(candidate);
    if (found.size >= most) break;
  }
  return [...found];
}

/** Every word one slip from `word`, its first letter kept. */
function* oneSlipAway(word: string): Generator<string> {
  if (word.length > longestSlip) return;
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 1; i <= word.length; i++) {
    for (const l of letters) yield word.slice(0, i) + l + word.slice(i);
    if (i < word.length) {
      yield word.slice(0, i) + word.slice(i + 1);
      for (const l of letters) if (l !== word[i]) yield word.slice(0, i) + l + word.slice(i + 1);
      if (i + 1 < word.length && word[i] !== word[i + 1])
        yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
  }
}

/**
 * True when a word's term is one the documents use or English has, and the word is that term as
 * typed, with a regular ending ("plans" is "plan" + "s") or an irregular form ("wrote"):
 * "laeds" is not, though the stemmer cuts it to "la", which WordNet knows (and the documents' "LA").
 */
export function knownForm(
  word: string,
  term: string,
  index: SearchIndex,
  english: WordSet,
): boolean {
  if (!index.documentFrequency.has(term) && !english.has(term)) return false;
  if (ablated("stemmed-slips") || isIrregularForm(word)) return true;
  return word.startsWith(term) && regularEnding.test(word.slice(term.length));
}

const regularEnding =
  /^(?:|s|es|e|ed|d|ing|er|ers|est|ly|y|ies|ied|ion|ions|ation|ations|ment|ments|al)$/;
