// `npm run eval`: answer quality on every question set; `-- --misses [set]` lists each miss.
import { type EvalReport, runEval } from "./metrics.ts";
import { loadEvalSets, loadSetEngine } from "./sets.ts";

const args = process.argv.slice(2);
const missesFor = args.includes("--misses") ? (args[args.indexOf("--misses") + 1] ?? "all") : null;
const { sets, missing } = loadEvalSets();
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const rows: Record<string, Record<string, string>> = {};
const figures: Record<string, Omit<EvalReport, "misses">> = {};

for (const set of sets) {
  if (set.questions.length === 0) continue;
  const { engine, sourceText } = await loadSetEngine(set);
  const report = runEval(engine, set.questions, sourceText);
  if (missesFor === "all" || missesFor === set.name) printMisses(set.name, report);
  const { misses: _, ...numbers } = report;
  figures[set.name] = numbers;
  rows[set.name] = {
    questions: `${report.answerable} + ${report.unanswerable}`,
    "hit@1": percent(report.hitAt1),
    "answer hit@1": percent(report.answerHitAt1),
    "hit@3": percent(report.hitAt3),
    "answerable declined": percent(report.falseDeclineRate),
    "unanswerable declined": percent(report.correctDeclineRate),
    verbatim: report.notVerbatim === 0 ? "100%" : `${report.notVerbatim} not`,
    "mean answer": `${Math.round(report.meanAnswerLength)} chars`,
  };
}

if (args.includes("--json")) {
  console.log(JSON.stringify(figures));
  process.exit(0);
}
console.log("stp-bot eval (questions: answerable + unanswerable)");
for (const set of sets) console.log(`  ${set.name}: ${set.about}`);
for (const line of missing) console.log(`  ${line}`);
console.table(rows);

function printMisses(name: string, report: EvalReport): void {
  for (const { question, answer, kind } of report.misses) {
    console.log(
      `✗ ${name} [${kind}] ${question.question}\n    expect: ${question.expect.join(" | ")}`,
    );
    console.log(`    answer: ${answer.answered ? answer.answer : `(declined) ${answer.message}`}`);
    if (answer.citations[0]) console.log(`    cite 1: ${answer.citations[0].quote.slice(0, 160)}`);
  }
  console.log();
}
