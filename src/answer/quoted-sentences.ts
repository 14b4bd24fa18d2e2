// Which sentences of the answering passage are quoted: the best, and the neighbours or list items it needs to make sense.
import { ablated } from "../ablation.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { headingTerms } from "../indexing/passage-terms.ts";
import { type Concept, conceptMatch } from "../question/concepts.ts";
import type { QuestionKind } from "../question/question.ts";
import { describeSentence } from "../ranking/evidence.ts";
import type { Candidate } from "../ranking/scoring.ts";
import { opensNextItem, quotedNeighbour } from "../ranking/sentence-ties.ts";

/**
 * The one or two sentences to quote: the best one, with the sentence before it when it
 * begins by pointing back ("This fund…"), or the next one when it gives the kind of fact asked
 * for, or when the best is short and the next carries on with the question's concepts.
 */
export function answerSentences(
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

/**
 * How long a best sentence (`short`) may be and still go on into the next one about the same
 * things, and how long the two may be together (`pair`), in characters. "Next Steps also
 * introduced accountable care systems (ACSs), an evolved form of STP in which…" goes on into "In
 * return they get more freedom…", which answers what they get in exchange: at 160 and 400 the
 * development set's training questions were answered in the quote 67.4% → 68.0% of the time,
 * the quote growing 193 → 208 characters on average, and nothing was lost anywhere; at 110 and
 * 300, as before, the reader saw only the first.
 */
const continuations = { short: 160, pair: 400 };
const shorterContinuations = { short: 110, pair: 300 };

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
  if (isQuestion(text) && sentences[i + 1] && !ablated("question-sentences")) {
    // "Was spare land meant for housing? Yes. Trusts were urged…": a reply of a word or two is
    // quoted with what it goes on to say, which answers; the citation still shows the question.
    const reply = sentences[i + 1] ?? "";
    if (!ablated("short-replies") && shortReply.test(reply) && sentences[i + 2])
      return [i + 1, i + 2];
    return [i, i + 1];
  }
  if (text.endsWith(":")) {
    // A sentence introducing a list is answered by the list.
    const taken = leadingItems(sentences, i);
    if (taken.length > 1) return taken;
  }
  // Items that end in semicolons ("Four aims: improving…; narrowing…; getting….") are one
  // sentence in English, so the best item is quoted with the rest of it when it is short.
  const enumeration = enumerationAround(sentences, i);
  if (enumeration && !ablated("enumerations")) return enumeration;
  const neighbour = quotedNeighbour(best.passage, i, best.evidence.refersBack);
  if (neighbour !== null) return neighbour < i ? [neighbour, i] : [i, neighbour];
  const next = opensNextItem(best.passage, i + 1) ? undefined : sentences[i + 1];
  const { pair, short } = ablated("longer-continuations") ? shorterContinuations : continuations;
  if (next && next.length + text.length <= pair) {
    const evidence = describeSentence(next, matchers);
    // A short answer goes on into a next sentence about the same things; any answer goes on
    // into one that gives the kind of fact asked for ("…intended to reduce bureaucracy").
    const continues =
      text.length < short && concepts.some((c) => c.known && conceptMatch(c, evidence.terms) > 0);
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
export function answersRatherThanAsks(candidate: Candidate, askedYesOrNo = false): boolean {
  const { sentences } = candidate.passage;
  const sentence = sentences[candidate.sentence] ?? "";
  if (!asks(sentence, askedYesOrNo)) return true;
  const next = sentences[candidate.sentence + 1];
  // "STPs five-year plan?" then "Is the IOW within one of 44 areas…? , No;": a form's questions
  // one after another, none answering the last.
  return next !== undefined && (ablated("question-runs") || !asks(next, askedYesOrNo));
}

/** A question, or a form's question with its box ticked unless a yes or no was asked for. */
function asks(sentence: string, askedYesOrNo: boolean): boolean {
  return isQuestion(sentence) || (!askedYesOrNo && tickedAnswer(sentence));
}

function isQuestion(sentence: string): boolean {
  return /\?["'”’)]*$/.test(sentence);
}

/**
 * A form's question with its box ticked after it: "Is the IOW within one of 44 areas identified as
 * the geographical ‘footprints’? , No;". It answers that yes-or-no question, and no other.
 */
function tickedAnswer(sentence: string): boolean {
  return !ablated("ticked-answers") && /\?["'”’)]*\s*[,;:]?\s*(?:yes|no)\s*[,;.]?$/i.test(sentence);
}

/** A reply of a word or two: "Yes.", "No.", "Not quite.", "Largely not." */
const shortReply = /^\s*(?:\S+\s+){0,2}\S+[.!]\s*$/;
