// Asks a set's questions of the engine over its markdown and over the same documents imported, and counts what changed.
import type { Answer, Engine } from "../../../src/index.ts";
import { answersWith, type EvalQuestion, isVerbatim } from "../metrics.ts";
import { webPageFurniture } from "./as-html.ts";

/** How the answers over imported documents compare with those over the markdown. */
export interface ImportedReport {
  answerable: number;
  unanswerable: number;
  /** hit@1 over the markdown, then over the imported documents. */
  hitAt1: { markdown: number; imported: number };
  /** Unanswerable questions declined, over each. */
  declined: { markdown: number; imported: number };
  /** Questions answered (or declined) in exactly the same words. */
  same: number;
  /** Of the answers right over the markdown, those still right. */
  rightKept: number;
  /** Answers or quotes that are not the imported files' own words. */
  notVerbatim: number;
  /** Answers or quotes holding page furniture: a web page's navigation, a PDF's running header or page number. */
  furniture: string[];
  /** The questions whose answer changed, with both answers. */
  changed: { question: EvalQuestion; markdown: Answer; imported: Answer }[];
}

/**
 * The web page's furniture, the PDF's page numbers and running header ("Publisher · Title"), a
 * table of contents ("Contents", a Word entry's tab and page number, a PDF's dot leaders), and a
 * PDF chart's caption and source.
 */
const pageFurniture: RegExp[] = [
  ...webPageFurniture.map((words) => new RegExp(words, "i")),
  /\bpage \d+ of \d+/i,
  /·/,
  /\bContents\b/,
  /\.{4,}/,
  /\t\d/,
  // A PDF chart's caption and source line (its figures and categories match no fixed words).
  /Figure: /,
  /the organisation's own figures/,
];

export function compareImported(
  markdown: Engine,
  imported: Engine,
  questions: EvalQuestion[],
  importedText: (title: string) => string | undefined,
): ImportedReport {
  const right = (question: EvalQuestion, answer: Answer) =>
    question.answerable ? answersWith(answer, question.expect) : !answer.answered;
  const said = (answer: Answer) => (answer.answered ? answer.answer : "(declined)");
  let rightBefore = 0;
  let rightKept = 0;
  let same = 0;
  const hits = { markdown: 0, imported: 0 };
  const declines = { markdown: 0, imported: 0 };
  const furniture: string[] = [];
  const changed: ImportedReport["changed"] = [];
  let notVerbatim = 0;
  for (const question of questions) {
    const before = markdown.ask(question.question);
    const after = imported.ask(question.question);
    const tally = question.answerable ? hits : declines;
    if (right(question, before)) {
      tally.markdown++;
      rightBefore++;
      if (right(question, after)) rightKept++;
    }
    if (right(question, after)) tally.imported++;
    if (after.answered && !isVerbatim(after, importedText)) notVerbatim++;
    if (said(before) === said(after)) same++;
    else changed.push({ question, markdown: before, imported: after });
    const shown = [said(after), ...after.citations.map((citation) => citation.quote)].join(" ");
    for (const pattern of pageFurniture)
      if (pattern.test(shown)) furniture.push(`${question.question}: ${pattern}`);
  }
  const answerable = questions.filter((question) => question.answerable).length;
  const unanswerable = questions.length - answerable;
  return {
    answerable,
    unanswerable,
    hitAt1: { markdown: hits.markdown / answerable, imported: hits.imported / answerable },
    declined: {
      markdown: unanswerable ? declines.markdown / unanswerable : 1,
      imported: unanswerable ? declines.imported / unanswerable : 1,
    },
    same: same / questions.length,
    rightKept: rightBefore ? rightKept / rightBefore : 1,
    notVerbatim,
    furniture,
    changed,
  };
}
