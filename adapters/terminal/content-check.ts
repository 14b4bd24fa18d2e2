// `npm run content:check`: lists every problem in the content folder; exits 1 if there is one.
import { parseArgs } from "node:util";
import { lookalikeDocuments, unreadEntries } from "../../src/index.ts";
import { versionLine } from "../shared/version.ts";
import { carryOnWhenOutputCloses } from "./closed-output.ts";
import { formatWarning, loadEngineForTerminal } from "./load.ts";
import { fromWhereTyped } from "./user-path.ts";

carryOnWhenOutputCloses();

const usage = `Usage: npm run content:check -- [--content DIR | DIR]

Lists every problem in the content folder (DIR, else CONTENT_DIR, else content/) with its file
and line: exits 0 when there is none, 1 when there is one, 2 when the folder cannot be read.
--version prints stp-bot's version.`;

let folder: string | undefined;
try {
  const { values, positionals } = parseArgs({
    options: {
      content: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (values.version) {
    console.log(versionLine);
    process.exit(0);
  }
  if (positionals.length > 1 || (values.content && positionals.length > 0))
    throw new Error("give one content folder");
  folder = values.content ?? positionals[0];
} catch (error) {
  console.error(`content:check: ${error instanceof Error ? error.message : error}\n\n${usage}`);
  process.exit(2);
}
const engine = await loadEngineForTerminal(folder ? { contentDir: fromWhereTyped(folder) } : {}, {
  quiet: true,
});
const problems = [
  ...engine.warnings.map(formatWarning),
  ...(await unreadEntries(engine.options.contentDir)).map(formatWarning),
  ...engine.dropped.map(
    ({ file, block }) =>
      `${file}:${block.line}: ${block.reason}; remove it: “${block.text.slice(0, 60)}…”`,
  ),
  ...lookalikeDocuments(engine.documents).map((group) => {
    const [first, ...others] = group;
    return `${others.map((doc) => doc.file).join(", ")}: cited exactly as ${first?.file} is (“${first?.title}”, ${first?.publisher ?? "no publisher"}, ${first?.date ?? "undated"}); if it is a copy, remove it, otherwise give it a title of its own so readers can tell their citations apart`;
  }),
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
