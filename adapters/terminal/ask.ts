// `npm run ask`: one question (or one per stdin line, or a conversation) → a readable answer, or JSON for other tools.
import { createInterface } from "node:readline";
import { answerToText, toTurn } from "../../src/index.ts";
import { toAnswerJson } from "../shared/answer-json.ts";
import { createConversationStore } from "../shared/conversations.ts";
import { askUsage, parseAskArgs } from "./args.ts";
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
  // With --conversation, each run of lines between blank lines is one conversation.
  const conversations = createConversationStore({ maxConversations: 1 });
  for await (const line of lines) {
    if (!line.trim()) {
      conversations.forget("stdin");
      continue;
    }
    const answer = engine.ask(line, args.conversation ? conversations.turns("stdin") : []);
    if (args.conversation) conversations.add("stdin", toTurn(line, answer));
    process.stdout.write(`${JSON.stringify(toAnswerJson(answer))}\n`);
  }
} else {
  const answer = engine.ask(args.question ?? "");
  console.log(args.json ? JSON.stringify(toAnswerJson(answer)) : answerToText(answer));
}
