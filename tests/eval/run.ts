// `npm run eval`: prints the answer-quality figures, first questions and follow-ups; `-- --misses` lists every miss.
import { loadEngine } from "../../src/index.ts";
import { loadEvalConversations, runConversations } from "./conversation-metrics.ts";
import { loadEvalQuestions, runEval } from "./metrics.ts";

const engine = await loadEngine();
const report = runEval(engine, loadEvalQuestions());
const conversations = runConversations(engine, loadEvalConversations());
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

if (process.argv.includes("--misses")) {
  for (const { question, answer, kind } of report.misses) {
    console.log(`✗ [${kind}] ${question.question}\n    expect: ${question.expect.join(" | ")}`);
    console.log(`    answer: ${answer.answered ? answer.answer : `(declined) ${answer.message}`}`);
    if (answer.citations[0]) console.log(`    cite 1: ${answer.citations[0].quote.slice(0, 160)}`);
  }
  for (const { conversation, turn, kind, answer, why } of conversations.misses) {
    console.log(`✗ [${kind}: ${why}] ${conversation}: ${turn.say}`);
    if (answer.understood) console.log(`    read as: ${answer.understood}`);
    console.log(`    expect: ${turn.expect.join(" | ") || "(a decline)"}`);
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
