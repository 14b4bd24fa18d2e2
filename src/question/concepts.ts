// A question → the concepts it asks about, each with the terms that would show it and how much it counts.

import { ablated } from "../ablation.ts";
import { type GlossaryMatcher, matcherForTyped } from "../documents/glossary.ts";
import type { Synonyms } from "../documents/synonyms.ts";
import type { SearchIndex, WeightedTerm } from "../indexing/search-index.ts";
import type { Expansion } from "../lexicon/initials.ts";
import { type Lexicon, longestAcronymTerm } from "../lexicon/lexicon.ts";
import {
  framingWords,
  isLongStopWordSlip,
  isNearFramingWord,
  isNearStopWord,
  prepositions,
  type Token,
  tokenize,
  toTerms,
  wordTerm,
} from "../lexicon/terms.ts";
import { monthNames, particles } from "../lexicon/word-lists.ts";
import type { Relation } from "../lexicon/wordnet.ts";
import { numberedThings } from "./numbered.ts";
import {
  durationVerb,
  howFar,
  keywordValueWord,
  lengthOf,
  withoutSentenceOpeners,
} from "./question.ts";
import { inDictionary, knownForm, nearestWord, slipPutRight, swappedWord } from "./word-slips.ts";

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
  /**
   * For a word no document uses, the documents' words WordNet gives as its synonyms in some
   * later sense ("core" for "heart"): not used to rank, only to see that a sentence says it.
   */
  loose?: string[];
  /**
   * The number the question counts this plural by ("the two big *hurdles*": "2"): a sentence
   * counting things by the same number says them in other words (`countsByNumber`).
   */
  counted?: string;
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
 * A word the documents never use, read as typed: a topic they lack counts in full; a framing
 * word ("how *big*", "*via*") counts for little, since its absence says little.
 */
function unknownWord(token: Token, maxWeight: number, framing: boolean, loose?: string[]): Concept {
  return {
    ...(loose ? { loose } : {}),
    word: token.word,
    alternatives: [[token.term]],
    credits: [1],
    expansion: null,
    weight: maxWeight * (framing ? 0.15 : 0.8),
    known: false,
    fuzzy: false,
    framing,
  };
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
  const lasting = durationVerbs(text);
  const felt = feelingsAskedWhy(text);
  const outcome = endingUp(text);
  const routine = dayToDay(text);
  // "Was Naylor a hospital boss before?": "before" with nothing after it is an adverb
  // ("previously"), the question's framing, not a topic as in "before Easter".
  const adverb = ablated("trailing-adverbs") ? null : trailingAdverb(text);
  const names = namesTyped(text);
  const phrases = phrasalVerbs(text, lexicon);
  for (const token of tokenize(text)) {
    if (concepts.has(token.term)) continue;
    // A missing framing word ("how big") or a very short one (a typo, chat filler) says little;
    // a missing topic word ("paracetamol") says the documents are about something else.
    const framing =
      framingWords.has(token.term) ||
      token.word.length <= 2 ||
      answerKinds.has(token.term) ||
      lasting.has(token.term) ||
      felt.has(token.term) ||
      outcome.has(token.term) ||
      routine.has(token.term) ||
      token.term === adverb;
    // "Go via their STP", where the documents never say "via": framing, not a missing topic,
    // and no slip of some word they do use.
    if (
      !ablated("more-prepositions") &&
      prepositions.has(token.term) &&
      !index.documentFrequency.get(token.term)
    ) {
      concepts.set(token.term, unknownWord(token, maxWeight, true));
      continue;
    }
    const acronym = matcherForTyped(matchers, token.word);
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
    // "shaed" swapped is English's "shade"; with a letter put back it is the documents' "shared",
    // which is likelier what was meant in a question about them.
    const documentsSlip =
      swapped &&
      !ablated("documents-slips-first") &&
      !index.documentFrequency.get(wordTerm(swapped) ?? "")
        ? slipPutRight(index, token.word, lexicon)
        : null;
    if (documentsSlip && readAsSpelled(token, documentsSlip, framing)) continue;
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
    const candidates = waysToSay(
      particleBase(token, index, lexicon) ?? token.term,
      { index, synonyms, lexicon: names.has(token.word) ? noWordNet : lexicon },
      phrases.get(token.term),
    );
    const frequencies = candidates.map(([terms]) =>
      Math.min(...terms.map((t) => index.documentFrequency.get(t) ?? 0)),
    );
    const df = Math.max(...frequencies);
    if (df > 0) {
      const known = candidates.filter((_, i) => (frequencies[i] ?? 0) > 0);
      // Weighted by the asker's own word where the documents use it: a synonym's frequency is not its.
      const ownDf = frequencies[0] || df;
      // A duration verb the answer may well repeat ("ran for 13 weeks") ranks as a topic word.
      const weight = Math.min(
        inverseFrequency(index, ownDf),
        framing && !lasting.has(token.term) && !outcome.has(token.term)
          ? maxWeight * 0.2
          : maxWeight,
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
    concepts.set(
      token.term,
      unknownWord(token, maxWeight, framing || misspeltFraming, lexicon.loose?.get(token.term)),
    );
  }
  // "How long did the consultation last?" is answered by "ran for 13 weeks": after "how long",
  // one verb of going on says what another does.
  if (!ablated("duration-verbs-alike"))
    for (const concept of concepts.values()) {
      const own = toTerms(concept.word)[0];
      if (!own || !lasting.has(own)) continue;
      for (const other of durationTerms)
        if (other !== own && index.documentFrequency.get(other)) {
          concept.alternatives.push([other]);
          concept.credits.push(durationVerbCredit);
        }
    }
  // Context keeps the weight its words were given, for ranking, but is never what must be covered.
  for (const [term, concept] of concepts) if (contextOnly.has(term)) concept.framing = true;
  for (const [word, number] of numberedThings(text))
    for (const concept of concepts.values())
      if (concept.word.toLowerCase() === word) concept.counted = number;
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
 * case: names, read as themselves. Not a sentence's first word, and nothing in a question typed
 * all in capitals.
 */
function namesTyped(text: string): Set<string> {
  if (ablated("typed-names") || !/\p{Ll}/u.test(text)) return new Set();
  const words = withoutSentenceOpeners(text)
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
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
 * "Why were Seaton people so angry?", "why are GPs unhappy about it?": a question asking why
 * someone felt so asks the reason, which the answer gives ("the town had raised the money for
 * its own hospital") without naming the feeling.
 */
function feelingsAskedWhy(text: string): Set<string> {
  if (ablated("feelings-why")) return new Set();
  const lower = text.toLowerCase();
  if (!/\bwhy\b/.test(lower)) return new Set();
  return new Set([...lower.matchAll(feelingWord)].flatMap((match) => toTerms(match[1] ?? "")));
}

/**
 * "Which footprints ended up in the bottom band?", "where is the money ending up?": "end up" says
 * only that this is how things came out, which the answer ("Five were put in the lowest band…")
 * need not repeat. It still weighs as a topic word in ranking: weighed as framing, two of the
 * development set's answers were lost and none gained.
 */
function endingUp(text: string): Set<string> {
  if (ablated("ending-up")) return new Set();
  const lower = text.toLowerCase();
  return new Set(
    [...lower.matchAll(endUp), ...(ablated("landed-in") ? [] : lower.matchAll(landedIn))].flatMap(
      (match) => toTerms(match[1] ?? ""),
    ),
  );
}

const endUp = /\b(end|ends|ended|ending)\s+up\b/g;

/**
 * "Which footprints landed in the bottom band?" says where they ended up. Only the past "landed":
 * "land in London" is the estate's land.
 */
const landedIn = /\b(landed)\s+(?:up\s+)?(?:in|on|at|with)\b/g;

/**
 * "What does more integrated care mean day to day?", "what does the leader do week to week?":
 * "day to day" says routinely, in practice, which the answer ("In practice, this means different
 * parts of the NHS and social care system working together…") need not say. Its "day" is framing,
 * not a topic (read as one, WordNet's "platform" found "…a platform for improving population
 * health"). Only ending a clause: before a noun ("day-to-day spending") it is the documents' own
 * word for running costs.
 */
function dayToDay(text: string): Set<string> {
  if (ablated("day-to-day")) return new Set();
  return new Set(
    [...text.toLowerCase().matchAll(routinely)].flatMap((match) => toTerms(match[1] ?? "")),
  );
}

const routinely = /\b(day|week|month)[\s-]+to[\s-]+\1\b(?=\s*(?:[?!.,;]|$))/g;

/**
 * The verbs of going on for a time that `durationVerb` finds after "how long", as terms ("ran" is
 * "run"; "go on" and "open" left out, too common to stand for the others), and how surely one
 * shows another.
 */
const durationTerms = ["last", "run", "take", "continu", "stai", "remain"];
const durationVerbCredit = 0.75;

/** Words for how someone felt. */
const feelingWord =
  /\b(angry|upset|unhappy|annoyed|furious|frustrated|worried|anxious|nervous|sceptical|skeptical|pleased|reluctant|hostile|outraged|disappointed|surprised|shocked)\b/g;

/**
 * "How long did the consultation last?": the verb that says only that something went on, which
 * the answer ("ran for 13 weeks") need not repeat.
 */
export function durationVerbs(text: string): Set<string> {
  const lasted = ablated("duration-verbs") ? null : durationVerb.exec(text.toLowerCase());
  return new Set(lasted ? toTerms(lasted[1] ?? "") : []);
}

/**
 * The noun after "what" or "which" that names the kind of answer wanted ("on what *date*…",
 * "in which *year*…"): the question asks for a date, and the answer need not say "date".
 */
function answerKindWords(text: string): Set<string> {
  const found = new Set<string>();
  // "…closing date" typed as a search asks for a date as "on what date…" does.
  const wanted = keywordValueWord(text);
  if (wanted) for (const term of toTerms(wanted)) found.add(term);
  // "…the length of stay" asks how long: the answer need not say "length".
  const length = ablated("length-of") ? null : lengthOf.exec(text.toLowerCase());
  if (length) for (const term of toTerms(length[1] ?? "")) found.add(term);
  // "How far do people have to travel?" asks a distance: the answer says "14 miles", not "far".
  if (!ablated("how-far") && howFar.test(text.toLowerCase())) found.add("far");
  // "By the end of 2020" says when, as "by 2020" does: "end" is no topic the answer must repeat.
  const part = ablated("parts-of-times") ? null : partOfTime.exec(text.toLowerCase());
  // "The end of the decade" names no particular time: "decade" is framing too; "2020" is not.
  if (part) for (const term of toTerms(`${part[1]} ${part[2] ?? ""}`)) found.add(term);
  // "What the synopsis calls the carrot", "why weren't the bands called inadequate": "call"
  // before the name it gives is no topic; the answer uses the name ("The carrot is…"). Asking
  // for the name ("what was the BCF called?") keeps it: "…was called…" is the answer.
  // "111 calls" and "a call" are calls.
  if (!ablated("naming-verbs") && namingVerb.test(text.toLowerCase())) found.add("call");
  // "Do shake-ups tend to save cash?", "did it seem to work?": a verb before "to" and another
  // verb that only hedges it; what is asked is the second ("save"), which the answer says.
  if (!ablated("hedging-verbs"))
    for (const match of text.toLowerCase().matchAll(hedgingVerb))
      for (const term of toTerms(match[1] ?? "")) found.add(term);
  for (const match of text.toLowerCase().matchAll(answerKindPattern)) {
    if (match[1]) for (const term of toTerms(match[1])) found.add(term);
  }
  return found;
}

const partOfTime = new RegExp(
  String.raw`\bthe\s+(end|start|beginning|middle|close|turn)\s+of\s+(?:(?:the|this|next|last|that)\s+)*(?:\d{4}\b|(?:${monthNames})\b|(?:financial\s+|calendar\s+)?(year|decade|century|month|week|quarter|winter|spring|summer|autumn)\b)`,
);

const hedgingVerb =
  /\b(tend|tends|tended|seem|seems|seemed|appear|appears|appeared|manage|manages|managed)\s+to\s+[a-z]/g;

const namingVerb =
  /(?<!\b(?:\d+|the|a|an|any|phone|per|of|more|fewer|many|no|their|our|your)\s+)\bcall(?:s|ed|ing)?\s+(?!(?:\d|centres?|handlers?|back|for|in|on|to|from|times?|volumes?|when|before|after|at|by|originally|first|initially|then|now|and|or|but|if|because|so)\b)[\w'’"“‘]/;

const answerKindNouns =
  "date|dates|day|days|year|years|month|months|time|period|figure|sum|reason|reasons|way|ways|kind|sort|extent|proportion|percentage|share";
const answerKindPattern = ablated("target-kinds")
  ? new RegExp(String.raw`\b(?:what|which)\s+(${answerKindNouns})\b`, "g")
  : // "What's the target for suicides?" is answered by "a national fall of 10%…", which never
    // says "target"; "what was the reason…?" names the kind of answer as "what reason…?" does,
    // and "what was the title of Naylor's report?" as "what was it called?": the answer gives
    // the title ("His report, NHS Property and Estates…"), without the word.
    new RegExp(
      String.raw`\b(?:what|which)(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(${answerKindNouns}|targets?|aims?|goals?${ablated("title-kinds") ? "" : "|titles?"})\b`,
      "g",
    );

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

/**
 * Whether one of the concept's ways of saying it, of credit `least` or more, is said in full
 * (every term passing `has`): at 1, the question's own word, its expansion or an editors' synonym.
 */
export function saidAtCredit(
  concept: Concept,
  has: (term: string) => boolean,
  least: number,
): boolean {
  return concept.alternatives.some(
    (alternative, i) => (concept.credits[i] ?? 0) >= least && alternative.every(has),
  );
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
  phrase?: string,
): [terms: string[], credit: number][] {
  const own = ablated("wordnet") ? [] : (lexicon.related.get(term) ?? []);
  const wordNet = [...own, ...(phrase ? phraseLinks(phrase, lexicon, own) : [])];
  return [
    [[term], 1],
    ...(synonyms.get(term) ?? []).map((terms): [string[], number] => [terms, synonymCredit]),
    ...wordNet.map(([other, relation]): [string[], number] => [[other], relationCredit[relation]]),
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

/**
 * The verbs of two words a question uses, by the verb's term: "who set up the fund?" →
 * "set" → "set_up", which WordNet links to "establish" and "launch" (`WordGraphOptions.phrases`).
 * The verb keeps its own word; the phrase's synonyms are further ways to show it.
 */
function phrasalVerbs(text: string, lexicon: Lexicon): Map<string, string> {
  const found = new Map<string, string>();
  if (ablated("phrasal-verbs")) return found;
  // Not `tokenize`: it leaves out the particles ("up", "out"), which are stop words.
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    const verb = wordTerm(words[i] as string);
    if (verb && lexicon.related.has(`${verb}_${words[i + 1]}`))
      found.set(verb, `${verb}_${words[i + 1]}`);
  }
  return found;
}

/**
 * A phrase's synonyms and derivations the verb alone does not give. Not the broader verbs it is
 * a kind of: "speed up" is a kind of "change", which would show it in any sentence of change.
 */
function phraseLinks(
  phrase: string,
  lexicon: Lexicon,
  own: readonly [string, Relation][],
): [string, Relation][] {
  const known = new Set(own.map(([other]) => other));
  return (lexicon.related.get(phrase) ?? []).filter(
    ([other, relation]) => closeRelations.has(relation) && !known.has(other),
  );
}

const closeRelations = new Set<Relation>([
  "derivation",
  "synonym",
  "single-sense",
  "derived-synonym",
]);

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
export const relationCredit: Record<Relation, number> = {
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

function inverseFrequency(index: SearchIndex, df: number): number {
  return Math.log(1 + index.passageCount / (df + 0.5));
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
 * "Joined-up" where the documents only say "joined up": a word of a verb and a particle that no
 * dictionary lists and the documents never use is read as its verb, when they use that.
 */
function particleBase(token: Token, index: SearchIndex, lexicon: Lexicon): string | null {
  if (ablated("particle-joins") || index.documentFrequency.get(token.term)) return null;
  const verb = particleEnding.exec(token.word)?.[1];
  // "baiout" is "bailout" mistyped, not a verb "bai" and "out".
  if (!verb || inDictionary(token.word, lexicon) || !inDictionary(verb, lexicon)) return null;
  const term = wordTerm(verb);
  return term && index.documentFrequency.get(term) ? term : null;
}

const particleEnding = new RegExp(`^([a-z]{3,})(?:${[...particles].join("|")})$`);

/** The term of "before", "after", "since"… ending a question with nothing after it, or null. */
function trailingAdverb(text: string): string | null {
  const word = /\b(before|after|since|beforehand|afterwards)\W*$/i.exec(text)?.[1];
  if (word) return toTerms(word)[0] ?? null;
  if (ablated("clause-conjunctions")) return null;
  // "…added before hospitals can shut beds?": "before" opening a clause (a subject, then a verb
  // such as "can" or "must") says when, as "when" does; "before Easter" names a time.
  const conjunction = clauseConjunction.exec(text)?.[1];
  return conjunction ? (toTerms(conjunction)[0] ?? null) : null;
}

const clauseConjunction =
  /\b(before|after|until|till)\s+(?:[\w'’-]+\s+){1,3}?(?:can|could|will|would|may|might|must|should)\b/i;
