// Scores every sentence of the candidate passages against a question: coverage, kind of fact, phrasing.

import { ablated } from "../ablation.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { headingTerms, titleTerms } from "../indexing/passage-terms.ts";
import { type SearchIndex, searchPassages } from "../indexing/search-index.ts";
import { initialsOf } from "../lexicon/initials.ts";
import { toTerms } from "../lexicon/terms.ts";
import {
  type Concept,
  conceptMatch,
  durationVerbs,
  maxConceptWeight,
  saidAtCredit,
  searchTerms,
} from "../question/concepts.ts";
import { countsByNumber } from "../question/numbered.ts";
import { asksForAdvice, type QuestionKind, saysItIsNot } from "../question/question.ts";
import type { Passage } from "../types.ts";
import { definiteNames, namesIn } from "./definite-names.ts";
import {
  documentFits,
  documentFitWeight,
  namingTitles,
  titlePhraseCredit,
} from "./document-fit.ts";
import { datesIn, describeSentence, type SentenceEvidence, yearsIn } from "./evidence.ts";
import {
  answerNounCredit,
  askedToCount,
  changeDirection,
  countsOnlyThings,
  definingBefore,
  directionShown,
  givesHowMuch,
  kindFactor,
  kindsBeyondAsked,
  measuredInUnits,
  namesADate,
  namesMoney,
} from "./kind-of-fact.ts";
import { nounCompounds, ofPhraseBonus, phraseBonus } from "./phrases.ts";
import {
  askedCues,
  cueFactor,
  modalSubjectFactor,
  namedKind,
  namedKindFactor,
  strandedFactor,
  strandedPreposition,
  subjectBeforeModal,
} from "./question-cues.ts";
import { asksAboutADocument } from "./self-description.ts";
import { quotedNeighbour } from "./sentence-ties.ts";

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

/** What a document's sentence about itself ("This paper sets out…") counts for, ranking and deciding. */
const selfDescriptionFactor = 0.8;

/** What a sentence counts for more when its publisher is named only as the question's context. */
const namedSourceFactor = 1.2;

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
  const byInitials = ablated("publisher-initials")
    ? () => false
    : sourceNamedByInitials(concepts.filter((c) => c.framing));
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
  const rareNamedIn = (concept: Concept, terms: Set<string>) =>
    concept.weight >= titleTopicWeight && saidAtCredit(concept, (term) => terms.has(term), 1);
  // "When's the deadline for responding?" is answered by "…runs from 14 January to 8 April",
  // which gives the date without calling it a deadline; "how much cash do the boards control?"
  // by "…direct more than £100 billion a year", which gives money without calling it cash; "by
  // how much did deficits fall?" by "…shrank from £2,447 million…", a fall in other words.
  const directions = new Map(concepts.map((c) => [c, changeDirection(c)]));
  // "How long do the plans run for?" is answered by "STPs are five-year plans": the length
  // shows the verb of going on, as "ran for 13 weeks" would.
  const lastingTerms = ablated("lasting-shown") ? new Set<string>() : durationVerbs(question);
  const shownInOtherWords = (concept: Concept, sentence: SentenceEvidence) =>
    Math.max(
      (kinds.has("date") && sentence.kinds.has("date") && namesADate(concept)) ||
        (lastingTerms.size > 0 &&
          sentence.kinds.has("duration") &&
          lastingTerms.has(toTerms(concept.word)[0] ?? "")) ||
        (kinds.has("amount") && sentence.money && namesMoney(concept)) ||
        (kinds.has("amount") && measuredInUnits(concept, sentence.text)) ||
        (!ablated("numbered-things") && countsByNumber(concept.counted, sentence.text))
        ? answerNounCredit
        : 0,
      directionShown(directions.get(concept), sentence),
    );
  const counted = ablated("counted-asked") ? concepts : askedToCount(question, concepts);
  const stranded = ablated("stranded") ? null : strandedPreposition(question);
  const kindNamed = namedKind(question);
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
  const askedHeadings = new Map<string, boolean>();
  for (const { hit, passage, evidence, terms: passageTerms } of retrieved) {
    const titleSequence = docTerms(passage.doc);
    // "When did the Royal College of Physicians expect…": the publisher the question names is
    // shown by every sentence of its pages.
    const publisher = namedPublisher(passage.doc);
    // "King's Fund piece – where is the extra cash going?": a source named only as context is
    // no topic to cover, but its pages are the ones asked about; so are they when it is named by
    // its initials ("RCP page: …").
    const sourceFactor =
      (publisher.size > 0 &&
        !ablated("named-source") &&
        ![...publisher].every((term) => topical.some((c) => c.alternatives[0]?.includes(term)))) ||
      byInitials(passage.doc)
        ? namedSourceFactor
        : 1;
    const title = new Set(titleSequence);
    const titlePhrase = titlePhrases?.get(passage.doc) ?? emptyConcepts;
    const sectionTerms = new Set(headingTerms(passage.section ?? "", context.matchers));
    const heading = new Set([...sectionTerms, ...title]);
    const around = neighbourTerms(context, passage);
    let covered = 0;
    // The publisher the question names is shown by every sentence of its pages, for the
    // decision as for ranking.
    const shownByPublisher = publisher.size > 0 && !ablated("publisher-shown");
    for (const concept of topical) {
      const inPassage = Math.max(
        conceptMatch(concept, passageTerms),
        shownByPublisher ? conceptMatch(concept, publisher) : 0,
      );
      covered +=
        concept.weight *
        Math.max(
          inPassage,
          conceptMatch(concept, heading) * 0.8,
          conceptMatch(concept, around) * 0.6,
          // "Cutting suicides" in "a national fall of 10% in…": shown in other words, as the
          // sentence's own coverage counts it (looked for only where the words themselves are not).
          inPassage >= 1 || ablated("passage-other-words")
            ? 0
            : Math.max(0, ...evidence.map((sentence) => shownInOtherWords(concept, sentence))),
        );
    }
    const coverage = covered / topicalWeight;
    // Under a heading that asks the question itself ("How can physicians get involved?"), every
    // sentence is part of the answer, so the heading counts for more.
    let headingCovered = 0;
    for (const concept of topical)
      headingCovered += concept.weight * conceptMatch(concept, heading);
    const headingAsks = headingCovered / topicalWeight >= 0.75;
    const sameWord = questionWord(passage.section ?? "") === askedWord && askedWord !== null;
    // "Who sits on the board?" heads the answer to "who has to sit on an integrated care board
    // as a minimum?": the question says all the heading asks, and more besides.
    const sameQuestion =
      sameWord && (headingAsks || askedByHeading(passage.section ?? "", concepts, askedHeadings));
    const headingCredit = sameQuestion ? 0.9 : headingAsks ? 0.7 : 0.35;
    // "The fund was unveiled by the Chancellor" under a title naming the Better Care Fund is
    // about that fund, nearly as if it named it again: for ranking and for the decision.
    const namedBySentence = ablated("definite-names")
      ? null
      : namedTermsBySentence(passage, evidence, context.matchers);
    // What every sentence of the passage shows, read once for the passage: the publisher the
    // question names ("What does the King's Fund see as…" is answered by the King's Fund's "we
    // believe…"), and a rare word the title or the heading names in the question's own words
    // ("Which digital roadmap spans more than one STP area?" on "A short guide to local digital
    // roadmaps" by "…the Peninsula roadmap is the exception…"; "why did the dashboard avoid the
    // word inadequate?" under "The STP progress dashboard" by "The gentler wording was a
    // deliberate contrast…"). By a synonym it says too little: WordNet's "office" for "agency".
    // (The publisher's name, in the title's terms when the question names it, is the publisher's.)
    const titleOnly = publisher.size ? new Set([...title].filter((t) => !publisher.has(t))) : title;
    const shownAbove = new Map<Concept, number>();
    for (const concept of topical) {
      const named =
        (!ablated("title-named") && rareNamedIn(concept, titleOnly)) ||
        (!ablated("heading-named") && rareNamedIn(concept, sectionTerms));
      const shown = Math.max(
        named ? 1 : 0,
        shownByPublisher ? conceptMatch(concept, publisher) : 0,
      );
      if (shown > 0) shownAbove.set(concept, shown);
    }
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
        : quotedNeighbour(passage, i, sentence.refersBack);
      const quotedWith = neighbour === null ? undefined : evidence[neighbour];
      const named = namedBySentence?.[i] ?? emptySet;
      for (const concept of topical) {
        const own = Math.max(
          conceptMatch(concept, sentence.terms),
          shownInOtherWords(concept, sentence),
          conceptMatch(concept, named) * definiteNameCredit,
          shownAbove.get(concept) ?? 0,
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
          definingBefore(sentence, before, concepts, evidence[i - 1]?.text),
          shown,
          concepts,
          next,
          counted,
          asksNot,
        ) *
        (stranded?.test(sentence.text) ? strandedFactor : 1) *
        cueFactor(cues, sentence.text) *
        (modalSubject?.test(sentence.text) ? modalSubjectFactor : 1) *
        (kindNamed?.test(sentence.text) ? namedKindFactor : 1) *
        yearFactor(askedYears, sentence.years) *
        lengthFactor(sentence.text) *
        (sentence.describesDocument && !summariesCountInFull ? selfDescriptionFactor : 1) *
        (sentence.addressesReader && !adviceCountsInFull ? readerAdviceFactor : 1) *
        (sameQuestion ? 1.2 : 1) *
        sourceFactor;
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
 * Whether the question names a document's publisher by its initials only as context ("RCP page:
 * by when…" for the Royal College of Physicians), read once per document. As a topic ("when
 * will the RCP publish its findings?") the initials are words to cover, not a page to prefer.
 */
function sourceNamedByInitials(concepts: Concept[]): (doc: Passage["doc"]) => boolean {
  const words = new Set(concepts.map((c) => c.word.toLowerCase()));
  const read = new Map<Passage["doc"], boolean>();
  return (doc) => {
    let named = read.get(doc);
    if (named === undefined) {
      const initials = doc.publisher ? initialsOf(doc.publisher) : null;
      named = initials !== null && words.has(initials);
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

/**
 * Whether a heading that is a question ("Who sits on the board?") asks nothing the question does
 * not: two or more words of its own, three in four of them among the question's concepts.
 */
function askedByHeading(
  heading: string,
  concepts: readonly Concept[],
  read: Map<string, boolean>,
): boolean {
  if (ablated("heading-questions") || !heading.trimEnd().endsWith("?")) return false;
  let asked = read.get(heading);
  if (asked === undefined) {
    const terms = [...new Set(toTerms(heading))];
    const shown = terms.filter((term) =>
      concepts.some((concept) => conceptMatch(concept, new Set([term])) >= 0.5),
    );
    asked = terms.length >= 2 && shown.length >= terms.length * 0.75;
    read.set(heading, asked);
  }
  return asked;
}

/** The question word a question or heading starts with ("how", "why"…), or null. */
function questionWord(text: string): string | null {
  // "What's the difference between an ICS and an ICB?" asks what "Is an ICS the same thing as an
  // ICB?" asks: whether two things are one, in other words.
  if (!ablated("same-or-different") && comparisonAsked.test(text)) return "compare";
  return /^\s*(what|why|how|who|when|where|which)\b/i.exec(text)?.[1]?.toLowerCase() ?? null;
}

const comparisonAsked =
  /\bdifferences? between\b|\b(?:is|are)\b.{1,60}\b(?:the same|different)\b|\bdiffer(?:s|ent)? from\b|\bhow do\b.{1,60}\bdiffer\b/i;

/**
 * "What was the deficit in 2017/18?" is less likely answered by a sentence dated only to other
 * years ("…in 2015/16"); one naming no year at all may still be about it.
 */
function yearFactor(asked: Set<string>, years: Set<string>): number {
  if (asked.size === 0 || ablated("years")) return 1;
  if (years.size === 0) return 1;
  for (const year of years) if (asked.has(year)) return 1;
  // Measured at 0.85, 0.7, 0.55 and 0.4: from 0.55 down, "how many systems were there by the end
  // of 2020?" is no longer answered by "July 2022: … the 42 systems…" ahead of the 2020 figures.
  return ablated("other-years-weaker") ? 0.85 : otherYearsFactor;
}

/** What a sentence dated only to other years than the question's keeps of its score. */
const otherYearsFactor = 0.55;

/** Fragments ("Are you sure?") and run-on sentences make poor answers. */
function lengthFactor(text: string): number {
  if (text.length < 30) return 0.7;
  if (text.length > 400) return 0.85;
  return 1;
}

const emptySet = new Set<string>();
const emptyConcepts: ReadonlySet<Concept> = new Set();

/**
 * A concept this rare, by weight against the rarest possible (a word in about one passage in
 * twenty or fewer), names what a document is about when its title names it.
 */
const titleTopicRarity = 0.4;
