// `npm run eval`: answer quality on every question set, then follow-ups; `-- --misses [set]` lists each miss.
import { loadEngine } from "../../src/index.ts";
import { loadEvalConversations, runConversations } from "./conversation-metrics.ts";
import { type EvalReport, runEval } from "./metrics.ts";
import { loadEvalSets, loadSetEngine } from "./sets.ts";
import { runTypos, type TypoKind, typoKinds } from "./typo-metrics.ts";

/** The sets over the bundled content, which the typo figures are measured on. */
const typoSets = ["own", "training", "held-out"];

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
    "declined, a suggestion answers": `${report.declinedButSuggested} of ${Math.round(report.falseDeclineRate * report.answerable)}`,
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

// Follow-ups, over the bundled content: each conversation's turns asked in order.
const conversations = runConversations(
  await loadEngine({ cacheDir: null }),
  loadEvalConversations(),
);
if (missesFor === "all" || missesFor === "conversations") {
  for (const { conversation, turn, kind, answer, why } of conversations.misses) {
    console.log(`✗ [${kind}: ${why}] ${conversation}: ${turn.say}`);
    if (answer.understood) console.log(`    read as: ${answer.understood}`);
    console.log(`    expect: ${turn.expect.join(" | ") || "(a decline)"}`);
    console.log(`    answer: ${answer.answered ? answer.answer : `(declined) ${answer.message}`}`);
    if (answer.citations[0]) console.log(`    cite 1: ${answer.citations[0].quote.slice(0, 160)}`);
  }
}
const row = (score: { turns: number; hitAt1: number }) => ({
  turns: score.turns,
  "hit@1": percent(score.hitAt1),
});
console.log(
  `\nconversations: ${conversations.conversations} (tests/eval/conversations.json); hit = an expected phrase in the answer or citation 1`,
);
console.table({
  "first questions": row(conversations.first),
  "follow-ups (all below)": row(conversations.followUps),
  "  elliptical / pronoun": row(conversations.byKind["follow-up"]),
  "  more": row(conversations.byKind.more),
  "  where from / who said": row(conversations.byKind.sources),
  "  still true": row(conversations.byKind.age),
  "elliptical / pronoun, spelled out and asked fresh": row(conversations.spelledOut),
  "topic switches": row(conversations.byKind.switch),
});
console.log(
  `topic switches answered exactly as the same question asked fresh: ${percent(conversations.switchIdentical)}`,
);

// Typos, over the bundled content: one slip in the longest word of each question on it.
const bundledQuestions = sets
  .filter((set) => typoSets.includes(set.name))
  .flatMap((set) => set.questions);
const bundled = await loadEngine({ cacheDir: null });
const typoRows: Record<string, Record<string, string>> = {};
for (const kind of Object.keys(typoKinds) as TypoKind[]) {
  const typos = runTypos(bundled, bundledQuestions, kind);
  typoRows[kind] = {
    questions: `${typos.answerable} + ${typos.unanswerable}`,
    "hit@1 as typed": percent(typos.hitAt1),
    "hit@1 with the typo": percent(typos.hitAt1WithTypo),
    "unanswerable declined as typed": percent(typos.correctDeclineRate),
    "with the typo": percent(typos.correctDeclineRateWithTypo),
  };
}
console.log(
  `\ntypos: one slip in the longest word (six letters or more), or two letters swapped in a word of four or five or in the first question word ("how", "many"…), or the space before the longest word left out, or a space put in its middle, or a capital on every word, of each question of ${typoSets.join(", ")}`,
);
console.table(typoRows);

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
