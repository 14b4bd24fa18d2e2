// `npm run eval:imported`: each set's documents written as web pages, Word files and PDFs, imported as `content:add` does, and asked the set's questions again.
import { loadEvalSets } from "../sets.ts";
import type { Format } from "./import-folder.ts";
import { measureImported } from "./measure.ts";

const args = process.argv.slice(2);
// `-- --format PDF` (or "Word file", "web page") measures one format alone; `-- --changes` lists
// each question answered differently, with both answers.
const only = args.includes("--format") ? (args[args.indexOf("--format") + 1] as Format) : null;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const { sets, missing } = loadEvalSets();
const { results, failures } = await measureImported(sets, only);

if (args.includes("--changes")) {
  for (const { set, format, report } of results) {
    for (const { question, markdown, imported } of report.changed) {
      const said = (answer: typeof markdown) =>
        answer.answered ? answer.answer.slice(0, 200) : "(declined)";
      console.log(
        `≠ ${set}, ${format}: ${question.question}  [expect: ${question.expect.join(" | ") || "(a decline)"}]`,
      );
      console.log(`    markdown: ${said(markdown)}\n    imported: ${said(imported)}`);
    }
  }
}
console.log(
  "stp-bot eval of imported documents: each set's documents written as a web page, a Word file and a PDF, imported as `npm run content:add` does, and asked the set's questions",
);
for (const line of missing) console.log(`  ${line}`);
const rows: Record<string, Record<string, string>> = {};
for (const { set, format, report } of results) {
  rows[`${set}, ${format}`] = {
    questions: `${report.answerable} + ${report.unanswerable}`,
    "hit@1 markdown": percent(report.hitAt1.markdown),
    imported: percent(report.hitAt1.imported),
    "unanswerable declined markdown": percent(report.declined.markdown),
    "imported ": percent(report.declined.imported),
    "same answer": percent(report.same),
    "right kept": percent(report.rightKept),
    verbatim: report.notVerbatim === 0 ? "100%" : `${report.notVerbatim} not`,
    furniture: String(report.furniture.length),
  };
}
console.table(rows);
for (const { set, format, report } of results)
  for (const line of report.furniture) console.log(`✗ ${set}, ${format}: page furniture: ${line}`);
for (const line of failures) console.log(`✗ ${line}`);
