// `npm run content:check`: lists every problem in the content folder; exits 1 if there is one.
import { carryOnWhenOutputCloses } from "./closed-output.ts";
import { formatWarning, loadEngineForTerminal } from "./load.ts";

carryOnWhenOutputCloses();

const folder = process.argv[2];
const engine = await loadEngineForTerminal(folder ? { contentDir: folder } : {}, { quiet: true });
const problems = [
  ...engine.warnings.map(formatWarning),
  ...engine.dropped.map(
    ({ file, block }) =>
      `${file}:${block.line}: ${block.reason}; remove it: “${block.text.slice(0, 60)}…”`,
  ),
];
if (problems.length === 0) {
  console.log(
    `content OK: ${engine.documents.length} documents, ${engine.passageCount} passages, ${engine.glossary.length} glossary entries in ${engine.options.contentDir}`,
  );
} else {
  console.log(
    `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${engine.options.contentDir}:`,
  );
  for (const problem of problems) console.log(`- ${problem}`);
  process.exitCode = 1;
}
