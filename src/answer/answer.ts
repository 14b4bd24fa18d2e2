// A question → an Answer: the sentence(s) that answer it, quoted verbatim, with citations — or a plain decline.

import { ablated } from "../ablation.ts";
import type { EngineOptions } from "../config.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { clipText } from "../documents/passages.ts";
import { headingTerms } from "../indexing/passage-terms.ts";
import { nearWords } from "../indexing/search-index.ts";
import { stopWords, wordTerm } from "../lexicon/terms.ts";
import {
  dayAbsent,
  namedOnlyInList,
  namesAbsent,
  onlyNamesListed,
  otherNameNamed,
  personAbsent,
  phraseAbsent,
} from "../model/absent-name.ts";
import {
  answerChance,
  declineFeatures,
  lacksAskedExtreme,
  lacksAskedFigure,
  lacksAskedKindOfBody,
  lacksAskedMoney,
  lacksAskedName,
  lacksAskedShare,
} from "../model/decline.ts";
import { declineModel } from "../model/decline-model.ts";
import {
  type Concept,
  type ConceptSources,
  conceptMatch,
  maxConceptWeight,
  readConcepts,
  respelled,
  slipOfEnglish,
} from "../question/concepts.ts";
import { checkQuestion, classifyQuestion, type QuestionKind } from "../question/question.ts";
import {
  type EnglishWords,
  pointingWordsPutRight,
  questionWordsPutRight,
  shoutingLowered,
  spaceAfterNumbers,
  spaceAfterPossessives,
  spacesAtCapitals,
  spacesPutBack,
  spacesTakenOut,
  titleCaseLowered,
} from "../question/question-slips.ts";
import { describeSentence } from "../ranking/evidence.ts";
import { type Candidate, type ScoringContext, scoreCandidates } from "../ranking/scoring.ts";
import { quotedNeighbour } from "../ranking/sentence-ties.ts";
import type { Answer } from "../types.ts";
import {
  citationsWithRelated,
  citeSentences,
  disagrees,
  nearEqualAnswer,
  quoteAnswer,
  relatedCandidates,
  supportingCandidates,
} from "./citations.ts";
import type { Suggest } from "./suggestions.ts";

/** Everything answering needs, loaded once by the engine. */
export interface AnswerContext extends ScoringContext, ConceptSources {
  options: EngineOptions;
  /** Questions to offer with a decline, nearest to the asked question first (src/answer/suggestions.ts). */
  suggest: Suggest;
}

/**
 * A declined question whose chance of being answered was at least this came near: questions
 * about something else entirely (the weather, football) score under it.
 */
const nearMiss = 0.2;

/** Another document agrees with the answer only when it shows this share of the question. */
export const minCoverage = 0.58;

/**
 * Answers one question. Never throws: a question that cannot be used gets an Answer whose
 * `problem` and `message` say why.
 */
export function answerQuestion(context: AnswerContext, question: string): Answer {
  const ranked = rankQuestion(context, question);
  if ("problem" in ranked) return decline(question, ranked.message, [], ranked.problem);
  return notingOthers(
    notingSpelling(answerRanked(context, question, ranked), ranked.concepts),
    ranked.others,
  );
}

/**
 * "how big is the fnud" is answered as "fund": the reply says how a misspelt word was read, so
 * that a wrong guess shows and the asker can put it right.
 */
function notingSpelling(answer: Answer, concepts: Concept[]): Answer {
  const read = concepts.flatMap((c) => (c.spelled ? [`“${c.word}” as “${c.spelled}”`] : []));
  if (read.length === 0) return answer;
  const note = `I read ${read.join(" and ")}.`;
  return { ...answer, message: answer.message ? `${note} ${answer.message}` : note };
}

/**
 * "Is it ring-fenced? and who decides?" is answered for its first question; the reply says so
 * and what to ask next, rather than leaving the second unmentioned.
 */
function notingOthers(answer: Answer, others: string[]): Answer {
  const next = others[0]?.replace(/^(and|but|so|also|plus)\s+/i, "");
  if (!next) return answer;
  const note = `You asked more than one question; this ${answer.answered ? "answers" : "is about"} the first. Ask “${clipText(next, 120)}” next for the other.`;
  return { ...answer, message: answer.message ? `${answer.message} ${note}` : note };
}

/** The candidate an answer quotes: the best that answers rather than asks, from a dated copy where one says the same. */
export function answeringCandidate(candidates: Candidate[]): Candidate | undefined {
  return datedCopy(
    ablated("question-sentences") ? candidates : candidates.filter(answersRatherThanAsks),
  );
}

/**
 * The rules that decline whatever the model's chance: a figure, a date or a sum of money asked
 * for and not given; a name, a year or a named body the answer's document never names; a person
 * asked for and nobody named.
 */
export function declinedByRule(
  context: ScoringContext,
  ranked: Exclude<RankedQuestion, { problem: unknown }>,
  best: Candidate | undefined,
): boolean {
  if (lacksAskedFigure(ranked.text, best) || lacksAskedMoney(ranked.text, best)) return true;
  if (lacksAskedShare(ranked.text, best)) return true;
  if (lacksAskedName(ranked.text, best, context)) return true;
  if (lacksAskedExtreme(ranked.text, best)) return true;
  if (lacksAskedKindOfBody(ranked.text, best)) return true;
  if (!best) return false;
  return (
    namesAbsent(context, ranked.concepts, best) ||
    personAbsent(context, ranked.text, best) ||
    phraseAbsent(context, ranked.text, best) ||
    otherNameNamed(context, ranked.text, best) ||
    onlyNamesListed(ranked.text, best) ||
    dayAbsent(context, ranked.text, best) ||
    namedOnlyInList(ranked.text, best)
  );
}

function answerRanked(
  context: AnswerContext,
  question: string,
  ranked: Exclude<RankedQuestion, { problem: unknown }>,
): Answer {
  const { concepts, candidates, kinds } = ranked;
  if (concepts.length === 0) {
    return decline(
      question,
      "That question has no words I can look up. Ask about something specific, for example: How big is the transformation fund?",
      context.suggest([]),
    );
  }
  const best = answeringCandidate(candidates);
  const chance = answerChance(
    declineFeatures(concepts, candidates, maxConceptWeight(context.index)),
  );
  // Read off what was decided on, for the question log; nothing below depends on it.
  const top = candidates[0];
  const scores = { chance, score: top?.score ?? 0, coverage: top?.coverage ?? 0 };
  const declined = chance < declineModel.threshold || declinedByRule(context, ranked, best);
  if (!best || (declined && !ablated("decline"))) {
    // Only a question the documents came near answering is offered the sections it came near:
    // "what is the weather on mars" has no near section worth naming.
    const near = chance >= nearMiss ? candidates : [];
    const suggestions = context.suggest(concepts, near);
    const offer = suggestions.length ? " They do answer questions like these." : "";
    return {
      ...decline(
        question,
        `The STP documents don't cover that, so I won't guess.${offer}`,
        suggestions,
      ),
      scores,
    };
  }
  const sentences = answerSentences(best, concepts, kinds, context.matchers);
  const supporting = supportingCandidates(minCoverage, candidates, best, kinds);
  const shown = supporting.slice(0, Math.max(0, context.options.maxCitations - 1));
  // A near-equal answer elsewhere in the same passage is quoted too, so the reader can weigh it.
  const runnerUp = candidates.find(
    (c) =>
      c.passage === best.passage && !sentences.includes(c.sentence) && c.score >= best.score * 0.85,
  );
  const alternative =
    shown.length + 1 < context.options.maxCitations
      ? nearEqualAnswer(candidates, best, [best, ...shown], kinds)
      : undefined;
  // "This fund will hold…" opening a paragraph is quoted after the sentence naming the fund.
  const quoted = quoteAnswer(context.passages, best.passage, sentences, runnerUp?.sentence);
  const citations = [
    quoted.citation,
    ...shown.map((c) => citeSentences(c.passage, [c.sentence])),
    ...(alternative ? [citeSentences(alternative.passage, [alternative.sentence])] : []),
  ];
  // The next best passages, marked "see also", where the citations leave room. A document can
  // say the same sentence twice: one the citations quote already is not offered again, nor
  // widened onto.
  const quotedAlready = (sentence: string) =>
    !ablated("see-also-once") && citations.some((citation) => citation.quote.includes(sentence));
  const related = relatedCandidates(
    candidates,
    [best, ...shown, ...(alternative ? [alternative] : [])],
    Math.min(citationsWithRelated, context.options.maxCitations) - citations.length,
    (c) => answersRatherThanAsks(c) && !quotedAlready(c.passage.sentences[c.sentence] ?? ""),
  );
  for (const c of related)
    citations.push({
      ...citeSentences(c.passage, [c.sentence], undefined, quotedAlready),
      related: true,
    });
  const differing = shown.flatMap((c, i) => (disagrees(c, best, kinds) ? [`[${i + 2}]`] : []));
  return {
    question,
    answered: true,
    answer: quoted.answer,
    citations,
    suggestions: [],
    message: differing.length
      ? `The sources differ on this: compare [1] with ${differing.join(" and ")}, and check their dates.`
      : "",
    scores,
  };
}

/** A question read and its candidate sentences ranked, or why it could not be used. */
export type RankedQuestion =
  | {
      concepts: Concept[];
      candidates: Candidate[];
      kinds: Set<QuestionKind>;
      others: string[];
      /** The question as read: cleaned of chat markup and manners, typos in its framing put right. */
      text: string;
    }
  | { problem: NonNullable<Answer["problem"]>; message: string };

/**
 * Reads a question's concepts and ranks the sentences that may answer it, best first: what
 * `answerQuestion` decides on, and what `npm run fit` fits the models on.
 */
export function rankQuestion(context: AnswerContext, question: string): RankedQuestion {
  const knows = (word: string) => knownWord(context, word);
  const shouted = ablated("shouting") ? question : shoutingLowered(question);
  const cased = ablated("title-case") ? shouted : titleCaseLowered(shouted);
  const spaced = spacesPutRight(context, cased);
  const worded = ablated("question-word-slips") ? spaced : questionWordsPutRight(spaced, knows);
  const typed = ablated("pointing-word-slips") ? worded : pointingWordsPutRight(worded, knows);
  const checked = checkQuestion(typed, context.options.maxQuestionLength);
  if (!checked.ok) return { problem: checked.problem, message: checked.message };
  const concepts = readConcepts(checked.text, context, checked.context);
  // A slip in a word that says what is asked ("resonsible for": a duty) is read as meant.
  const text = respelled(checked.text, concepts);
  const kinds = text === checked.text ? checked.kinds : classifyQuestion(text);
  const candidates = concepts.length ? scoreCandidates(context, text, concepts, kinds) : [];
  return { concepts, candidates, kinds, others: checked.others, text };
}

/**
 * The question with its spaces put right: a space put in a word taken out ("transfo rmation"),
 * then one left out put back ("thetransformation", "the 44footprints", "the treasury'sinvolvement",
 * "ofPhysicians"). Joining first: "organis ations" is one word, not "organ is" and a slip.
 */
function spacesPutRight(context: AnswerContext, question: string): string {
  const knows = (word: string) => knownWord(context, word);
  const isWord = (word: string) => stopWords.has(word) || englishWord(context, word);
  const join = (text: string) =>
    ablated("spaces-taken-out")
      ? text
      : spacesTakenOut(
          text,
          ablated("joined-english") ? (word) => documentsUse(context, word) : isWord,
          (left, right) => standApart(context, left, right),
        );
  const split = (text: string) => {
    let out = ablated("spaces-put-back")
      ? text
      : spacesPutBack(
          text,
          (word) => stopWords.has(word) || documentsUse(context, word),
          (word) => knows(word) || nearWords(context.index, word, 1).length > 0,
          ablated("dictionary-parts") ? undefined : englishWords(context),
        );
    if (!ablated("number-spaces"))
      out = spaceAfterNumbers(out, (word) => englishWord(context, word));
    if (!ablated("possessive-spaces")) out = spaceAfterPossessives(out, isWord);
    if (!ablated("capital-spaces")) out = spacesAtCapitals(out, isWord, knows);
    return out;
  };
  return ablated("joins-first") ? join(split(question)) : split(join(question));
}

/**
 * True when two typed words stand as two: both are words someone knows, and either one is a
 * stop word ("a round" is not "around") or the documents use both ("health care", though they
 * write "healthcare" too). "Quest ions" and "dead line" are read as one word the documents use:
 * they never say "quest" or "ions".
 */
function standApart(context: AnswerContext, left: string, right: string): boolean {
  if (!knownWord(context, left) || !knownWord(context, right)) return false;
  if (ablated("unused-parts") || stopWords.has(left) || stopWords.has(right)) return true;
  return documentsUse(context, left) && documentsUse(context, right);
}

/** True for a word the documents use, or a dictionary word of four letters or more. */
function englishWord(context: AnswerContext, word: string): boolean {
  return documentsUse(context, word) || dictionaryWord(context, word);
}

/** True for a dictionary word of four letters or more: a shorter part may be a slip's. */
function dictionaryWord(context: AnswerContext, word: string): boolean {
  return word.length >= 4 && !!context.lexicon.dictionary?.has(word);
}

/** The dictionary's words and their slips, for reading two words run together. */
function englishWords(context: AnswerContext): EnglishWords {
  return {
    has: (word) => dictionaryWord(context, word),
    slipOf: (word) => slipOfEnglish(word, context.lexicon),
  };
}

/**
 * True for a word the documents use as written, or a word of the dictionary in a form they use
 * ("kings" where they write "King's"); not a stem alone ("eing" is no word, though "e" is a term).
 */
function documentsUse(context: AnswerContext, word: string): boolean {
  if (context.index.words.has(word)) return true;
  const term = wordTerm(word);
  return (
    !!term && !!context.lexicon.dictionary?.has(word) && context.index.documentFrequency.has(term)
  );
}

/** True for a word the dictionary, WordNet or the documents know, or a stop word ("wat"). */
export function knownWord(context: AnswerContext, word: string): boolean {
  if (stopWords.has(word) || context.index.words.has(word)) return true;
  const term = wordTerm(word);
  if (term && (context.index.documentFrequency.has(term) || context.lexicon.english.has(term)))
    return true;
  // Last: the dictionary is searched by halves (`SortedWords`), dearer than a Set's lookup.
  return !!context.lexicon.dictionary?.has(word);
}

/**
 * The one or two sentences to quote: the best one, with the sentence before it when it
 * begins by pointing back ("This fund…"), or the next one when it gives the kind of fact asked
 * for, or when the best is short and the next carries on with the question's concepts.
 */
function answerSentences(
  best: Candidate,
  concepts: Concept[],
  kinds: Set<QuestionKind>,
  matchers: GlossaryMatcher[],
): number[] {
  const chosen = sentencesAround(best, concepts, kinds, matchers);
  // An answer never stops at "…the key questions are:": the items it introduces are the answer.
  const last = chosen[chosen.length - 1] ?? best.sentence;
  if (ablated("list-endings") || !best.passage.sentences[last]?.endsWith(":")) return chosen;
  return [...chosen, ...leadingItems(best.passage.sentences, last).slice(1)];
}

function sentencesAround(
  best: Candidate,
  concepts: Concept[],
  kinds: Set<QuestionKind>,
  matchers: GlossaryMatcher[],
): number[] {
  const sentences = best.passage.sentences;
  const i = best.sentence;
  const text = sentences[i] ?? "";
  // Under a heading that asks the question ("How can physicians get involved?"), a list is the
  // answer: quote it from its first item, not from whichever item scored best.
  if (best.passage.list && best.underQuestion) return leadingItems(sentences, 0);
  // A question in the text ("Was spare land meant for housing?") is quoted with its answer.
  if (isQuestion(text) && sentences[i + 1] && !ablated("question-sentences")) return [i, i + 1];
  if (text.endsWith(":")) {
    // A sentence introducing a list is answered by the list.
    const taken = leadingItems(sentences, i);
    if (taken.length > 1) return taken;
  }
  // Items that end in semicolons ("Four aims: improving…; narrowing…; getting….") are one
  // sentence in English, so the best item is quoted with the rest of it when it is short.
  const enumeration = enumerationAround(sentences, i);
  if (enumeration && !ablated("enumerations")) return enumeration;
  const neighbour = quotedNeighbour(sentences, i, best.evidence.refersBack);
  if (neighbour !== null) return neighbour < i ? [neighbour, i] : [i, neighbour];
  const next = sentences[i + 1];
  if (next && next.length + text.length <= 300) {
    const evidence = describeSentence(next, matchers);
    // A short answer goes on into a next sentence about the same things; any answer goes on
    // into one that gives the kind of fact asked for ("…intended to reduce bureaucracy").
    const continues =
      text.length < 110 && concepts.some((c) => c.known && conceptMatch(c, evidence.terms) > 0);
    const wanted = [...kinds].some(
      (k) =>
        k !== "other" && k !== "yes-no" && !best.evidence.kinds.has(k) && evidence.kinds.has(k),
    );
    if (continues || wanted) return [i, i + 1];
  }
  // A topic of the question the best sentence lacks, shown by the sentence beside it ("…a draft
  // workforce strategy…" and "Comments are open until 23 March 2018"), brings that one in.
  if (!ablated("completing")) {
    const lacking = lackingConcepts(best, concepts, matchers);
    const shows = (sentence: string | undefined) => {
      if (sentence === undefined || sentence.length + text.length > 400) return false;
      const terms = describeSentence(sentence, matchers).terms;
      return lacking.some((c) => conceptMatch(c, terms) > 0);
    };
    if (lacking.length > 0 && shows(next)) return [i, i + 1];
    if (lacking.length > 0 && shows(sentences[i - 1])) return [i - 1, i];
  }
  // "How big is the fund?": a next sentence that adds another amount for the same thing
  // ("…this will create a total fund of £2.1 billion") completes the answer.
  if (next && kinds.has("amount") && next.length + text.length <= 380) {
    const evidence = describeSentence(next, matchers);
    const same = concepts.filter(
      (c) => c.known && !c.framing && conceptMatch(c, evidence.terms) > 0,
    );
    const adds = [...evidence.figures].some((figure) => !best.evidence.figures.has(figure));
    if (same.length > 0 && adds && evidence.kinds.has("amount")) return [i, i + 1];
  }
  return [i];
}

/**
 * The question's topics the best sentence does not show, nor its heading or its document's title.
 */
function lackingConcepts(
  best: Candidate,
  concepts: Concept[],
  matchers: GlossaryMatcher[],
): Concept[] {
  // Read as the index reads them (remembered, as every candidate's are).
  const around = new Set([
    ...headingTerms(best.passage.section ?? "", matchers),
    // The title alone: a publisher's name ("The King's Fund") is no topic the page is about.
    ...headingTerms(best.passage.doc.title, matchers),
  ]);
  return concepts.filter(
    (c) =>
      c.known &&
      !c.framing &&
      conceptMatch(c, best.evidence.terms) === 0 &&
      conceptMatch(c, around) === 0,
  );
}

/**
 * The whole of a semicolon-separated enumeration that sentence `i` belongs to, from the line
 * introducing it ("…are usually quoted:") to the item that ends it, or undefined when `i` is in
 * none or it runs over 400 characters.
 */
function enumerationAround(sentences: string[], i: number): number[] | undefined {
  const continued = (s: string | undefined) => s !== undefined && /;(\s+(and|or))?$/.test(s);
  let first = i;
  while (continued(sentences[first - 1])) first--;
  let last = i;
  while (continued(sentences[last]) && last + 1 < sentences.length) last++;
  if (first === last || !continued(sentences[first])) return undefined;
  if (sentences[first - 1]?.endsWith(":")) first--;
  const taken = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const length = taken.reduce((sum, j) => sum + (sentences[j]?.length ?? 0) + 1, 0);
  return length <= 400 ? taken : undefined;
}

/** Sentence `from` and those after it while the answer stays short (always at least two if there are). */
function leadingItems(sentences: string[], from: number): number[] {
  const taken = [from];
  let length = sentences[from]?.length ?? 0;
  for (let j = from + 1; j < sentences.length; j++) {
    const next = sentences[j]?.length ?? 0;
    if (j > from + 1 && length + next > 300) break;
    taken.push(j);
    length += next + 1;
  }
  return taken;
}

/**
 * A sentence that is itself a question (a FAQ heading run into the text, a consultation form)
 * answers nothing unless the text goes on after it.
 */
function answersRatherThanAsks(candidate: Candidate): boolean {
  const { sentences } = candidate.passage;
  return (
    !isQuestion(sentences[candidate.sentence] ?? "") || candidate.sentence + 1 < sentences.length
  );
}

function isQuestion(sentence: string): boolean {
  return /\?["'”’)]*$/.test(sentence);
}

/**
 * The best candidate, or the same words in a dated document when the best is undated: one page
 * often copies another, and readers need the date to judge the statement's age.
 */
function datedCopy(candidates: Candidate[]): Candidate | undefined {
  const best = candidates[0];
  if (!best || best.passage.doc.date) return best;
  return (
    candidates.find(
      (c) =>
        c.passage.doc.date && c.evidence.text === best.evidence.text && c.score >= best.score * 0.9,
    ) ?? best
  );
}

/** An Answer that quotes nothing: a decline, or a reply (`message`) that is not an answer. */
export function decline(
  question: string,
  message: string,
  suggestions: string[],
  problem?: Answer["problem"],
): Answer {
  return {
    question,
    answered: false,
    answer: "",
    citations: [],
    suggestions,
    message,
    ...(problem ? { problem } : {}),
  };
}
