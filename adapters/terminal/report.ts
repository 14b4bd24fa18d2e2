// `npm run report`: the question log → one self-contained HTML report for content owners and a short summary, or the figures as JSON.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../../src/index.ts";
import { migrate, openDatabase, readQuestionLogConfig } from "../../src/question-log/index.ts";
import { buildReport, reportHtml, reportSummary } from "../../src/report/index.ts";
import { versionLine } from "../shared/version.ts";
import { carryOnWhenOutputCloses } from "./closed-output.ts";
import { loadEngineForTerminal, usageExitCode } from "./load.ts";
import { defaultReportFile, parseReportArgs, reportUsage } from "./report-args.ts";
import { fromWhereTyped } from "./user-path.ts";

carryOnWhenOutputCloses();

const args = parseReportArgs(process.argv.slice(2));
if ("error" in args) {
  console.error(`stp-bot: ${args.error}\n\n${reportUsage}`);
  process.exit(usageExitCode);
}
if (args.help) {
  console.log(reportUsage);
  process.exit(0);
}
if (args.version) {
  console.log(versionLine);
  process.exit(0);
}

try {
  const config = readQuestionLogConfig();
  // Reading must not make an empty database where there was none.
  if (!config.databaseUrl && !existsSync(path.join(config.dataDir, "pgdata"))) {
    console.error(
      `stp-bot: no question log in ${config.dataDir} yet: the bot makes it when it first records a question (npm start, Slack or Discord, with QUESTION_LOG on). Set QUESTION_LOG_DIR or DATABASE_URL if it is kept elsewhere.`,
    );
    process.exit(1);
  }
  const engine = await loadEngineForTerminal(
    args.content ? { contentDir: fromWhereTyped(args.content) } : {},
    { quiet: true },
  );
  const db = await openDatabase(config);
  let report: Awaited<ReturnType<typeof buildReport>>;
  try {
    await migrate(db);
    report = await buildReport(db, {
      since: args.since,
      documents: engine.documents,
      readTopics: (question) => engine.topics(question),
    });
  } finally {
    await db.close();
  }
  const out = args.out ?? (args.json ? null : defaultReportFile);
  if (out) await writeFile(fromWhereTyped(out), reportHtml(report), "utf8");
  if (args.json) console.log(JSON.stringify(report));
  else console.log(`${reportSummary(report)}\nReport written to ${out}; open it in a browser.`);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`stp-bot: ${error.message}`);
    process.exit(usageExitCode);
  }
  console.error(`stp-bot: report: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
