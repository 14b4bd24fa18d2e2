// `npm run ask`: one question (or one per stdin line) → a readable answer, or JSON for other tools.
import { createInterface } from "node:readline";
import { answerToText } from "../../src/index.ts";
import { askUsage, parseAskArgs } from "./args.ts";
import { toAnswerJson } from "./json.ts";
import { loadEngineForTerminal, usageExitCode } from "./load.ts";

const args = parseAskArgs(process.argv.slice(2));
if ("error" in args) {
  console.error(`stp-bot: ${args.error}\n\n${askUsage}`);
  process.exit(usageExitCode);
}
if (args.help) {
  console.log(askUsage);
  process.exit(0);
}

const engine = await loadEngineForTerminal(args.contentDir ? { contentDir: args.contentDir } : {});

if (args.stdin) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(toAnswerJson(engine.ask(line)))}\n`);
  }
} else {
  const answer = engine.ask(args.question ?? "");
  console.log(args.json ? JSON.stringify(toAnswerJson(answer)) : answerToText(answer));
}
