// Kinds of fact: how much more a sentence counts that gives the kind of fact a question asks for (an amount, a date, a change one way).

import { ablated } from "../ablation.ts";
import { toTerms } from "../lexicon/terms.ts";
import { type Concept, conceptMatch } from "../question/concepts.ts";
import { keywordValueWord, type QuestionKind } from "../question/question.ts";
import { datesIn, dayOfMonth, type SentenceEvidence, shareOrPart } from "./evidence.ts";
import { containsPhrase, ownTerms } from "./phrases.ts";
import { isRunInLabel, saysWhatItMeant } from "./sentence-ties.ts";

/**
 * What a sentence saying "not", "no" or "never" counts for when a yes-or-no question is asked, or
 * a question that says something is not so.
 */
const negativeAnswerFactor = 1.15;

/**
 * The kinds of fact a sentence gives the asker. A date the question itself names is no answer to
 * "when": "when was the Spring Budget 2017 delivered?" is not answered by "The Spring Budget 2017
 * added a further £2 billion", whose only dates are the question's own.
 */
export function kindsBeyondAsked(
  sentence: SentenceEvidence,
  askedDates: Set<string>,
): Set<QuestionKind> {
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
export function definingBefore(
  sentence: SentenceEvidence,
  before: Set<string>,
  concepts: Concept[],
  previous = "",
): SentenceEvidence {
  // "**Healthwatch.** Every council must commission…": a run-in label names what its item says.
  if (!ablated("run-in-labels") && isRunInLabel(previous))
    return { ...sentence, defines: new Set([...sentence.defines, ...before]) };
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
export function kindFactor(
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
    else if (shown.has(kind)) {
      factor *= 1.3;
      // "When did Next Steps come out?": "On 31 March 2017…" says when more exactly than
      // "March 2017: …"; the day is the answer people want to a date asked.
      if (kind === "date" && !ablated("exact-dates") && givesDay(sentence.text))
        factor *= !ablated("date-asked-days") && daysAsked(concepts) ? 1.25 : 1.1;
    }
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

/** "On what date…", "which day…": a month or a year alone does not give what is asked. */
function daysAsked(concepts: Concept[]): boolean {
  return concepts.some((c) => /^(?:date|day)$/i.test(c.word));
}

/** A date to the day: "31 March 2017", "March 31, 2017", "1 July". */
function givesDay(text: string): boolean {
  return text.toLowerCase().search(dayOfMonth) >= 0;
}

/**
 * Whether a sentence's only figures count things ("151 health and wellbeing boards"), which says
 * how many, not how much: no sum of money, share, part or stretch of time.
 */
export function countsOnlyThings(sentence: SentenceEvidence): boolean {
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
export function givesHowMuch(sentence: SentenceEvidence): boolean {
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
export function askedToCount(question: string, concepts: Concept[]): Concept[] {
  const asked = new Set<string>();
  for (const match of question.toLowerCase().matchAll(countedAfter))
    for (const term of toTerms(match[1] ?? "")) asked.add(term);
  // "STP footprints number", typed as a search, counts the word before it.
  if (countWords.has(keywordValueWord(question) ?? ""))
    for (const term of toTerms(/([\w'’&-]+)\s+\w+\W*$/.exec(question)?.[1] ?? "")) asked.add(term);
  // By the asker's word, or by the documents' word for it where they never use the asker's.
  return concepts.filter(
    (concept) =>
      asked.has(toTerms(concept.word)[0] ?? "") ||
      concept.alternatives.some((terms) => terms.some((term) => asked.has(term))),
  );
}

const countWords = new Set(["number", "numbers", "count", "total", "totals"]);

/** "How many … ", "how much … ", "the number of … ", and the next three words. */
const countedAfter = /\b(?:how many|how much|number of)\s+((?:[\w'’&-]+\s*){1,3})/g;

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
export const answerNounCredit = 0.5;

export function namesADate(concept: Concept): boolean {
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

/**
 * "Plans want fewer hospital beds" is "plans to reduce hospital bed numbers": a comparative of
 * quantity says which way a number goes, as a word for the change does.
 */
const comparatives = [toTerms("fewer lower"), toTerms("higher")];
const directionWords = [
  ...(ablated("comparatives-change")
    ? changeDirections
    : changeDirections.map((words, i) => new Set([...words, ...(comparatives[i] ?? [])]))),
  // "The bottom band" is "the lowest band": an end of a ranking said either way.
  ...(ablated("ranking-ends")
    ? []
    : [new Set(toTerms("bottom lowest")), new Set(toTerms("top highest"))]),
];

export function changeDirection(concept: Concept): Set<string> | undefined {
  // The word as read: a misspelt "dorp" is "drop".
  const word = concept.spelled ?? concept.word;
  if (ablated("change-direction") || !word) return undefined;
  const [term = ""] = toTerms(word);
  // "Rise or fall" is one concept (concepts.ts), shown by a word for either way.
  const terms = [term, ...ownTerms(concept)];
  const ways = directionWords.filter((words) => terms.some((t) => words.has(t)));
  return ways.length > 1 ? new Set(ways.flatMap((words) => [...words])) : ways[0];
}

/** A word for a change one way, shown by a sentence with another word for it (as a synonym is). */
export function directionShown(
  direction: Set<string> | undefined,
  sentence: SentenceEvidence,
): number {
  if (!direction) return 0;
  for (const term of direction) if (sentence.terms.has(term)) return directionCredit;
  return 0;
}

const directionCredit = 0.6;

export function namesMoney(concept: Concept): boolean {
  return !ablated("money-nouns") && moneyNouns.has(concept.alternatives[0]?.[0] ?? "");
}

/**
 * Nouns that name what a unit measures, and the units that show them: "how much land do trusts
 * sit on?" is answered by "…covering some 6,500 hectares", which need not say "land", as a sum
 * of money shows "how much money…".
 */
const measuredBy: ReadonlyMap<string, RegExp> = new Map(
  [
    [
      "land area space estate",
      /\b(?:hectares?|acres?|square (?:metres?|meters?|feet|miles?|kilometres?)|sq\.? ?(?:m|ft)|m²)\b/i,
    ],
    ["distance", /\b(?:miles?|kilometres?|kilometers?|km)\b/i],
    ["weight", /\b(?:kilograms?|kg|tonnes?|tons?)\b/i],
  ].flatMap(([nouns, unit]) => toTerms(nouns as string).map((term) => [term, unit as RegExp])),
);

/** Whether the concept is a quantity the sentence gives in its unit ("6,500 hectares" for "land"). */
export function measuredInUnits(concept: Concept, text: string): boolean {
  if (ablated("unit-nouns")) return false;
  const unit = measuredBy.get(concept.alternatives[0]?.[0] ?? "");
  return !!unit && unit.test(text);
}
