// `npm run eval`: prints the answer-quality figures; `-- --misses` lists every question missed.
import { loadEngine } from "../../src/index.ts";
import { loadEvalQuestions, runEval } from "./metrics.ts";

const engine = await loadEngine();
const report = runEval(engine, loadEvalQuestions());
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

if (process.argv.includes("--misses")) {
  for (const { question, answer, kind } of report.misses) {
    console.log(`✗ [${kind}] ${question.question}\n    expect: ${question.expect.join(" | ")}`);
    console.log(`    answer: ${answer.answered ? answer.answer : `(declined) ${answer.message}`}`);
    if (answer.citations[0]) console.log(`    cite 1: ${answer.citations[0].quote.slice(0, 160)}`);
  }
  console.log();
}

console.log(
  `stp-bot eval: ${report.questions} questions (${report.answerable} answerable, ${report.unanswerable} not)`,
);
console.table({
  "hit@1 (answer or citation 1)": percent(report.hitAt1),
  "answer-only hit@1": percent(report.answerHitAt1),
  "hit@3": percent(report.hitAt3),
  "correct declines": percent(report.correctDeclineRate),
  "false declines": percent(report.falseDeclineRate),
  "mean answer length": `${Math.round(report.meanAnswerLength)} chars`,
});
