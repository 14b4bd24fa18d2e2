// A question → the concepts it asks about, each with the terms that would show it and how much it counts.

import { ablated } from "../ablation.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import type { Synonyms } from "../documents/synonyms.ts";
import { nearWords, type SearchIndex, type WeightedTerm } from "../indexing/search-index.ts";
import { shortestSlip } from "../lexicon/dictionary.ts";
import type { Expansion } from "../lexicon/initials.ts";
import { type Lexicon, longestAcronymTerm, type WordSet } from "../lexicon/lexicon.ts";
import {
  framingWords,
  isIrregularForm,
  isLongStopWordSlip,
  isNearFramingWord,
  isNearStopWord,
  isTransposition,
  type Token,
  tokenize,
  toTerms,
  wordTerm,
} from "../lexicon/terms.ts";
import type { Relation } from "../lexicon/wordnet.ts";

/** One thing the question asks about. */
export interface Concept {
  /** The word as the asker typed it. */
  word: string;
  /** Ways a text can show the concept: each is a list of terms that must all be present. */
  alternatives: string[][];
  /**
   * How surely each alternative shows the concept: 1 for the asker's own word or an acronym's
   * expansion, less for a synonym (the editors' or WordNet's).
   */
  credits: number[];
  /** For an acronym, its expansion's terms ("stp" → sustain, transform, plan). */
  expansion: string[] | null;
  /** How much the concept counts: rarer in the documents counts more. */
  weight: number;
  /** False when no document contains it in any form. */
  known: boolean;
  /** True when only a near spelling was found ("transfomation" → "transform"). */
  fuzzy: boolean;
  /** For a misspelt word, the word it was read as ("transformation" for "transfomation"). */
  spelled?: string;
  /**
   * An everyday word framing the question ("how big"), or a word only in what the message said
   * before its question ("that trust board paper –"): it helps ranking but not the coverage test.
   */
  framing: boolean;
}

/** What a question's words are looked up in. */
export interface ConceptSources {
  index: SearchIndex;
  matchers: GlossaryMatcher[];
  synonyms: Synonyms;
  lexicon: Lexicon;
  /** What an acronym nobody defined stands for in the documents, if they say it often. */
  expandInitials: (word: string) => Expansion | null;
}

/**
 * Reads a question's concepts. Known words are weighted by rarity; unknown ones count in full.
 * Words only in `context` (what the message said before its question: "that trust board paper –")
 * keep their weight for ranking but, like framing words, are not what the answer must cover.
 */
export function readConcepts(
  text: string,
  sources: ConceptSources,
  context: readonly string[] = [],
): Concept[] {
  const { index, matchers, synonyms, lexicon, expandInitials } = sources;
  const concepts = new Map<string, Concept>();
  // A slip of the keyboard is read as the word meant, as if typed right: "hosppital" finds
  // "acute" as "hospital" does, "spts" is the acronym "stps", "enouugh" is still framing.
  const readAsSpelled = (typed: Token, spelled: string, framing: boolean): boolean => {
    // A word put right is read as spelt: never put right again (two words that are each
    // other's slip would go round for ever).
    if (respelling) return false;
    respelling = true;
    let meant: Concept | undefined;
    try {
      [meant] = readConcepts(spelled, sources);
    } finally {
      respelling = false;
    }
    if (!meant) return false;
    concepts.set(typed.term, {
      ...meant,
      word: typed.word,
      fuzzy: true,
      spelled,
      framing: meant.framing || framing,
    });
    return true;
  };
  const contextOnly = contextTerms(text, context);
  const maxWeight = inverseFrequency(index, 0);
  const answerKinds = ablated("answer-kind-words") ? new Set<string>() : answerKindWords(text);
  // "Was Naylor a hospital boss before?": "before" with nothing after it is an adverb
  // ("previously"), the question's framing, not a topic as in "before Easter".
  const adverb = ablated("trailing-adverbs") ? null : trailingAdverb(text);
  const names = namesTyped(text);
  for (const token of tokenize(text)) {
    if (concepts.has(token.term)) continue;
    // A missing framing word ("how big") or a very short one (a typo, chat filler) says little;
    // a missing topic word ("paracetamol") says the documents are about something else.
    const framing =
      framingWords.has(token.term) ||
      token.word.length <= 2 ||
      answerKinds.has(token.term) ||
      token.term === adverb;
    const acronym = matchers.find((matcher) => matcher.acronyms.has(token.word));
    if (acronym) {
      const term = toTerms(acronym.entry.term)[0] ?? token.term;
      const alternatives = [[term], ...(acronym.expansion.length ? [acronym.expansion] : [])];
      const df = index.documentFrequency.get(term) ?? 0;
      concepts.set(token.term, {
        word: token.word,
        alternatives,
        credits: alternatives.map(() => 1),
        expansion: acronym.expansion.length ? acronym.expansion : null,
        weight: inverseFrequency(index, df),
        known: df > 0,
        fuzzy: false,
        framing: false,
      });
      continue;
    }
    // "fnud" is no word anyone knows, and "fund" is the documents' own: two letters swapped.
    // Tried before reading it as initials, which a short word no dictionary knows may be.
    const swapped =
      !token.numeric &&
      token.word.length <= 5 &&
      lexicon.english.size > 0 &&
      !knownForm(token.word, token.term, index, lexicon.english) &&
      !inDictionary(token.word, lexicon)
        ? swappedWord(index, token.word, lexicon.english)
        : null;
    if (swapped && readAsSpelled(token, swapped, framing)) continue;
    // "icbs" is no English word: if the documents keep saying "integrated care boards", it is that.
    const guessed = looksLikeAcronym(token.word, token.term, lexicon)
      ? expandInitials(token.word)
      : null;
    if (guessed && !ablated("initials")) {
      concepts.set(token.term, {
        word: token.word,
        alternatives: [[token.term], guessed.terms],
        credits: [1, 1],
        expansion: guessed.terms,
        weight: inverseFrequency(index, guessed.passages),
        known: true,
        fuzzy: false,
        framing: false,
      });
      continue;
    }
    // "Wales" typed with a capital is the country, not WordNet's "wales" (planks, so "board").
    const candidates = waysToSay(token.term, {
      index,
      synonyms,
      lexicon: names.has(token.word) ? noWordNet : lexicon,
    });
    const frequencies = candidates.map(([terms]) =>
      Math.min(...terms.map((t) => index.documentFrequency.get(t) ?? 0)),
    );
    const df = Math.max(...frequencies);
    if (df > 0) {
      const known = candidates.filter((_, i) => (frequencies[i] ?? 0) > 0);
      // Weighted by the asker's own word where the documents use it: a synonym's frequency is not its.
      const ownDf = frequencies[0] || df;
      const weight = Math.min(
        inverseFrequency(index, ownDf),
        framing ? maxWeight * 0.2 : maxWeight,
      );
      concepts.set(token.term, {
        word: token.word,
        alternatives: known.map(([terms]) => terms),
        credits: known.map(([, credit]) => credit),
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
    // "accrding" is no word, and one letter from "according": leave it out too.
    if (
      !token.numeric &&
      !ablated("stop-word-slips") &&
      lexicon.dictionary &&
      !lexicon.dictionary.has(token.word) &&
      isLongStopWordSlip(token.word)
    )
      continue;
    // A word English has ("charge", where the documents only say "change") is what was meant.
    const english =
      (!ablated("english-kept") &&
        token.word.length <= longestAcronymTerm &&
        lexicon.english.has(token.term)) ||
      inDictionary(token.word, lexicon);
    const nearest = token.numeric || english ? null : nearestWord(index, token.word);
    if (nearest && readAsSpelled(token, nearest, framing)) continue;
    // "cosnulted", where the documents say "consultations": too far for `nearestWord`. Only
    // here, after WordNet found nothing: "complaint" must not become the documents' "compliant".
    const unswapped =
      token.numeric || english || token.word.length <= 5
        ? null
        : swappedWord(index, token.word, lexicon.english);
    if (unswapped && readAsSpelled(token, unswapped, framing)) continue;
    // "conulted", where the documents say "consultation": one slip from "consulted", a word the
    // documents use in another form. Only for a word that is no form of a word they or WordNet
    // know ("carers", "quickest" are not slips).
    const slipped =
      token.numeric || ablated("word-slips") ? null : slipPutRight(index, token.word, lexicon);
    if (slipped && readAsSpelled(token, slipped, framing)) continue;
    // "actualy" is "actually" misspelt: framing, not a topic the documents lack.
    const misspeltFraming =
      !framing && !token.numeric && !ablated("misspelt-framing") && isNearFramingWord(token.word);
    const weight = framing || misspeltFraming ? maxWeight * 0.15 : maxWeight * 0.8;
    concepts.set(token.term, {
      word: token.word,
      alternatives: [[token.term]],
      credits: [1],
      expansion: null,
      weight,
      known: false,
      fuzzy: false,
      framing: framing || misspeltFraming,
    });
  }
  // Context keeps the weight its words were given, for ranking, but is never what must be covered.
  for (const [term, concept] of concepts) if (contextOnly.has(term)) concept.framing = true;
  return ablated("either-or") ? [...concepts.values()] : eitherOr(text, concepts);
}

/**
 * "Did GP numbers rise or fall?" is answered by a sentence saying either: the words either side
 * of "or" are one concept, shown by either, weighed as the rarer.
 */
function eitherOr(text: string, concepts: Map<string, Concept>): Concept[] {
  for (const match of text.toLowerCase().matchAll(/\b([\p{L}'’-]+)\s+or\s+([\p{L}'’-]+)\b/gu)) {
    const [a, b] = [wordTerm(match[1] ?? ""), wordTerm(match[2] ?? "")];
    const first = a ? concepts.get(a) : undefined;
    const second = b ? concepts.get(b) : undefined;
    if (!first || !second || first === second || first.framing || second.framing) continue;
    if (!first.known || !second.known) continue;
    concepts.set(a as string, {
      ...first,
      alternatives: [...first.alternatives, ...second.alternatives],
      credits: [...first.credits, ...second.credits],
      weight: Math.max(first.weight, second.weight),
    });
    concepts.delete(b as string);
  }
  return [...concepts.values()];
}

/**
 * Words the asker wrote with a capital inside the question ("how many ICSs are in Wales?"), lower
 * case: names, read as themselves. Not the first word, and nothing in a question typed all in
 * capitals.
 */
function namesTyped(text: string): Set<string> {
  if (ablated("typed-names") || !/\p{Ll}/u.test(text)) return new Set();
  const words = text
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .slice(1);
  return new Set(words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
}

/** The terms of the context parts that the rest of the question does not use. */
function contextTerms(text: string, context: readonly string[]): Set<string> {
  if (context.length === 0) return new Set();
  let rest = text;
  for (const part of context) rest = rest.replace(part, " ");
  const own = new Set(toTerms(rest));
  return new Set(context.flatMap((part) => toTerms(part)).filter((term) => !own.has(term)));
}

/**
 * The noun after "what" or "which" that names the kind of answer wanted ("on what *date*…",
 * "in which *year*…"): the question asks for a date, and the answer need not say "date".
 */
function answerKindWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.toLowerCase().matchAll(answerKindPattern)) {
    if (match[1]) for (const term of toTerms(match[1])) found.add(term);
  }
  return found;
}

const answerKindPattern =
  /\b(?:what|which)\s+(date|dates|day|days|year|years|month|months|time|period|figure|sum|reason|reasons|way|ways|kind|sort|extent|proportion|percentage|share)\b/g;

/** The terms to search the index with; an expansion's words count less than the acronym. */
export function searchTerms(concepts: Concept[]): WeightedTerm[] {
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    if (!concept.known) continue;
    concept.alternatives.forEach((terms, i) => {
      for (const term of terms) {
        // The asker's own word counts most; synonyms and an acronym's expansion help less.
        const credit = concept.credits[i] ?? 1;
        const weight = (concept.fuzzy ? 0.8 : 1) * (i === 0 ? 1 : (0.8 * credit) / terms.length);
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
    best = Math.max(best, share * (concept.credits[i] ?? 1));
  });
  return best;
}

/**
 * The ways a text can show a question's term, each with its credit: the term itself, the
 * editors' synonyms, WordNet's relations and its negation ("clear" / "unclear").
 */
function waysToSay(
  term: string,
  { index, synonyms, lexicon }: Pick<ConceptSources, "index" | "synonyms" | "lexicon">,
): [terms: string[], credit: number][] {
  return [
    [[term], 1],
    ...(synonyms.get(term) ?? []).map((terms): [string[], number] => [terms, synonymCredit]),
    ...(ablated("wordnet") ? [] : (lexicon.related.get(term) ?? [])).map(
      ([other, relation]): [string[], number] => [[other], relationCredit[relation]],
    ),
    ...negations(term, index).map((terms): [string[], number] => [terms, synonymCredit]),
  ];
}

/**
 * "clear" and "unclear" answer the same question ("has the timetable been clear?"), so each
 * finds the other where the documents use it.
 */
function negations(term: string, index: SearchIndex): string[][] {
  const other = term.startsWith("un") ? term.slice(2) : `un${term}`;
  return other.length > 3 && index.documentFrequency.has(other) ? [[other]] : [];
}

/** What a name is read with: no WordNet or thesaurus links. */
const noWordNet: Lexicon = { related: new Map(), english: new Set() };

/** True while a word put right is being read (`readConcepts`' `readAsSpelled`). */
let respelling = false;

/** A synonym shows a concept less surely than the asker's own word. */
const synonymCredit = 0.75;

/**
 * WordNet's relations, less sure than the editors' synonyms: a derivation ("decide" →
 * "decision") says nearly the same, a synonym in a common sense less, a similar adjective least.
 */
const relationCredit: Record<Relation, number> = {
  derivation: 0.85,
  synonym: 0.6,
  "single-sense": 0.6,
  similar: 0.5,
  kind: 0.45,
  "derived-synonym": 0.45,
  // The Moby Thesaurus's close pairs (lexicon/thesaurus.ts): as sure as a similar word.
  thesaurus: 0.5,
};

/** Two to five letters, no vowel pattern of an English word WordNet knows, not a stop word. */
function looksLikeAcronym(word: string, term: string, lexicon: Lexicon): boolean {
  return (
    /^[a-z]{2,5}$/.test(word) &&
    !lexicon.english.has(term) &&
    lexicon.english.size > 0 &&
    // "per" is in no WordNet index (it has no prepositions), but it is English, not initials.
    !framingWords.has(term)
  );
}

/** The weight of a word found in one passage only: the most any concept can weigh. */
export function maxConceptWeight(index: SearchIndex): number {
  return inverseFrequency(index, 0);
}

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
 * The question with each misspelt word put right as `readConcepts` read it: "what would I be
 * resonsible for" asks for a duty as "responsible" does.
 */
export function respelled(text: string, concepts: Concept[]): string {
  let out = text;
  for (const concept of concepts) {
    if (!concept.spelled) continue;
    const typed = concept.word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\p{L}])${typed}(?![\\p{L}])`, "giu"), concept.spelled);
  }
  return out;
}

/**
 * The word a typed word is with two neighbouring letters swapped back ("fnud" → "fund",
 * "cosnulted" → "consulted"): one the documents use in any form (the commonest, if several),
 * or for a word of four or five letters one the dictionary or the framing words know ("celar" →
 * "clear"). Only a swap is tried: in a short word a changed or missing letter often makes
 * another word. The first letter is kept, as typing keeps it.
 */
function swappedWord(index: SearchIndex, word: string, english: WordSet): string | null {
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
function inDictionary(word: string, lexicon: Lexicon): boolean {
  return !ablated("dictionary-words") && !!lexicon.dictionary?.has(word);
}

/**
 * The word a typed word of six letters or more is with one slip put right (a letter dropped,
 * added, changed, or two swapped; the first letter kept), where the typed word is neither in the
 * dictionary nor a form of a word the documents or WordNet know, and the word put right is one of
 * the documents' words in any form ("conulted" → "consulted", as they say "consultation"), or for
 * seven letters or more one WordNet leads to theirs. Of several, the one the documents use most;
 * none on a tie.
 */
function slipPutRight(index: SearchIndex, word: string, lexicon: Lexicon): string | null {
  // A word the dictionary has is meant as typed: "carers" is no slip for "cares", nor "dentist"
  // for "dentit" (the stem of "dentition"), though WordNet knows neither as written.
  if (
    word.length < shortestSlip ||
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
function knownForm(word: string, term: string, index: SearchIndex, english: WordSet): boolean {
  if (!index.documentFrequency.has(term) && !english.has(term)) return false;
  if (ablated("stemmed-slips") || isIrregularForm(word)) return true;
  return word.startsWith(term) && regularEnding.test(word.slice(term.length));
}

const regularEnding =
  /^(?:|s|es|e|ed|d|ing|er|ers|est|ly|y|ies|ied|ion|ions|ation|ations|ment|ments|al)$/;

/** The term of "before", "after", "since"… ending a question with nothing after it, or null. */
function trailingAdverb(text: string): string | null {
  const word = /\b(before|after|since|beforehand|afterwards)\W*$/i.exec(text)?.[1];
  return word ? (toTerms(word)[0] ?? null) : null;
}
