// Ways of asking whose answer says so in words of its own: a stranded preposition, a modal after its subject, "who", "each", an author's label, a name before the kind "which" asks for.

import { ablated } from "../ablation.ts";
import { framingWords, toTerms } from "../lexicon/terms.ts";
import { opensAsQuestion } from "../question/question.ts";

/**
 * "Who was the letter sent to?" ends with a verb and the preposition it takes, which stand
 * together in the answer ("a letter sent to chief executives"); as stop words, the preposition
 * is otherwise lost. Matches the verb in any form its stem begins ("moved to" for "move to"), not
 * a framing verb ("come from", "stand for"), which says too little.
 */
export function strandedPreposition(question: string): RegExp | null {
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
 * "Which roadmap crosses more than one STP?" asks for a roadmap by its name: a sentence that
 * gives one, a name in capitals right before the word ("the Peninsula roadmap"), answers it
 * rather than one that only uses the words. Not "which of…", nor a word for a date or a number.
 */
export function namedKind(question: string): RegExp | null {
  if (ablated("named-kinds")) return null;
  const word = /^\W*(?:and\s+|so\s+)?which\s+([a-z]{3,})\b/i.exec(question)?.[1]?.toLowerCase();
  if (!word || notKinds.has(word)) return null;
  const stem = word.replace(/(?:es|s)$/, "");
  if (stem.length < 3) return null;
  // One name, not the last of a list: "Northfield, Southfield and Eastfield widget trusts" names
  // three and says nothing of which.
  return new RegExp(
    String.raw`(?<!^)(?<!,\s)(?<!\band\s)(?<!\bor\s)\b\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’&-]*)*\s+${stem}(?:s|es)?\b`,
    "u",
  );
}

const notKinds = new Set([
  "one",
  "ones",
  "year",
  "years",
  "month",
  "months",
  "day",
  "days",
  "date",
  "dates",
  "way",
  "ways",
  "kind",
  "kinds",
  "sort",
  "type",
  "types",
  "number",
  "figure",
  "part",
  "parts",
  "bit",
  "bits",
]);

/** How much more a sentence counts that names a thing of the kind "which…" asks for. */
export const namedKindFactor = 1.2;

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

/**
 * A passive naming who did it after "by", whatever the verb; a name, in capitals ("…closely
 * followed by the most advanced vanguards" names nobody), and not a date ("re-submitted by
 * October").
 */
const passiveAgent =
  /\b[a-z]+(?:ed|en|wn|de|ld|ht|nt)\s+(?:jointly\s+|mainly\s+|largely\s+)?by\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Easter|Christmas|Monday|Tuesday|Wednesday|Thursday|Friday)\b)(?:the\s+)?[A-Z]/;

/** An email address, a web address or a telephone number, as a page gives them. */
export const emailAddress = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const webAddress = /\bhttps?:\/\/\S+|\bwww\.[\w-]+\.\S+|\b[\w-]+\.(?:nhs|gov|org|co)\.uk\b/i;
export const phoneNumber =
  /\b(?:0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}|\d{3} \d{3} \d{4}|18001 \d{3,})\b|\btextphone\b/i;
const anyContact = new RegExp(
  `${emailAddress.source}|${webAddress.source}|${phoneNumber.source}`,
  "i",
);

/** A way of asking for contact details, and the kind of detail that answers it. */
function contactCue(asked: RegExp, said: RegExp): AskedCue {
  return { mechanism: "contact-details", asked, said, factor: 1.3 };
}

/** A verb of judging: how a sentence says what someone thinks of something. */
const judging =
  /\b(?:called|described|describes|believes?|believed|warned|warns|criticis\w*|welcomed|praised|judged|argued|argues|complained|concluded|dismissed|regarded|considered)\b/i;

export const askedCues: readonly AskedCue[] = [
  // "Whats the email for giving the RCP my views?" is answered by "Please send any feedback to
  // STP@rcplondon.ac.uk.", which gives the address without the word "email"; "how can she
  // contact 111?" by a number to ring; "where do I send my comments?" by either.
  contactCue(/\b(?:e-?mail|email address)\b/i, emailAddress),
  contactCue(/\b(?:website|web ?site|web address|web page|webpage|url|link)\b/i, webAddress),
  contactCue(
    /\b(?:phone|telephone|ring|call|text) (?:number|no)\b|\bnumber (?:to|for) (?:ring|call|phone|text)\b/i,
    phoneNumber,
  ),
  contactCue(
    /\b(?:contact|get in touch with|write to)\b|\bwhere (?:can|do|should|could) (?:i|we|you|they|people|doctors|physicians|members)\b[^?]{0,20}\b(?:send|submit|post)\b/i,
    anyContact,
  ),
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
    said: judging,
    factor: 1.3,
  },
  // "Is the King's Fund for or against STPs?", "does the RCP back them?" asks where someone
  // stands: "we believe that STPs offer the best hope…" says so with a verb of judging.
  {
    mechanism: "stance-asked",
    asked:
      /\bfor or against\b|\bin favou?r of\b|^\W*(?:does|do|did|is|are|was|were)\b[^?]{0,60}\b(?:support|supports|supportive|back|backs|backing|oppose|opposes|opposed|favour|favours|favor|favors|endorse|endorses)\b/i,
    said: judging,
    factor: 1.3,
  },
  // "Can you give an example of joined-up care?" asks for one: "…working together – for
  // example, GPs working more closely with hospital specialists…" gives one.
  {
    mechanism: "examples-asked",
    asked: /\b(?:an? )?examples?\b|\bfor instance\b/i,
    said: /\b(?:for example|for instance|such as|e\.g\.|examples? (?:is|are|include)|including)\b/i,
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
  // Chancellor, George Osborne…": a passive names who did it (`passiveAgent`).
  {
    mechanism: "who-agents",
    // Not "who was it sent to?", which asks who received it.
    asked:
      /^(?![\s\S]*\b(?:to|with|for|from|about|at|on)\W*$)(?:\W*(?:and\s+)?who\b|[\s\S]*\bwho\s+(?:is|was|are|were|will|would|should|has|had|did|does|do|can)\b)/i,
    said: passiveAgent,
    factor: 1.1,
  },
  // "Whose idea was the Better Care Fund?" asks who thought of it, as "who…" does: "The fund was
  // unveiled by the Chancellor, George Osborne…".
  {
    mechanism: "whose-agents",
    asked:
      /^\W*whose\s+(?:idea|plan|proposal|decision|initiative|brainchild|suggestion|scheme|policy|fault|responsibility|call|job|report|review)\b/i,
    said: passiveAgent,
    factor: 1.1,
  },
];

/** How much more a sentence counts for saying what the question's cues ask for. */
export function cueFactor(cues: readonly AskedCue[], text: string): number {
  let factor = 1;
  for (const cue of cues) if (cue.said.test(text)) factor *= cue.factor;
  return factor;
}

/** How much more a sentence counts that says the question's stranded verb and preposition. */
export const strandedFactor = 1.15;

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
export const modalSubjectFactor = 1.15;
