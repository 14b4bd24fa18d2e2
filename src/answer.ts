// A question → an Answer: the sentence(s) that answer it, quoted verbatim, with citations — or a plain decline.

import { type Concept, conceptMatch, readConcepts, searchTerms } from "./concepts.ts";
import type { EngineOptions } from "./config.ts";
import { describeSentence, type SentenceEvidence } from "./evidence.ts";
import type { GlossaryMatcher } from "./glossary.ts";
import { checkQuestion, type QuestionKind } from "./question.ts";
import { headingTerms, type SearchIndex, searchPassages } from "./search-index.ts";
import type { Synonyms } from "./synonyms.ts";
import type { Answer, Citation, Passage } from "./types.ts";

/** Everything answering needs, loaded once by the engine. */
export interface AnswerContext {
  passages: Passage[];
  index: SearchIndex;
  matchers: GlossaryMatcher[];
  synonyms: Synonyms;
  options: EngineOptions;
  /** Questions to offer with a decline, best match to the asked question first. */
  suggest: (concepts: Concept[]) => string[];
}

/** A sentence in a candidate passage, scored against the question. */
interface Candidate {
  passage: Passage;
  sentence: number;
  score: number;
  /** Share of the question's weight shown anywhere in the passage, its heading or title. */
  coverage: number;
  evidence: SentenceEvidence;
}

/** How many passages the index hands on to sentence scoring. */
const candidatePassages = 30;
/** Below this share of the question's weight, the documents do not answer it. */
const minCoverage = 0.58;
/** Quotes longer than this are cut around the answer. */
const maxQuoteLength = 320;

/**
 * Answers one question. Never throws: a question that cannot be used gets an Answer whose
 * `problem` and `message` say why.
 */
export function answerQuestion(context: AnswerContext, question: string): Answer {
  const checked = checkQuestion(question, context.options.maxQuestionLength);
  if (!checked.ok) {
    return decline(question, checked.message, [], checked.problem);
  }
  const concepts = readConcepts(checked.text, context.index, context.matchers, context.synonyms);
  if (concepts.length === 0) {
    return decline(
      question,
      "That question has no words I can look up. Ask about something specific, for example: How big is the transformation fund?",
      context.suggest([]),
    );
  }
  const candidates = scoreCandidates(context, checked.text, concepts, checked.kinds);
  const best = candidates[0];
  if (process.env.STP_COV) console.log(`COV ${best?.coverage.toFixed(2)} ${question}`);
  if (process.env.STP_DEBUG) {
    console.log(
      concepts
        .map(
          (c) =>
            `${c.word}:${c.weight.toFixed(2)}${c.known ? "" : "?"}${c.fuzzy ? "~" : ""}[${c.alternatives.map((a) => a.join("+")).join("|")}]`,
        )
        .join(" "),
      [...checked.kinds].join(","),
    );
    for (const c of candidates.slice(0, 4))
      console.log(
        `  ${c.score.toFixed(3)} cov=${c.coverage.toFixed(2)} ${c.passage.sentences[c.sentence]?.slice(0, 110)}`,
      );
  }
  if (!best || best.coverage < minCoverage || best.score <= 0) {
    return decline(
      question,
      "The STP documents don't cover that, so I won't guess. They do answer questions like these.",
      context.suggest(concepts),
    );
  }
  const sentences = answerSentences(best, concepts, checked.kinds, context.matchers);
  const supporting = supportingCandidates(candidates, best, checked.kinds);
  const citations = [
    citeSentences(best.passage, sentences),
    ...supporting.map((c) => citeSentences(c.passage, [c.sentence])),
  ];
  const differing = supporting.flatMap((c, i) =>
    disagrees(c, best, checked.kinds) ? [`[${i + 2}]`] : [],
  );
  return {
    question,
    answered: true,
    answer: sentences.map((i) => best.passage.sentences[i]).join(" "),
    citations: citations.slice(0, context.options.maxCitations),
    suggestions: [],
    message: differing.length
      ? `The sources differ on this: compare [1] with ${differing.join(" and ")}, and check their dates.`
      : "",
  };
}

function scoreCandidates(
  context: AnswerContext,
  question: string,
  concepts: Concept[],
  kinds: Set<QuestionKind>,
): Candidate[] {
  const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
  // Coverage counts what the question is about; framing words count only when there is nothing else.
  const topical = concepts.some((c) => !c.framing) ? concepts.filter((c) => !c.framing) : concepts;
  const topicalWeight = topical.reduce((sum, c) => sum + c.weight, 0);
  const hits = searchPassages(context.index, searchTerms(concepts), candidatePassages);
  const askedWord = questionWord(question);
  const topScore = hits[0]?.score ?? 1;
  const candidates: Candidate[] = [];
  for (const hit of hits) {
    const passage = context.passages[hit.id];
    if (!passage) continue;
    const heading = new Set([
      ...headingTerms(passage.section ?? "", context.matchers),
      ...headingTerms(`${passage.doc.title} ${passage.doc.publisher ?? ""}`, context.matchers),
    ]);
    const evidence = passage.sentences.map((s) => describeSentence(s, context.matchers));
    const passageTerms = new Set(evidence.flatMap((e) => [...e.terms]));
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
    evidence.forEach((sentence, i) => {
      let matched = 0;
      let sentenceCovered = 0;
      for (const concept of topical) {
        const near = Math.max(
          conceptMatch(concept, sentence.terms),
          conceptMatch(concept, evidence[i - 1]?.terms ?? emptySet) * 0.8,
          conceptMatch(concept, evidence[i + 1]?.terms ?? emptySet) * 0.8,
          conceptMatch(concept, heading) * 0.8,
          conceptMatch(concept, around) * 0.6,
        );
        sentenceCovered += concept.weight * near;
      }
      for (const concept of concepts) {
        const own = conceptMatch(concept, sentence.terms);
        const near = Math.max(
          conceptMatch(concept, evidence[i - 1]?.terms ?? emptySet),
          conceptMatch(concept, evidence[i + 1]?.terms ?? emptySet),
        );
        matched +=
          concept.weight *
          Math.max(
            own,
            near * 0.4,
            conceptMatch(concept, passageTerms) * 0.25,
            conceptMatch(concept, around) * 0.2,
            conceptMatch(concept, heading) * headingCredit,
          );
      }
      matched += phraseBonus(concepts, sentence.sequence);
      const score =
        (matched / totalWeight) *
          kindFactor(kinds, sentence, concepts) *
          lengthFactor(sentence.text) *
          (sameQuestion ? 1.2 : 1) +
        0.15 * (hit.score / topScore) +
        // Between equal answers, quote a dated source: readers need to judge its age.
        (passage.doc.date ? 0.01 : 0);
      candidates.push({
        passage,
        sentence: i,
        score,
        coverage: Math.min(coverage, sentenceCovered / topicalWeight),
        evidence: sentence,
      });
    });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * A sentence of the kind the question asks for (an amount, a date…) is likelier to answer it;
 * more so when its number counts what was asked about, or it defines what was asked about.
 */
function kindFactor(
  kinds: Set<QuestionKind>,
  sentence: SentenceEvidence,
  concepts: Concept[],
): number {
  let factor = 1;
  const about = (terms: Set<string>) =>
    concepts.some((c) => c.known && c.alternatives.some((alt) => alt.some((t) => terms.has(t))));
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
    if (sentence.kinds.has(kind)) factor *= 1.3;
    else if (kind === "amount" || kind === "date") factor *= 0.75;
    if (kind === "amount") {
      // "How many footprints": a number counting the asker's own word beats one counting a synonym.
      if (concepts.some((c) => c.known && sentence.counted.has(c.alternatives[0]?.[0] ?? "")))
        factor *= 1.6;
      else if (about(sentence.counted)) factor *= 1.3;
    }
  }
  return factor;
}

/**
 * Extra weight where the question's words stand together in the sentence as they do in the
 * question ("care home vanguards"), which a bag of words cannot see.
 */
function phraseBonus(concepts: Concept[], sequence: string[]): number {
  let bonus = 0;
  for (let i = 0; i + 1 < concepts.length; i++) {
    const [a, b] = [concepts[i], concepts[i + 1]];
    if (!a?.known || !b?.known) continue;
    const firstTerms = new Set(a.alternatives.map((alt) => alt.at(-1)));
    const secondTerms = new Set(b.alternatives.map((alt) => alt[0]));
    for (let j = 0; j < sequence.length; j++) {
      if (!firstTerms.has(sequence[j])) continue;
      if (secondTerms.has(sequence[j + 1]) || secondTerms.has(sequence[j + 2])) {
        bonus += 0.5 * Math.min(a.weight, b.weight);
        break;
      }
    }
  }
  return bonus;
}

/**
 * The terms of the paragraphs just before and after a passage under the same heading: a news
 * story written one sentence per paragraph says what it is about in its neighbours.
 */
function neighbourTerms(context: AnswerContext, passage: Passage): Set<string> {
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

/** Fragments ("Are you sure?") and run-on sentences make poor answers. */
function lengthFactor(text: string): number {
  if (text.length < 30) return 0.7;
  if (text.length > 400) return 0.85;
  return 1;
}

/**
 * The one or two sentences to quote: the best one, with the sentence before it when it
 * begins by pointing back ("This fund…"), or the next one when the best is short and the
 * next carries on with the question's concepts.
 */
function answerSentences(
  best: Candidate,
  concepts: Concept[],
  kinds: Set<QuestionKind>,
  matchers: GlossaryMatcher[],
): number[] {
  const sentences = best.passage.sentences;
  const i = best.sentence;
  const text = sentences[i] ?? "";
  if (text.endsWith(":")) {
    // A sentence introducing a list is answered by the list: take items while the answer stays short.
    const taken = [i];
    let length = text.length;
    for (
      let j = i + 1;
      j < sentences.length && (j === i + 1 || length + (sentences[j]?.length ?? 0) <= 300);
      j++
    ) {
      taken.push(j);
      length += (sentences[j]?.length ?? 0) + 1;
    }
    if (taken.length > 1) return taken;
  }
  const previous = sentences[i - 1];
  if (
    previous &&
    /^(this|these|that|those|it|they|such|the letter|both)\b/i.test(text) &&
    previous.length + text.length <= 360
  ) {
    return [i - 1, i];
  }
  const next = sentences[i + 1];
  // A short sentence such as "Two major challenges face STPs." announces what follows.
  if (next && text.length < 60 && next.length + text.length <= 360) return [i, i + 1];
  if (next && text.length < 110 && next.length + text.length <= 300) {
    const evidence = describeSentence(next, matchers);
    const continues = concepts.some((c) => c.known && conceptMatch(c, evidence.terms) > 0);
    const wanted = [...kinds].some(
      (k) =>
        k !== "other" && k !== "yes-no" && !best.evidence.kinds.has(k) && evidence.kinds.has(k),
    );
    if (continues || wanted) return [i, i + 1];
  }
  return [i];
}

/**
 * Passages in other documents that state the same fact, or the same kind of fact differently,
 * so the reader sees every source that agrees and every one that does not.
 */
function supportingCandidates(
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
      overlap(candidate.evidence.terms, best.evidence.terms) >= 0.4;
    const differs = candidate.score >= best.score * 0.5 && disagrees(candidate, best, kinds);
    if (!agrees && !differs) continue;
    seenDocs.add(candidate.passage.doc.id);
    chosen.push(candidate);
  }
  return chosen;
}

/** Two sentences giving different figures or dates for the same amount or date question. */
function disagrees(a: Candidate, b: Candidate, kinds: Set<QuestionKind>): boolean {
  if (!kinds.has("date") && !kinds.has("amount")) return false;
  // Only sentences about the same thing can disagree: most of their words must be shared…
  if (overlap(a.evidence.terms, b.evidence.terms) < 0.6) return false;
  // …while each gives a figure or month the other does not.
  const onlyIn = (x: Set<string>, y: Set<string>) => [...x].some((figure) => !y.has(figure));
  return (
    onlyIn(a.evidence.figures, b.evidence.figures) && onlyIn(b.evidence.figures, a.evidence.figures)
  );
}

function containsPhrase(sequence: string[], phrase: string[]): boolean {
  if (phrase.length < 2) return false;
  for (let i = 0; i + phrase.length <= sequence.length; i++) {
    if (phrase.every((term, j) => sequence[i + j] === term)) return true;
  }
  return false;
}

/** Shared terms as a share of the smaller set. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** A citation quoting the given sentences, widened with neighbours while the quote stays short. */
function citeSentences(passage: Passage, indexes: number[]): Citation {
  const sentences = passage.sentences;
  let first = Math.min(...indexes);
  let last = Math.max(...indexes);
  const length = () => sentences.slice(first, last + 1).join(" ").length;
  while (true) {
    const next = sentences[last + 1];
    const previous = sentences[first - 1];
    if (next && length() + next.length + 1 <= maxQuoteLength) last++;
    else if (previous && length() + previous.length + 1 <= maxQuoteLength) first--;
    else break;
  }
  const body = sentences.slice(first, last + 1).join(" ");
  const quote = `${first > 0 ? "… " : ""}${body}${last < sentences.length - 1 ? " …" : ""}`;
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

function decline(
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

const emptySet = new Set<string>();
