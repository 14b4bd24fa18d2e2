// What a sentence offers as evidence: its terms (with glossary aliases) and the kinds of fact it states.
import { ablated } from "../ablation.ts";
import { setBounded } from "../bounded-map.ts";
import { aliasTerms, type GlossaryMatcher } from "../documents/glossary.ts";
import { phrasalTerms } from "../lexicon/phrasal-verbs.ts";
import { spellShortYears, stopWords, tokenize } from "../lexicon/terms.ts";
import { monthNames } from "../lexicon/word-lists.ts";
import type { QuestionKind } from "../question/question.ts";
import { namesIn } from "./definite-names.ts";
import { describesItsDocument } from "./self-description.ts";
import { pointsBack, saysWhatItMeant } from "./sentence-ties.ts";

/** A sentence prepared for scoring against a question. */
export interface SentenceEvidence {
  text: string;
  terms: Set<string>;
  /** The same terms in reading order, for phrase matches. */
  sequence: string[];
  /** Numbers, amounts and years in the sentence, for spotting sources that disagree. */
  figures: Set<string>;
  kinds: Set<QuestionKind>;
  /** Gives a reason as a purpose or a cause ("intended to", "because"), not only an obligation or a consequence. */
  purpose: boolean;
  /** Says by how much something changed: "fell by 1,200", "from £2.4 billion to £3.1 billion", "a 10% fall". */
  measuredChange: boolean;
  /** Gives a sum of money: "£100 billion", "$5m", "300 pounds". */
  money: boolean;
  /** Gives a number that is not a sum of money, a year (nor a span's end, "2018/19") or a day: "62 CCGs", "30%", "seven". */
  count: boolean;
  /** Terms counted by a number right before them: "44 footprint areas" → footprint, area. */
  counted: Set<string>;
  /** Terms that open a defining sentence: "STPs are five-year plans…" → stp. */
  defines: Set<string>;
  /** The years it names ("2016/17" → 2016, 2017). */
  years: Set<string>;
  /** Opens by pointing back to what the sentence before named ("It began paying out in March 2019."). */
  refersBack: boolean;
  /** The capitalised names it gives ("Better Care Fund"), which a later "the fund" stands for. */
  names: readonly string[];
  /** Its document saying what it is about: "This paper sets out…" (src/ranking/self-description.ts). */
  describesDocument: boolean;
  /** Speaks to its reader, "you" or "your": advice ("Assess your local plan…"), not a fact. */
  addressesReader: boolean;
  /** Says that something is not so: "The cash is not new", "no powers of their own". */
  negates: boolean;
}

/** The months by name, lower case. */
export const months = new Set(monthNames.split("|"));
/** A date of any kind a sentence may give: a month, a season, a year, a day written in figures. */
const datePattern = new RegExp(
  `\\b(${monthNames}|easter|christmas|spring|summer|autumn|winter)\\b|\\b(19|20)\\d\\d\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b(next|last|this) (year|month|week)\\b|\\b(by|until|from|before|after) (then|now)\\b`,
  "i",
);
/**
 * A season that begins a name ("the Autumn Budget", "Spring Budget STP capital") names the
 * budget, not a time: "when…?" is not answered by it. "Autumn 2016" is still a date.
 */
const seasonInName = /\b(?:Spring|Summer|Autumn|Winter)\s+(?=\p{Lu}\p{Ll})/gu;
/** A sum of money, not any figure: "£100 billion", "$5m", "300 pounds". */
const sumOfMoney = /[£$€]\s?\d|\b\d[\d.,]*\s?(?:pounds|euros|dollars)\b/i;

/** Every sum of money in a text, with its multiplier: "£2.4 billion", "$5m", "300 pounds". */
const sumsOfMoney =
  /[£$€]\s?\d[\d,.]*(?:\s?(?:bn|m|billion|million|thousand|k)\b)?|\b\d[\d,.]*\s?(?:pounds|euros|dollars)\b/gi;

/** Whether a text gives a sum of money ("£1.8bn", "40 pounds"), not only a figure. */
export function givesSumOfMoney(text: string): boolean {
  return sumOfMoney.test(text);
}

// A share or a part ("30%", "roughly half the population", "a quarter") says how much of something.
export const shareOrPart = /%|\bper ?cent\b|\b(?:half|halves|quarters?|thirds?|fifths?|tenths?)\b/i;

/**
 * Whether a text gives a share: a part ("30%", "a quarter"), a ratio ("one in six people") or a
 * share in words ("most", "a small number of STP leaders").
 */
export function givesShare(text: string): boolean {
  return shareOrPart.test(text) || shareInWords.test(text);
}
const shareInWords =
  /\b(?:one|1) in (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:most|majority|minority|small number|handful|none)\b/i;

// "400 m²" is an area, not "400m" (a million): m² and m³ are no sum.
const moneyPattern = ablated("square-metres")
  ? /[£$€]\s?\d|\b\d[\d.,]*\s?(bn|m|billion|million|thousand|k)\b|\bper cent\b|%/i
  : /[£$€]\s?\d|\b\d[\d.,]*\s?(bn|m|billion|million|thousand|k)\b(?![²³])|\bper cent\b|%/i;
// A figure that is not a year ("2016"), and the number words a count is written in. Capitalised
// ones count only where they start the sentence: mid-sentence they are part of a name ("the Five
// Year Forward View").
// Nor is a day of the month ("1 April 2017", "April 1"): a date, not a count.
const monthWords = `${monthNames}|${monthNames.replace(/\b\w/g, (letter) => letter.toUpperCase())}`;
const figure = ablated("month-days")
  ? String.raw`(?!(?:19|20)\d\d(?!\d))\d[\d,.]*`
  : String.raw`(?<!\b(?:${monthWords}) )(?!(?:19|20)\d\d(?!\d))\d[\d,.]*(?![\d,.]| (?:${monthWords})\b)`;
const numberWords =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred";
/** The same words opening a sentence: "Twelve schemes were named…". */
const capitalNumberWords = numberWords
  .split("|")
  .map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`)
  .join("|");
// "One" alone is mostly a determiner ("one element of", "no one"): a count only before a
// multiplier ("one million").
const beforeMultiplier = String.raw`(?= (million|billion|thousand|hundred)\b)`;
// A count: a figure or number word, not part of a compound like "five-year". `before` is a
// lookbehind the figure must also pass.
const countOf = (before = "") =>
  new RegExp(
    String.raw`(?<![\w-])${before}(${figure}|one${beforeMultiplier}|${numberWords}|dozen)(?![\w-])|^(One${beforeMultiplier}|${capitalNumberWords})\b`,
  );
const countPattern = countOf();
/**
 * The same, for what answers "how many": not the end of a span of years, whose "19" in "2018/19"
 * is a year ("how many CCGs merged in 2018?" is not answered by "Planning guidance for 2018/19…").
 */
const howManyPattern = ablated("year-span-counts")
  ? countPattern
  : countOf(String.raw`(?<!\b(?:19|20)\d\d\s?/\s?)`);
// A stretch of time: "for 13 weeks", "a three-year programme", "from 7 October 2016 to 6 January
// 2017". As with counts, a capitalised number word mid-sentence is a name ("Five Year Forward View").
const durationPatterns = [
  new RegExp(
    String.raw`(\b(\d[\d.,]*|a|one|${numberWords}|several|few|couple of)|^(A|One|${capitalNumberWords}|Several))[- ](days?|weeks?|months?|years?|decades?)\b`,
  ),
  new RegExp(
    String.raw`\bfrom (\d{1,2} )?(${monthNames})( \d{4})? (to|until) (\d{1,2} )?(${monthNames})\b`,
    "i",
  ),
];
/**
 * How often something happens: "refreshed every year", "meets monthly", "twice a year". Not
 * "£1 billion a year", which is an amount over a year.
 */
const frequencyPattern = new RegExp(
  String.raw`\b(every|each) (other )?(\w+ )?(day|week|fortnight|month|quarter|year|spring|summer|autumn|winter)s?\b|\b(daily|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually|regularly)\b|\b(once|twice|(${numberWords}|\d+) times) (a|per|each|every) \w+|\b(once|twice) a\b|\ba year later\b`,
  "i",
);
const personPattern =
  /\b(leaders?|individual|chief executives?|chief officers?|officers?|boss(es)?|directors?|chairs?|ministers?|secretary|physicians|clinicians|GPs|staff|nurses|people|person|councils?|government|authorit(y|ies)|trusts?|bod(y|ies)|organisations?|providers?|commissioners?|regulators?)\b|\b[A-Z][a-z]+ (?:[A-Z][a-z]+ ?)+|\b[A-Z]{2,}\b/;
const placePattern =
  /\b(in|across|around|areas? (such as|including)|including|like) [A-Z][a-z]+|\b[A-Z][a-z]+(,| and) [A-Z][a-z]+/;
/** Two or more names in a row: "Seaton, Honiton and Whipton", "Frimley Health, Dorset and Luton". */
const namesPattern =
  /(?<!^)\b[A-Z][\p{Ll}’'-]+(?: [A-Z][\p{Ll}’'-]+)*(?:,| and) [A-Z][\p{Ll}’'-]+/u;
/** Three or more things listed: "health and wellbeing, care and quality, and funding and efficiency". */
const listPattern = /[\p{L}][^,;:.]{0,60}, [^,;:.]{1,60},? (?:and|or) [\p{L}]/u;
/**
 * A rise or a fall: "rose by 4%", "shrinking by about 1,200", "from £2.4 billion to £3.1 billion".
 * Only the forms that report a change: the questions' list (question.ts) also has the bare verbs
 * ("did it fall?"), which in a sentence are as often nouns or plans ("a rise in", "will grow");
 * with them here the new pages lost an answer.
 */
const changeVerbs =
  "rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|growing|grows|shrank|shrunk|shrinking|shrinks|increased|increases|increasing|decreased|decreases|decreasing|dropped|drops|dropping";
const changePattern = new RegExp(
  String.raw`\b(${changeVerbs}|doubled|halved|swung|(up|down|cut|reduced|lower|higher) by)\b|\bfrom (£|\d)[^.;]{0,40}\bto (£|\d)|\bcompared (with|to)\b`,
  "i",
);
/**
 * A change with its size: "fell by almost 45%", "from £2.4 billion to £3.1 billion", "swung from
 * a deficit of £1,848 million to a surplus of £111 million", "a 10% fall".
 */
const measuredChangePattern = new RegExp(
  String.raw`\b(?:${changeVerbs}|cut|reduced|up|down|lower|higher)\s+by\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|roughly\s+|more than\s+|over\s+|just over\s+|just under\s+)?[£$€]?\d|\bfrom\s+(?:a\s+[\w-]+\s+of\s+)?[£$€]?\d[^.;]{0,40}\bto\s+(?:a\s+[\w-]+\s+of\s+)?[£$€]?\d|\b\d[\d,.]*\s*(?:%|per ?cent)\s+(?:fall|rise|increase|drop|cut|reduction|decrease|growth)\b`,
  "i",
);
const dutyPattern =
  /\b(responsible for|responsibility|role|in charge of|tasked with|expected to|duty|duties|job of|must|will need to|will be required to|asked to|oversee|overseeing|lead on|accountable)\b/i;
// "Why…?" is answered best by a purpose or a cause, less directly by an obligation or a consequence.
const purposePattern =
  /\b(because|so that|in order to|to ensure|to help|to reduce|to improve|aims? to|intended to|designed to|purpose|reason|why|due to|as a result)\b/i;
/** Words a sentence gives a reason or a consequence with. */
const reasonWords =
  "means that|will require|require|need to|should|indication of|sign of|suggests|reflects|explains";
/** Words naming a cause: "…renamed, after controversy over the word", "driven by demand". */
const causeWords =
  "owing to|thanks to|given that|caused by|driven by|led to|leading to|after (?:concerns?|controversy|criticism|complaints?|protests?|pressure|fears|warnings?|objections?)";
const reasonPattern = new RegExp(
  String.raw`\b(${ablated("cause-words") ? reasonWords : `${reasonWords}|${causeWords}`})\b`,
  "i",
);

/**
 * Reads a sentence's terms and the kinds of fact it states. Remembered for the most recently
 * used sentences: every answer describes the sentences of 30 candidate passages and their
 * neighbours, and popular passages come up again and again. The result is shared: don't change it.
 */
export function describeSentence(text: string, matchers: GlossaryMatcher[]): SentenceEvidence {
  let described = evidenceCache.get(matchers);
  if (!described) {
    described = new Map();
    evidenceCache.set(matchers, described);
  }
  let evidence = described.get(text);
  // Least recently used first: a sentence used again moves to the back.
  if (evidence) described.delete(text);
  else evidence = readSentence(text, matchers);
  setBounded(described, text, evidence, maxCachedSentences, "oldest");
  return evidence;
}

const evidenceCache = new WeakMap<GlossaryMatcher[], Map<string, SentenceEvidence>>();
const maxCachedSentences = 20_000;

function readSentence(text: string, matchers: GlossaryMatcher[]): SentenceEvidence {
  const tokens = tokenize(text);
  const terms = tokens.map((token) => token.term);
  // Months count as figures too: "by October" and "by the end of December" are different answers.
  const figures = new Set(
    tokens.filter((token) => token.numeric || months.has(token.word)).map((token) => token.word),
  );
  const kinds = new Set<QuestionKind>();
  if (moneyPattern.test(text) || countPattern.test(text)) kinds.add("amount");
  if (datePattern.test(ablated("season-names") ? text : text.replace(seasonInName, "")))
    kinds.add("date");
  if (durationPatterns.some((pattern) => pattern.test(text))) kinds.add("duration");
  if (frequencyPattern.test(text)) kinds.add("frequency");
  if (personPattern.test(text)) kinds.add("person");
  if (placePattern.test(text)) kinds.add("place");
  if (namesPattern.test(text)) kinds.add("names");
  if (listPattern.test(text)) kinds.add("list");
  if (changePattern.test(text)) kinds.add("change");
  const purpose = purposePattern.test(text);
  if (purpose || reasonPattern.test(text)) kinds.add("reason");
  if (dutyPattern.test(text)) kinds.add("duty");
  return {
    text,
    sequence: terms,
    purpose,
    measuredChange: measuredChangePattern.test(text),
    money: sumOfMoney.test(text),
    count: howManyPattern.test(text.replace(sumsOfMoney, " ")),
    counted: countedTerms(text),
    defines: definedTerms(text),
    years: yearsIn(text),
    refersBack: pointsBack(text) || saysWhatItMeant(text),
    names: namesIn(text),
    describesDocument: describesItsDocument(text),
    addressesReader: secondPerson.test(text),
    negates: negation.test(text),
    terms: new Set([
      ...terms,
      ...aliasTerms(text, terms, matchers, { caseSensitive: true }),
      ...phrasalTerms(text),
    ]),
    figures,
    kinds,
  };
}

/** "You" and "your": a sentence that speaks to its reader ("Identify your STP footprint…"). */
const secondPerson = /\b(?:you|your|yours|yourself)\b/i;

/** Words that say something is not so. */
const negation = /\b(no|not|never|none|neither|nor|nothing|without|cannot)\b|n't\b/i;

/**
 * A day of a month, in lower case: "31 march", "march 31st" (the month and day in groups 1–4).
 * Global: read with `matchAll` or `search`.
 */
export const dayOfMonth = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)? (${monthNames})\b|\b(${monthNames}) (\d{1,2})(?:st|nd|rd|th)?\b(?!\d)`,
  "g",
);

/** The dates a text gives, lower case: "the Spring Budget 2017" gives "spring" and "2017". */
export function datesIn(text: string): Set<string> {
  return new Set([...text.matchAll(datesPattern)].map((match) => match[0].toLowerCase()));
}

const datesPattern = new RegExp(datePattern.source, "gi");

/** A year as written, not a sum ("£2020"), with the financial year's second part: "2016", "2016-17", "2016/17". */
export const yearSaid = /(?<![£$€])\b((?:19|20)\d\d)\b(?:\s*[/–-]\s*(\d\d)\b)?/g;

/**
 * The years a text names: "2017", and both of "2016/17", "2016-17" or "16/17"; not a sum that
 * looks like one ("£2000", "2000m").
 */
export function yearsIn(text: string): Set<string> {
  const years = new Set<string>();
  for (const match of spellShortYears(text).matchAll(yearSaid)) {
    const [, year, next] = match;
    if (!year) continue;
    years.add(year);
    if (next) years.add(`${year.slice(0, 2)}${next}`);
  }
  return years;
}

/** The terms right after a count in the text (not years, not "five-year"). */
function countedTerms(text: string): Set<string> {
  const counted = new Set<string>();
  for (const match of text.matchAll(countedPattern)) {
    if (match.index > 0 && /^[A-Z]/.test(match[1] ?? "")) continue;
    for (const token of tokenize(match[2] ?? "")) counted.add(token.term);
  }
  if (!ablated("elliptic-counts")) for (const term of ellipticCounts(text)) counted.add(term);
  // "General and acute beds: 214", as a table row or a list reads: the label is what is counted.
  if (text.includes(": ") && !ablated("labels"))
    for (const match of text.matchAll(labelledPattern))
      for (const token of tokenize(match[1] ?? "")) counted.add(token.term);
  return counted;
}

/**
 * What a figure with no noun of its own counts: the last plural before it ("…halve the
 * community beds, keeping 72 spread over three sites", "…bring the total to 18, covering…").
 * Years, sums and shares are no counts.
 */
function ellipticCounts(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(bareFigure)) {
    if (/^(?:19|20)\d\d$/.test(match[1] ?? "")) continue;
    const before = tokenize(text.slice(0, match.index)).filter(
      (token) =>
        !token.numeric &&
        token.word.length >= 4 &&
        token.word.endsWith("s") &&
        !stopWords.has(token.word),
    );
    const plural = before.at(-1);
    if (plural) terms.push(plural.term);
  }
  return terms;
}

/** A whole number with nothing counted after it: a stop, a comma, or a preposition follows. */
const bareFigure =
  /(?<![\w£$€.,/-])(\d+(?:,\d{3})*)(?=\s*(?:[,.;:)](?!\d)|$)|\s+(?:across|over|in|at|on|to|from|between|by|for|spread|each|per|of them)\b)/g;

const labelledPattern = /(?:^|; )([^;:]{2,60}): [£$€]?\d/g;

// Here "one" counts too: "one leader per area" says what there is one of.
const countedStart = String.raw`(?<![\w-])(${figure}|one|${numberWords}|One|${capitalNumberWords})\s+`;
/** The one or two words a count counts, past an opening quote ("four regional ‘development days’"). */
const countedWords = ablated("quoted-counts")
  ? String.raw`((?:[\p{L}’']+\s+){0,1}[\p{L}’']+)`
  : String.raw`(?!of\b)((?:[‘“"']?[\p{L}’'-]+\s+){0,1}[‘“"']?[\p{L}’'-]+)`;

/**
 * What a count counts, read past a multiplier, "of" and a word for "more" where `pastScale`
 * says so: "one million more people" and "£325 million of new capital" count people and
 * capital, not millions.
 */
function countedAfter(pastScale: boolean, pastOf: boolean): RegExp {
  const scale = String.raw`(?:(?:million|billion|thousand|hundred)\s+${pastOf ? String.raw`(?:of\s+)?` : ""})?`;
  const more = String.raw`(?:(?:more|fewer|extra|additional|further|new)\s+)?`;
  return new RegExp(countedStart + (pastScale ? scale + more : "") + countedWords, "gu");
}

const countedPattern = countedAfter(!ablated("counted-past-scale"), !ablated("scale-of"));

/** The subject terms of a sentence that says what something is: "X is…", "X are…", "X means…". */
function definedTerms(text: string): Set<string> {
  const defined = new Set<string>();
  // "STPs are…", "These gaps, highlighted in the Forward View, include…": the subject, with an
  // aside between commas allowed, is what the sentence defines.
  const subject =
    /^([^,;:.]{2,90}?)(?:, [^,;:.]{2,80},)?\s+(is|are|means|refers to|include|includes|comprise|comprises|consist of|consists of|have been developed to)\s/i.exec(
      text,
    )?.[1];
  // "…identified as the geographical ‘footprints’": the words after "as" are being defined.
  const named =
    /\b(?:known|identified|described|referred to|defined|designated) as (?:the |a |an )?((?:\S+ ){0,2}\S+)/i.exec(
      text,
    )?.[1];
  for (const part of [subject, named])
    if (part) for (const token of tokenize(part)) defined.add(token.term);
  // "Every council must commission a local Healthwatch, an independent champion for people who
  // use…": a name followed by ", a…" or ", the…" and a description is being said what it is.
  if (!ablated("appositions"))
    for (const match of text.matchAll(apposition))
      for (const token of tokenize(match[1] ?? match[2] ?? "")) defined.add(token.term);
  const described = ablated("appositions") ? undefined : describedLast.exec(text)?.[1];
  if (described) for (const token of tokenize(described)) defined.add(token.term);
  return defined;
}

/**
 * A description, then what it describes at the sentence's end: "…set out a five-year vision for
 * change, the Five Year Forward View.", "…sits with a new kind of NHS body, the integrated care board."
 */
const describedLast =
  /\b(?:an?|one)\s+[^,;]{2,60},\s+(?:the\s+)?((?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+)\s*[.!]?$/u;

/**
 * A name in capitals, then a comma and "a", "an" or "the" opening a description in lower case;
 * or a thing named with "the", then ", a…", ", the…" or ", which…" ("the integrated care
 * partnership, a joint committee formed…", "the integrated care board, which holds the NHS
 * money…", "the control total, the limit on the deficit…"). Not "the board, the trust and the
 * council", a list, nor the end of a longer name ("Next Steps on the NHS Five Year Forward View,
 * a stock-take…" is not about the Five Year Forward View).
 */
const apposition =
  /(?<![\p{L}’'-]|\p{Lu}[\p{L}’'-]*\s+|\b(?:of|on|for|to|in|and)\s+(?:the\s+)?)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}),\s+(?:an?|the)\s+\p{Ll}|\b[Tt]he\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+),\s+(?:an?|which|the(?![^,.;]*\b(?:and|or)\b))\s+\p{Ll}/gu;
