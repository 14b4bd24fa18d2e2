// "Tell me more": the next best passage on the conversation's question that no earlier answer has shown.
import { ablated } from "../ablation.ts";
import { type AnswerContext, answeringCandidates, minCoverage } from "../answer/answer.ts";
import { citedBy, citeSentences, quoteAnswer, supportingCandidates } from "../answer/citations.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { describeSentence } from "../ranking/evidence.ts";
import type { Candidate } from "../ranking/scoring.ts";
import { carriesOn } from "../ranking/sentence-ties.ts";
import type { Answer, Passage } from "../types.ts";
import { rankQuestion } from "./reading.ts";
import type { CitedPassage, Conversation } from "./types.ts";

/**
 * The best answer to `question` that the conversation has not shown yet, quoted and cited like
 * any answer; null when nothing left answers it as well as an answer must (the documents have
 * said all they say about it). Not shown means it says something the conversation has not: a
 * sentence most of whose words were already shown (quoted in the last answer, or anywhere in a
 * passage an earlier one cited) is the same fact again, in that source or another.
 *
 * @example nextPassage(context, "how big is the fund", turns)
 */
export function nextPassage(
  context: AnswerContext,
  question: string,
  conversation: Conversation,
): Answer | null {
  const ranked = rankQuestion(context, question);
  if ("problem" in ranked) return null;
  const seen = shownTexts(context.passages, context.matchers, conversation);
  // A form's question or a FAQ's heading is no more an answer here than in the first reply.
  const answering = ablated("more-answering")
    ? ranked.candidates
    : answeringCandidates(ranked.candidates, ranked.kinds.has("yes-no"));
  const unseen = answering.filter((c) => !repeats(c.evidence.terms, seen));
  const best = unseen.find((c) => c.coverage >= minCoverage && c.score > 0);
  if (!best) return null;
  const quoted = quoteAnswer(context.passages, best.passage, quotedSentences(best));
  const others = supportingCandidates(minCoverage, unseen, best, ranked.kinds).slice(
    0,
    Math.max(0, context.options.maxCitations - 1),
  );
  return {
    question,
    answered: true,
    answer: quoted.answer,
    citations: [quoted.citation, ...others.map((c) => citeSentences(c.passage, [c.sentence]))],
    suggestions: [],
    message: "",
  };
}

/**
 * The terms of everything a conversation has shown: each quote of the last answer, and every
 * passage an earlier answer cited (those keep only which passages they cited).
 */
function shownTexts(
  passages: Passage[],
  matchers: GlossaryMatcher[],
  conversation: Conversation,
): Set<string>[] {
  const last = conversation.at(-1);
  // A "see also" passage was offered, not answered with: "more" may still answer with it.
  const quotes = last?.answer ? citedBy(last.answer).map((c) => c.quote) : [];
  const earlier = last?.answer ? conversation.slice(0, -1) : conversation;
  const cited = earlier.flatMap((turn) => turn.cited).flatMap((c) => findPassage(passages, c));
  // Read as the candidates' sentences are, so a sentence and its own quote share every term.
  return [...quotes, ...cited.map((p) => p.text)].map(
    (text) => describeSentence(text, matchers).terms,
  );
}

/** A share of a sentence's terms already shown above which it tells the reader nothing new. */
const repeatShare = 0.8;

/** True when one shown text holds most of the sentence's terms. */
function repeats(terms: Set<string>, shown: Set<string>[]): boolean {
  if (terms.size === 0) return true;
  return shown.some((text) => {
    let found = 0;
    for (const term of terms) if (text.has(term)) found++;
    return found / terms.size >= repeatShare;
  });
}

/** The passage a citation names (by document and line); none when the documents changed since. */
function findPassage(passages: Passage[], cited: CitedPassage): Passage[] {
  const found = passagesBySource(passages).get(cited.source)?.get(cited.line);
  return found ? [found] : [];
}

/**
 * Passages by document and first line, built once per corpus on the first "more": a lookup
 * instead of a scan of every passage (100,000 of them in a large corpus) each time.
 */
function passagesBySource(passages: Passage[]): Map<string, Map<number, Passage>> {
  let index = bySource.get(passages);
  if (!index) {
    index = new Map();
    for (const passage of passages) {
      const lines = index.get(passage.doc.source) ?? new Map<number, Passage>();
      lines.set(passage.line, passage);
      index.set(passage.doc.source, lines);
    }
    bySource.set(passages, index);
  }
  return index;
}

const bySource = new WeakMap<Passage[], Map<string, Map<number, Passage>>>();

/**
 * The sentence to quote, with the one before when it only makes sense after it ("This fund…"),
 * or the list it introduces, or the next one when that carries on from it ("For example, …"): a
 * passage shown on its own must stand on its own.
 */
function quotedSentences(best: Candidate): number[] {
  const sentences = best.passage.sentences;
  const i = best.sentence;
  const text = sentences[i] ?? "";
  if (i > 0 && best.evidence.refersBack) return [i - 1, i];
  if (text.endsWith(":") && i + 1 < sentences.length) return [i, i + 1];
  // "There are some reasons to be cautious." says little until the next sentence gives them
  // ("For example, …", "These include…"): a passage found for "more" is the whole point.
  const next = sentences[i + 1];
  if (next && text.length + next.length <= 400 && carriesOn(next)) return [i, i + 1];
  return [i];
}
