// Citations: the answer's own passage, then every other document that agrees or differs, and any answer elsewhere all but as good.

import { ablated } from "../ablation.ts";
import { joinSentences } from "../documents/passages.ts";
import { isPhrasalTerm } from "../lexicon/phrasal-verbs.ts";
import type { QuestionKind } from "../question/question.ts";
import type { Candidate } from "../ranking/scoring.ts";
import { antecedentAbove } from "../ranking/sentence-ties.ts";
import type { Answer, Citation, Passage } from "../types.ts";

/** The citations an answer came from: not the "see also" passages offered after them. */
export function citedBy(answer: Answer): Answer["citations"] {
  return answer.citations.filter((citation) => !citation.related);
}

/** Quotes longer than this are cut around the answer. */
const maxQuoteLength = 320;

/**
 * Passages in other documents that state the same fact, or the same kind of fact differently,
 * so the reader sees every source that agrees and every one that does not.
 */
export function supportingCandidates(
  minCoverage: number,
  candidates: Candidate[],
  best: Candidate,
  kinds: Set<QuestionKind>,
): Candidate[] {
  const chosen: Candidate[] = [];
  const seenDocs = new Set([best.passage.doc.id]);
  for (const candidate of candidates) {
    if (seenDocs.has(candidate.passage.doc.id)) continue;
    // An agreeing source must be nearly as good an answer; a disagreeing one is worth showing
    // even when it answers a little less directly, because the reader needs to see the conflict.
    const agrees =
      candidate.coverage >= minCoverage &&
      candidate.score >= best.score * 0.7 &&
      overlap(candidate.evidence.terms, best.evidence.terms) >= 0.4 &&
      sameFigure(candidate, best, kinds);
    const differs = candidate.score >= best.score * 0.5 && disagrees(candidate, best, kinds);
    if (!agrees && !differs) continue;
    seenDocs.add(candidate.passage.doc.id);
    chosen.push(candidate);
  }
  return chosen;
}

/**
 * Another passage's answer that scored all but equal to the best: shown too, so the reader and
 * not a rounding difference decides between them. Not a restatement of a sentence already
 * cited, and not for an amount or a date, where a near tie is more often a stray number.
 */
export function nearEqualAnswer(
  candidates: Candidate[],
  best: Candidate,
  cited: Candidate[],
  kinds: Set<QuestionKind>,
): Candidate | undefined {
  // An amount or a date is checked against the other documents instead (`disagrees`).
  if (asksForFigure(kinds)) return undefined;
  return candidates.find(
    (c) =>
      c.score >= best.score * 0.95 && c.coverage >= best.coverage * 0.9 && newToCited(c, cited),
  );
}

/** A candidate from a passage not cited yet that is not most of a cited sentence's words again. */
function newToCited(candidate: Candidate, cited: Candidate[]): boolean {
  return cited.every(
    (other) =>
      other.passage !== candidate.passage &&
      overlap(other.evidence.terms, candidate.evidence.terms) < 0.8,
  );
}

/**
 * The next best passages on the question that no citation shows yet, to fill the citations up
 * to `room`: when the best sentence is not the one wanted, the one wanted is most often the
 * second or third passage (docs/answer-quality.md, "See also"). Each must score at least
 * `relatedShare` of the best, answer rather than ask (`answers`) and not repeat a sentence
 * already cited.
 */
export function relatedCandidates(
  candidates: Candidate[],
  cited: Candidate[],
  room: number,
  answers: (candidate: Candidate) => boolean,
): Candidate[] {
  const best = cited[0];
  if (!best || room <= 0 || ablated("see-also")) return [];
  const shown = [...cited];
  for (const candidate of candidates) {
    if (shown.length - cited.length >= room || candidate.score < best.score * relatedShare) break;
    if (answers(candidate) && newToCited(candidate, shown)) shown.push(candidate);
  }
  return shown.slice(cited.length);
}

/** A related passage must score at least this share of the best answer's score. */
const relatedShare = 0.5;

/** Citations an answer fills up to with related passages: the answer's own and two more. */
export const citationsWithRelated = 3;

/** Two sentences giving different figures or dates for the same amount or date question. */
export function disagrees(a: Candidate, b: Candidate, kinds: Set<QuestionKind>): boolean {
  if (!asksForFigure(kinds)) return false;
  // Only sentences about the same thing can disagree: most of their words must be shared…
  if (overlap(a.evidence.terms, b.evidence.terms) < 0.6) return false;
  // …while each gives a figure or month the other does not.
  const onlyIn = (x: Set<string>, y: Set<string>) => [...x].some((figure) => !y.has(figure));
  return (
    onlyIn(a.evidence.figures, b.evidence.figures) && onlyIn(b.evidence.figures, a.evidence.figures)
  );
}

/**
 * For an amount or a date the best answer gives, agreeing means giving the same figure or
 * month: a passage on the same topic with another number ("three headline areas" beside
 * "44 areas") agrees with nothing. When the best answer gives none, any figure may help.
 */
function sameFigure(candidate: Candidate, best: Candidate, kinds: Set<QuestionKind>): boolean {
  if (!asksForFigure(kinds)) return true;
  if (best.evidence.figures.size === 0) return true;
  return [...candidate.evidence.figures].some((figure) => best.evidence.figures.has(figure));
}

/** An amount or a date: answered with a figure (or a month), which sources can share or dispute. */
function asksForFigure(kinds: Set<QuestionKind>): boolean {
  return kinds.has("amount") || kinds.has("date");
}

/**
 * Shared terms as a share of the smaller set, each word counted once: a verb of two words
 * ("turn_down", `phrasalTerms`) is its words read again, and would make a sentence that uses
 * one seem to say more than it does.
 */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  let sizeA = 0;
  for (const term of a) {
    if (isPhrasalTerm(term)) continue;
    sizeA++;
    if (b.has(term)) shared++;
  }
  let sizeB = 0;
  for (const term of b) if (!isPhrasalTerm(term)) sizeB++;
  if (sizeA === 0 || sizeB === 0) return 0;
  return shared / Math.min(sizeA, sizeB);
}

/**
 * The answer's words and its first citation: sentences `indexes` of `passage`, and before them
 * the sentence from the paragraph above that an opening "This fund…" leans on
 * (`antecedentAbove`), while the whole stays short. `also` is a sentence the citation shows too.
 */
export function quoteAnswer(
  passages: readonly Passage[],
  passage: Passage,
  indexes: number[],
  also?: number,
): { answer: string; citation: Citation } {
  const quoted = indexes.map((i) => passage.sentences[i] ?? "");
  const citation = citeSentences(passage, indexes, also);
  const above =
    indexes[0] === 0 && !ablated("antecedents") ? antecedentAbove(passages, passage) : null;
  if (!above || [above, ...quoted].join(" ").length > maxLedAnswer)
    return { answer: joinSentences(passage, quoted), citation };
  return {
    answer: joinSentences(passage, [above, ...quoted]),
    citation: { ...citation, quote: `… ${above} ${citation.quote.replace(/^… /, "")}` },
  };
}

/** The longest answer a sentence from the paragraph above may be added to, in characters. */
const maxLedAnswer = 400;

/**
 * A citation quoting the given sentences, widened with neighbours while the quote stays short.
 * `also` adds one more sentence of the passage, after a cut, when it nearly answered too.
 * `shown` names sentences another citation already quotes: the quote is not widened onto them.
 */
export function citeSentences(
  passage: Passage,
  indexes: number[],
  also?: number,
  shown: (sentence: string) => boolean = () => false,
): Citation {
  const sentences = passage.sentences;
  let first = Math.min(...indexes);
  let last = Math.max(...indexes);
  const length = () => joinSentences(passage, sentences.slice(first, last + 1)).length;
  const fits = (sentence: string | undefined): sentence is string =>
    sentence !== undefined && !shown(sentence) && length() + sentence.length + 1 <= maxQuoteLength;
  while (true) {
    if (fits(sentences[last + 1])) last++;
    else if (fits(sentences[first - 1])) first--;
    else break;
  }
  if (also === last + 1) last = also;
  if (also === first - 1) first = also;
  const runs: [number, number][] = [[first, last]];
  if (also !== undefined && (also < first || also > last) && sentences[also]) {
    runs.push([also, also]);
    runs.sort((a, b) => a[0] - b[0]);
  }
  const quote = runs
    .map(([from, to], n) => {
      const body = joinSentences(passage, sentences.slice(from, to + 1));
      const before = n === 0 && from > 0 ? "… " : "";
      const after = to < sentences.length - 1 ? " …" : "";
      return `${before}${body}${after}`;
    })
    .join(" ")
    .replace(/ … … /g, " … ");
  return {
    title: passage.doc.title,
    publisher: passage.doc.publisher,
    date: passage.doc.date,
    source: passage.doc.source,
    section: passage.section,
    line: passage.line,
    quote,
    url: passage.doc.url,
  };
}
