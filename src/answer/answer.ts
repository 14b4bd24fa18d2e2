// A question → an Answer: the sentence(s) that answer it, quoted verbatim, with citations — or a plain decline.

import { ablated } from "../ablation.ts";
import { findEntry } from "../documents/glossary.ts";
import { clipText } from "../documents/passages.ts";
import {
  dayAbsent,
  definedPhraseAbsent,
  namedOnlyInList,
  namesAbsent,
  onlyNamesListed,
  otherNameNamed,
  personAbsent,
  phraseAbsent,
  unknownNameAsked,
} from "../model/absent-name.ts";
import {
  lacksAskedAuthor,
  lacksAskedCounted,
  lacksAskedDirection,
  lacksAskedOrdinal,
  lacksAskedPayOrSaving,
  lacksAskedPublication,
  lacksAskedSubject,
} from "../model/asked-details.ts";
import {
  answerChance,
  declineFeatures,
  lacksAskedBar,
  lacksAskedContact,
  lacksAskedDuration,
  lacksAskedEnding,
  lacksAskedExtreme,
  lacksAskedFigure,
  lacksAskedFuture,
  lacksAskedKindOfBody,
  lacksAskedMoney,
  lacksAskedName,
  lacksAskedPart,
  lacksAskedResult,
  lacksAskedRole,
  lacksAskedShare,
  lacksAskedShareFor,
  lacksAskedTally,
  lacksAskedYear,
  lacksQuotedWords,
} from "../model/decline.ts";
import { declineModel } from "../model/decline-model.ts";
import { type Concept, maxConceptWeight } from "../question/concepts.ts";
import { definedName } from "../question/question.ts";
import {
  type RankedQuestion,
  type RankingContext,
  rankQuestion,
} from "../ranking/rank-question.ts";
import type { Candidate, ScoringContext } from "../ranking/scoring.ts";
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
import { answerSentences, answersRatherThanAsks } from "./quoted-sentences.ts";
import type { Suggest } from "./suggestions.ts";

/** Everything answering needs, loaded once by the engine. */
export interface AnswerContext extends RankingContext {
  /** Questions to offer with a decline, nearest to the asked question first (src/answer/suggestions.ts). */
  suggest: Suggest;
  /** Up to `count` questions the documents answer, for help (src/answer/suggestions.ts). */
  examples(count: number): string[];
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
    notingGlossary(
      notingSpelling(answerRanked(context, question, ranked), ranked.concepts),
      context,
      ranked,
    ),
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
 * "What is a CCG?" where the glossary has CCG: the documents may name it only in passing ("Most
 * representatives come from clinical commissioning groups (CCGs)…"), so the reply says where
 * what the term means is kept, whether or not the documents answer.
 */
function notingGlossary(
  answer: Answer,
  context: AnswerContext,
  ranked: Exclude<RankedQuestion, { problem: unknown }>,
): Answer {
  if (ablated("glossary-pointer") || !ranked.kinds.has("definition")) return answer;
  const asked = definedName(ranked.text);
  const entries = context.matchers.map((m) => m.entry);
  // "Clinical commissioning groups" is the plural of the entry's "clinical commissioning group".
  const entry = asked
    ? (findEntry(entries, asked) ?? findEntry(entries, asked.replace(/s$/i, "")))
    : null;
  if (!entry) return answer;
  const note = `The glossary has “${entry.term}”: ask “define ${entry.term}” for what it means.`;
  return { ...answer, message: answer.message ? `${answer.message} ${note}` : note };
}

/**
 * "Is it ring-fenced? and who decides?" is answered for its first question; the reply says so
 * and what to ask next, rather than leaving the second unmentioned.
 */
function notingOthers(answer: Answer, others: string[]): Answer {
  const [next, then, ...more] = others.map((other) =>
    clipText(other.replace(/^(and|but|so|also|plus)\s+/i, ""), 120),
  );
  if (!next) return answer;
  // "…? what are icss? what are ccgs?": each left is named, in the order asked.
  const after = !then
    ? "next for the other"
    : more.length === 0
      ? `next, then “${then}”`
      : `next, then “${then}”, then the ${more.length === 1 ? "last" : "rest"}`;
  const note = `You asked more than one question; this ${answer.answered ? "answers" : "is about"} the first. Ask “${next}” ${after}.`;
  return { ...answer, message: answer.message ? `${answer.message} ${note}` : note };
}

/** The candidates that answer rather than ask: a form's question or a FAQ's heading is neither answer nor source. */
export function answeringCandidates(candidates: Candidate[], askedYesOrNo: boolean): Candidate[] {
  return ablated("question-sentences")
    ? candidates
    : candidates.filter((candidate) => answersRatherThanAsks(candidate, askedYesOrNo));
}

/**
 * The rules that decline whatever the model's chance: a figure, a date, a sum of money, a length
 * of time, something still to come, a year's figure, a place, an address asked for and not given;
 * a name, a year or a named body the answer's document never names; a person asked for and nobody
 * named.
 */
export function declinedByRule(
  context: ScoringContext,
  ranked: Exclude<RankedQuestion, { problem: unknown }>,
  best: Candidate | undefined,
): boolean {
  if (lacksAskedFigure(ranked.text, best) || lacksAskedMoney(ranked.text, best)) return true;
  if (lacksAskedDuration(ranked.text, best)) return true;
  if (lacksAskedFuture(ranked.text, best)) return true;
  if (lacksAskedEnding(ranked.text, best)) return true;
  if (lacksAskedOrdinal(ranked.text, best)) return true;
  if (lacksAskedDirection(ranked.text, best)) return true;
  if (lacksAskedTally(ranked.text, best, ranked.typed)) return true;
  if (lacksAskedPublication(ranked.text, ranked.concepts, best)) return true;
  if (lacksAskedCounted(ranked.text, ranked.concepts, best)) return true;
  if (lacksAskedAuthor(ranked.text, best)) return true;
  if (lacksAskedSubject(ranked.text, ranked.concepts, best)) return true;
  if (lacksAskedPayOrSaving(ranked.text, best)) return true;
  if (lacksAskedBar(ranked.text, best)) return true;
  if (lacksAskedResult(ranked.text, best)) return true;
  if (lacksAskedShareFor(ranked.text, ranked.concepts, best)) return true;
  if (lacksAskedYear(ranked.text, ranked.kinds, best)) return true;
  if (lacksAskedShare(ranked.text, best)) return true;
  if (lacksAskedPart(ranked.text, best)) return true;
  if (lacksAskedName(ranked.text, best, context)) return true;
  if (lacksAskedExtreme(ranked.text, best)) return true;
  if (lacksQuotedWords(ranked.text, best)) return true;
  if (lacksAskedContact(ranked.text, best, context)) return true;
  if (lacksAskedKindOfBody(ranked.text, best)) return true;
  if (lacksAskedRole(ranked.text, best)) return true;
  if (unknownNameAsked(context, ranked.text, ranked.concepts)) return true;
  if (!best) return false;
  return (
    namesAbsent(context, ranked.concepts, best) ||
    personAbsent(context, ranked.text, best) ||
    phraseAbsent(context, ranked.text, best) ||
    definedPhraseAbsent(context, ranked.text, ranked.kinds, best) ||
    otherNameNamed(context, ranked.text, best) ||
    onlyNamesListed(ranked.text, best) ||
    dayAbsent(context, ranked.text, best) ||
    namedOnlyInList(ranked.text, best, context)
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
  // Read once: the answer, the sources shown beside it and what the decision reads are chosen
  // among the same. A FAQ's question that nothing answers may match every word, but it is not
  // what the bot would quote, so it must not make the bot sure.
  const answering = answeringCandidates(candidates, kinds.has("yes-no"));
  const best = datedCopy(answering);
  const chance = answerChance(
    declineFeatures(
      concepts,
      ablated("answering-features") ? candidates : answering,
      maxConceptWeight(context.index),
    ),
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
    // Not "the documents don't cover that": a decline may be a question they answer in words the
    // engine does not read, and a reader told they don't would stop looking.
    return {
      ...decline(
        question,
        `I couldn't find an answer to that in the STP documents, so I won't guess.${offer}`,
        suggestions,
      ),
      scores,
    };
  }
  const sentences = answerSentences(best, concepts, kinds, context.matchers);
  // A source that agrees or disagrees answers too: "STPs five-year plan? Is the IOW within one of
  // 44 areas…? , No;" is no source differing on how many areas there are.
  const sources = ablated("answering-sources") ? candidates : answering;
  const supporting = supportingCandidates(minCoverage, sources, best, kinds);
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
