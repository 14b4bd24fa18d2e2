// Scores every sentence of the candidate passages against a question: coverage, kind of fact, phrasing.

import { ablated } from "../ablation.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { headingTerms, titleTerms } from "../indexing/passage-terms.ts";
import { type SearchIndex, searchPassages } from "../indexing/search-index.ts";
import { framingWords, toTerms } from "../lexicon/terms.ts";
import { type Concept, conceptMatch, maxConceptWeight, searchTerms } from "../question/concepts.ts";
import {
  asksForAdvice,
  opensAsQuestion,
  type QuestionKind,
  saysItIsNot,
} from "../question/question.ts";
import type { Passage } from "../types.ts";
import { definiteNames, namesIn } from "./definite-names.ts";
import {
  adjacentIn,
  documentFits,
  documentFitWeight,
  namingTitles,
  titlePhraseCredit,
} from "./document-fit.ts";
import {
  datesIn,
  describeSentence,
  type SentenceEvidence,
  shareOrPart,
  yearsIn,
} from "./evidence.ts";
import { asksAboutADocument } from "./self-description.ts";
import { quotedNeighbour, saysWhatItMeant } from "./sentence-ties.ts";

/** What scoring reads: the passages and their index. */
export interface ScoringContext {
  passages: Passage[];
  index: SearchIndex;
  matchers: GlossaryMatcher[];
}

/** A sentence in a candidate passage, scored against the question. */
export interface Candidate {
  passage: Passage;
  sentence: number;
  score: number;
  /** Share of the question's weight shown anywhere in the passage, its heading or title. */
  coverage: number;
  /** True when the passage sits under a heading that asks the question itself. */
  underQuestion: boolean;
  evidence: SentenceEvidence;
  /** What the decision to answer or decline reads (src/model/decline.ts). */
  signals: CandidateSignals;
}

/** How well a candidate shows the question, beyond its score. */
export interface CandidateSignals {
  /**
   * The score without what ranking adds for the sentence's document (a phrase its title names,
   * how much of the question it shows): the decision reads this, so naming a document's subject
   * does not by itself make the bot answer.
   */
  decisionScore: number;
  /** Share of the question's known topic weight shown in the sentence itself. */
  sentenceShare: number;
  /** The weight of the rarest known topic concept shown nowhere near (0 when none is missed). */
  rarestMissed: number;
  /** The weight of the rarest topic concept the sentence itself shows. */
  rarestShown: number;
  /** An amount or a date is asked for and neither this sentence nor the next gives one. */
  kindMissing: boolean;
}

/**
 * What a sentence saying "not", "no" or "never" counts for when a yes-or-no question is asked, or
 * a question that says something is not so.
 */
const negativeAnswerFactor = 1.15;

/** What a document's sentence about itself ("This paper sets out…") counts for, ranking and deciding. */
const selfDescriptionFactor = 0.8;

/** What a sentence speaking to its reader counts for when the question asks for no advice. */
const readerAdviceFactor = 0.8;

/** What a sentence's "the fund" shows of the name it stands for ("Better Care Fund"). */
const definiteNameCredit = 0.9;

/**
 * For each sentence of a passage, the terms of the names it refers to by "the" and their last
 * word, given in its earlier sentences, its heading or its document's title: each text's names
 * are read once, with its description.
 */
function namedTermsBySentence(
  passage: Passage,
  evidence: SentenceEvidence[],
  matchers: GlossaryMatcher[],
): Set<string>[] {
  const given = [...namesIn(passage.section ?? ""), ...namesIn(passage.doc.title)];
  return evidence.map((sentence) => {
    const names = definiteNames(sentence.text, given);
    given.push(...sentence.names);
    return names.length ? new Set(names.flatMap((name) => headingTerms(name, matchers))) : emptySet;
  });
}

/** How many passages the index hands on to sentence scoring. */
const candidatePassages = 30;

/**
 * Scores the sentences of the passages the index finds for the question's concepts, best first.
 * `coverage` on each says how much of what the question is about its passage (and the sentence
 * with its neighbours and heading) shows; the caller declines below a threshold.
 */
export function scoreCandidates(
  context: ScoringContext,
  question: string,
  concepts: Concept[],
  kinds: Set<QuestionKind>,
): Candidate[] {
  const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
  // Coverage counts what the question is about that the documents know: a word they never use
  // is weighed by the decision to decline, not here. Framing words count only when there is
  // nothing else.
  const known = concepts.filter((c) => c.known);
  const topical = known.some((c) => !c.framing) ? known.filter((c) => !c.framing) : known;
  const topicalWeight = topical.reduce((sum, c) => sum + c.weight, 0) || 1;
  const asksFigure = kinds.has("amount") || kinds.has("date");
  const hits = searchPassages(context.index, searchTerms(concepts), candidatePassages);
  const askedWord = questionWord(question);
  const topScore = hits[0]?.score ?? 1;
  const docTerms = documentTermsFor(question, context.matchers);
  const namedPublisher = ablated("named-publisher") ? () => emptySet : publisherNamedIn(question);
  const askedYears = yearsIn(question);
  const askedDates = datesIn(question);
  const asksCount = !ablated("count-not-money") && /\bhow many\b/i.test(question);
  const asksMuch = !ablated("much-not-count") && /\bhow much\b/i.test(question);
  // A rare concept the document's title names (the Naylor review, the Better Care Fund) is what
  // every sentence of it is about, said or not: within that document the question's other words
  // pick the sentence ("when did it come out"), rather than whichever sentence repeats the name.
  const titleTopicWeight = ablated("title-topics")
    ? Number.POSITIVE_INFINITY
    : titleTopicRarity * maxConceptWeight(context.index);
  // "When's the deadline for responding?" is answered by "…runs from 14 January to 8 April",
  // which gives the date without calling it a deadline; "how much cash do the boards control?"
  // by "…direct more than £100 billion a year", which gives money without calling it cash; "by
  // how much did deficits fall?" by "…shrank from £2,447 million…", a fall in other words.
  const directions = new Map(concepts.map((c) => [c, changeDirection(c)]));
  const shownInOtherWords = (concept: Concept, sentence: SentenceEvidence) =>
    Math.max(
      (kinds.has("date") && sentence.kinds.has("date") && namesADate(concept)) ||
        (kinds.has("amount") && sentence.money && namesMoney(concept))
        ? answerNounCredit
        : 0,
      directionShown(directions.get(concept), sentence),
    );
  const counted = ablated("counted-asked") ? concepts : askedToCount(question, concepts);
  const stranded = ablated("stranded") ? null : strandedPreposition(question);
  const modalSubject = ablated("modal-subject")
    ? null
    : subjectBeforeModal(
        question,
        concepts.filter((c) => c.known && !c.framing).map((c) => c.word),
      );
  const compounds = ablated("of-phrases") ? [] : nounCompounds(question, concepts);
  const cues = askedCues.filter((cue) => !ablated(cue.mechanism) && cue.asked.test(question));
  const asksNot = !ablated("negated-questions") && saysItIsNot(question);
  // "Assess your local plan – if your plan has not yet been released, contact your lead…" tells
  // the reader what to do; it answers "how can I have a say?", not "has the public been consulted?".
  const adviceCountsInFull = ablated("reader-advice") || asksForAdvice(question);
  // "This paper sets out the Trust's financial position…" names what a question on the paper is
  // about without answering it: unless the question is about the paper itself, it counts for less.
  const summariesCountInFull = ablated("self-descriptions") || asksAboutADocument(question);
  const candidates: Candidate[] = [];
  // "What was the Better Care Fund's original name?" is answered by "At first it was called…" in
  // the document titled with it: a phrase of the question that one candidate's title names is
  // what every sentence of that document is about, nearly as if each said it (as an opening "It"
  // says what the sentence before named), so the question's other words pick the sentence.
  const titlePhrases = ablated("title-phrases")
    ? null
    : namingTitles(hits, context.passages, docTerms, topical);
  const retrieved = hits.flatMap((hit) => {
    const passage = context.passages[hit.id];
    if (!passage) return [];
    const evidence = passage.sentences.map((s) => describeSentence(s, context.matchers));
    return [{ hit, passage, evidence, terms: new Set(evidence.flatMap((e) => [...e.terms])) }];
  });
  // Of two sentences that match as well, the one in a document whose retrieved passages show
  // more of the question is likelier to answer: its document is about what was asked.
  const fits = ablated("document-fit")
    ? null
    : documentFits(retrieved, context.matchers, docTerms, topical, topicalWeight);
  for (const { hit, passage, evidence, terms: passageTerms } of retrieved) {
    const titleSequence = docTerms(passage.doc);
    // "When did the Royal College of Physicians expect…": the publisher the question names is
    // shown by every sentence of its pages.
    const publisher = namedPublisher(passage.doc);
    const title = new Set(titleSequence);
    const titlePhrase = titlePhrases?.get(passage.doc) ?? emptyConcepts;
    const heading = new Set([...headingTerms(passage.section ?? "", context.matchers), ...title]);
    const around = neighbourTerms(context, passage);
    let covered = 0;
    for (const concept of topical) {
      covered +=
        concept.weight *
        Math.max(
          conceptMatch(concept, passageTerms),
          conceptMatch(concept, heading) * 0.8,
          conceptMatch(concept, around) * 0.6,
        );
    }
    const coverage = covered / topicalWeight;
    // Under a heading that asks the question itself ("How can physicians get involved?"), every
    // sentence is part of the answer, so the heading counts for more.
    let headingCovered = 0;
    for (const concept of topical)
      headingCovered += concept.weight * conceptMatch(concept, heading);
    const headingAsks = headingCovered / topicalWeight >= 0.75;
    const sameQuestion =
      headingAsks && questionWord(passage.section ?? "") === askedWord && askedWord !== null;
    const headingCredit = sameQuestion ? 0.9 : headingAsks ? 0.7 : 0.35;
    // "The fund was unveiled by the Chancellor" under a title naming the Better Care Fund is
    // about that fund, nearly as if it named it again: for ranking and for the decision.
    const namedBySentence = ablated("definite-names")
      ? null
      : namedTermsBySentence(passage, evidence, context.matchers);
    evidence.forEach((sentence, i) => {
      let matched = 0;
      let sentenceCovered = 0;
      let sentenceShare = 0;
      let rarestMissed = 0;
      let rarestShown = 0;
      // What is quoted with the sentence shows the asker its words too: the sentence before one
      // that opens "It…", the one after a short sentence that announces it ("Two major
      // challenges face STPs."), as the answer quotes them.
      const neighbour = ablated("quoted-share")
        ? null
        : quotedNeighbour(passage.sentences, i, sentence.refersBack);
      const quotedWith = neighbour === null ? undefined : evidence[neighbour];
      const named = namedBySentence?.[i] ?? emptySet;
      for (const concept of topical) {
        const own = Math.max(
          conceptMatch(concept, sentence.terms),
          shownInOtherWords(concept, sentence),
          conceptMatch(concept, named) * definiteNameCredit,
        );
        const quoted = quotedWith
          ? Math.max(own, conceptMatch(concept, quotedWith.terms) * 0.7)
          : own;
        const near = Math.max(
          own,
          conceptMatch(concept, evidence[i - 1]?.terms ?? emptySet) * 0.8,
          conceptMatch(concept, evidence[i + 1]?.terms ?? emptySet) * 0.8,
          conceptMatch(concept, heading) * 0.8,
          conceptMatch(concept, around) * 0.6,
        );
        sentenceCovered += concept.weight * near;
        sentenceShare += concept.weight * quoted;
        if (near < 0.5 && conceptMatch(concept, passageTerms) < 0.5)
          rarestMissed = Math.max(rarestMissed, concept.weight);
        if (own >= 0.5) rarestShown = Math.max(rarestShown, concept.weight);
      }
      const before = evidence[i - 1]?.terms ?? emptySet;
      // The sentence before names what an opening "It" or "They" stands for: nearly its own words.
      const antecedentCredit = sentence.refersBack && !ablated("back-references") ? 0.7 : 0;
      let untitledMatched = 0;
      for (const concept of concepts) {
        const own = Math.max(
          conceptMatch(concept, sentence.terms),
          shownInOtherWords(concept, sentence),
        );
        const previous = conceptMatch(concept, before);
        const near = Math.max(previous, conceptMatch(concept, evidence[i + 1]?.terms ?? emptySet));
        const untitled = Math.max(
          own,
          near * 0.4,
          previous * antecedentCredit,
          conceptMatch(concept, named) * definiteNameCredit,
          conceptMatch(concept, passageTerms) * 0.25,
          conceptMatch(concept, around) * 0.2,
          conceptMatch(concept, heading) * headingCredit,
          concept.weight >= titleTopicWeight ? conceptMatch(concept, title) : 0,
          conceptMatch(concept, publisher),
        );
        untitledMatched += concept.weight * untitled;
        matched +=
          concept.weight *
          Math.max(
            untitled,
            titlePhrase.has(concept) ? conceptMatch(concept, title) * titlePhraseCredit : 0,
          );
      }
      const bonus = phraseBonus(concepts, sentence.sequence) + ofPhraseBonus(compounds, sentence);
      untitledMatched += bonus;
      matched += titlePhrase.size ? phraseBonus(concepts, sentence.sequence, titleSequence) : bonus;
      const shown = kindsBeyondAsked(sentence, askedDates);
      const following = evidence[i + 1];
      const next = following && kindsBeyondAsked(following, askedDates);
      const factors =
        kindFactor(
          kinds,
          definingBefore(sentence, before, concepts),
          shown,
          concepts,
          next,
          counted,
          asksNot,
        ) *
        (stranded?.test(sentence.text) ? strandedFactor : 1) *
        cueFactor(cues, sentence.text) *
        (modalSubject?.test(sentence.text) ? modalSubjectFactor : 1) *
        yearFactor(askedYears, sentence.years) *
        lengthFactor(sentence.text) *
        (sentence.describesDocument && !summariesCountInFull ? selfDescriptionFactor : 1) *
        (sentence.addressesReader && !adviceCountsInFull ? readerAdviceFactor : 1) *
        (sameQuestion ? 1.2 : 1);
      // Between equal answers, quote a dated source: readers need to judge its age.
      const rest = 0.15 * (hit.score / topScore) + (passage.doc.date ? 0.01 : 0);
      const score =
        (matched / totalWeight) * factors +
        rest +
        documentFitWeight * (fits?.get(passage.doc) ?? 0);
      candidates.push({
        passage,
        sentence: i,
        score,
        coverage: Math.min(coverage, sentenceCovered / topicalWeight),
        evidence: sentence,
        underQuestion: sameQuestion,
        signals: {
          decisionScore: (untitledMatched / totalWeight) * factors + rest,
          sentenceShare: sentenceShare / topicalWeight,
          rarestMissed,
          rarestShown,
          kindMissing:
            asksFigure &&
            (!(["amount", "date"] as const).some(
              (k) => kinds.has(k) && (shown.has(k) || !!next?.has(k)),
            ) ||
              // "How many trusts got loans?" is not answered by "£2.4 billion" alone.
              (asksCount && !sentence.count && !following?.count) ||
              // "How much did our area put into the fund?" is not answered by "151 boards".
              (asksMuch &&
                (ablated("much-next-figures")
                  ? countsOnlyThings(sentence) &&
                    !following?.money &&
                    (!following?.count || countsOnlyThings(following))
                  : (sentence.count || !!following?.count) &&
                    !givesHowMuch(sentence) &&
                    !(following && givesHowMuch(following))))),
        },
      });
    });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * The kinds of fact a sentence gives the asker. A date the question itself names is no answer to
 * "when": "when was the Spring Budget 2017 delivered?" is not answered by "The Spring Budget 2017
 * added a further £2 billion", whose only dates are the question's own.
 */
function kindsBeyondAsked(sentence: SentenceEvidence, askedDates: Set<string>): Set<QuestionKind> {
  if (!sentence.kinds.has("date") || !askedDates.size || ablated("asked-dates"))
    return sentence.kinds;
  // Read only here, for the few sentences that give a date to a question that names one.
  if ([...datesIn(sentence.text)].some((date) => !askedDates.has(date))) return sentence.kinds;
  const kinds = new Set(sentence.kinds);
  kinds.delete("date");
  return kinds;
}

/**
 * "…said it meant frontline staff working digitally" defines what the sentence before named
 * ("The shorthand for the goal became paper-free at the point of care."), when that sentence
 * names every topic of the question: one that shares only "care" names something else.
 */
function definingBefore(
  sentence: SentenceEvidence,
  before: Set<string>,
  concepts: Concept[],
): SentenceEvidence {
  if (!saysWhatItMeant(sentence.text)) return sentence;
  const topics = concepts.filter((c) => c.known && !c.framing);
  if (!topics.length || topics.some((c) => conceptMatch(c, before) < 0.75)) return sentence;
  return { ...sentence, defines: new Set([...sentence.defines, ...before]) };
}

/**
 * A sentence of the kind the question asks for (an amount, a date…) is likelier to answer it;
 * more so when its number counts what was asked to count (`counted`), or it defines what was
 * asked about.
 */
function kindFactor(
  kinds: Set<QuestionKind>,
  sentence: SentenceEvidence,
  shown: Set<QuestionKind>,
  concepts: Concept[],
  next: Set<QuestionKind> | undefined,
  counted: Concept[],
  asksNot: boolean,
): number {
  // "Do STPs have their own legal structure?" is answered by what says so or not: "STPs have no
  // formal organisational framework". A sentence that says something is not so takes a stance
  // on the question (one that says it is seldom marks it), so it is likelier the answer. A
  // question that says something is not so ("what happens if partnerships can't find the
  // staff?") is most often answered by a sentence that says so too ("If partnerships cannot
  // show where their nurses… will come from, their plans… will stall").
  const negationAsked = kinds.has("yes-no") ? !ablated("negative-answers") : asksNot;
  let factor = sentence.negates && negationAsked ? negativeAnswerFactor : 1;
  const about = (terms: Set<string>) =>
    counted.some((c) => c.known && c.alternatives.some((alt) => alt.some((t) => terms.has(t))));
  for (const kind of kinds) {
    if (kind === "other" || kind === "yes-no") continue;
    if (kind === "definition") {
      if (concepts.some((c) => c.known && conceptMatch(c, sentence.defines) >= 0.75)) factor *= 1.5;
      // "What does STP stand for?" is best answered where the expansion is spelled out.
      if (concepts.some((c) => c.expansion && containsPhrase(sentence.sequence, c.expansion))) {
        factor *= 1.3;
      }
      continue;
    }
    // "By how much did deficits fall?" wants the size of the fall ("shrank from £2,447 million to
    // £791 million"), not only that it fell ("fell sharply") beside some other figure.
    if (
      kind === "change" &&
      kinds.has("amount") &&
      sentence.measuredChange &&
      !ablated("measured-change")
    )
      factor *= 1.2;
    if (kind === "reason" && shown.has(kind) && !sentence.purpose) factor *= 1.15;
    else if (shown.has(kind)) factor *= 1.3;
    // The answer quotes the next sentence too when it carries what was asked ("…intended to").
    else if (next?.has(kind)) factor *= 1.1;
    else if (kind === "amount" || kind === "date" || kind === "duration") factor *= 0.75;
    if (kind === "amount") {
      // "How many footprints": a number counting the asker's own word beats one counting a synonym.
      if (counted.some((c) => c.known && sentence.counted.has(c.alternatives[0]?.[0] ?? "")))
        factor *= 1.6;
      else if (about(sentence.counted)) factor *= 1.3;
    }
  }
  return factor;
}

/**
 * Whether a sentence's only figures count things ("151 health and wellbeing boards"), which says
 * how many, not how much: no sum of money, share, part or stretch of time.
 */
function countsOnlyThings(sentence: SentenceEvidence): boolean {
  if (!sentence.count) return false;
  if (sentence.money || sentence.counted.size === 0 || shareOrPart.test(sentence.text))
    return false;
  return ![...sentence.counted].some((term) => timeTerms.has(term) || measureTerms.has(term));
}

/**
 * Whether a sentence says how much: a sum of money, a share or part, or a figure that is not only
 * a count of things. With "how much", the figure may be in the sentence after ("…to advise it on
 * NHS land and buildings. His report… contained 17 recommendations" gives no amount of land).
 */
function givesHowMuch(sentence: SentenceEvidence): boolean {
  return (
    sentence.money ||
    shareOrPart.test(sentence.text) ||
    (sentence.count && !countsOnlyThings(sentence))
  );
}

// Units a quantity is measured in: "6,500 hectares" says how much land, not how many things.
const measureTerms = new Set(
  toTerms(
    "hectare hectares acre acres metre metres meter meters mile miles kilometre kilometres km tonne tonnes ton tons litre litres gallon gallons kg",
  ),
);

const timeTerms = new Set(
  toTerms("day days week weeks month months year years hour hours minute minutes"),
);

/**
 * The concepts a question asks to count or measure: the words just after "how many", "how
 * much" or "number of" ("how many footprints", "how much money"). A number counting one of them
 * answers it; a number counting another of the question's words does not ("the 5 Year View"
 * for "how much more is the NHS putting in each year", "£1.8 billion" for "what conditions
 * are attached to the £1.8bn bailout").
 */
function askedToCount(question: string, concepts: Concept[]): Concept[] {
  const asked = new Set<string>();
  for (const match of question.toLowerCase().matchAll(countedAfter))
    for (const term of toTerms(match[1] ?? "")) asked.add(term);
  // By the asker's word, or by the documents' word for it where they never use the asker's.
  return concepts.filter(
    (concept) =>
      asked.has(toTerms(concept.word)[0] ?? "") ||
      concept.alternatives.some((terms) => terms.some((term) => asked.has(term))),
  );
}

/**
 * "Who was the letter sent to?" ends with a verb and the preposition it takes, which stand
 * together in the answer ("a letter sent to chief executives"); as stop words, the preposition
 * is otherwise lost. Matches the verb in any form its stem begins ("moved to" for "move to"), not
 * a framing verb ("come from", "stand for"), which says too little.
 */
function strandedPreposition(question: string): RegExp | null {
  const match = /\b([a-z]{3,})\s+(to|from|by|for|with|at|on|about|into|in)\W*$/i.exec(question);
  const [word, preposition] = [match?.[1]?.toLowerCase(), match?.[2]?.toLowerCase()];
  const term = word ? toTerms(word)[0] : undefined;
  if (!word || !preposition || !term || framingWords.has(term)) return null;
  const stem = word.replace(/(?:e|ed|ing|s)$/, "");
  // Too short a stem ("see" → "se") would find any word before the preposition.
  if (stem.length < 3) return null;
  return new RegExp(String.raw`\b${stem}\w*\s+${preposition}\b`, "i");
}

/**
 * A way of asking whose answer says so in words of its own, not the question's: the question's
 * pattern (`asked`), the answer's (`said`), and how much more a sentence that says so counts.
 */
interface AskedCue {
  /** Its `STP_ABLATE` name. */
  mechanism: string;
  asked: RegExp;
  said: RegExp;
  factor: number;
}

/**
 * "Every", "each" or "all" speaking of every one of something; not "every year", which says how
 * often, nor "at all".
 */
const everyOne =
  /(?<!\bat )\b(?:every|each|all)\b(?!\s+(?:years?|months?|weeks?|days?|times?|quarter|night|morning|winter|summer|spring|autumn)\b)/i;

const askedCues: readonly AskedCue[] = [
  // "Who wrote the report…?" is answered by the line a board paper opens with, "Report of:
  // Director of Adult Social Services…", which says who wrote it without the word "wrote".
  {
    mechanism: "author-labels",
    asked:
      /\bwho\s+(?:wrote|writes|has written|authored|prepared|drafted|produced|presented|put together)\b/i,
    said: /\b(?:report of|reported by|author|authors|prepared by|written by|drafted by|presented by|report by)\s*:/i,
    factor: 1.5,
  },
  // "What did commentators make of the spring budget money?" asks what someone judged:
  // "Commentators called the sum modest" says so with a verb of judging.
  {
    mechanism: "opinion-asked",
    asked:
      /\b(?:think|thought|make|made)\s+of\b|\bhow\s+(?:was|were|is|are|has|have)\b[^?]{0,60}\b(?:received|viewed|seen)\b|\b(?:reaction|response)\s+to\b|\b(?:view|views|opinion|verdict)\s+(?:of|on)\b/i,
    said: /\b(?:called|described|describes|believes?|believed|warned|warns|criticis\w*|welcomed|praised|judged|argued|argues|complained|concluded|dismissed|regarded|considered)\b/i,
    factor: 1.3,
  },
  // "Who leads each STP?" is answered by a sentence about each of them ("Each area has a named
  // individual to lead the development of the plans…"), "how many events can each footprint go
  // to?" by "…each STP footprint will be asked to attend one of four…": a question about every
  // one of something is likelier answered by a sentence that speaks of every one too.
  { mechanism: "every-one", asked: everyOne, said: everyOne, factor: 1.15 },
  // "Who led the NHS property review?" is answered by "…the government asked Sir Robert Naylor,
  // who had previously run University College London Hospitals…, to advise it…": a sentence that
  // says "who" is describing someone, as a "who" question asks it to.
  { mechanism: "who-clauses", asked: /\bwho\b/i, said: /\bwho\b/i, factor: 1.15 },
  // "Who announced the Better Care Fund?" is answered by "The fund was unveiled by the
  // Chancellor, George Osborne…": a passive names who did it after "by", whatever the verb; a
  // name, in capitals ("…closely followed by the most advanced vanguards" names nobody), and
  // not a date ("re-submitted by October").
  {
    mechanism: "who-agents",
    // Not "who was it sent to?", which asks who received it.
    asked:
      /^(?![\s\S]*\b(?:to|with|for|from|about|at|on)\W*$)(?:\W*(?:and\s+)?who\b|[\s\S]*\bwho\s+(?:is|was|are|were|will|would|should|has|had|did|does|do|can)\b)/i,
    said: /\b[a-z]+(?:ed|en|wn|de|ld|ht|nt)\s+(?:jointly\s+|mainly\s+|largely\s+)?by\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Easter|Christmas|Monday|Tuesday|Wednesday|Thursday|Friday)\b)(?:the\s+)?[A-Z]/,
    factor: 1.1,
  },
];

/** How much more a sentence counts for saying what the question's cues ask for. */
function cueFactor(cues: readonly AskedCue[], text: string): number {
  let factor = 1;
  for (const cue of cues) if (cue.said.test(text)) factor *= cue.factor;
  return factor;
}

/** How much more a sentence counts that says the question's stranded verb and preposition. */
const strandedFactor = 1.15;

/**
 * "What should the government do?" puts its modal before the subject; the answer says it the
 * other way round ("…and the government should support proposals…"). Matches one of the
 * question's topic words, in any form it begins, right before the question's modal: "STPs will"
 * for "will stps close hospitals?", "trusts must" for "what must trusts do?".
 */
export function subjectBeforeModal(question: string, topicWords: string[]): RegExp | null {
  if (!opensAsQuestion(question)) return null;
  const asked =
    /\b(should|must|will|would|can|could|may|might|shall|(?:have|has|needs?) to)\b/i.exec(
      question,
    )?.[1];
  // "What do the plans have to show?" is answered by "…plans must outline…": one duty, two ways.
  const modal = asked && obligation.test(asked) ? obligation.source : asked;
  const words = topicWords
    .map((word) => word.toLowerCase())
    .filter((word) => /^[a-z]{3,}$/.test(word))
    .map((word) => word.replace(/s$/, ""));
  if (!modal || words.length === 0) return null;
  return new RegExp(String.raw`\b(?:${words.join("|")})\w*\s+${modal}\b`, "i");
}

/** "Must", "have to", "has to", "need to": the same obligation, whichever the question says. */
const obligation = /(?:must|(?:have|has|needs?) to)/;

/** How much more a sentence counts whose subject comes before the question's modal. */
const modalSubjectFactor = 1.15;

/** "How many … ", "how much … ", "the number of … ", and the next three words. */
const countedAfter = /\b(?:how many|how much|number of)\s+((?:[\w'’&-]+\s*){1,3})/g;

/**
 * Extra weight where the question's words stand together in the sentence as they do in the
 * question ("care home vanguards"), which a bag of words cannot see.
 */
function phraseBonus(
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
function nounCompounds(question: string, concepts: Concept[]): Compound[] {
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
function ofPhraseBonus(compounds: Compound[], sentence: SentenceEvidence): number {
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
function ownTerms(concept: Concept): Set<string> {
  return new Set(
    concept.alternatives.flatMap((alt, i) =>
      alt.length === 1 && concept.credits[i] === 1 ? alt : [],
    ),
  );
}

/**
 * What a passage's document says it is about: its title, and its publisher's name only when the
 * question names the publisher. "The King's Fund" is a name, not a topic: without this, every
 * sentence the King's Fund published would seem to be about whatever fund was asked about.
 */
function documentTermsFor(
  question: string,
  matchers: GlossaryMatcher[],
): (doc: Passage["doc"]) => string[] {
  const publisherOf = publisherNamedIn(question);
  const read = new Map<Passage["doc"], string[]>();
  return (doc) => {
    let terms = read.get(doc);
    if (!terms) {
      const named = ablated("publishers") || publisherOf(doc).size > 0;
      terms = named ? titleTerms(doc, matchers) : titleTerms({ ...doc, publisher: null }, matchers);
      read.set(doc, terms);
    }
    return terms;
  };
}

/**
 * A document's publisher's terms where the question names the publisher in full ("the Royal
 * College of Physicians"), else none; read once per document.
 */
function publisherNamedIn(question: string): (doc: Passage["doc"]) => Set<string> {
  const asked = new Set(toTerms(question));
  const read = new Map<Passage["doc"], Set<string>>();
  return (doc) => {
    let named = read.get(doc);
    if (!named) {
      const terms = doc.publisher ? toTerms(doc.publisher) : [];
      named =
        terms.length > 0 && terms.every((term) => asked.has(term)) ? new Set(terms) : emptySet;
      read.set(doc, named);
    }
    return named;
  };
}

/**
 * The terms of the paragraphs just before and after a passage under the same heading: a news
 * story written one sentence per paragraph says what it is about in its neighbours.
 */
function neighbourTerms(context: ScoringContext, passage: Passage): Set<string> {
  const terms = new Set<string>();
  for (const id of [passage.id - 1, passage.id + 1]) {
    const neighbour = context.passages[id];
    if (!neighbour || neighbour.doc !== passage.doc || neighbour.section !== passage.section)
      continue;
    for (const sentence of neighbour.sentences)
      for (const term of describeSentence(sentence, context.matchers).terms) terms.add(term);
  }
  return terms;
}

/** The question word a question or heading starts with ("how", "why"…), or null. */
function questionWord(text: string): string | null {
  return /^\s*(what|why|how|who|when|where|which)\b/i.exec(text)?.[1]?.toLowerCase() ?? null;
}

/**
 * "What was the deficit in 2017/18?" is less likely answered by a sentence dated only to other
 * years ("…in 2015/16"); one naming no year at all may still be about it.
 */
function yearFactor(asked: Set<string>, years: Set<string>): number {
  if (asked.size === 0 || ablated("years")) return 1;
  if (years.size === 0) return 1;
  for (const year of years) if (asked.has(year)) return 1;
  return 0.85;
}

/** Fragments ("Are you sure?") and run-on sentences make poor answers. */
function lengthFactor(text: string): number {
  if (text.length < 30) return 0.7;
  if (text.length > 400) return 0.85;
  return 1;
}

/** Whether `phrase` (two terms or more) stands in `sequence` word for word. */
export function containsPhrase(sequence: string[], phrase: string[]): boolean {
  if (phrase.length < 2) return false;
  for (let i = 0; i + phrase.length <= sequence.length; i++) {
    if (phrase.every((term, j) => sequence[i + j] === term)) return true;
  }
  return false;
}

const emptySet = new Set<string>();
const emptyConcepts: ReadonlySet<Concept> = new Set();

/**
 * Nouns that name a date: what a sentence giving a date shows when a date is asked for. Other
 * kinds were measured and left out: "the reasoning" is shown by any sentence giving a reason
 * only too easily, and "the cost" or "the total" is as often a topic ("running costs") as the
 * figure asked for.
 */
const dateNouns = new Set(toTerms("deadline date timescale timeline cut-off"));

/**
 * Nouns that name money, shown as a date noun is by what it names: a sentence giving a sum.
 * Not "funding" or "budget", as often a topic ("the fund's budget") as the sum asked for (with
 * them no figure moved either); "cost" and "total" were measured with the date nouns, above.
 */
const moneyNouns = new Set(toTerms("cash money"));

/** Half as sure as the word itself: "the Easter deadline" may still name a particular one. */
const answerNounCredit = 0.5;

function namesADate(concept: Concept): boolean {
  return !ablated("date-nouns") && dateNouns.has(concept.alternatives[0]?.[0] ?? "");
}

/**
 * Words for a change one way: "by how much did deficits fall?" is answered by "…shrank from
 * £2,447 million to £791 million", which WordNet does not link to "fall" in their first senses.
 * Not "contract", "sink" or "raise", as often something else ("the GP contract", "raise
 * concerns").
 */
const changeDirections = [
  // Past forms ("fell", "shrank", "grew") are read as their verb by `toTerms`.
  new Set(toTerms("fall drop shrink decrease decline reduce reduction cut dip halve slump plunge")),
  new Set(toTerms("rise grow growth increase climb expand expansion soar jump")),
];

function changeDirection(concept: Concept): Set<string> | undefined {
  // The word as read: a misspelt "dorp" is "drop".
  const word = concept.spelled ?? concept.word;
  if (ablated("change-direction") || !word) return undefined;
  const [term = ""] = toTerms(word);
  // "Rise or fall" is one concept (concepts.ts), shown by a word for either way.
  const terms = [term, ...ownTerms(concept)];
  const ways = changeDirections.filter((words) => terms.some((t) => words.has(t)));
  return ways.length > 1 ? new Set(ways.flatMap((words) => [...words])) : ways[0];
}

/** A word for a change one way, shown by a sentence with another word for it (as a synonym is). */
function directionShown(direction: Set<string> | undefined, sentence: SentenceEvidence): number {
  if (!direction) return 0;
  for (const term of direction) if (sentence.terms.has(term)) return directionCredit;
  return 0;
}

const directionCredit = 0.6;

function namesMoney(concept: Concept): boolean {
  return !ablated("money-nouns") && moneyNouns.has(concept.alternatives[0]?.[0] ?? "");
}

/**
 * A concept this rare, by weight against the rarest possible (a word in about one passage in
 * twenty or fewer), names what a document is about when its title names it.
 */
const titleTopicRarity = 0.4;
