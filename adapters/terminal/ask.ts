// `npm run ask`: one question (or one per stdin line, or a conversation) → a readable answer, or JSON for other tools.
import { createInterface } from "node:readline";
import { answerToText, ConfigError, type Engine, toTurn } from "../../src/index.ts";
import {
  disabledQuestionLog,
  type QuestionLog,
  readQuestionLogConfig,
} from "../../src/question-log/index.ts";
import { commandJson, toAnswerJson } from "../shared/answer-json.ts";
import { commandText, parseStpCommand, type StpCommand } from "../shared/chat-command.ts";
import { createConversationStore } from "../shared/conversations.ts";
import { stderrLogger } from "../shared/logger.ts";
import { startQuestionLog } from "../shared/question-log.ts";
import { versionLine } from "../shared/version.ts";
import { askUsage, parseAskArgs } from "./args.ts";
import { carryOnWhenOutputCloses } from "./closed-output.ts";
import { loadEngineForTerminal, usageExitCode } from "./load.ts";
import { fromWhereTyped } from "./user-path.ts";

carryOnWhenOutputCloses();

/** `new` where each question is answered on its own (one question, or --stdin without --conversation). */
const aloneNew =
  "Each question asked this way is answered on its own: new starts a new conversation in the chat (npm start) or with --stdin --conversation.";

const args = parseAskArgs(process.argv.slice(2));
if ("error" in args) {
  console.error(`stp-bot: ${args.error}\n\n${askUsage}`);
  process.exit(usageExitCode);
}
if (args.help) {
  console.log(askUsage);
  process.exit(0);
}
if (args.version) {
  console.log(versionLine);
  process.exit(0);
}

// Only with --log: scripts and evals that call ask stay out of the question log.
let logConfig = null;
try {
  logConfig = args.log ? readQuestionLogConfig() : null;
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`stp-bot: ${error.message}`);
  process.exit(usageExitCode);
}

const engine = await loadEngineForTerminal(
  args.contentDir ? { contentDir: fromWhereTyped(args.contentDir) } : {},
);
const questionLog: QuestionLog = logConfig
  ? startQuestionLog(engine, stderrLogger, logConfig)
  : disabledQuestionLog;
const where = { platform: "terminal", place: "ask" } as const;

if (args.stdin) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // With --conversation, each run of lines between blank lines is one conversation.
  const conversations = createConversationStore({ maxConversations: 1 });
  for await (const line of lines) {
    if (!line.trim()) {
      conversations.forget("stdin");
      continue;
    }
    // A command line gets its reply, as in the chat: "define CCG" is not a question (but
    // "define <term>" for a term not in the glossary is asked as "what is <term>?").
    const command = parseStpCommand(line, engine);
    if (command.kind !== "ask") {
      if (command.kind === "new") conversations.forget("stdin");
      process.stdout.write(`${commandLine(engine, line, command, args.conversation)}\n`);
      continue;
    }
    const turns = args.conversation ? conversations.turns("stdin") : [];
    const answer = engine.ask(command.question, turns);
    questionLog.recordAnswer(answer, { ...where, followUp: turns.length > 0 });
    if (args.conversation) conversations.add("stdin", toTurn(command.question, answer));
    process.stdout.write(`${JSON.stringify(toAnswerJson(answer))}\n`);
  }
} else {
  // "define CCG" and "sources" look up, as in the chat, and with --json say which command they
  // were; "define <term>" for a term not in the glossary is asked as "what is <term>?".
  const question = args.question ?? "";
  const command = question.trim() ? parseStpCommand(question, engine) : null;
  if (command && command.kind !== "ask")
    console.log(
      args.json
        ? commandLine(engine, question, command, false)
        : command.kind === "new"
          ? aloneNew
          : commandText(engine, command),
    );
  else {
    const answer = engine.ask(command?.question ?? question);
    questionLog.recordAnswer(answer, where);
    console.log(args.json ? JSON.stringify(toAnswerJson(answer)) : answerToText(answer));
  }
}
await questionLog.close();

/**
 * A command's JSON line. With no conversation to start afresh, `new` says so and where it does,
 * rather than claiming to forget questions it never had, as the text output already does.
 */
function commandLine(
  engine: Engine,
  question: string,
  command: Exclude<StpCommand, { kind: "ask" }>,
  inConversation: boolean,
): string {
  const json = commandJson(engine, question, command);
  return JSON.stringify(
    command.kind === "new" && !inConversation ? { ...json, message: aloneNew } : json,
  );
}
