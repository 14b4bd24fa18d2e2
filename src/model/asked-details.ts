// What a question asks for that the answer must give, beyond its words: one of a series, a part of
// the country, pay or a saving, an author, the thing counted, the work whose date is asked. Each
// rule declines a best sentence that gives something else, whatever the model's chance.
import { ablated } from "../ablation.ts";
import { sentenceCarriedOn } from "../documents/passages.ts";
import { toTerms } from "../lexicon/terms.ts";
import { type Concept, conceptMatch } from "../question/concepts.ts";
import type { Candidate } from "../ranking/scoring.ts";
import { conceptsNamedIn, withNext } from "./decline.ts";

/**
 * "When was the second annual progress dashboard published?" asks about one of a series: a best
 * sentence (and the one after) that names another of it ("…published the first, baseline STP
 * progress dashboard on 21 July 2017") and never the one asked tells of the wrong one.
 */
export function lacksAskedOrdinal(question: string, best: Candidate | undefined): boolean {
  if (ablated("ordinals-asked") || !best) return false;
  const asked = ordinalIn(question);
  if (!asked || asked === 1) return false;
  const near = withNext(best);
  const said = [...near.matchAll(ordinalWord)].map(([word]) => ordinalValue(word));
  return said.length > 0 && !said.includes(asked);
}

const ordinals = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];
const ordinalWord =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:[1-9]|10)(?:st|nd|rd|th))\b/gi;

const firstOrdinal = new RegExp(ordinalWord.source, "i");

/** 1 for "first" or "1st", 2 for "second" or "2nd"… */
function ordinalValue(word: string): number {
  const lower = word.toLowerCase();
  const index = ordinals.indexOf(lower);
  return index >= 0 ? index + 1 : Number.parseInt(lower, 10);
}

/** The ordinal a question asks about, if any: "the second dashboard", "its 3rd report". */
function ordinalIn(question: string): number | undefined {
  const match = firstOrdinal.exec(question);
  return match ? ordinalValue(match[0]) : undefined;
}

/**
 * "What did the Wikipedia list say about the north?" asks about one part of the country: a best
 * sentence (and the one after) that names another ("STP areas identified by wikipedia include the
 * South:") and never the one asked tells of the wrong part.
 */
export function lacksAskedDirection(question: string, best: Candidate | undefined): boolean {
  if (ablated("directions-asked") || !best) return false;
  const asked = new Set([...question.matchAll(compassWord)].map(([word]) => compassPoint(word)));
  if (asked.size === 0) return false;
  // "North Somerset", "East Surrey" and "Berkshire West" are names of places, not parts of the
  // country.
  const near = withNext(best);
  const said = [...near.matchAll(compassWord)]
    .filter(
      (match) =>
        !/^\s+[A-Z]/.test(near.slice(match.index + match[0].length)) &&
        !/[A-Z][\w’'-]*\s+$/.test(near.slice(0, match.index)),
    )
    .map(([word]) => compassPoint(word));
  return said.length > 0 && !said.some((point) => asked.has(point));
}

const compassWord = /\b(?:north|south|east|west)(?:ern)?\b/gi;

/** "Northern" → "north". */
function compassPoint(word: string): string {
  return word.toLowerCase().replace(/ern$/, "");
}

/**
 * "How much did Naylor get paid for the review?", "how much did the BCF save the NHS?" ask what
 * someone was paid or what was saved: a best sentence (and the one after) that says nothing of
 * pay or of a saving ("…about £5 billion of that is needed just to clear the maintenance
 * backlog", "It is largely made up of NHS funding already committed…") gives some other sum.
 */
export function lacksAskedPayOrSaving(question: string, best: Candidate | undefined): boolean {
  if (ablated("pay-and-savings") || !best || !/\bhow much\b/i.test(question)) return false;
  const near = withNext(best);
  if (payAsked.test(question) && !paySaid.test(near)) return true;
  return savingAsked.test(question) && !savingSaid.test(near);
}

/** Paid, earned, a salary; not "to pay for" running costs, which asks what the money went on. */
const payAsked = /\b(?:paid|earns?|earned|salar(?:y|ies))\b|\bpay\b(?!\s+for\b)/i;
const paySaid = /\b(?:paid|pay\w*|salar\w*|earn\w*|wages?|remunerat\w*|fees?)\b/i;
const savingAsked = /\bsav(?:e|es|ed|ing)\b/i;
const savingSaid =
  /\b(?:sav\w+|cut\w*|reduc\w+|lower\w*|fall\w*|fell|less|cheaper|free[sd]? up|freeing up|releas\w+|avoid\w*)\b/i;

/**
 * "Who wrote the King's Fund report on STPs?" asks for an author: a best sentence (and the one
 * after, and its heading) that names none, nor says by or from whom ("November 2016: The King's
 * Fund reports that patients and the public were largely missing…"), tells of the work, not who
 * wrote it.
 */
export function lacksAskedAuthor(question: string, best: Candidate | undefined): boolean {
  if (ablated("authors-asked") || !best || !authorAsked.test(question)) return false;
  const near = `${withNext(best)} ${best.passage.section ?? ""}`;
  return !authorSaid.test(near) && !byOrFromName.test(near);
}

/** "Who wrote / authored / drafted / drew up…": the question's own verb, straight after "who". */
const authorAsked =
  /^\s*(?:so\s+)?who\s+(?:(?:actually|originally|first|really)\s+)?(?:wrote|authored|drafted|drew up|penned|(?:has|had|have)\s+written|(?:is|was) the authors? of)\b/i;
/**
 * What says who wrote it: an author, "report of", "signed", "on behalf of", or "by" or "from" a
 * name ("from the bosses of the CQC"); not "from prevention… through to acute services".
 */
const authorSaid =
  /\b(?:author\w*|written|wrote|writes|writing|signed|signatories|drew up|drawn up|drafted|prepared|penned|compiled|produced|on behalf of|report of)\b/i;
const byOrFromName = /\b(?:[Bb]y|[Ff]rom)\s+(?:[a-z’'-]+\s+){0,4}[A-Z]/;

/**
 * "How many homes have been built on NHS land?", "how many roadmaps were published in March
 * 2017?" count one kind of thing: a best sentence that (with the one after, and its heading)
 * never names it in any of the question's ways of saying it, and whose figures count none of the
 * words the question counts by ("In February 2016 the government asked Sir Robert Naylor…", "On
 * 31 March 2017, NHS England… published Next Steps…"), tells of something else.
 */
export function lacksAskedCounted(
  question: string,
  concepts: Concept[],
  best: Candidate | undefined,
): boolean {
  if (ablated("counted-named") || !best) return false;
  const run = countedRun(question);
  if (!run) return false;
  const head = run.at(-1);
  const concept = head ? concepts.find((c) => c.word.toLowerCase() === head) : undefined;
  if (!concept?.known) return false;
  // The next sentence only where it carries on: the next item of a list is another thing.
  const carried = ablated("counted-in-item")
    ? withNext(best)
    : `${best.evidence.text} ${sentenceCarriedOn(best.passage, best.sentence + 1)}`;
  const shown = new Set(toTerms(`${carried} ${best.passage.section ?? ""}`));
  if (conceptMatch(concept, shown) > 0) return false;
  const asked = concepts.filter((c) => run.includes(c.word.toLowerCase()));
  const counted = best.evidence.counted;
  return !asked.some((c) => c.alternatives.some((terms) => terms.some((t) => counted.has(t))));
}

/**
 * The words a "how many" opening the question counts, up to the first plural among the next
 * five, before a verb; none where more follows it ("copies of the document", "surgeries and
 * patients"), or where the count is not what is asked ("who decides how many nurses…").
 */
function countedRun(question: string): string[] | undefined {
  const after = /^\W*(?:so\s+|and\s+)?how many\s+((?:[\w'’-]+\s*){1,6})/i.exec(question)?.[1];
  if (!after) return undefined;
  const words = after.toLowerCase().trim().split(/\s+/);
  for (const [i, word] of words.entries()) {
    if (countStops.has(word) || i >= 5) return undefined;
    if (pluralNouns.has(word) || (/^[a-z-]{3,}[^s']s$/.test(word) && !/(?:ss|us|is)$/.test(word)))
      return /^(?:of|and|or)$/.test(words[i + 1] ?? "") ? undefined : words.slice(0, i + 1);
  }
  return undefined;
}

/**
 * Plurals of five letters or more, and these: measured, a shorter plural ("jobs", "beds") is too
 * often counted in other words ("vacant posts").
 */
const pluralNouns = new Set(["people", "staff", "children", "men", "women"]);
const countStops = new Set(
  "are were is was do does did have has had will would can could should of in on at for to by from with".split(
    " ",
  ),
);

/**
 * "When was the King's Fund report on STPs published?" asks when one work came out: a best
 * sentence (and the one after) that dates only the publishing of another, named in none of the
 * question's words ("…than when the Forward View was published in October 2014"), gives that
 * work's date, not the one asked.
 */
export function lacksAskedPublication(
  question: string,
  concepts: Concept[],
  best: Candidate | undefined,
): boolean {
  if (ablated("published-what") || !best || !publicationAsked.test(question)) return false;
  const near = withNext(best);
  const works = [...near.matchAll(publishedWork)].map((m) => m[1] ?? m[2] ?? "");
  if (works.length === 0) return false;
  const asked = new Set(toTerms(question));
  for (const concept of concepts)
    for (const terms of concept.alternatives) for (const t of terms) asked.add(t);
  return works.every((work) => {
    const terms = toTerms(work).filter((term) => !publisherWords.has(term));
    return terms.length > 0 && !terms.some((term) => asked.has(term));
  });
}

/** "When was … published", "when did … come out", "on what date … put out". */
const publicationAsked =
  /\b(?:when|what date|what year|which year|what month)\b[^?]*\b(?:publish\w*|released?|came out|come out|put out)\b/i;
/**
 * A named work said to be published: "the Forward View was published", "the Five Year Forward
 * View published in October 2014", "published Next Steps".
 */
const publishedWork =
  /((?:[A-Z][\w’'-]*\s+){1,6})(?:(?:was|were|had been|has been)\s+(?:first\s+)?)?published\b(?:(?<=(?:was|were|been)\s+(?:first\s+)?published)|(?=\s+(?:in|on)\b))|\bpublished\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s*){1,6})/g;
/** Who publishes is not what: "NHS England", "the Department". */
const publisherWords = new Set(toTerms("the nhs england department government"));

/**
 * "What did Simon Stevens say about the dashboard?" asks what was said of one thing: a best
 * sentence that (with the sentences either side, its heading and its document's title) shows
 * none of the words after "about" says something else. The source and the
 * saying may be put any way; what it is about is the topic.
 */
export function lacksAskedSubject(
  question: string,
  concepts: Concept[],
  best: Candidate | undefined,
): boolean {
  if (ablated("said-about") || !best) return false;
  const about = saidAbout.exec(question)?.[1];
  if (!about) return false;
  // A word the documents use everywhere ("the plans", "STPs") is their setting, which a
  // sentence need not name to be about it.
  const asked = conceptsNamedIn(about, concepts).filter((c) => c.weight >= settingWeight);
  if (asked.length === 0) return false;
  // The sentence before may say what the best one goes on about ("Vacancies now run across…").
  const before = best.passage.sentences[best.sentence - 1] ?? "";
  const near = `${before} ${best.evidence.text} ${sentenceCarriedOn(best.passage, best.sentence + 1)} ${best.passage.section ?? ""} ${best.passage.doc.title}`;
  const shown = new Set(toTerms(near));
  return !asked.some((c) => conceptMatch(c, shown) > 0);
}

/** Below this weight a word is one the documents use often (`Concept.weight`: rarer weighs more). */
const settingWeight = 1;

const saidAbout =
  /\bwhat (?:did|does|do|has|have|will|would|was|were)\b.{1,60}?\b(?:say|said|saying|think|reckon|conclude|write|argue|recommend|find|found|decide|propose|suggest|warn|make of|feel)\s+(?:about|on|of|regarding)\s+(?!(?:when|while|if|how|whether|what|which|who|why|where)\b)(.+?)\s*\??$/i;
