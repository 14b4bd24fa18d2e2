// What a decline offers instead: questions the documents do answer, the sections the question came closest to first.

import { ablated } from "../ablation.ts";
import { setBounded } from "../bounded-map.ts";
import { exampleQuestions } from "../config.ts";
import { toTerms } from "../lexicon/terms.ts";
import { type Concept, conceptMatch } from "../question/concepts.ts";
import { opensAsQuestion } from "../question/question.ts";
import type { Candidate } from "../ranking/scoring.ts";
import type { Answer, Passage } from "../types.ts";

/** Questions to offer with a decline, best first: `near` is the declined question's candidates. */
export type Suggest = (concepts: Concept[], near?: Candidate[]) => string[];

/**
 * Suggestions for declines over one corpus. `ask` answers a question (without suggestions of
 * its own); every question offered is one it answers.
 *
 * - **Near the question**: a question declined for its wording has usually come closest to the
 *   section that answers it in other words ("how big is the bailout pot thats tied to all these
 *   conditions" to the page on the pre-Easter conditions for the £1.8bn bailout). The sections
 *   of its best candidates are offered first, as a question about that section ("What does
 *   “Widget boards explained” say about the money?", or the heading itself when it is a
 *   question), each kept only when asking it is answered from that document.
 * - **Then the rest**: headings phrased as questions and the example questions, those sharing
 *   most with what was asked first.
 *
 *
 * The same answerable questions give help its examples (`examples`), so each is asked once.
 *
 * @example const { suggest } = createSuggester(passages, ask, 3); suggest(concepts, candidates)
 */
export function createSuggester(
  passages: Passage[],
  ask: (question: string) => Answer,
  maxSuggestions: number,
): Suggester {
  let pool: PoolEntry[] | null = null;
  const answerable = () => {
    pool ??= answerablePool(passages, ask);
    return pool;
  };
  // Whether a section's question is answered from its own document, remembered per question:
  // the same near misses come up again and again.
  const checked = new Map<string, boolean>();
  const answersFromItsDocument = (question: string, source: string) => {
    let answered = checked.get(question);
    if (answered === undefined) {
      const answer = ask(question);
      answered = answer.answered && answer.citations[0]?.source === source;
      setBounded(checked, question, answered, maxChecked, "oldest");
    }
    return answered;
  };
  return {
    suggest: (concepts, near = []) => {
      const nearby = nearSections(near, answersFromItsDocument);
      const rest = rankPool(answerable(), concepts);
      return [...new Set([...nearby, ...rest])].slice(0, maxSuggestions);
    },
    // The bundled examples that still get an answer (an editor may have replaced the bundled
    // documents), then the documents' own headings that are questions ("What is NHS 111 First?").
    examples: (count) => {
      const answered = new Set(answerable().map((entry) => entry.question));
      const bundled = exampleQuestions.filter((q) => answered.has(q));
      return [...new Set([...bundled, ...answered])].slice(0, count);
    },
  };
}

/** Suggestions for declines, and examples for help, over one corpus. */
export interface Suggester {
  /** Questions to offer with a decline (see `createSuggester`). */
  suggest: Suggest;
  /** Up to `count` questions the documents answer, the bundled examples first. */
  examples(count: number): string[];
}

/** How many of a declined question's best candidates are looked at for sections to offer. */
const nearCandidates = 6;
/** At most this many section questions are offered, leaving room for the usual suggestions. */
const maxNear = 2;
/** Section questions whose check is remembered. */
const maxChecked = 2000;
/** A few dozen questions in the pool are plenty to choose three from. */
const maxPool = 40;

/** The questions about the sections the best candidates sit in, kept where they are answered. */
function nearSections(
  near: Candidate[],
  answersFromItsDocument: (question: string, source: string) => boolean,
): string[] {
  const offered: string[] = [];
  const seen = new Set<string>();
  for (const candidate of near.slice(0, nearCandidates)) {
    const question = sectionQuestion(candidate.passage);
    if (seen.has(question)) continue;
    seen.add(question);
    if (answersFromItsDocument(question, candidate.passage.doc.source)) offered.push(question);
    if (offered.length >= maxNear) break;
  }
  return offered;
}

/**
 * A question about where a passage sits: its heading when that is a question, else what its
 * document says about its heading (or, under the title alone, what the document says).
 *
 * @example sectionQuestion(passage) // "What does “The Naylor review: a Q&A” say about the money?"
 */
export function sectionQuestion(passage: Passage): string {
  const section = (passage.section ?? "").trim().replace(/[.:;]+$/, "");
  const title = passage.doc.title.trim();
  if (section.endsWith("?")) return section;
  // "Who sits on a board" is a question without its mark. "What people objected to" and "How
  // to have your say" are not, and are offered as written: asked, they find their own section
  // (wrapped in "What does … say about…" they were answered from the title's words).
  if (opensAsQuestion(section))
    return ablated("clause-headings") || !wordsAfterWh.test(section) ? `${section}?` : section;
  if (!section || restatesTitle(section, title)) return `What does “${title}” say?`;
  return `What does “${title}” say about ${midSentence(section)}?`;
}

/**
 * A question word then a subject or "to": the heading names something ("What people objected
 * to", "Why we did this survey", "How the pieces fit together", "How to have your say") rather
 * than asking, as "What did people object to" and "Who sits on a board" ask.
 */
const wordsAfterWh =
  /^(?:what|why|how|where|when|who)\s+(?:the|a|an|this|that|these|those|we|you|they|it|he|she|i|our|your|their|its|his|her|my|people|to)\b/i;

/**
 * A heading as it reads inside a sentence: "The money" → "the money", but "STP footprints",
 * "Eastern Devon hospitals" and "NHS England's role" keep their capitals (a name, not a heading's).
 */
function midSentence(heading: string): string {
  const words = heading.split(/\s+/);
  const first = words[0] ?? "";
  const namesLater = words.slice(1).some((word) => /^\p{Lu}/u.test(word));
  return /^\p{Lu}\p{Ll}*$/u.test(first.replace(/[’']s$/, "")) && !namesLater
    ? `${first.charAt(0).toLowerCase()}${heading.slice(1)}`
    : heading;
}

/**
 * A heading that is the title in other words: three words or more, at least three in four of
 * them the title's ("Integrated care systems: your questions answered" under "Integrated care
 * systems and the Health and Care Act 2022: frequently asked questions"). Asked about, it would
 * only say the title twice. "Relationship with the STP" is a section of its own.
 */
function restatesTitle(heading: string, title: string): boolean {
  const words = toTerms(heading);
  const titleWords = toTerms(title);
  const same = words.join(" ") === titleWords.join(" ");
  if (same || ablated("title-headings") || words.length < 3) return same;
  const inTitle = new Set(titleWords);
  return words.filter((word) => inTitle.has(word)).length * 4 >= words.length * 3;
}

interface PoolEntry {
  question: string;
  terms: Set<string>;
}

/** Headings phrased as questions, plus the examples, kept only where the engine answers them. */
function answerablePool(passages: Passage[], ask: (q: string) => Answer): PoolEntry[] {
  return [...new Set([...headingQuestions(passages).slice(0, maxPool), ...exampleQuestions])]
    .filter((question) => ask(question).answered)
    .map((question) => ({ question, terms: new Set(toTerms(question)) }));
}

/** The documents' section headings that are questions, in the documents' order. */
function headingQuestions(passages: Passage[]): string[] {
  return [
    ...new Set(passages.map((p) => p.section).filter((s): s is string => !!s?.endsWith("?"))),
  ];
}

/** The pool, those sharing the most with what was asked first; otherwise in their given order. */
function rankPool(pool: PoolEntry[], concepts: Concept[]): string[] {
  return pool
    .map((entry, order) => ({
      entry,
      order,
      shared: concepts.reduce((sum, c) => sum + conceptMatch(c, entry.terms) * c.weight, 0),
    }))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .map(({ entry }) => entry.question);
}
