// Whether the documents answer a question: a logistic model over what the best sentence shows, fitted on questions.
import { ablated } from "../ablation.ts";
import { nextInSameItem, sentenceCarriedOn } from "../documents/passages.ts";
import { passagesWithTerm } from "../indexing/search-index.ts";
import { initialsOf } from "../lexicon/initials.ts";
import { spellShortYears, tokenize, toTerms } from "../lexicon/terms.ts";
import { monthNames } from "../lexicon/word-lists.ts";
import { type Concept, conceptMatch, relationCredit, saidAtCredit } from "../question/concepts.ts";
import { countsByNumber } from "../question/numbered.ts";
import type { QuestionKind } from "../question/question.ts";
import { givesShare, givesSumOfMoney, yearSaid, yearsIn } from "../ranking/evidence.ts";
import { emailAddress, phoneNumber, webAddress } from "../ranking/question-cues.ts";
import type { Candidate, ScoringContext } from "../ranking/scoring.ts";
import { quotedBefore, remembered } from "./absent-name.ts";
import { declineModel } from "./decline-model.ts";

/** What the decision reads, each a number the model weighs. */
export const declineFeatureNames = [
  /** Share of the question's known topic weight shown near the best sentence. */
  "coverage",
  /** Share shown in the best sentence itself. */
  "sentence",
  /** The best sentence's score without what ranking adds for its document (`CandidateSignals.decisionScore`). */
  "score",
  /** How far the best passage leads the next best passage. */
  "margin",
  /** Share of the question's topic weight in words no document uses in any form. */
  "unknown",
  /** The rarest known topic word not shown near the best sentence, by weight (0 when all are). */
  "missedRare",
  /** The rarest topic word shown in the best sentence itself, by weight. */
  "rareShown",
  /** An amount or a date is asked for and the best sentence gives none. */
  "kindMissing",
] as const;

/** A fitted logistic model: the chance the documents answer is σ(bias + Σ wᵢxᵢ). */
export interface DeclineModel {
  bias: number;
  weights: readonly number[];
  /** Below this chance the bot declines. */
  threshold: number;
}

/**
 * The decision's features for a question's concepts and its ranked candidates (best first).
 * `maxWeight` is the weight of a word found in one passage only: the scale for "rare".
 */
export function declineFeatures(
  concepts: Concept[],
  candidates: Candidate[],
  maxWeight: number,
): number[] {
  const best = candidates[0];
  if (!best) return declineFeatureNames.map(() => 0);
  // Two sources giving the same figure agree: the second is no rival to the first.
  const figures = ablated("agreeing-figures") ? emptyFigures : figuresGiven(best);
  const runnerUp = candidates.find((c) => c.passage !== best.passage && !sharesFigure(figures, c));
  const topic = concepts.filter((c) => !c.framing);
  const topicWeight = topic.reduce((sum, c) => sum + c.weight, 0);
  // A word the documents never use counts in full; one they know only by a synonym, in part.
  // …unless the best sentence itself says it by that synonym ("accelerate" for "speed up").
  // A question whose one topic word is shown only so ("…if it affects us", "affect" as WordNet's
  // "move") rests wholly on the synonym's sense: it stays partly unknown.
  // A word the documents never use counts as shown too where the best sentence says it by a
  // synonym of some later sense ("at the heart of" as "at their core").
  const unknown = topic.reduce(
    (sum, c) =>
      sum +
      c.weight *
        (topic.length > 1 &&
        (shownBySynonym(c, best) || shownInAnySense(c, best) || countedAlike(c, best))
          ? 0
          : novelty(c)),
    0,
  );
  return [
    best.coverage,
    best.signals.sentenceShare,
    best.signals.decisionScore,
    runnerUp
      ? best.signals.decisionScore - runnerUp.signals.decisionScore
      : best.signals.decisionScore,
    topicWeight ? unknown / topicWeight : 0,
    best.signals.rarestMissed / maxWeight,
    best.signals.rarestShown / maxWeight,
    best.signals.kindMissing ? 1 : 0,
  ];
}

const emptyFigures: ReadonlySet<string> = new Set();

/** The figures a candidate's sentence gives (as read for sources that disagree), years and months aside. */
function figuresGiven(candidate: Candidate): ReadonlySet<string> {
  return figuresAside(candidate.evidence.figures);
}

/** Figures as the tokenizer reads them ("1.8", "3250"), years and months aside. */
function figuresAside(figures: Iterable<string>): ReadonlySet<string> {
  return new Set(
    [...figures].filter((figure) => /\d/.test(figure) && !/^(?:19|20)\d\d$/.test(figure)),
  );
}

function sharesFigure(figures: ReadonlySet<string>, candidate: Candidate): boolean {
  if (figures.size === 0) return false;
  for (const figure of candidate.evidence.figures) if (figures.has(figure)) return true;
  return false;
}

/**
 * "How many…?", "how much…?" and "when…?" are answered by a figure or a date: a best sentence
 * that gives neither, nor the sentence after it, does not answer them however well it matches
 * the words ("how many vanguard sites are there in total?" against "We have been supporting the
 * work of the vanguard sites…"), so the bot declines whatever the model's chance. (A "when" that
 * opens a clause, "what happens when…", asks for no date, so `kindMissing` is never set by it.)
 */
export function lacksAskedFigure(question: string, best: Candidate | undefined): boolean {
  if (ablated("figure-required") || !best?.signals.kindMissing) return false;
  return /\bhow (many|much)\b|\bwhen\b/i.test(question);
}

/** The best sentence and the one after it: what an answer quotes when the first leads on. */
export function withNext(best: Candidate): string {
  const { sentences } = best.passage;
  return sentences.slice(best.sentence, best.sentence + 2).join(" ");
}

/** The best sentence with the sentences either side of it: what the reader sees around the answer. */
function besideBest(best: Candidate): string {
  const { sentences } = best.passage;
  return sentences.slice(Math.max(0, best.sentence - 1), best.sentence + 2).join(" ");
}

/**
 * "How long will the £1.8bn bailout last?" asks for a stretch of time: a best sentence (and the
 * one after) with no figure, date or length of time in it ("After Easter, the letter said, local
 * area partners will be able to focus on…") does not say how long, however well it matches.
 */
export function lacksAskedDuration(question: string, best: Candidate | undefined): boolean {
  if (ablated("duration-required") || !best) return false;
  if (!/\bhow long\b(?!\s+ago\b)/i.test(question)) return false;
  const { kinds, text } = best.evidence;
  if (/\d/.test(text) || timeKinds.some((kind) => kinds.has(kind))) return false;
  const next = best.passage.sentences[best.sentence + 1] ?? "";
  return !/\d|\b(?:days?|weeks?|months?|years?|decades?)\b/i.test(next);
}

/**
 * "When will the second dashboard come out?" asks about something still to come: a best
 * sentence (and the one after) that tells only what happened ("A second report in February 2017
 * found…", "…CCGs are abolished") and says nothing of what will or is due to happen does not
 * answer it, whatever date it gives.
 */
export function lacksAskedFuture(question: string, best: Candidate | undefined): boolean {
  if (ablated("future-asked") || !best) return false;
  if (!futureAsked.test(question)) return false;
  return !futureSaid.test(withNext(best));
}

/**
 * "When did Naylor leave UCL Hospitals?", "when did the BCF stop?" ask when something ended: a
 * best sentence (and the one after) that says nothing of an end ("…Sir Robert Naylor, who had
 * previously run University College London Hospitals…", "The fund was unveiled by the
 * Chancellor, George Osborne…") gives a date of something else, however well it matches.
 */
export function lacksAskedEnding(question: string, best: Candidate | undefined): boolean {
  if (ablated("endings-asked") || !best) return false;
  if (!endingAsked.test(question)) return false;
  return !endingSaid.test(withNext(best)) && !endingSaid.test(best.passage.section ?? "");
}

/** "When did … leave / step down / stop / close…": the question's own verb ends something. */
const endingAsked =
  /^\s*(?:when|on what date|what date|in what year|what year|by when)\b[^?]*?\b(?:leave|left|quit|quits|step(?:s|ped)? down|stand(?:s)? down|stood down|resign(?:s|ed)?|retire[sd]?|stop(?:s|ped)?|end(?:s|ed)?|cease[sd]?|close[sd]?|closing|abolish(?:ed|es)?|scrap(?:s|ped)?|repeal(?:s|ed)?|disband(?:s|ed)?|dissolve[sd]?|wound up|wind up|shut(?:s)? down|expire[sd]?|run out|ran out)\b/i;
/** What says an end: a verb of ending, "until", "between" or "to" closing a range, what took over or replaced it. */
const endingSaid =
  /\b(?:leav\w*|left|quit\w*|step\w* down|stood down|stand\w* down|resign\w*|retir\w*|stop\w*|end|ends|ended|ending|cease\w*|clos\w+|abolish\w*|abolition|scrap\w*|repeal\w*|disband\w*|dissol\w*|wound up|wind\w* up|shut\w*|expir\w*|run out|ran out|until|till|between|to (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|replac\w+|succeed\w*|successor|took over|take\w* over|no longer|last|final|departure|departed|gone|finish\w*|complet\w+|deadline|due)\b/i;

/**
 * "How many physicians have sent feedback so far?", "how many sites has the NHS sold since the
 * review?" ask for a tally to date: a best sentence (and the one after) that tells of no tally to
 * date ("Feedback to the RCP - We will be collating feedback…", "NHS trusts alone occupy roughly
 * 1,200 sites…") gives some other figure, however well it matches. `typed` is the message as
 * typed, which still has the "so far" that reading it took off.
 */
export function lacksAskedTally(
  question: string,
  best: Candidate | undefined,
  typed = question,
): boolean {
  if (ablated("tallies-asked") || !best) return false;
  // "…started training so far?": the question as read has lost its "so far" (every answer is the
  // latest the documents say), but it was asked, as typed.
  const asked = ablated("tallies-as-typed") ? question : `${question} ${typed}`;
  if (!/\bhow (?:many|much)\b/i.test(question) || !tallyAsked.test(asked)) return false;
  return !tallySaid.test(withNext(best));
}

/** "So far", "to date", "yet", "since the review": a running total, up to now. */
const tallyAsked =
  /\b(?:so far|to date|thus far|until now|up to now|as of (?:now|today)|yet|since (?:the|then|it|they|he|she)\b)/i;
/** What tells a total up to some time: "so far", "to date", "by March 2017", "have been approved". */
const tallySaid =
  /\b(?:so far|to date|thus far|until now|up to now|as of|already|since|by (?:the end of |mid-|early |late )?(?:(?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|\d{4}|then|now)|(?:has|have|had)\s+(?:now\s+|already\s+|so far\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b)/i;

/**
 * "How many footprints have a population over 2 million?" counts the things past a bar the
 * question sets: a best sentence (and the ones either side, and its heading) that never gives
 * that figure ("A total of 44 areas… with an average population size of 1.2 million") counts
 * something else, however well it matches.
 */
export function lacksAskedBar(question: string, best: Candidate | undefined): boolean {
  if (ablated("bars-asked") || !best || !/\bhow (?:many|much)\b/i.test(question)) return false;
  const bar = barAsked.exec(question)?.[1]?.toLowerCase();
  if (!bar) return false;
  const digits = numberWords.get(bar) ?? bar.replace(/,/g, "");
  const word = [...numberWords].find(([, d]) => d === digits)?.[0];
  const near = `${besideBest(best)} ${best.passage.section ?? ""}`.replace(
    /(?<=\d),(?=\d{3})/g,
    "",
  );
  const shown = new RegExp(
    String.raw`(?<![\d.])${digits.replace(".", "\\.")}(?![\d]|\.\d)${word ? `|\\b${word}\\b` : ""}`,
    "i",
  );
  return !shown.test(near);
}

const numberWords = new Map(
  "one two three four five six seven eight nine ten eleven twelve"
    .split(" ")
    .map((w, i) => [w, String(i + 1)]),
);
/** "Over 2 million", "more than £1 million", "fewer than ten": the figure of a bar the question sets. */
const barAsked = new RegExp(
  String.raw`\b(?:over|more than|above|under|less than|fewer than|below|exceed(?:s|ed|ing)?|bigger than|larger than|greater than)\s+[£$€]?(\d[\d,]*(?:\.\d+)?|${[...numberWords.keys()].join("|")})\b`,
  "i",
);

/**
 * "How much of the £1.8bn went to mental health?" asks for the part of a sum that went one way:
 * a best sentence (and the one after) that shows nothing of where ("The £1.8 billion is under a
 * separate ring-fence…") gives the whole, or another part. The rarest word of where it went, in
 * any of its forms, is enough.
 */
export function lacksAskedShareFor(
  question: string,
  concepts: Concept[],
  best: Candidate | undefined,
): boolean {
  if (ablated("parts-for") || !best) return false;
  const where = partFor.exec(question)?.[1];
  if (!where) return false;
  // A word no document uses is shown nowhere ("mental" where no page speaks of mental health).
  const asked = conceptsNamedIn(where, concepts);
  if (asked.length === 0) return false;
  if (asked.some((c) => !c.known)) return true;
  // Its rarest word: "health" in "mental health" is in every other name ("Department of Health").
  const rarest = asked.reduce((a, b) => (b.weight > a.weight ? b : a));
  const next = sentenceCarriedOn(best.passage, best.sentence + 1);
  const near = new Set(toTerms(`${best.evidence.text} ${next}`));
  return conceptMatch(rarest, near) === 0;
}

/**
 * The question's topic words that one phrase of it says: "mental health" of "how much of the
 * £1.8bn went to mental health?", "the dashboard" of "what did Simon Stevens say about the
 * dashboard?".
 */
export function conceptsNamedIn(phrase: string, concepts: Concept[]): Concept[] {
  const terms = new Set(toTerms(phrase));
  return concepts.filter((c) => !c.framing && toTerms(c.word).some((term) => terms.has(term)));
}

/** "How much of the fund goes to / went on / is for Y": Y. */
const partFor =
  /\bhow (?:much|many) of\b[^?]{2,60}?\b(?:goes|go|went|going|is|was|are|were)\s+(?:(?:spent|used|set aside|earmarked|allocated|given|put)\s+)?(?:to|on|for|into)\s+([^?]{3,60})/i;

/**
 * "Did the RCP publish the results of its feedback?", "what did the review find?" ask what came
 * of something: a best sentence (and the one after) that tells only what is to come ("We will be
 * collecting feedback from physicians…") says nothing of a result yet, however well it matches.
 */
export function lacksAskedResult(question: string, best: Candidate | undefined): boolean {
  if (ablated("results-asked") || !best) return false;
  if (!resultAsked.test(question)) return false;
  const near = withNext(best);
  return futureOnly.test(near) && !pastSaid.test(near);
}

/** "Did … publish / find / decide…", "what has … shown": a result, already come. */
const resultAsked =
  /\b(?:did|has|have|had)\b[^?]*\b(?:find|found|conclude|concluded|decide|decided|publish|published|achieve|achieved|show|showed|shown|results?|happen|happened|collect|collected)\b/i;
const futureOnly =
  /\b(?:will|shall|plans? to|is to|are to|aims? to|intends? to|going to|set to)\b|'ll\b|’ll\b/i;
/** A verb in the past: "was", "found", "published"… (or a word ending "-ed", read so). */
const pastSaid =
  /\b(?:was|were|had|did|found|made|gave|took|said|showed|shown|began|became|came|went|ran|chose|set out|put|[a-z]{3,}ed)\b/i;

/** What a sentence giving a length of time may give: "for 13 weeks", "from October to January". */
const timeKinds = [
  "duration",
  "date",
  "amount",
  "frequency",
] as const satisfies readonly QuestionKind[];

const futureAsked =
  /\bwhen\s+(?:will|shall|(?:is|are)\b[^?]{0,40}\bgoing to)\b|\bwhen(?:'s|’s| is| are)?\s+the\s+next\b/i;
const futureSaid =
  /\b(?:will|shall|would|is to|are to|due|expected|expects?|planned|plans? to|set to|going to|intends?|intended|aims?|until|by the end of|by (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|\d{4})|next|upcoming|later|deadline|scheduled|from (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|onwards)\b|'ll\b|’ll\b/i;

/**
 * "How big was the NHS deficit in 2018-19?", "what was the total pooled in 2016/17?" ask for a
 * figure of that year: a best sentence (and the ones either side) that gives figures only for
 * other years ("…rose from £2.4 billion in 2015-16 to £3.1 billion in 2016-17") does not answer
 * it. Every year the question names must be said near the best sentence or in its heading. (Not
 * the document's date: a report of 2018 gives figures for 2016-17.)
 */
export function lacksAskedYear(
  question: string,
  kinds: ReadonlySet<QuestionKind>,
  best: Candidate | undefined,
): boolean {
  if (ablated("figure-years") || !best) return false;
  const amount = /\bhow (?:many|much|big|large)\b/i.test(question) || kinds.has("amount");
  if (!amount) return false;
  const asked = yearsIn(question);
  if (asked.size === 0) return false;
  const near = yearsIn(`${besideBest(best)} ${best.passage.section ?? ""}`);
  // "In the 2016 pre-Easter letter…", "NAO Jan 2018 report: …": a year that dates the source
  // asked about is said by a document of that year.
  const dated = ablated("source-years") ? new Set<string>() : sourceYears(question);
  const docYear = best.passage.doc.date?.slice(0, 4);
  // A sentence that gives no year at all, in a passage that mostly speaks of one ("5. Capital
  // raided for revenue. …moved £1.2 billion…" in the NAO's list of 2016-17's results), is of
  // that year.
  const setting =
    near.size === 0 && !ablated("year-in-passage") ? mostSaidYear(best.passage.text) : near;
  return [...asked].some(
    (year) => !near.has(year) && !setting.has(year) && !(dated.has(year) && docYear === year),
  );
}

/**
 * The year (or financial year, "2016-17") a text says more often than any other, as `yearsIn`
 * reads it; none where two tie.
 */
function mostSaidYear(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const [, year, next] of spellShortYears(text).matchAll(yearSaid)) {
    const said = next ? `${year}-${next}` : `${year}`;
    counts.set(said, (counts.get(said) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] > (second?.[1] ?? 0) ? yearsIn(first[0]) : new Set();
}

/** Years naming when a letter, report or other source came out: "the 2016 letter", "NAO Jan 2018 report". */
function sourceYears(question: string): Set<string> {
  const years = new Set<string>();
  for (const match of question.matchAll(sourceYear)) if (match[1]) years.add(match[1]);
  // "NAO Jan 2018: how much…": a date straight after a body's initials (a month between or
  // not) is when that body said so.
  if (!ablated("initials-dated"))
    for (const match of question.matchAll(initialsDated)) if (match[1]) years.add(match[1]);
  return years;
}

const initialsDated = /\b[A-Z]{2,6}(?:['’]s)?\s+(?:[A-Z][a-z]{2,8}\.?\s+)?((?:19|20)\d\d)\b/g;

const sourceYear =
  /\b((?:19|20)\d\d)\s+(?:[\w’'-]+\s+){0,2}(?:letter|report|review|paper|guidance|guide|survey|study|briefing|article|blog|faq|explainer|summary|synopsis|appraisal|update|statement|announcement)s?\b/gi;

/**
 * "How much did the roadmaps cost?" is answered by a sum of money: a best sentence (and the one
 * after) naming none does not answer it, whatever other figure it gives ("73 footprints"). So is
 * "what did the roadmaps cost?" or "what will the director be paid?" (`whatItCosts`).
 */
export function lacksAskedMoney(question: string, best: Candidate | undefined): boolean {
  if (ablated("money-required") || !best) return false;
  const howMuch = /\bhow much\b/i.test(question) && asksMoney.test(question);
  const costAsked =
    whatItCosts.test(question) || (!ablated("cost-tails") && whatItCostsTo.test(question));
  const moneyOf = !ablated("money-of") && whatMoneyOf.test(question);
  if (!howMuch && !moneyOf && (ablated("what-it-costs") || !costAsked)) return false;
  const next = best.passage.sentences[best.sentence + 1] ?? "";
  return !best.evidence.money && !givesSumOfMoney(next);
}

/**
 * "What proportion of mental health patients are sent out of area?" asks for a share: a best
 * sentence (and the one after) giving none ("more than 20,000 people", "£791 million") does not
 * answer it, whatever figure it gives.
 */
export function lacksAskedShare(question: string, best: Candidate | undefined): boolean {
  if (ablated("share-required") || !best) return false;
  if (!/\b(?:what|which) (?:share|proportion|percentage|fraction)\b/i.test(question)) return false;
  const next = best.passage.sentences[best.sentence + 1] ?? "";
  return !givesShare(best.evidence.text) && !givesShare(next);
}

/**
 * "How much of the £2.1bn goes to transformation?" asks for a part of a figure it names: a best
 * sentence whose only figures are the question's own ("…a total fund of £2.1 billion"), or that
 * gives none, does not give the part, however well it matches. Years aside. (The sentence after
 * it, quoted with it, may give any other figure, "The £1.8 billion is…", without answering.)
 */
export function lacksAskedPart(question: string, best: Candidate | undefined): boolean {
  if (ablated("part-asked") || !best) return false;
  if (!partOfFigure.test(question)) return false;
  const named = figuresAside(
    tokenize(question)
      .filter((token) => token.numeric)
      .map((token) => token.word),
  );
  return [...figuresGiven(best)].every((figure) => named.has(figure));
}

/** "How much of the £1.8bn…", "how many of the 60 questions…". */
const partOfFigure =
  /\bhow (?:much|many) of (?:the |that |this |those |these |its |their )?[£$€]?\d/i;

/**
 * "Which trusts got the most bailout money?" asks for trusts by name: a best sentence (and the
 * one after) that names nothing the question does not ("A £1.8bn bailout fund… contingent on
 * trusts' compliance") does not answer it. A name is a word in capitals inside a sentence.
 */
export function lacksAskedName(
  question: string,
  best: Candidate | undefined,
  context: ScoringContext,
): boolean {
  const index = context.index;
  if (ablated("which-names") || !best) return false;
  const namedOnly = !ablated("name-asked") && nameAsked.test(question);
  if (
    !whichNamed.test(question) &&
    (ablated("which-of") || !whichOfNamed.test(question)) &&
    (ablated("where-places") || !whereBased.test(question)) &&
    !namedOnly
  )
    return false;
  // "England" in "…boards in England" names no board: a name in every tenth passage or more
  // (and more than ten) is the setting, not an answer.
  const often = Math.max(index.passageCount * 0.1, 10);
  const frequent = ablated("common-names")
    ? () => false
    : (term: string) => (index.documentFrequency.get(term) ?? 0) > often;
  // "From 1 April 2017…" names a date, not a trust or a town.
  const common = ablated("month-names")
    ? frequent
    : (term: string) => frequent(term) || monthTerms.has(term);
  // Asked for a name, a word of it the question has in lower case is still the name: "what's the
  // name of the engagement guide?" is answered by "…issued Engaging local people, a guide…".
  const asked = new Set(
    toTerms(
      namedOnly ? [...question.matchAll(capitalisedRuns)].map((run) => run[0]).join(" ") : question,
    ),
  );
  // "Which funding stream is for struggling trusts?" is answered by a table row's cell under that
  // heading ("Funding stream: Support for struggling trusts; Amount: …"), whatever its capitals.
  if (!ablated("asked-columns") && namesAskedColumn(best.evidence.text, asked)) return false;
  // The next item of a list is another answer ("July 2017: …" after "June 2017: …"), not more of this one.
  const next = ablated("item-bounds")
    ? (best.passage.sentences[best.sentence + 1] ?? "")
    : sentenceCarriedOn(best.passage, best.sentence + 1);
  // "Community Health Partnerships" is a name though each of its words is common: a run of
  // capitalised words found in fewer passages than a common word is.
  const rareRun = (run: string, terms: string[]) =>
    !ablated("common-name-runs") &&
    terms.length >= 2 &&
    !terms.every((t) => asked.has(t)) &&
    remembered(runCache, index, run.toLowerCase(), () => runIsRare(context, run, terms, often));
  // "Clinical Commission Groups (CCGs)" spells out a common name: as common as its initials.
  const spellsOutCommon = (text: string, end: number) => {
    const initials = /^\s*\((\p{Lu}{2,}s?)\)/u.exec(text.slice(end))?.[1];
    return !!initials && toTerms(initials).every((term) => common(term));
  };
  return ![best.evidence.text, next].some((text) =>
    [...text.matchAll(capitalisedRuns)].some((match) => {
      const terms = toTerms(match[0]);
      if (terms.some((term) => !asked.has(term) && !common(term))) return true;
      return rareRun(match[0], terms) && !spellsOutCommon(text, match.index + match[0].length);
    }),
  );
}

/**
 * Whether a table row, as quoted ("Site: Ashby Vale Hospital; Beds: 214"), has a cell under a
 * column the question names in full ("which site…"): the cell is the name asked for.
 */
function namesAskedColumn(text: string, asked: Set<string>): boolean {
  const cells = text.split(/;\s+/);
  if (cells.length < 2) return false;
  return cells.some((cell) => {
    const label = /^([^:]{2,40}):\s+\S/.exec(cell)?.[1];
    const terms = label ? toTerms(label) : [];
    return terms.length > 0 && terms.every((term) => asked.has(term));
  });
}

/** Whether no more than `often` passages hold `run` as written, counted over its rarest word's. */
function runIsRare(context: ScoringContext, run: string, terms: string[], often: number): boolean {
  const { index } = context;
  const rarest = terms.reduce((a, b) =>
    (index.documentFrequency.get(a) ?? 0) <= (index.documentFrequency.get(b) ?? 0) ? a : b,
  );
  const written = run.toLowerCase();
  let found = 0;
  for (const id of passagesWithTerm(index, rarest)) {
    if (context.passages[id]?.text.toLowerCase().includes(written)) found++;
    if (found > often) return false;
  }
  return true;
}

const runCache = new WeakMap<object, Map<string, boolean>>();

/** Capitalised words inside a sentence, in runs: "NHS Property Services", "Community Health Partnerships". */
const capitalisedRuns = /(?<![.!?:;]\s*|^\s*)\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * "Which CCG led the Peninsula roadmap?" asks for a CCG by name: "NEW Devon CCG", "University
 * College London Hospitals NHS Foundation Trust", "Devon County Council". A best sentence (and
 * the one it carries on into) naming only places ("…straddling Devon and Cornwall") does not say
 * which. Only for the kinds of body whose names say what they are.
 */
export function lacksAskedKindOfBody(question: string, best: Candidate | undefined): boolean {
  if (ablated("named-bodies") || !best) return false;
  const kind = askedBody.exec(question)?.[1]?.toLowerCase();
  if (!kind) return false;
  const names = bodyNames[kind.replace(/s$/, "") as keyof typeof bodyNames];
  const { passage, sentence } = best;
  const next = sentenceCarriedOn(passage, sentence + 1);
  // "Devon County Council's scrutiny councillors examined… On 25 July the Scrutiny Committee
  // voted…": the sentence before may name the body the best one goes on about.
  const before =
    sentence > 0 && nextInSameItem(passage, sentence - 1)
      ? (passage.sentences[sentence - 1] ?? "")
      : "";
  return ![before, best.evidence.text, next].some((text) => names.test(text));
}

/**
 * "Who chairs the Dorset accountable care system?" asks who holds a post: a best sentence that
 * names someone in another post ("Simon Stevens, chief executive of NHS England, confirms…"), or
 * nobody, does not say who chairs it. The post must be named in it, in the sentence it carries on
 * into, or in its heading ("chaired by Paul Farmer" answers).
 */
export function lacksAskedRole(question: string, best: Candidate | undefined): boolean {
  if (ablated("roles-asked") || !best) return false;
  const role = roleAsked.exec(question)?.[1]?.toLowerCase();
  if (!role) return false;
  const said = roleSaid[role.startsWith("chair") ? "chair" : role];
  if (!said) return false;
  const next = sentenceCarriedOn(best.passage, best.sentence + 1);
  const heading = best.passage.section ?? "";
  // "…and how many recommendations did it make?": the sentence "It made…" points back to names the post.
  const before = ablated("person-before") ? "" : quotedBefore(best);
  return ![best.evidence.text, next, heading, before].some((text) => said.test(text));
}

// "Who chairs…", "who is the chair of…", "who will chair…": the post itself, not "who decides".
const roleAsked =
  /^\W*who(?:'s|’s|\s+(?:is|was|will be|would be|has been|became|becomes))?\s+(?:(?:the|its|their|our|now|currently|actually|first|new|current)\s+)*(chair(?:s|ed|man|woman|person)?|chief executive|director|secretary|treasurer|mayor|president)\b/i;
const roleSaid: Record<string, RegExp> = {
  chair: /\bchair/i,
  "chief executive": /\bchief executive|\bCEO\b|\bchief exec\b|\bleads?\b|\bhead(?:s|ed)?\b/i,
  director: /\bdirector/i,
  secretary: /\bsecretary/i,
  treasurer: /\btreasurer/i,
  mayor: /\bmayor/i,
  president: /\bpresident/i,
};

const askedBody =
  /\bwhich\s+(?:[a-z]+\s+)?(ccgs?|trusts?|councils?)\b(?!\s+(?:types?|kinds?|sorts?|areas?|leaders?|staff|members?|chiefs?|bosses|officers?)\b)/i;
/** A body's name ending in what it is, or its initials: "NEW Devon CCG", "Kent County Council". */
// News text may write the kind in lower case after the name ("the Northfield trust").
const bodyNames = {
  ccg: /\p{Lu}[\p{L}'’-]*\s+(?:CCGs?|Clinical Commissioning Groups?|clinical commissioning groups?)\b/u,
  trust: /\p{Lu}[\p{L}'’-]*\s+(?:NHS\s+)?(?:(?:Foundation|foundation)\s+)?(?:Trusts?|trusts?)\b/u,
  council:
    /\p{Lu}[\p{L}'’-]*\s+(?:(?:County|City|Borough|District|county|city|borough|district)\s+)?(?:Councils?|councils?)\b/u,
};

/**
 * "Which STPs were put in the 'advanced' band?" quotes the word it asks about: a best sentence
 * that does not say it, nor the sentences either side ("Five were put in the lowest band: …"),
 * answers about something else. Only a word or two in quotation marks: a longer quote is the
 * asker's paraphrase as often as the page's words ("the 'call 111 before going to a&e' thing").
 */
export function lacksQuotedWords(question: string, best: Candidate | undefined): boolean {
  if (ablated("quoted-words") || !best) return false;
  const quoted = [
    ...question.matchAll(
      /(?:^|[\s(])['‘"“]([\p{L}\d][\p{L}\d&-]*(?: [\p{L}\d&-]+)?)['’"”](?=[\s,.?!)]|$)/gu,
    ),
  ];
  if (quoted.length === 0) return false;
  const near = new Set(toTerms(besideBest(best)));
  return quoted.some((match) => {
    const terms = toTerms(match[1] as string);
    return terms.length > 0 && terms.some((term) => !near.has(term));
  });
}

/**
 * "What's the King's Fund's email address?" asks for the address itself: a best sentence that
 * gives none, nor the sentences either side, does not answer it, however well it matches "King's
 * Fund" ("These challenges have to be addressed…"). So for a website or a number to ring. Only
 * the plain asks: "the link between STPs and ACOs" is no web address, nor "contact your lead" a
 * question a sentence without an address can never answer.
 */
export function lacksAskedContact(
  question: string,
  best: Candidate | undefined,
  context: ScoringContext,
): boolean {
  if (ablated("contact-required") || !best) return false;
  const kinds = contactAsks.filter((ask) => ask.asked.test(question));
  if (kinds.length === 0) return false;
  const near = besideBest(best);
  if (!kinds.some((ask) => ask.said.test(near))) return true;
  return !ablated("contact-owners") && someoneElsesContact(question, best, near, context);
}

/**
 * "Whats the King's Fund email…?" is not answered by the RCP's address: when the question names
 * the publisher of one of the documents, an address from another publisher's page, that does not
 * name the one asked about beside it, is someone else's.
 */
function someoneElsesContact(
  question: string,
  best: Candidate,
  near: string,
  context: ScoringContext,
): boolean {
  const asked = new Set(toTerms(question));
  const names = (publisher: string) => {
    const terms = toTerms(publisher);
    const initials = initialsOf(publisher);
    return (
      (terms.length > 0 && terms.every((term) => asked.has(term))) ||
      (initials !== null && asked.has(initials))
    );
  };
  const own = best.passage.doc.publisher;
  if (own && names(own)) return false;
  const nearTerms = new Set(toTerms(near));
  return publishersOf(context.passages).some(
    (publisher) =>
      publisher !== own &&
      names(publisher) &&
      !toTerms(publisher).every((term) => nearTerms.has(term)),
  );
}

/** The publishers of the documents, read once per corpus. */
function publishersOf(passages: ScoringContext["passages"]): string[] {
  let publishers = publisherCache.get(passages);
  if (!publishers) {
    publishers = [...new Set(passages.flatMap((p) => (p.doc.publisher ? [p.doc.publisher] : [])))];
    publisherCache.set(passages, publishers);
  }
  return publishers;
}

const publisherCache = new WeakMap<object, string[]>();

const contactAsks = [
  { asked: /\be-?mail(?: address)?\b/i, said: emailAddress },
  // "Is there a website where I can find my footprint?" is answered by the page that has it.
  {
    asked:
      /\b(?:web address|website address|url)\b|\bwhat(?:'s|’s|s| is)?\s+(?:the\s+)?(?:[\w'’]+\s+){0,4}web ?site\b/i,
    said: webAddress,
  },
  {
    asked:
      /\b(?:phone|telephone|contact) (?:number|no)\b|\bnumber (?:to|for) (?:ring|call|phone|text)\b/i,
    said: phoneNumber,
  },
];

/**
 * "Which STP had the biggest deficit?", "which trusts went paperless first?" ask for the one that
 * stands out: a best sentence (and the one after) that ranks nothing, with no superlative, "first",
 * "only" or range from one end to the other, does not say which ("…it is for sustainability (i.e.
 * deficits)…").
 */
export function lacksAskedExtreme(question: string, best: Candidate | undefined): boolean {
  if (ablated("extremes") || !best) return false;
  if (!/^\W*(?:which|who|what|whats|what's|where)\b/i.test(question)) return false;
  const asked = ablated("at-first") ? question : question.replace(atFirst, " ");
  if (!askedExtreme.test(asked) && (ablated("first-to-act") || !firstToAct.test(asked)))
    return false;
  const next = best.passage.sentences[best.sentence + 1] ?? "";
  // "…for sustainability rather than transformation - at least for 2016/17" hedges; it ranks
  // nothing, so it does not say which had the biggest deficit.
  const ranked = (text: string) => (ablated("hedges") ? text : text.replace(hedges, " "));
  return ![best.evidence.text, next].some((text) => shownExtreme.test(ranked(text)));
}

const hedges = /\bat (?:the )?(?:least|most|best|worst|latest|earliest)\b/gi;

// "The most", not "most of the money" (a share); "first" or "newest" at the end or before a
// preposition ("went paperless first", "approved first in 2017"), not before a noun ("the first
// guidance", which is the initial one).
const askedExtreme =
  /\b(?:biggest|largest|smallest|highest|lowest|greatest|fewest|worst|the (?:most|least)(?! of\b)|(?:first|earliest|latest|oldest|newest)(?=\s*(?:$|[?.!,]|(?:in|on|at|to|by|for|with|and|or)\b)))/i;
// "Which option did the CCG favour at first?" asks what it favoured to begin with: "at first" is
// "initially", not the first of several.
const atFirst = /\bat first\b/gi;
// "Which trust first nominated…", "who first proposed…": the earliest of several. ("What was first
// promised…" asks what was promised at the start.)
const firstToAct = /^\W*(?:which|who)\b.*\bfirst\s+\w+ed\b/i;
const shownExtreme =
  /\b(?:\w{2,}est|best|worst|most|least|first|only|top|bottom|leading|ahead|ranging from|more than any|better than)\b/i;

const monthTerms = new Set(
  toTerms(
    `${monthNames.replaceAll("|", " ")} monday tuesday wednesday thursday friday saturday sunday`,
  ),
);

// "Which trusts…", "which town…"; not "which is bigger", "which of them", "which year" (a date),
// nor "which aim of the boards…", one of a list the documents give, perhaps in lower case.
const whichNamed =
  /\bwhich\s+(?!(?:of|is|are|was|were|one|ones|way|year|years|month|months|date|day|time)\b)[a-z][\w'’-]*\s+(?!of\b)/i;

/**
 * "Where is the RCP based?", "where will the workshops be held?", "where did the governing body
 * meet?" ask for a place by name, as "which town…?" does: "…national NHS bodies will hold regional
 * workshops…" names none. Not "where did the money come from?" or "where do I send…?".
 */
const whereBased =
  /\bwhere(?:'s|’s)?\b[^?]{0,60}?\b(?:based|held|located|situated|headquartered|meet|meets|meeting|met|take place|takes place|taking place|took place|sited|built)\b/i;

/**
 * "What is the name of the STP leader for Kent?", "what was the consultation called?", "what name
 * was it given?" ask for a name as "which…" does: "A named individual has been chosen to lead…"
 * gives none.
 */
const nameAsked =
  /^\W*what(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the\s+)?names?\s+of\b|^\W*what\s+(?:is|was|are|were|'s|’s)\b[^?]{1,60}\bcalled\s*\??$|^\W*what\s+names?\s+(?:is|was|are|were|did|does|do)\b/i;

// "Which of the trusts…", "which of our schemes…" ask as "which trusts…" do; "which of them" points back.
const whichOfNamed =
  /\bwhich\s+of\s+(?:the|our|your|their|its|these|those)\s+(?!(?:one|ones|two|three|four|five|way|ways|year|years|month|months|date|dates|day|days|time|times)\b)[a-z][\w'’-]*\s+(?!of\b)/i;

/**
 * "What is the average budget of an STP footprint?", "what's the cost of the review?": the sum of
 * money of something named after it.
 */
const whatMoneyOf =
  /^(?:so )?what(?:'s|s| is| was| are| were| will be)\s+(?:the|its|their|an?)\s+(?:(?:average|total|overall|annual|yearly|typical|whole|full|running|starting)\s+)?(?:budgets?|costs?|salary|salaries|price|fees?|pay)\s+(?:of|for)\b/i;

/**
 * A "what" question whose last word asks for money: "what did they cost?", "what will she be
 * paid?", "what's the chair's salary?". Only at the end, where it is what is asked: "what was paid
 * to trusts" asks what, not how much.
 */
const whatAsked = String.raw`^(?:so )?what(?:'s|s| is| was| will| would| does| did| do| are| were)\b.*`;
const whatItCosts = new RegExp(
  String.raw`${whatAsked}\b(?:cost|costs|paid|earn|earns|earned|worth|salary|salaries|pay|wage|wages|fee|fees|price)\s*\??$`,
  "i",
);

/**
 * "What did the roadmap cost to deliver?", "what will the unit cost to run each year?": the same
 * question with what the money is for, or how often, after "cost".
 */
const whatItCostsTo = new RegExp(
  String.raw`${whatAsked}\bcosts?\s+(?:to\s+[a-z]+(?:\s+(?:it|them|up|out))?|in total|overall|altogether|in the end|(?:each|a|per|every)\s+(?:year|month|week|day|head|patient|bed))(?:\s+(?:each|a|per|every)\s+(?:year|month|week))?\s*\??$`,
  "i",
);

// Words that ask for a price or a spend. Nouns that may be measured otherwise ("fund", "deficit":
// "how much did the deficit fall?" may be answered in per cent) are left out: with them, a
// conversation's first question lost its answer.
const asksMoney =
  /\b(?:cost|costs|costing|spend|spent|spending|pay|paid|paying|worth|price|cash|money|funding)\b/i;

/**
 * A word the documents know only by a synonym, which this sentence uses: "what were STPs meant to
 * speed up?" is shown by "…accelerate the implementation of…". Only a WordNet synonym or closer
 * counts, and only of a word whose synonyms the documents use in one sense: "union" is both "the
 * North" and "an organisation", and a sentence about organisations says nothing of a union.
 */
function shownBySynonym(concept: Concept, candidate: Candidate): boolean {
  if (ablated("shown-synonyms") || !concept.known) return false;
  const sure = relationCredit.synonym;
  if (concept.credits.filter((credit) => credit === sure).length > 1) return false;
  const terms = candidate.evidence.terms;
  return saidAtCredit(concept, (term) => terms.has(term), sure);
}

/**
 * Whether a word no document uses is said in the candidate's sentence by one of its synonyms in
 * any of WordNet's senses (`Concept.loose`). Too loose to rank by: a later sense is as often
 * another meaning. But the sentence was found by the question's other words, so a synonym in it
 * is likelier the asker's meaning than chance.
 */
function shownInAnySense(concept: Concept, candidate: Candidate): boolean {
  if (ablated("loose-synonyms") || concept.known || !concept.loose) return false;
  return concept.loose.some((term) => candidate.evidence.terms.has(term));
}

/**
 * Whether a word no document uses is one of things the best sentence counts by the same number
 * ("the two big *hurdles*" against "Two major challenges face STPs."), as ranking reads a known one.
 */
function countedAlike(concept: Concept, candidate: Candidate): boolean {
  if (ablated("numbered-unknown") || concept.known) return false;
  return countsByNumber(concept.counted, candidate.evidence.text);
}

/** 1 for a word no document uses in any form, less for one shown only by a synonym, 0 for its own word. */
function novelty(concept: Concept): number {
  return concept.known ? 1 - Math.max(...concept.credits) : 1;
}

/** The model's chance that the documents answer, from `declineFeatures`. */
export function answerChance(features: number[], model: DeclineModel = declineModel): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] as number);
  return 1 / (1 + Math.exp(-z));
}
